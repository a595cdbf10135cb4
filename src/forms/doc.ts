/**
 * The document model every form builds: pages of paragraphs and tables, sized in
 * points on an A4 page. The on-screen preview, the printout and the .docx file all
 * render this one model, so what the applicant checks is what the agency receives.
 *
 * Boxes that take free text have a fixed number of lines, as on the paper form. Text
 * is fitted by estimating character widths (never under-estimating), and whatever does
 * not fit continues on an addendum page, so nothing is ever cut off.
 */

/** A4 with the print margins of forms.css (@page a4form): 16 mm top and bottom, 18 mm left and right. */
export const PAGE = {
  widthMm: 210,
  heightMm: 297,
  marginXMm: 18,
  marginYMm: 16,
} as const;

const PT_PER_MM = 72 / 25.4;
/** Writable width of a page, in points. */
export const CONTENT_WIDTH_PT = Math.floor((PAGE.widthMm - 2 * PAGE.marginXMm) * PT_PER_MM);

/** Inner padding of a table cell (forms.css .sheet td), in points. */
export const CELL_PAD_X_PT = 4;
export const CELL_PAD_Y_PT = 2;
/** Lines are 1.5 times the font size, in the preview, the printout and the .docx file. */
export const LINE_RATIO = 1.5;

type Align = "left" | "center" | "right";

export type Inline =
  /** Printed words of the form, or a value written into a table cell. */
  | { kind: "text"; text: string; bold?: boolean }
  /**
   * A value written on a line in running text ("委任 ____ 全權代理"). An empty value prints as
   * a blank line `em` wide, left for handwriting.
   */
  | { kind: "fill"; text: string; em: number }
  | { kind: "check"; on: boolean };

export interface Para {
  kind: "para";
  runs: Inline[];
  align?: Align;
  /** Font size in points; the document's size when absent. */
  size?: number;
  bold?: boolean;
  /** Space above, in points. */
  before?: number;
  /** First-line indent, in em of the paragraph's font size. */
  indent?: number;
}

export interface Cell {
  paras: Para[];
  /** Columns spanned. */
  span?: number;
  /** Rows spanned. */
  rowSpan?: number;
  align?: Align;
  valign?: "top" | "middle";
  /** A label cell of the form (shaded lightly in the preview only). */
  label?: boolean;
  /** Height of the writing area in lines: the box's size on the paper form. */
  lines?: number;
  /** Double border, as around the agency's own column in 表5-6. */
  double?: boolean;
}

export interface Row {
  cells: Cell[];
}

export interface Table {
  kind: "table";
  /** Column widths in points; they add up to the writable width. */
  widths: number[];
  rows: Row[];
  /** Font size in points; the document's size when absent. */
  size?: number;
}

export interface Space {
  kind: "space";
  pt: number;
}

export type Block = Para | Table | Space;

export interface Page {
  blocks: Block[];
  /** An addendum page: text continued from boxes of the official pages. */
  addendum?: boolean;
}

export interface FormDocument {
  /** The form's Chinese title, also the name of the .docx file. */
  title: string;
  /** Base font size in points. */
  size: number;
  pages: Page[];
}

// ---------------------------------------------------------------------------
// Builders

export const text = (value: string, bold = false): Inline => (bold ? { kind: "text", text: value, bold } : { kind: "text", text: value });
export const fill = (value: string, em: number): Inline => ({ kind: "fill", text: value, em });
export const check = (on: boolean): Inline => ({ kind: "check", on });

type Runs = string | Inline | readonly (string | Inline)[];

function runsOf(content: Runs): Inline[] {
  const list = typeof content === "string" || !Array.isArray(content) ? [content as string | Inline] : (content as readonly (string | Inline)[]);
  return list.filter((r) => r !== "").map((r) => (typeof r === "string" ? text(r) : r));
}

export function para(content: Runs, options: Omit<Para, "kind" | "runs"> = {}): Para {
  return { kind: "para", runs: runsOf(content), ...options };
}

/** One paragraph per line of a value, so typed line breaks survive in every rendering. */
function lines(value: string, options: Omit<Para, "kind" | "runs"> = {}): Para[] {
  return value === "" ? [] : value.split("\n").map((line) => para(line, options));
}

