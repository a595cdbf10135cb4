import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { AFTER_EDITION, expectRejected, IN_EDITION, runOk } from "./tcloud-helpers.js";

const ID = "tcloud-vendor-eligibility" as const;

interface Value {
  eligible: boolean;
  failed: string[];
}

const good = {
  businessItems: ["I301010", "F401010"],
  paidInCapital: 5_000_000,
  hasCloudSalesRecord: true,
  majorBreachWithin5y: false,
  suspended: false,
  taxArrearsWithin3y: false,
  seriousViolationWithin3y: false,
  chinaCapital: false,
  foreignBranch: false,
  domesticBranch: false,
  asOf: IN_EDITION,
};

const check = (patch: Partial<typeof good>) => runOk<Value>(ID, { ...good, ...patch }).value;

describe("tcloud-vendor-eligibility: 四(一) and 五(一)–(八)", () => {
  it("a vendor meeting all eight conditions is eligible, with one step per clause in order", () => {
    const out = runOk<Value>(ID, good);
    expect(out.value).toEqual({ eligible: true, failed: [] });
    expect(out.stepIds).toEqual([
      "p5-1-vendor-definition",
      "p5-2-paid-in-capital",
      "p5-3-cloud-sales-record",
      "p5-4-major-breach",
      "p5-5-suspension",
      "p5-6-tax-arrears",
      "p5-7-serious-violations",
      "p5-8-china-capital",
      "p5-8-foreign-branch",
      "p5-8-domestic-branch",
    ]);
    expect(out.steps.every((s) => s.value === true)).toBe(true);
    expect(out.warnings).toEqual([]);
  });

  it.each([
    [999_999, false],
    [1_000_000, true],
    [1_000_001, true],
  ])("五(二) paid-in capital NT$%i meets the NT$1,000,000 minimum: %s", (paidInCapital, ok) => {
    expect(check({ paidInCapital })).toEqual({ eligible: ok, failed: ok ? [] : ["paid-in-capital"] });
  });

  it.each([
    [["I301010"], true],
    [["I301020"], true],
    [["I301030"], true],
    [[" i301020 "], true],
    [["F401010", "I399990"], false],
    [["I301040"], false],
    [[], false],
  ])("四(一)/五(一) business items %j make an IT service vendor: %s", (businessItems, ok) => {
    const out = runOk<Value>(ID, { ...good, businessItems });
    expect(out.value.failed).toEqual(ok ? [] : ["business-items"]);
    expect(out.steps[0]?.value).toBe(ok);
  });

  it("四(一) names the qualifying items found in both languages", () => {
    const detail = runOk(ID, { ...good, businessItems: ["I301030", "I301010"] }).steps[0]?.detail;
    expect(detail?.["zh-TW"]).toContain("I301010 資訊軟體服務業");
    expect(detail?.["zh-TW"]).toContain("I301030 電子資訊供應服務業");
    expect(detail?.en).toContain("I301010 Information software services");
  });

  it.each([
    ["五(三)", { hasCloudSalesRecord: false }, "sales-record"],
    ["五(四)", { majorBreachWithin5y: true }, "major-breach"],
    ["五(五)", { suspended: true }, "suspended"],
    ["五(六)", { taxArrearsWithin3y: true }, "tax-arrears"],
    ["五(七)", { seriousViolationWithin3y: true }, "serious-violation"],
    ["五(八) 陸資", { chinaCapital: true }, "china-capital"],
    ["五(八) 外國營利事業在臺分公司", { foreignBranch: true }, "foreign-branch"],
    ["五(八) 本國企業分公司", { domesticBranch: true }, "domestic-branch"],
  ])("%s fails with one reason", (_clause, patch, reason) => {
    const out = runOk<Value>(ID, { ...good, ...patch });
    expect(out.value).toEqual({ eligible: false, failed: [reason] });
    expect(out.steps.filter((s) => s.value === false)).toHaveLength(1);
  });

  it("lists every failed condition, in clause order", () => {
    expect(
      check({ businessItems: [], paidInCapital: 0, hasCloudSalesRecord: false, suspended: true, domesticBranch: true }).failed,
    ).toEqual(["business-items", "paid-in-capital", "sales-record", "suspended", "domestic-branch"]);
  });

  it("step texts carry the clause's numbers: NT$1,000,000, 5 years, 3 years", () => {
    const out = runOk(ID, good);
    expect(out.steps[1]?.detail?.en).toContain("NT$1,000,000");
    expect(out.steps[3]?.label["zh-TW"]).toContain("最近5年內");
    expect(out.steps[5]?.label.en).toContain("last 3 years");
    expect(out.steps[6]?.label["zh-TW"]).toContain("最近3年內");
  });

  it("八(一) warns that the 2023 edition ended on 2024-12-31 (113年12月31日) only after that day", () => {
    expect(runOk(ID, { ...good, asOf: IN_EDITION }).warningIds).toEqual([]);
    expect(runOk(ID, { ...good, asOf: AFTER_EDITION }).warningIds).toEqual(["edition-ended"]);
  });

  it.each([
    [{ paidInCapital: -1 }, "paidInCapital"],
    [{ paidInCapital: Number.NaN }, "paidInCapital"],
    [{ paidInCapital: Number.POSITIVE_INFINITY }, "paidInCapital"],
    [{ paidInCapital: "1000000" }, "paidInCapital"],
    [{ paidInCapital: 1e12 + 1 }, "paidInCapital"],
    [{ paidInCapital: undefined }, "paidInCapital"],
    [{ businessItems: "I301010" }, "businessItems"],
    [{ businessItems: ["I30101"] }, "businessItems.0"],
    [{ businessItems: ["I301010", 301010] }, "businessItems.1"],
    [{ hasCloudSalesRecord: "yes" }, "hasCloudSalesRecord"],
    [{ domesticBranch: undefined }, "domesticBranch"],
    [{ asOf: "2023-02-29" }, "asOf"],
  ])("rejects %j naming the field in both languages", (patch, path) => {
    expectRejected(ID, { ...good, ...patch }, path);
  });

  it("property: eligible exactly when nothing failed, and no reason repeats", () => {
    fc.assert(
      fc.property(
        fc.record({
          businessItems: fc.array(fc.constantFrom("I301010", "I301020", "I301030", "F401010", "ZZ99999"), { maxLength: 4 }),
          paidInCapital: fc.integer({ min: 0, max: 10_000_000 }),
          hasCloudSalesRecord: fc.boolean(),
          majorBreachWithin5y: fc.boolean(),
          suspended: fc.boolean(),
          taxArrearsWithin3y: fc.boolean(),
          seriousViolationWithin3y: fc.boolean(),
          chinaCapital: fc.boolean(),
          foreignBranch: fc.boolean(),
          domesticBranch: fc.boolean(),
        }),
        (input) => {
          const { value, steps } = runOk<Value>(ID, { ...input, asOf: IN_EDITION });
          expect(value.eligible).toBe(value.failed.length === 0);
          expect(new Set(value.failed).size).toBe(value.failed.length);
          expect(steps.filter((s) => s.value === false)).toHaveLength(value.failed.length);
        },
      ),
    );
  });
});
