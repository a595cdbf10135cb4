/**
 * The document model written as a .docx file with the `docx` package: the same pages,
 * paragraphs and tables as the A4 preview, in the same sizes (1 pt = 20 twips), on A4
 * with the print margins. Loaded only when "Download .docx" is pressed: the package
 * is far larger than the rest of the page's script.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  HeightRule,
  LineRuleType,
  Packer,
  Paragraph,
  Table as DocxTable,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from "docx";
import { CELL_PAD_X_PT, CELL_PAD_Y_PT, LINE_RATIO, PAGE, widthEm, type Block, type Cell, type FormDocument, type Inline, type Para, type Table } from "../../forms/doc.js";

const TWIPS_PER_PT = 20;
const TWIPS_PER_MM = 1440 / 25.4;
const twips = (pt: number) => Math.round(pt * TWIPS_PER_PT);
const mm = (n: number) => Math.round(n * TWIPS_PER_MM);

/** Word chooses among these by script; the CJK face is the one Taiwanese forms are set in. */
const FONT = { ascii: "Times New Roman", hAnsi: "Times New Roman", eastAsia: "PMingLiU", cs: "Times New Roman" } as const;
const IDEOGRAPHIC_SPACE = "\u3000";

/**
 * XML 1.0 has no place for C0 controls other than tab and line breaks, for lone surrogates or for
 * U+FFFE/U+FFFF, and Word refuses a file that holds one. A reader can paste them into any text
 * box; the A4 preview shows nothing for them, so the .docx leaves them out too.
 */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const xmlText = (text: string) => text.replace(NOT_XML, "");

const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const;

function runs(run: Inline, size: number, bold: boolean): TextRun[] {
  const common = { size: size * 2, bold: bold || (run.kind === "text" && Boolean(run.bold)), font: FONT };
  switch (run.kind) {
    case "text":
      return [new TextRun({ ...common, text: xmlText(run.text) })];
    case "check":
      return [new TextRun({ ...common, text: run.on ? "■" : "□" })];
    case "fill": {
      // A blank prints as an underlined stretch of ideographic spaces; a short value is padded to it.
      const pad = IDEOGRAPHIC_SPACE.repeat(Math.max(0, Math.ceil(run.em - widthEm(run.text))));
      return [new TextRun({ ...common, text: xmlText(run.text) + pad, underline: {} })];
    }
  }
}

function paragraph(p: Para, size: number, pageBreakBefore = false): Paragraph {
  const pt = p.size ?? size;
  return new Paragraph({
    children: p.runs.flatMap((r) => runs(r, pt, Boolean(p.bold))),
    alignment: p.align ? ALIGN[p.align] : AlignmentType.LEFT,
    spacing: { before: twips(p.before ?? 0), after: 0, line: twips(pt * LINE_RATIO), lineRule: LineRuleType.EXACT },
    ...(p.indent ? { indent: { firstLine: twips(p.indent * pt) } } : {}),
    pageBreakBefore,
  });
}

const single = { style: BorderStyle.SINGLE, size: 6, color: "000000" } as const;
const double = { style: BorderStyle.DOUBLE, size: 6, color: "000000" } as const;

function cell(c: Cell, widths: readonly number[], column: number, size: number): TableCell {
  const span = c.span ?? 1;
  const border = c.double ? double : single;
  const paras = c.paras.length ? c.paras.map((p) => paragraph(p, size)) : [paragraph({ kind: "para", runs: [] }, size)];
  return new TableCell({
    children: paras,
    width: { size: twips(widths.slice(column, column + span).reduce((a, b) => a + b, 0)), type: WidthType.DXA },
    ...(span > 1 ? { columnSpan: span } : {}),
    ...(c.rowSpan && c.rowSpan > 1 ? { rowSpan: c.rowSpan } : {}),
    verticalAlign: c.valign === "middle" ? VerticalAlignTable.CENTER : VerticalAlignTable.TOP,
    margins: { top: twips(CELL_PAD_Y_PT), bottom: twips(CELL_PAD_Y_PT), left: twips(CELL_PAD_X_PT), right: twips(CELL_PAD_X_PT) },
    borders: { top: border, bottom: border, left: border, right: border },
  });
}

function table(t: Table, size: number): DocxTable {
  const pt = t.size ?? size;
  // Cells merged down from rows above take grid columns that this row's cells do not list.
  const taken: number[] = t.widths.map(() => 0);
  const rows = t.rows.map((r) => {
    let column = 0;
    const cells: TableCell[] = [];
    let height = 0;
    for (const c of r.cells) {
      while (taken[column]! > 0) column += 1;
      cells.push(cell({ ...c, paras: c.paras.map((p) => ({ ...p, align: p.align ?? c.align })) }, t.widths, column, pt));
      const span = c.span ?? 1;
      for (let k = column; k < column + span; k += 1) taken[k] = (c.rowSpan ?? 1);
      height = Math.max(height, (c.lines ?? 1) * pt * LINE_RATIO + 2 * CELL_PAD_Y_PT);
      column += span;
    }
    for (let k = 0; k < taken.length; k += 1) taken[k] = Math.max(0, taken[k]! - 1);
    return new TableRow({ children: cells, cantSplit: true, height: { value: twips(height), rule: HeightRule.ATLEAST } });
  });
  return new DocxTable({
    rows,
    columnWidths: t.widths.map(twips),
    width: { size: twips(t.widths.reduce((a, b) => a + b, 0)), type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
  });
}

function blocks(list: readonly Block[], size: number, newPage: boolean): (Paragraph | DocxTable)[] {
  const out: (Paragraph | DocxTable)[] = [];
  list.forEach((b, i) => {
    const breakHere = newPage && i === 0;
    if (b.kind === "para") out.push(paragraph(b, size, breakHere));
    else if (b.kind === "space") out.push(new Paragraph({ pageBreakBefore: breakHere, spacing: { before: 0, after: 0, line: twips(b.pt), lineRule: LineRuleType.EXACT }, children: [] }));
    else {
      if (breakHere) out.push(new Paragraph({ pageBreakBefore: true, spacing: { before: 0, after: 0, line: twips(1), lineRule: LineRuleType.EXACT }, children: [] }));
      out.push(table(b, size));
    }
  });
  return out;
}

function toDocx(doc: FormDocument): Document {
  return new Document({
    title: doc.title,
    creator: "SME & Startup Procurement Handbook",
    styles: { default: { document: { run: { font: FONT, size: doc.size * 2 } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: mm(PAGE.widthMm), height: mm(PAGE.heightMm) },
            margin: { top: mm(PAGE.marginYMm), bottom: mm(PAGE.marginYMm), left: mm(PAGE.marginXMm), right: mm(PAGE.marginXMm) },
          },
        },
        children: doc.pages.flatMap((page, i) => blocks(page.blocks, doc.size, i > 0)),
      },
    ],
  });
}

export function docxBlob(doc: FormDocument): Promise<Blob> {
  return Packer.toBlob(toDocx(doc));
}
