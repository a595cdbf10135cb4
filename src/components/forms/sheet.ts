/**
 * The document model drawn as A4 sheets: one <section> per page, sized in mm and pt so
 * the preview on screen and the printout are the same layout. Sizes are set through
 * element.style (CSSOM), which the site's Content Security Policy allows; no style
 * attribute is ever written into HTML.
 */
import { CELL_PAD_Y_PT, LINE_RATIO, widthEm, type Block, type Cell, type FormDocument, type Inline, type Para, type Table } from "../../forms/doc.js";
import { h } from "./dom.js";

function inline(run: Inline): Node {
  switch (run.kind) {
    case "text":
      return run.bold ? h("strong", null, run.text) : document.createTextNode(run.text);
    case "check":
      return h("span", { class: "sheet-check" }, run.on ? "■" : "□");
    case "fill": {
      const el = h("span", { class: run.text ? "sheet-fill" : "sheet-fill sheet-fill--blank" }, run.text);
      // A short value keeps the length of the line it is written on; a long one wraps.
      if (!run.text || widthEm(run.text) < run.em) {
        el.classList.add("sheet-fill--sized");
        el.style.minWidth = `${run.em}em`;
      }
      return el;
    }
  }
}

function paragraph(p: Para, size: number): HTMLElement {
  const pt = p.size ?? size;
  const el = h("p", { class: "sheet-p" }, p.runs.map(inline));
  el.style.fontSize = `${pt}pt`;
  el.style.lineHeight = `${pt * LINE_RATIO}pt`;
  if (p.align) el.style.textAlign = p.align;
  if (p.bold) el.style.fontWeight = "700";
  if (p.before) el.style.marginTop = `${p.before}pt`;
  if (p.indent) el.style.textIndent = `${p.indent}em`;
  return el;
}

function tableCell(c: Cell, size: number): HTMLTableCellElement {
  const td = h("td", { class: [c.label ? "sheet-label" : "", c.double ? "sheet-double" : ""].filter(Boolean).join(" ") || null });
  if (c.span && c.span > 1) td.colSpan = c.span;
  if (c.rowSpan && c.rowSpan > 1) td.rowSpan = c.rowSpan;
  if (c.align) td.style.textAlign = c.align;
  td.style.verticalAlign = c.valign ?? "top";
  for (const p of c.paras) td.appendChild(paragraph(p, size));
  // The box keeps the size it has on the paper form, however little is written in it.
  const lines = Math.max(c.lines ?? 1, 1);
  td.style.height = `${lines * size * LINE_RATIO + 2 * CELL_PAD_Y_PT}pt`;
  return td;
}

function table(t: Table, size: number): HTMLElement {
  const pt = t.size ?? size;
  const el = h(
    "table",
    { class: "sheet-table" },
    h("colgroup", null, t.widths.map((w) => {
      const col = h("col");
      col.style.width = `${w}pt`;
      return col;
    })),
    h("tbody", null, t.rows.map((r) => h("tr", null, r.cells.map((c) => tableCell(c, pt))))),
  );
  el.style.width = `${t.widths.reduce((a, b) => a + b, 0)}pt`;
  el.style.fontSize = `${pt}pt`;
  return el;
}

function block(b: Block, size: number): HTMLElement {
  if (b.kind === "para") return paragraph(b, size);
  if (b.kind === "table") return table(b, size);
  const el = h("div", { class: "sheet-space", "aria-hidden": "true" });
  el.style.height = `${b.pt}pt`;
  return el;
}

/** The model each drawn block was drawn from, so that a block that has not changed keeps its element, and the layout it has. */
const drawnFrom = new WeakMap<Element, string>();

/** Makes `want` the children of `parent`, moving or removing only what is out of place. */
function place(parent: Element, want: readonly Element[]): void {
  const keep = new Set(want);
  for (const child of [...parent.children]) if (!keep.has(child)) child.remove();
  let at = parent.firstElementChild;
  for (const el of want) {
    if (el === at) at = at.nextElementSibling;
    else parent.insertBefore(el, at);
  }
}

function setAttr(el: Element, name: string, value: string): void {
  if (el.getAttribute(name) !== value) el.setAttribute(name, value);
}

/**
 * Draws one sheet per page into `container`; `label` names each for screen readers ("Page 1").
 * Drawn again on every answer, so only the blocks whose model changed are drawn anew: laying
 * out the three sheets from scratch took a fifth of a second a keystroke once a box held
 * 10,000 characters (issue 13).
 */
export function drawSheets(container: HTMLElement, doc: FormDocument, label: (n: number, addendum: boolean) => string): void {
  const drawn = [...container.children];
  const sheets = doc.pages.map((page, i) => {
    const sheet = drawn[i] ?? h("section", { lang: "zh-TW" });
    setAttr(sheet, "class", page.addendum ? "sheet sheet--addendum" : "sheet");
    setAttr(sheet, "aria-label", label(i + 1, Boolean(page.addendum)));
    const unchanged = new Map<string, Element[]>();
    for (const el of sheet.children) {
      const key = drawnFrom.get(el);
      if (key !== undefined) unchanged.set(key, [...(unchanged.get(key) ?? []), el]);
    }
    place(
      sheet,
      page.blocks.map((b) => {
        const key = `${doc.size}:${JSON.stringify(b)}`;
        const el = unchanged.get(key)?.shift() ?? block(b, doc.size);
        drawnFrom.set(el, key);
        return el;
      }),
    );
    return sheet;
  });
  place(container, sheets);
}
