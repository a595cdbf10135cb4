import { describe, expect, it } from "vitest";
import { documentText, type Table } from "../../src/forms/doc";
import { emptyProfile, type Profile } from "../../src/forms/profile";
import { EXPENSE_MAX, EXPENSE_ROWS, sppExpenseStatement as def } from "../../src/forms/spp-expense-statement";
import { evaluateForm } from "../../src/forms/values";

const profile: Profile = { ...emptyProfile, orgName: "臺南市政府經濟發展局" };

const lines = (...rows: [string, string][]) =>
  Object.fromEntries([["expenses.rows", String(rows.length)], ...rows.flatMap(([item, amount], i) => [[`expenses.${i}.item`, item], [`expenses.${i}.amount`, amount]])]);

/** Data rows of the printed table: between the two heading rows and the totals row. */
const bodyRows = (answers: Record<string, string>) => (evaluateForm(def, answers, profile).doc.pages[0]!.blocks.find((b) => b.kind === "table") as Table).rows.length - 5;

describe("SPP Table 5-1 expense statement (spp-subsidy-manual-2019 表5-1)", () => {
  const income = { planName: "108年度採購新創產品或服務計畫-臺南市智慧路燈採購案", subsidy: "600,000", selfFunding: "200000", selfFundingSource: "本府108年度預算" };

  it("adds up both sides and prints a balanced statement in NT$", () => {
    const { doc, computation, issues } = evaluateForm(def, { ...income, ...lines(["智慧路燈控制器", "500,000"], ["安裝與設定", "300,000"]) }, profile);
    expect(issues).toEqual([]);
    expect(computation?.data).toEqual({ income: 800_000, expense: 800_000, difference: 0 });
    expect(computation?.warnings).toEqual([]);
    const text = documentText(doc);
    expect(text).toContain("受補助機關 | 臺南市政府經濟發展局");
    expect(text).toContain("經濟部中小企業處補助款\n(核定數) | 600,000 | 智慧路燈控制器 | 500,000");
    expect(text).toContain("自籌款\n(本府108年度預算) | 200,000 | 安裝與設定 | 300,000");
    expect(text).toContain("合計 | 800,000 | 合計 | 800,000");
    expect(doc.pages).toHaveLength(1);
  });

  it.each([
    ["one dollar more spent", "300,001", -1, /Expenses exceed income by NT\$1\b/],
    ["one dollar less spent", "299,999", 1, /Income exceeds expenses by NT\$1\b/],
  ])("shows the difference when %s than received", (_, amount, difference, pattern) => {
    const { computation } = evaluateForm(def, { ...income, ...lines(["控制器", "500,000"], ["安裝", amount]) }, profile);
    expect(computation?.data?.difference).toBe(difference);
    expect(computation?.figures.map((f) => f.value.en).join(" ")).toMatch(pattern);
    expect(computation?.warnings).toHaveLength(1);
  });

  it("prints the form's seven rows, and grows to as many expense lines as entered up to fourteen", () => {
    expect(bodyRows({})).toBe(EXPENSE_ROWS);
    expect(bodyRows(lines(...Array.from({ length: 8 }, (_, i): [string, string] => [`項目${i}`, "1"])))).toBe(8);
    expect(bodyRows(lines(...Array.from({ length: EXPENSE_MAX + 1 }, (_, i): [string, string] => [`項目${i}`, "1"])))).toBe(EXPENSE_MAX);
  });

  it("leaves the totals blank on a blank form, and reports an unreadable amount on its own line", () => {
    const text = documentText(evaluateForm(def, {}, emptyProfile).doc);
    expect(text).toContain("合計 |  | 合計 | ");
    expect(text).toContain("自籌款\n(需註明來源)");
    const { issues } = evaluateForm(def, lines(["控制器", "1萬5"]), profile);
    expect(issues.map((i) => i.key)).toEqual(["expenses.0.amount"]);
  });
});
