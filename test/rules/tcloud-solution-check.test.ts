import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { run } from "../../src/rules/index.js";
import { solutionParams2023 } from "../../src/rules/tcloud/solution-params-2023.js";
import { AFTER_EDITION, expectRejected, IN_EDITION, runOk } from "./tcloud-helpers.js";

const ID = "tcloud-solution-check" as const;

interface Value {
  acceptable: boolean;
  failed: string[];
}

const good = {
  subscriptionMonths: 12,
  categories: ["erp"],
  includesHardware: false,
  cloud: "public",
  coreOnPublicCloud: true,
  singleFunction: false,
  originalVendorChinaCapital: false,
  onboardingDays: 14,
  freeDataExport: true,
  solutionsThisBatch: 1,
  asOf: IN_EDITION,
};

const check = (patch: Record<string, unknown>) => runOk<Value>(ID, { ...good, ...patch });

describe("tcloud-solution-check: 六 and 九(二)", () => {
  it("a solution meeting every rule is acceptable, with steps named after the clauses", () => {
    const out = check({});
    expect(out.value).toEqual({ acceptable: true, failed: [] });
    expect(out.stepIds).toEqual([
      "p6-2-original-vendor",
      "p6-3-subscription-period",
      "p6-4-categories",
      "p6-5-solutions-per-batch",
      "p9-2-1-1-sme-operates-it",
      "p9-2-1-2-data-export",
      "p9-2-1-4-single-function",
      "p9-2-1-4-hardware",
      "p9-2-1-5-not-private-cloud",
      "p9-2-1-6-usage-log-charts",
      "p9-2-3-onboarding-time",
    ]);
    expect(out.warnings).toEqual([]);
  });

  it.each([
    ["九(二)1(1) the SME operates the application itself", "smeOperatesItself", "not-operable-by-sme", "p9-2-1-1-sme-operates-it"],
    ["九(二)1(6) usage log data turned into charts", "usageLogCharts", "no-usage-log-charts", "p9-2-1-6-usage-log-charts"],
  ])("%s: yes is met, no fails with that reason, unanswered is shown as not checked", (_rule, key, failure, stepId) => {
    const at = (patch: Record<string, unknown>) => check(patch).steps.find((s) => s.id === stepId)!;
    expect(check({ [key]: true }).value.failed).toEqual([]);
    expect(at({ [key]: true }).value).toBe(true);
    expect(check({ [key]: false }).value).toEqual({ acceptable: false, failed: [failure] });
    expect(at({ [key]: false }).detail?.en).toContain("(not met)");
    // The first contract had no such key: leaving it out neither passes nor fails it.
    expect(check({}).value.failed).toEqual([]);
    expect(at({}).value).toBeNull();
    expect(at({}).detail?.["zh-TW"]).toContain("未檢核");
    expect(at({}).detail?.en).toContain("not checked");
  });

  it.each([
    [3, false],
    [4, true],
    [5, true],
    [11, true],
    [12, true],
    [13, false],
    [0, false],
  ])("六(三) a %i-month subscription is within 4–12 months: %s", (subscriptionMonths, ok) => {
    expect(check({ subscriptionMonths }).value.failed).toEqual(ok ? [] : ["subscription-period"]);
  });

  it.each([
    [9, true],
    [10, true],
    [11, false],
  ])("六(五) the %i-th solution of one vendor in a batch is within the 10 allowed: %s", (solutionsThisBatch, ok) => {
    expect(check({ solutionsThisBatch }).value.failed).toEqual(ok ? [] : ["solutions-per-batch"]);
  });

  it.each([
    ["六(二) original vendor is Chinese-capital", { originalVendorChinaCapital: true }, "original-vendor-china-capital"],
    ["九(二)1(2) no free data export", { freeDataExport: false }, "no-free-data-export"],
    ["九(二)1(4) single function", { singleFunction: true }, "single-function"],
    ["九(二)1(4) price includes hardware", { includesHardware: true }, "hardware"],
    ["九(二)1(5) 100% private cloud", { cloud: "private" }, "private-cloud"],
    ["九(二)1(5) hybrid cloud with core off the public cloud", { cloud: "hybrid", coreOnPublicCloud: false }, "core-not-on-public-cloud"],
  ])("%s fails", (_clause, patch, reason) => {
    expect(check(patch).value).toEqual({ acceptable: false, failed: [reason] });
  });

  it("九(二)1(5) a hybrid cloud passes when its core computing and storage are all on the public cloud", () => {
    const out = check({ cloud: "hybrid", coreOnPublicCloud: true });
    expect(out.value.acceptable).toBe(true);
    expect(out.stepIds).toContain("p9-2-1-5-hybrid-core-on-public-cloud");
  });

  it("九(二)1(5) a private cloud fails whatever is said of its core", () => {
    expect(check({ cloud: "private", coreOnPublicCloud: true }).value.failed).toEqual(["private-cloud"]);
  });

  it("九(二)1(5) a private cloud needs no answer about its core; a public or hybrid one does, asked with the other missing answers", () => {
    const { coreOnPublicCloud: _, ...unanswered } = good;
    expect(runOk<Value>(ID, { ...unanswered, cloud: "private" }).value.failed).toEqual(["private-cloud"]);
    for (const cloud of ["public", "hybrid"]) {
      const out = run(ID, { ...unanswered, cloud, onboardingDays: undefined });
      expect(!out.ok && out.errors.map((e) => [e.path, e.message.en])).toEqual([
        ["onboardingDays", "This field is required"],
        ["coreOnPublicCloud", "This field is required"],
      ]);
    }
  });

  it("九(二)1(5) public cloud with 'core not on public cloud' is judged as public and warned about", () => {
    const out = check({ cloud: "public", coreOnPublicCloud: false });
    expect(out.value.acceptable).toBe(true);
    expect(out.warningIds).toEqual(["public-cloud-core-answer"]);
  });

  it.each([
    [28, true, false],
    [29, true, true],
    [30, true, true],
    [31, true, true],
    [32, false, false],
  ])("九(二)3 onboarding of %i days is not over one month (a calendar month is 28–31 days; 29–31 is for the agency): %s; warned: %s", (onboardingDays, ok, warned) => {
    const out = check({ onboardingDays });
    expect(out.value.failed).toEqual(ok ? [] : ["onboarding-too-long"]);
    expect(out.warningIds.includes("onboarding-month-in-days")).toBe(warned);
  });

  it("九(二)3 31 days is said to be for the agency to confirm, not met or failed", () => {
    const detail = check({ onboardingDays: 31 }).steps.find((s) => s.id === "p9-2-3-onboarding-time")!.detail!;
    expect(detail["zh-TW"]).toContain("待確認");
    expect(detail.en).toContain("to confirm");
    expect(check({ onboardingDays: 30 }).steps.find((s) => s.id === "p9-2-3-onboarding-time")!.detail!.en).toContain("(met)");
  });

  it.each([
    [["erp"], false],
    [["erp", "crm"], true],
    [["erp", "crm", "pos"], true],
  ])("六(四)/附表4 一 categories %j are accepted; the one-of vs up-to-3 warning shows: %s", (categories, warned) => {
    const out = check({ categories });
    expect(out.value.acceptable).toBe(true);
    expect(out.steps.find((s) => s.id === "p6-4-categories")?.value).toBe(categories.length);
    expect(out.warningIds.includes("categories-one-or-up-to-three")).toBe(warned);
  });

  it("六(四) defines the 15 categories with labels in both languages", () => {
    const list = solutionParams2023.categories;
    expect(list.ids).toHaveLength(15);
    for (const id of list.ids) {
      expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(list.labels[id]["zh-TW"]).toMatch(/[\u4e00-\u9fff]/);
      expect(list.labels[id].en).toMatch(/[A-Za-z]/);
    }
    const detail = check({ categories: ["carbon-accounting", "ems"] }).steps.find((s) => s.id === "p6-4-categories")?.detail;
    expect(detail?.["zh-TW"]).toContain("碳排計算分析");
    expect(detail?.en).toContain("Energy management system (EMS)");
  });

  it("lists every failure in clause order", () => {
    const out = check({
      originalVendorChinaCapital: true,
      subscriptionMonths: 24,
      solutionsThisBatch: 12,
      freeDataExport: false,
      singleFunction: true,
      includesHardware: true,
      cloud: "private",
      onboardingDays: 60,
    });
    expect(out.value.failed).toEqual([
      "original-vendor-china-capital",
      "subscription-period",
      "solutions-per-batch",
      "no-free-data-export",
      "single-function",
      "hardware",
      "private-cloud",
      "onboarding-too-long",
    ]);
  });

  it("八(一) warns that the 2023 edition ended on 2024-12-31 (113年12月31日) only after that day", () => {
    expect(check({ asOf: IN_EDITION }).warningIds).toEqual([]);
    expect(check({ asOf: AFTER_EDITION }).warningIds).toEqual(["edition-ended"]);
  });

  it.each([
    [{ categories: [] }, "categories"],
    [{ categories: ["erp", "crm", "pos", "ems"] }, "categories"],
    [{ categories: ["erp", "erp"] }, "categories"],
    [{ categories: ["blockchain"] }, "categories.0"],
    [{ categories: "erp" }, "categories"],
    [{ cloud: "multi" }, "cloud"],
    [{ cloud: undefined }, "cloud"],
    [{ subscriptionMonths: -1 }, "subscriptionMonths"],
    [{ subscriptionMonths: 6.5 }, "subscriptionMonths"],
    [{ subscriptionMonths: Number.NaN }, "subscriptionMonths"],
    [{ onboardingDays: "30" }, "onboardingDays"],
    [{ solutionsThisBatch: 0 }, "solutionsThisBatch"],
    [{ includesHardware: 1 }, "includesHardware"],
    [{ freeDataExport: undefined }, "freeDataExport"],
    [{ asOf: "2024-13-01" }, "asOf"],
  ])("rejects %j naming the field in both languages", (patch, path) => {
    expectRejected(ID, { ...good, ...patch }, path);
  });

  it("property: acceptable exactly when nothing failed, and no reason repeats", () => {
    fc.assert(
      fc.property(
        fc.record({
          subscriptionMonths: fc.integer({ min: 0, max: 24 }),
          categories: fc.uniqueArray(fc.constantFrom(...solutionParams2023.categories.ids), { minLength: 1, maxLength: 3 }),
          includesHardware: fc.boolean(),
          cloud: fc.constantFrom("public", "hybrid", "private"),
          coreOnPublicCloud: fc.boolean(),
          singleFunction: fc.boolean(),
          originalVendorChinaCapital: fc.boolean(),
          onboardingDays: fc.integer({ min: 0, max: 90 }),
          freeDataExport: fc.boolean(),
          solutionsThisBatch: fc.integer({ min: 1, max: 20 }),
        }),
        (input) => {
          const { value, steps } = runOk<Value>(ID, { ...input, asOf: IN_EDITION });
          expect(value.acceptable).toBe(value.failed.length === 0);
          expect(new Set(value.failed).size).toBe(value.failed.length);
          expect(steps.filter((s) => s.value === false)).toHaveLength(value.failed.length);
        },
      ),
    );
  });
});