/** A cell of paragraphs; a string gives one paragraph per line, an empty string an empty cell. */
export function cell(content: Runs | Para[], options: Omit<Cell, "paras"> = {}): Cell {
  let paras: Para[];
  if (typeof content === "string") paras = lines(content);
  else if (Array.isArray(content) && content.length > 0 && (content[0] as Para).kind === "para") paras = content as Para[];
  else paras = [para(content as Runs)];
  return { paras, ...options };
}

export const labelCell = (content: Runs, options: Omit<Cell, "paras" | "label"> = {}): Cell => cell(content, { align: "center", valign: "middle", label: true, ...options });

export const space = (pt: number): Space => ({ kind: "space", pt });

/** Column widths in points from relative weights, adding up exactly to the writable width. */
export function columns(...weights: number[]): number[] {
  const total = weights.reduce((a, b) => a + b, 0);
  const widths = weights.map((w) => Math.floor((w / total) * CONTENT_WIDTH_PT));
  widths[widths.length - 1]! += CONTENT_WIDTH_PT - widths.reduce((a, b) => a + b, 0);
  return widths;
}

export function table(widths: number[], rows: Row[], size?: number): Table {
  return size ? { kind: "table", widths, rows, size } : { kind: "table", widths, rows };
}

export const row = (...cells: Cell[]): Row => ({ cells });

// ---------------------------------------------------------------------------
// Fitting text into boxes

/**
 * Width of one character in em. CJK characters, full-width forms and symbols take a full
 * em; anything narrower is counted as 0.7 em, wider than Latin letters and digits are in
 * the CJK fonts of forms.css, so an estimate may waste a little room but never overflows.
 */
function charEm(ch: string): number {
  return ch.codePointAt(0)! >= 0x2000 ? 1 : 0.7;
}

/** Width of a text on one line, in em. */
export function widthEm(value: string): number {
  let width = 0;
  for (const ch of value) width += charEm(ch);
  return width;
}

/**
 * How many em fit on one line of a box `widthPt` wide: one em is kept back because
 * CJK line breaking may move a closing mark or a word to the next line.
 */
export function lineCapacity(widthPt: number, sizePt: number): number {
  return Math.max(1, Math.floor(widthPt / sizePt) - 1);
}

/** Inner width of a cell spanning `widths` (padding and border taken off); not `innerWidth`, which is also a global of the DOM. */
export function boxWidth(...widths: number[]): number {
  return widths.reduce((a, b) => a + b, 0) - 2 * CELL_PAD_X_PT - 1;
}

/** Lines a text takes at `capacity` em per line; every typed line break starts a new line. */
export function countLines(value: string, capacity: number): number {
  return value.split("\n").reduce((total, line) => {
    let n = 1;
    let width = 0;
    for (const ch of line) {
      const w = charEm(ch);
      if (width + w > capacity) {
        n += 1;
        width = 0;
      }
      width += w;
    }
    return total + n;
  }, 0);
}

/**
 * Splits `value` into what fits in `maxLines` lines of `capacity` em and the rest. When
 * something is left over, `reserve` em stay free at the end of the last line for the
 * "continued on the addendum" note.
 */
export function fitText(value: string, capacity: number, maxLines: number, reserve: number): { head: string; tail: string } {
  if (countLines(value, capacity) <= maxLines) return { head: value, tail: "" };
  const chars = [...value];
  let line = 1;
  let width = 0;
  for (let i = 0; i < chars.length; i += 1) {
    const ch = chars[i]!;
    const last = line === maxLines;
    const room = last ? capacity - reserve : capacity;
    if (ch === "\n") {
      if (last) return split(chars, i);
      line += 1;
      width = 0;
      continue;
    }
    const w = charEm(ch);
    if (width + w > room) {
      if (last) return split(chars, i);
      line += 1;
      width = 0;
    }
    width += w;
  }
  return { head: value, tail: "" };
}

function split(chars: string[], at: number): { head: string; tail: string } {
  return { head: chars.slice(0, at).join("").replace(/\n+$/, ""), tail: chars.slice(at).join("").replace(/^\n+/, "") };
}

// ---------------------------------------------------------------------------
// Building a document with its addendum

const CHINESE_DIGITS = ["〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"] as const;

