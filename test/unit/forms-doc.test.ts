import { describe, expect, it } from "vitest";
import {
  boxWidth,
  chineseNumber,
  columns,
  CONTENT_WIDTH_PT,
  countLines,
  DocumentBuilder,
  documentText,
  fitText,
  lineCapacity,
  para,
  row,
  table,
  widthEm,
} from "../../src/forms/doc";

describe("measuring text", () => {
  it("counts a CJK character as one em and other characters as 0.7 em", () => {
    expect(widthEm("計畫")).toBe(2);
    expect(widthEm("ab")).toBeCloseTo(1.4);
    expect(widthEm("（）")).toBe(2);
  });

  it("keeps one em of each line free for CJK line breaking", () => {
    expect(lineCapacity(120, 12)).toBe(9);
    expect(lineCapacity(5, 12)).toBe(1);
  });

  it("wraps at the line's capacity: capacity − 1, capacity and capacity + 1 characters", () => {
    expect(countLines("字".repeat(9), 10)).toBe(1);
    expect(countLines("字".repeat(10), 10)).toBe(1);
    expect(countLines("字".repeat(11), 10)).toBe(2);
  });

  it("starts a new line at every typed line break, an empty line included", () => {
    expect(countLines("甲\n乙", 10)).toBe(2);
    expect(countLines("甲\n\n乙", 10)).toBe(3);
    expect(countLines("", 10)).toBe(1);
  });
});

describe("fitting text into a box", () => {
  it("keeps everything when the text fills the box exactly", () => {
    const value = "字".repeat(30);
    expect(fitText(value, 10, 3, 4)).toEqual({ head: value, tail: "" });
  });

  it("moves the overflow to the tail, keeping room for the note on the last line", () => {
    const value = "字".repeat(31);
    const { head, tail } = fitText(value, 10, 3, 4);
    expect([...head].length).toBe(26);
    expect(head + tail).toBe(value);
  });

  it("cuts at a line break when the box runs out of lines, without losing the text after it", () => {
    const { head, tail } = fitText("一\n二\n三\n四", 10, 2, 4);
    expect(head).toBe("一\n二");
    expect(tail).toBe("三\n四");
  });
});

describe("documents", () => {
  it("writes numbers as forms do: 一, 十, 十二, 二十", () => {
    expect([1, 9, 10, 12, 20, 21].map(chineseNumber)).toEqual(["一", "九", "十", "十二", "二十", "二十一"]);
  });

  it("divides the writable width exactly among the columns", () => {
    for (const weights of [[1], [20, 80], [22, 30, 24, 24], [82, 68, 60, 60, 124, 99]]) {
      expect(columns(...weights).reduce((a, b) => a + b, 0)).toBe(CONTENT_WIDTH_PT);
    }
  });

  it("adds an addendum page only when a box overflows, and says where the text continues", () => {
    const width = boxWidth(...columns(1));
    const capacity = lineCapacity(width, 12);
    const fits = new DocumentBuilder("測試表", 12);
    fits.page(...fits.box("字".repeat(capacity * 2), { name: "說明", width, lines: 2 }));
    expect(fits.build().pages).toHaveLength(1);

    const spills = new DocumentBuilder("測試表", 12);
    spills.page(...spills.box("字".repeat(capacity * 2 + 1), { name: "說明", width, lines: 2 }));
    const doc = spills.build();
    expect(doc.pages).toHaveLength(2);
    expect(doc.pages[1]!.addendum).toBe(true);
    const text = documentText(doc);
    expect(text).toContain("（續見附頁一）");
    expect(text).toContain("附頁一：說明（續）");
    expect(text.replace(/[^字]/g, "")).toHaveLength(capacity * 2 + 1);
  });

  it("keeps a typed value to its cell's lines, with a short note where the full one does not fit", () => {
    const doc = new DocumentBuilder("測試表", 12);
    const narrow = doc.valueCell("字".repeat(20), { name: "姓名", width: 60, lines: 2 });
    const wide = doc.valueCell("字".repeat(80), { name: "機關", width: boxWidth(...columns(1)), lines: 2 });
    expect(narrow.lines).toBe(2);
    expect(narrow.paras.map((p) => p.runs.map((r) => (r.kind === "text" ? r.text : "")).join("")).join("\n")).toMatch(/（附一）$/);
    expect(wide.paras.at(-1)!.runs.at(-1)).toEqual({ kind: "text", text: "（續見附頁二）" });
    doc.page(table([60, CONTENT_WIDTH_PT - 60], [row(narrow), row(wide)]));
    const text = documentText(doc.build());
    expect(text).toContain("附頁一：姓名（續）");
    expect(text).toContain("附頁二：機關（續）");
    expect(text.replace(/[^字]/g, "")).toHaveLength(100);
  });

  it("counts the prompt of a box against its lines", () => {
    const width = boxWidth(...columns(1));
    const capacity = lineCapacity(width, 12);
    const doc = new DocumentBuilder("測試表", 12);
    doc.page(...doc.box("字".repeat(capacity * 2), { name: "說明", prompt: "（提示）", width, lines: 2 }));
    expect(doc.build().pages).toHaveLength(2);
  });

  it("reads a document as text with blanks, ticks and table cells", () => {
    const doc = new DocumentBuilder("表", 12).page(para([{ kind: "fill", text: "", em: 3 }, { kind: "check", on: true }, { kind: "check", on: false }])).build();
    expect(documentText(doc)).toBe("＿＿＿■□");
  });
});
