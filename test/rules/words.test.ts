/**
 * Issue 12, "words people see": an explanation says "the lesser of" in words, never min(…) or
 * max(…) as code, in both languages, over every calculator's worked example and the branches
 * that used to print a formula.
 */
import { describe, expect, it } from "vitest";
import { calculatorIds, run } from "../../src/rules/index";
import { examples } from "./examples";

const FORMULA = /\b(?:min|max)\s*\(/;

function texts(id: Parameters<typeof run>[0], input: unknown): string[] {
  const out = run(id, input);
  if (!out.ok) throw new Error(JSON.stringify(out.errors));
  return [...out.steps.flatMap((s) => (s.detail ? [s.detail["zh-TW"], s.detail.en] : [])), ...out.warnings.flatMap((w) => [w.message["zh-TW"], w.message.en])];
}

describe("explanations in words, not formulas", () => {
  it.each(calculatorIds)("%s: its worked example shows no min() or max()", (id) => {
    expect(texts(id, examples[id]).filter((t) => FORMULA.test(t))).toEqual([]);
  });

  it("spp-change-refund 第五節 二(一): a change that leaves the received subsidy within the new one says nothing is refunded", () => {
    const out = run("spp-change-refund", { approvedSubsidy: 900_000, approvedLocalShare: 100_000, revisedTotal: 1_000_000, subsidyReceived: 300_000 });
    if (!out.ok) throw new Error(JSON.stringify(out.errors));
    const refund = out.steps.find((s) => s.id === "s5-2-1-refund");
    expect(refund?.value).toBe(0);
    expect(refund?.detail?.en).toBe("received 300,000 is not more than the revised subsidy 900,000: nothing to refund (0)");
    expect(refund?.detail?.["zh-TW"]).toContain("無須繳回");
  });

  it("spp-mature-subsidy 第一節 二(二)2: a 24-month service counts the lesser of 24 and 12 months", () => {
    const detail = run("spp-mature-subsidy", { financialTier: 2, purchaseKind: "continuous", monthlyPrice: 10_000, months: 24 });
    if (!detail.ok) throw new Error(JSON.stringify(detail.errors));
    const step = detail.steps.find((s) => s.id === "s1-2-2-2-one-year");
    expect(step?.detail?.en).toContain("10,000 × 12 months (the lesser of the contract's 24 months and the 12-month limit) = 120,000");
    expect(step?.detail?.["zh-TW"]).toContain("契約 24 個月與上限 12 個月之較少者");
  });

  it("tcloud-points 二(一): a purchase when few points are left says which bound applied", () => {
    const out = run("tcloud-points", { prices: [100_000], pointsAvailable: 10_000 });
    if (!out.ok) throw new Error(JSON.stringify(out.errors));
    expect(out.steps.find((s) => s.id === "p2-1-co-pay-1")?.detail?.en).toContain("uses 10,000 points (the lesser of the 10,000 left and the 50,000-point limit)");
  });

  it("tcloud-redemption 八(六)2: usage records shorter than the contract count the lesser of the two", () => {
    const out = run("tcloud-redemption", { contractPoints: 30_000, contractMonths: 12, usageRecordMonths: 9, claimedThisYear: 0 });
    if (!out.ok) throw new Error(JSON.stringify(out.errors));
    expect(out.steps.find((s) => s.id === "p8-6-2-usage-record-months")?.detail?.en).toBe("The lesser of 9 record months and 12 contract months: 9 months");
    expect(texts("tcloud-redemption", { contractPoints: 30_000, contractMonths: 12, usageRecordMonths: 9, claimedThisYear: 0 }).filter((t) => FORMULA.test(t))).toEqual([]);
  });
});