/** 1 → 一, 12 → 十二, 20 → 二十: addendum numbers and row numbers as forms write them. */
export function chineseNumber(n: number): string {
  if (n < 10) return CHINESE_DIGITS[n]!;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? "" : CHINESE_DIGITS[tens]}十${ones ? CHINESE_DIGITS[ones] : ""}`;
}

export interface BoxOptions {
  /** Name of the box on the addendum ("申請變更之具體事由說明"). */
  name: string;
  /** Inner width of the box in points (boxWidth of its columns). */
  width: number;
  /** Size of the box on the paper form, in lines (the prompt included). */
  lines: number;
  /** Printed prompt of the box, in parentheses on the official form. */
  prompt?: string;
  size?: number;
}

export class DocumentBuilder {
  private readonly pages: Page[] = [];
  private readonly continued: { name: string; value: string }[] = [];

  constructor(
    readonly title: string,
    readonly size = 12,
  ) {}

  page(...blocks: Block[]): this {
    this.pages.push({ blocks });
    return this;
  }

  /**
   * The paragraphs of a box: its prompt, then as much of `value` as fits in its lines; the
   * rest goes to the addendum and the box ends with a note saying where it continues.
   */
  box(value: string, options: BoxOptions): Para[] {
    const size = options.size ?? this.size;
    const capacity = lineCapacity(options.width, size);
    const promptParas = options.prompt ? [para(options.prompt, { size })] : [];
    const promptLines = options.prompt ? countLines(options.prompt, capacity) : 0;
    const room = Math.max(1, options.lines - promptLines);
    const note = this.note(capacity);
    const { head, tail } = fitText(value, capacity, room, widthEm(note));
    if (!tail) return [...promptParas, ...lines(value, { size })];
    this.continued.push({ name: options.name, value: tail });
    const body = lines(head, { size });
    const last = body.at(-1);
    if (last) last.runs.push(text(note));
    else body.push(para(note, { size }));
    return [...promptParas, ...body];
  }

  /**
   * A table cell holding a typed value in the lines the paper form gives it, so that no
   * value, however long, can push the form onto another page; the rest goes to the addendum.
   */
  valueCell(value: string, options: BoxOptions & Omit<Cell, "paras" | "lines">): Cell {
    const { name, width, lines, prompt, size, ...rest } = options;
    const box: BoxOptions = { name, width, lines, ...(prompt ? { prompt } : {}), ...(size ? { size } : {}) };
    return { paras: this.box(value, box), lines, ...rest };
  }

  /** Where a box continues; a box narrower than the full note gets the short one. */
  private note(capacity: number): string {
    const n = chineseNumber(this.continued.length + 1);
    const full = `（續見附頁${n}）`;
    return widthEm(full) <= capacity ? full : `（附${n}）`;
  }

  build(): FormDocument {
    const pages = [...this.pages];
    if (this.continued.length) {
      const blocks: Block[] = [para(`${this.title} 附頁`, { align: "center", bold: true, size: this.size + 4 })];
      this.continued.forEach((item, i) => {
        blocks.push(para(`附頁${chineseNumber(i + 1)}：${item.name}（續）`, { bold: true, before: 12 }), ...lines(item.value));
      });
      pages.push({ blocks, addendum: true });
    }
    return { title: this.title, size: this.size, pages };
  }
}

// ---------------------------------------------------------------------------
// Reading a document as plain text (tests, the review page and the .docx check)

function inlineText(run: Inline): string {
  switch (run.kind) {
    case "text":
      return run.text;
    case "fill":
      return run.text || "＿".repeat(Math.max(1, Math.round(run.em)));
    case "check":
      return run.on ? "■" : "□";
  }
}

function paraText(p: Para): string {
  return p.runs.map(inlineText).join("");
}

/** Every paragraph of a page in reading order, one per line, table cells separated by " | ". */
export function pageText(page: Page): string {
  return page.blocks
    .map((block) => {
      if (block.kind === "para") return paraText(block);
      if (block.kind === "space") return "";
      return block.rows.map((r) => r.cells.map((c) => c.paras.map(paraText).join("\n")).join(" | ")).join("\n");
    })
    .join("\n");
}

export function documentText(doc: FormDocument): string {
  return doc.pages.map(pageText).join("\n\f\n");
}
