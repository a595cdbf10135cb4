import { describe, expect, it } from "vitest";
import { pageText } from "../../src/forms/doc";
import { emptyProfile } from "../../src/forms/profile";
import { sppBudgetCertificate } from "../../src/forms/spp-budget-certificate";
import { sppChangeApplication } from "../../src/forms/spp-change-application";
import { sppExpenseStatement } from "../../src/forms/spp-expense-statement";
import { sppMatureProposal } from "../../src/forms/spp-mature-proposal";
import { sppTerminationApplication } from "../../src/forms/spp-termination-application";
import { evaluateForm } from "../../src/forms/values";

const profile = { ...emptyProfile, orgName: "臺南市政府經濟發展局" };
const proposal = (answers: Record<string, string>) => evaluateForm(sppMatureProposal, answers, profile);
// Tier 2 (90%) of NT$4,000,000: a ceiling of 3,600,000 by the rate, under the NT$4,000,000 cap (第一節 二).
const byRate = { financialTier: "2", purchaseKind: "one-off", contractAmount: "4000000" };
// Tier 2 of NT$5,000,000: 4,500,000 by the rate, so the cap decides.
const byCap = { financialTier: "2", purchaseKind: "one-off", contractAmount: "5000000" };

describe("a lower ask on the mature-track proposal (第三節 二(二)5; 第四節 二(三))", () => {
  it("asks for the ceiling when the subsidy is left empty", () => {
    expect(proposal(byRate).computation?.data).toMatchObject({ maxSubsidy: 3_600_000, subsidy: 3_600_000, localShare: 400_000 });
  });

  it("takes a lower subsidy, raises the local share by as much and prints both", () => {
    const { computation, doc, issues } = proposal({ ...byRate, requestedSubsidy: "300萬" });
    expect(issues).toEqual([]);
    expect(computation?.data).toMatchObject({ maxSubsidy: 3_600_000, subsidy: 3_000_000, localShare: 1_000_000 });
    expect(pageText(doc.pages[1]!)).toContain("3,000 | 臺南市政府經濟發展局 | 1,000");
    const figures = computation!.figures.map((f) => `${f.label.en}: ${f.value.en}`);
    expect(figures).toContain("Subsidy requested: NT$3,000,000 (3,000 thousand), NT$600,000 below the ceiling");
    expect(figures).toContain("Local share: NT$1,000,000 (1,000 thousand), 25% of the total cost");
    expect(computation!.figures.map((f) => f.value["zh-TW"])).toContain("3,000,000 元（3,000 千元），低於上限 600,000 元");
  });

  it("says why a lower ask is worth it, citing the review criterion and the manual", () => {
    const field = sppMatureProposal.sections.flatMap((s) => s.fields).find((f) => f.key === "requestedSubsidy")!;
    expect(field.hint?.["zh-TW"]).toContain("「預算編列合理性與配合款比例」占 20%（第四節 二(三); 附錄一 八(三)）");
    expect(field.hint?.en).toContain("20%");
  });

  it("accepts exactly the tier's rate and refuses one dollar above it, in both languages", () => {
    expect(proposal({ ...byRate, requestedSubsidy: "3600000" }).issues).toEqual([]);
    const over = proposal({ ...byRate, requestedSubsidy: "3600001" });
    expect(over.issues.map((i) => i.key)).toEqual(["requestedSubsidy"]);
    expect(over.issues[0]!.message.en).toBe("A subsidy of NT$3,600,001 is above tier 2's rate of 90% of the eligible NT$4,000,000 (NT$3,600,000; 第一節 二(三); 附錄一 四(三))");
    expect(over.issues[0]!.message["zh-TW"]).toContain("超過補助項目金額 4,000,000 元的財力第 2 級之比例上限 90%");
    expect(over.computation?.data).toBeNull();
  });

  it("accepts exactly the NT$4,000,000 cap and refuses one dollar above it", () => {
    expect(proposal({ ...byCap, requestedSubsidy: "4000000" }).issues).toEqual([]);
    const over = proposal({ ...byCap, requestedSubsidy: "4000001" });
    expect(over.issues.map((i) => i.message.en)).toEqual(["A subsidy of NT$4,000,001 is above the cap of NT$4,000,000 per case (第一節 二(四)1; 附錄一 四(四)1)"]);
    expect(over.issues[0]!.message["zh-TW"]).toBe("補助款 4,000,001 元超過每案上限 4,000,000 元（第一節 二(四)1; 附錄一 四(四)1）");
  });

  it("holds a continuous service to the rate of its first twelve months", () => {
    // Tier 1 (75%), 100,000 a month for 18 months: 1,200,000 eligible, 900,000 at most.
    const answers = { financialTier: "1", purchaseKind: "continuous", monthlyPrice: "100000", months: "18" };
    expect(proposal({ ...answers, requestedSubsidy: "900000" }).computation?.data).toMatchObject({ subsidy: 900_000, localShare: 900_000 });
    expect(proposal({ ...answers, requestedSubsidy: "900001" }).issues.map((i) => i.key)).toEqual(["requestedSubsidy"]);
  });

  it("prints the approved, lower subsidy on Table 5-3 as on the proposal", () => {
    const { computation, issues } = evaluateForm(sppBudgetCertificate, { ...byRate, requestedSubsidy: "3000000" }, profile);
    expect(issues).toEqual([]);
    expect(computation?.data).toEqual({ subsidy: 3_000_000, localShare: 1_000_000 });
    expect(evaluateForm(sppBudgetCertificate, { ...byRate, requestedSubsidy: "3600001" }, profile).issues.map((i) => i.key)).toEqual(["requestedSubsidy"]);
  });
});

