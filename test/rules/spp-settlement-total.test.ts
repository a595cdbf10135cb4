import { describe, expect, it } from "vitest";
import { formatAmountUpper } from "../../src/rules/index.js";
import { rejected, runCited } from "./run-helpers.js";

const ID = "spp-settlement-total" as const;
interface Value {
  settlementTotal: number;
  settlementTotalUpper: string;
}
const settle = (input: Record<string, unknown>) => runCited<Value>(ID, { asOf: "2019-06-01", ...input }, ["spp-subsidy-manual-2019"]);

describe("spp-settlement-total: 表5-2 說明五 契約金額 + 增加金額 − 減少金額 − 驗收扣款", () => {
  it("rules-api.md: 5,000,000 + 200,000 − 50,000 − 50,000 = 5,100,000, 伍佰壹拾萬元整", () => {
    const out = settle({ contractAmount: 5_000_000, increases: [200_000], decreases: [50_000], inspectionDeductions: 50_000 });
    expect(out.value).toEqual({ settlementTotal: 5_100_000, settlementTotalUpper: "伍佰壹拾萬元整" });
    expect(out.stepIds).toEqual(["t5-2-note-5-increases", "t5-2-note-5-decreases", "t5-2-note-5-settlement-total", "t5-2-settlement-total-upper"]);
    expect(out.steps[2]?.detail?.["zh-TW"]).toBe("契約金額 5,000,000 + 增加金額 200,000 − 減少金額 50,000 − 驗收扣款 50,000 = 5,100,000");
    expect(out.warningIds).toEqual(["penalties-not-deducted"]);
  });

  it("sums every change column (第1次, 第2次 and any added under 說明六)", () => {
    const out = settle({ contractAmount: 1_000_000, increases: [10_000, 20_005], decreases: [5, 0, 1_000], inspectionDeductions: 0 });
    expect(out.value.settlementTotal).toBe(1_029_000);
    expect(out.steps[0]?.detail).toEqual({ "zh-TW": "第1次 10,000、第2次 20,005", en: "change 1: 10,000; change 2: 20,005" });
  });

  it("increases, decreases and deductions default to none", () => {
    expect(settle({ contractAmount: 10_005 }).value).toEqual({ settlementTotal: 10_005, settlementTotalUpper: "壹萬零伍元整" });
    expect(settle({ contractAmount: 10_005 }).steps[0]?.detail).toEqual({ "zh-TW": "無", en: "none" });
  });

  it.each([
    [999_999, 1],
    [1_000_000, 0],
  ])("deductions of %i from 1,000,000 leave %i (the total may reach 0)", (inspectionDeductions, total) => {
    const out = settle({ contractAmount: 1_000_000, inspectionDeductions });
    expect(out.value).toEqual({ settlementTotal: total, settlementTotalUpper: formatAmountUpper(total) });
  });

  it("deductions one dollar above what is left are rejected in both languages", () => {
    const error = rejected(ID, { contractAmount: 1_000_000, increases: [1], decreases: [1], inspectionDeductions: 1_000_001 }, "inspectionDeductions");
    expect(error?.message.en).toContain("cannot be negative");
  });

  it.each([
    [1e12 - 1, [1], true],
    [1e12, [], true],
    [1e12, [1], false],
  ])("contract %i plus increases %j within 10^12: %s", (contractAmount, increases, ok) => {
    if (ok) expect(settle({ contractAmount, increases }).value.settlementTotalUpper).toBe("壹萬億元整");
    else rejected(ID, { contractAmount, increases }, "increases");
  });

  it.each([
    [{ contractAmount: -1 }, "contractAmount"],
    [{ contractAmount: 1.5 }, "contractAmount"],
    [{ contractAmount: Number.NaN }, "contractAmount"],
    [{ contractAmount: Number.POSITIVE_INFINITY }, "contractAmount"],
    [{ contractAmount: "100" }, "contractAmount"],
    [{}, "contractAmount"],
    [{ contractAmount: 100, increases: [-1] }, "increases.0"],
    [{ contractAmount: 100, decreases: ["x"] }, "decreases.0"],
    [{ contractAmount: 100, increases: 5 }, "increases"],
    [{ contractAmount: 100, inspectionDeductions: -5 }, "inspectionDeductions"],
  ])("rejects %j at %s", (input, path) => {
    rejected(ID, input, path);
  });
});
