import { describe, expect, it } from "vitest";
import { evaluate } from "../../src/calculators/evaluate";
import { UNKNOWN } from "../../src/calculators/form-state";
import eligibility from "../../src/calculators/specs/tops-supplier-eligibility";
import mature from "../../src/calculators/specs/spp-mature-subsidy";
import termination from "../../src/calculators/specs/spp-termination-refund";
import solution from "../../src/calculators/specs/tcloud-solution-check";
import startup from "../../src/calculators/specs/spp-startup-definition";
import { calculators } from "../../src/rules/index";
import type { Calculator } from "../../src/rules/core/types";

const calc = (id: keyof typeof calculators) => calculators[id] as unknown as Calculator;

const company = {
  registeredInTaipei: "true",
  foreignBranch: "false",
  establishedOn: "2019-06-01",
  asOf: "2024-10-01",
  canIssueInvoiceOrReceipt: "true",
};

describe("evaluate: a form state through the calculator", () => {
  it("gives the calculator's value for a complete form", () => {
    const result = evaluate(calc("tops-supplier-eligibility"), eligibility.fields, { ...company, paidInCapital: "500萬", employees: "12" });
    expect(result.status).toBe("ok");
    if (result.status === "ok") expect(result.outcome.value).toEqual({ eligible: true, group: "startup", failed: [] });
  });

  it("names each missing or malformed control with the schema's bilingual message", () => {
    const result = evaluate(calc("tops-supplier-eligibility"), eligibility.fields, { ...company, paidInCapital: "5", employees: "1.5" });
    expect(result.status).toBe("invalid");
    if (result.status === "invalid") {
      expect(result.errors.map((e) => e.name)).toEqual(["employees"]);
      expect(result.errors[0]!.message).toEqual({ "zh-TW": "請輸入整數", en: "Enter a whole number" });
    }
  });

  it("asks the solution check's 九(二)1 questions the rules contract leaves optional, so none is skipped as \"not checked\"", () => {
    const answered = solution.examples[0]!.state;
    expect(evaluate(calc("tcloud-solution-check"), solution.fields, answered).status).toBe("ok");
    const { smeOperatesItself: _a, usageLogCharts: _b, ...skipped } = answered;
    const result = evaluate(calc("tcloud-solution-check"), solution.fields, skipped);
    expect(result.status === "invalid" && result.errors).toEqual([
      { name: "smeOperatesItself", message: { "zh-TW": "此欄位必填", en: "This field is required" } },
      { name: "usageLogCharts", message: { "zh-TW": "此欄位必填", en: "This field is required" } },
    ]);
  });

  it("does not let an unreadable amount also be called missing", () => {
    const result = evaluate(calc("spp-termination-refund"), termination.fields, { reason: "other", subsidyReceived: "12abc", interest: "0" });
    expect(result.status === "invalid" && result.errors.map((e) => e.name)).toEqual(["subsidyReceived"]);
  });

  it("an employee count left as \"I don't know\" does not matter when capital is at most NT$100,000,000", () => {
    const result = evaluate(calc("tops-supplier-eligibility"), eligibility.fields, { ...company, paidInCapital: "100,000,000", employees: UNKNOWN });
    expect(result.status).toBe("ok");
    if (result.status === "ok") expect(Object.keys(result.assumed)).toEqual(["employees"]);
  });

  it("an unknown employee count decides when capital is above NT$100,000,000: one case each side of 200", () => {
    const result = evaluate(calc("tops-supplier-eligibility"), eligibility.fields, { ...company, paidInCapital: "100,000,001", employees: UNKNOWN });
    expect(result.status).toBe("depends");
    if (result.status === "depends") {
      expect(result.cases.map((c) => [c.answers.employees, c.outcome.value.eligible])).toEqual([
        [0, true],
        [200, false],
      ]);
    }
  });

  it("an unknown financial tier shows one case per different subsidy, naming the tiers that share it", () => {
    const result = evaluate(calc("spp-mature-subsidy"), mature.fields, { financialTier: UNKNOWN, purchaseKind: "one-off", contractAmount: "100萬" });
    expect(result.status).toBe("depends");
    if (result.status === "depends") {
      expect(result.cases.map((c) => [c.outcome.value.maxSubsidy, c.alike])).toEqual([
        [750000, [1]],
        [900000, [2, 3, 4, 5]],
      ]);
    }
  });

  it("leaves out of every case an \"I don't know\" answer that changes nothing", () => {
    // Within five years, recognition by the authority does not matter; the listing decides.
    const result = evaluate(calc("spp-startup-definition"), startup.fields, {
      establishedOn: "2017-01-01",
      asOf: "2019-01-01",
      certifiedByAuthority: UNKNOWN,
      listedOnJointSupplyContract: UNKNOWN,
    });
    expect(result.status).toBe("depends");
    if (result.status === "depends") {
      expect(result.cases.map((c) => [c.answers, c.outcome.value.qualifies])).toEqual([
        [{ listedOnJointSupplyContract: true }, true],
        [{ listedOnJointSupplyContract: false }, false],
      ]);
    }
  });

  it("keeps every answer that matters when two together decide", () => {
    const result = evaluate(calc("spp-startup-definition"), startup.fields, {
      establishedOn: "2010-01-01",
      asOf: "2019-01-01",
      certifiedByAuthority: UNKNOWN,
      listedOnJointSupplyContract: UNKNOWN,
    });
    expect(result.status === "depends" && result.cases.map((c) => Object.keys(c.answers).sort())).toEqual([
      ["certifiedByAuthority", "listedOnJointSupplyContract"],
      ["certifiedByAuthority", "listedOnJointSupplyContract"],
      ["certifiedByAuthority", "listedOnJointSupplyContract"],
      ["certifiedByAuthority", "listedOnJointSupplyContract"],
    ]);
  });

  it("an unknown tier above the cap still shows each case (maxRate differs), all at the cap", () => {
    const result = evaluate(calc("spp-mature-subsidy"), mature.fields, { financialTier: UNKNOWN, purchaseKind: "one-off", contractAmount: "1億" });
    expect(result.status).toBe("depends");
    if (result.status === "depends") expect(new Set(result.cases.map((c) => c.outcome.value.maxSubsidy))).toEqual(new Set([4_000_000]));
  });
});