describe("an approved subsidy above the ceiling is flagged where it is typed", () => {
  const warningsOf = (def: Parameters<typeof evaluateForm>[0], answers: Record<string, string>) => evaluateForm(def, answers, profile).computation?.warnings ?? [];
  const mentions = (list: { en: string }[], what: RegExp) => list.some((w) => what.test(w.en));

  it("Table 5-1: the cap alone until the self-raised funds are given", () => {
    expect(mentions(warningsOf(sppExpenseStatement, { subsidy: "4000000" }), /cap/)).toBe(false);
    const over = warningsOf(sppExpenseStatement, { subsidy: "4000001" });
    expect(over.map((w) => w.en)).toContain("A subsidy of NT$4,000,001 is above the cap of NT$4,000,000 per case (第一節 二(四)1; 附錄一 四(四)1): check it against the approval letter.");
    expect(over.map((w) => w["zh-TW"])).toContain("補助款 4,000,001 元超過每案上限 4,000,000 元（第一節 二(四)1; 附錄一 四(四)1）；請與核定函核對。");
  });

  it("Table 5-1: exactly 90% of the income is accepted, a dollar more is not", () => {
    expect(mentions(warningsOf(sppExpenseStatement, { subsidy: "900000", selfFunding: "100000" }), /rate/)).toBe(false);
    const over = warningsOf(sppExpenseStatement, { subsidy: "900001", selfFunding: "99999" });
    expect(over.map((w) => w.en)).toContain(
      "A subsidy of NT$900,001 is above 90%, the highest rate of any financial tier, of the eligible NT$1,000,000 (NT$900,000; 第一節 二(三); 附錄一 四(三)): check it against the approval letter.",
    );
  });

  it("Table 5-5: (A) against (C) = (A) + (B), before the change is computed", () => {
    expect(warningsOf(sppChangeApplication, { approvedSubsidy: "900000", approvedLocalShare: "100000" })).toEqual([]);
    expect(mentions(warningsOf(sppChangeApplication, { approvedSubsidy: "900001", approvedLocalShare: "99999" }), /rate/)).toBe(true);
    expect(mentions(warningsOf(sppChangeApplication, { approvedSubsidy: "4000001", approvedLocalShare: "9000000" }), /cap/)).toBe(true);
    // And after it: the warning stays beside the calculator's own.
    const full = { approvedSubsidy: "4000001", approvedLocalShare: "9000000", revisedTotal: "13000001", subsidyReceived: "0" };
    expect(mentions(warningsOf(sppChangeApplication, full), /cap/)).toBe(true);
  });

  it("Table 5-6: the cap", () => {
    expect(warningsOf(sppTerminationApplication, { approvedSubsidy: "4000000" })).toEqual([]);
    expect(mentions(warningsOf(sppTerminationApplication, { approvedSubsidy: "4000001" }), /cap/)).toBe(true);
  });
});
