import { afterEach, describe, expect, it, vi } from "vitest";
import { run } from "../../src/rules/index.js";

const base = {
  registeredInTaipei: true,
  foreignBranch: false,
  paidInCapital: 5_000_000,
  employees: 12,
  establishedOn: "2010-05-01",
  asOf: "2024-10-01",
  canIssueInvoiceOrReceipt: true,
  violations: [] as string[],
};

function ok(input: Record<string, unknown>) {
  const out = run("tops-supplier-eligibility", input);
  if (!out.ok) throw new Error(JSON.stringify(out.errors));
  return out;
}

const value = (input: Record<string, unknown>) => ok(input).value;
const warningIds = (input: Record<string, unknown>) => ok(input).warnings.map((w) => w.id);

describe("tops-supplier-eligibility: 參、二(一)1(2) SME test, capital ≤ NT$100,000,000 OR employees < 200", () => {
  it.each([
    [99_999_999, 200, true],
    [100_000_000, 200, true],
    [100_000_001, 200, false],
    [100_000_001, 199, true],
    [100_000_001, 201, false],
    [1e12, 0, true],
    [0, 1_000_000, true],
  ])("capital %i with %i employees: eligible %s", (paidInCapital, employees, eligible) => {
    expect(value({ ...base, paidInCapital, employees })).toEqual({
      eligible,
      group: eligible ? "sme" : null,
      failed: eligible ? [] : ["not-sme"],
    });
  });

  it("參、二(一)1(2) shows each test and their OR as steps", () => {
    const steps = ok({ ...base, paidInCapital: 100_000_001, employees: 199 }).steps;
    const byId = Object.fromEntries(steps.map((s) => [s.id, s]));
    expect(byId["p3-2-1-1-2-paid-in-capital"]?.value).toBe(false);
    expect(byId["p3-2-1-1-2-employees"]?.value).toBe(true);
    expect(byId["p3-2-1-1-2-sme-standard"]?.value).toBe(true);
    expect(byId["p3-2-1-1-2-paid-in-capital"]?.detail?.en).toContain("NT$100,000,001 > NT$100,000,000");
    expect(byId["p3-2-1-1-2-employees"]?.detail?.["zh-TW"]).toContain("199 人 < 200 人");
  });

  it("domain-facts SME standard: a warning when only the employee count decides (capital 100,000,001), none at 100,000,000", () => {
    const out = ok({ ...base, paidInCapital: 100_000_001, employees: 150 });
    const w = out.warnings.find((x) => x.id === "sme-employee-count");
    expect(w?.cites.map((c) => `${c.doc} ${c.clause}`)).toEqual([
      "tops-registration-rules 參、二(一)1(2)",
      "tops-registration-rules 參、二(四)2(3)",
      "domain-facts SME standard (中小企業認定標準) Art. 2, 5, 6",
    ]);
    expect(w?.message["zh-TW"]).toContain("12 個月");
    expect(w?.message.en).toContain("2 years (3 after a merger)");
    expect(warningIds({ ...base, paidInCapital: 100_000_000 })).not.toContain("sme-employee-count");
  });
});

describe("tops-supplier-eligibility: 參、二(一)1(2) startup group, under 8 years (asOf before the 8th anniversary)", () => {
  it.each([
    ["2016-09-19", "2024-09-18", "startup"],
    ["2016-09-19", "2024-09-19", "sme"],
    ["2016-09-19", "2024-09-20", "sme"],
    ["2024-09-19", "2024-09-19", "startup"],
    // rules-api.md: the anniversary of 29 Feb is 28 Feb; 2100 is the first such 8th anniversary.
    ["2092-02-29", "2100-02-27", "startup"],
    ["2092-02-29", "2100-02-28", "sme"],
  ])("established %s, asOf %s → %s", (establishedOn, asOf, group) => {
    const out = ok({ ...base, establishedOn, asOf });
    expect(out.value).toEqual({ eligible: true, group, failed: [] });
    const s = out.steps.find((x) => x.id === "p3-2-1-1-2-startup-group");
    expect(s?.value).toBe(group);
    expect(s?.cite).toEqual({ doc: "tops-registration-rules", clause: "參、二(一)1(2)", href: "/tops/supplier-eligibility/#startup-group" });
  });

  it("gives no group when not eligible, though the step still shows the age test", () => {
    const out = ok({ ...base, establishedOn: "2020-01-01", registeredInTaipei: false });
    expect(out.value).toEqual({ eligible: false, group: null, failed: ["not-registered-in-taipei"] });
    expect(out.steps.find((s) => s.id === "p3-2-1-1-2-startup-group")?.value).toBe("startup");
  });
});

describe("tops-supplier-eligibility: startup definitions differ from SPP (seeds/README.md; compare#startup-definitions)", () => {
  it("warns with both citations when the company is in the startup group", () => {
    const w = ok({ ...base, establishedOn: "2020-01-01" }).warnings.find((x) => x.id === "startup-definitions");
    expect(w?.cites).toEqual([
      { doc: "tops-registration-rules", clause: "參、二(一)1(2)", href: "/compare/#startup-definitions" },
      { doc: "spp-subsidy-manual-2019", clause: "二; 附錄一 二", href: "/compare/#startup-definitions" },
    ]);
    expect(w?.message["zh-TW"]).toContain("成立 5 年內");
    expect(w?.message["zh-TW"]).toContain("2028-01-01");
    expect(w?.message.en).toContain("within 5 years");
  });

  it.each([
    ["2016-08-31", false, "8th anniversary 2024-08-31, the day before the counting period"],
    ["2016-09-01", true, "8th anniversary 2024-09-01, first day of the counting period"],
    ["2017-02-28", true, "8th anniversary 2025-02-28, last day of the counting period"],
    ["2017-03-01", false, "8th anniversary 2025-03-01, the day after"],
  ])("an SME-group company established %s: warned %s (%s, awards letter 三)", (establishedOn, warned) => {
    const ids = warningIds({ ...base, establishedOn, asOf: "2026-11-22" });
    expect(ids.includes("startup-definitions")).toBe(warned);
  });

  it("says when the 8th anniversary fell, in both languages", () => {
    const w = ok({ ...base, establishedOn: "2016-12-01", asOf: "2026-11-22" }).warnings.find((x) => x.id === "startup-definitions");
    expect(w?.message["zh-TW"]).toContain("2024-12-01");
    expect(w?.message.en).toContain("reached 8 years on 2024-12-01");
  });

  it("參、二(一)1(2): an ineligible company gets no startup-group warning, whatever its age", () => {
    for (const establishedOn of ["2020-01-01", "2016-12-01"]) {
      const ids = warningIds({ ...base, establishedOn, registeredInTaipei: false });
      expect(ids).not.toContain("startup-definitions");
      expect(ids).not.toContain("startup-group-purchase-date");
    }
  });
});

describe("tops-supplier-eligibility: 參、二(一)1(2) with awards letter 三, a company turning 8 inside the counting period", () => {
  it.each([
    ["2016-08-31", "2024-08-01", false, "8th anniversary 2024-08-31, the day before the counting period"],
    ["2016-09-01", "2024-08-01", true, "8th anniversary 2024-09-01, first day; still a startup on asOf"],
    ["2016-12-01", "2024-10-01", true, "8th anniversary inside the period; still a startup on asOf"],
    ["2016-12-01", "2026-11-22", true, "8th anniversary inside the period; in the SME group on asOf"],
    ["2017-02-28", "2024-10-01", true, "8th anniversary 2025-02-28, last day"],
    ["2017-03-01", "2024-10-01", false, "8th anniversary 2025-03-01, the day after"],
  ])("established %s, asOf %s: purchase-date warning %s (%s)", (establishedOn, asOf, warned) => {
    const out = ok({ ...base, establishedOn, asOf });
    const w = out.warnings.find((x) => x.id === "startup-group-purchase-date");
    expect(Boolean(w)).toBe(warned);
    if (w) {
      expect(w.cites.map((c) => `${c.doc} ${c.clause}`)).toEqual(["tops-registration-rules 參、二(一)1(2)", "tops-awards-letter 三"]);
      const leavesOn = `${Number(establishedOn.slice(0, 4)) + 8}${establishedOn.slice(4)}`;
      expect(w.message["zh-TW"]).toContain(`${leavesOn} 以前的採購`);
      expect(w.message["zh-TW"]).toContain("採購日或評獎日");
      expect(w.message.en).toContain(`purchases before ${leavesOn} may count`);
      expect(w.message.en).toContain("whether the purchase or the award date decides");
    }
  });
});

describe("tops-supplier-eligibility: 參、二(一)1(5)C bankruptcy (破產宣告)", () => {
  it.each([
    [true, false, ["bankrupt"]],
    [false, true, []],
    [undefined, true, []],
  ])("bankrupt %s: eligible %s", (bankrupt, eligible, failed) => {
    const out = ok({ ...base, bankrupt });
    expect(out.value).toEqual({ eligible, group: eligible ? "sme" : null, failed });
    const s = out.steps.find((x) => x.id === "p3-2-1-1-5c-bankruptcy");
    expect(s?.value).toBe(!bankrupt);
    expect(s?.cite).toEqual({ doc: "tops-registration-rules", clause: "參、二(一)1(5)C", href: "/tops/supplier-eligibility/#delisting" });
  });

  it("names bankruptcy among the failed conditions in both languages", () => {
    const s = ok({ ...base, bankrupt: true }).steps.at(-1);
    expect(s?.detail?.["zh-TW"]).toContain("破產宣告");
    expect(s?.detail?.en).toContain("declared bankrupt");
  });

  it("rejects a non-boolean answer", () => {
    const out = run("tops-supplier-eligibility", { ...base, bankrupt: "yes" });
    expect(out.ok).toBe(false);
    if (!out.ok) expect(out.errors.map((e) => e.path)).toContain("bankrupt");
  });
});

describe("tops-supplier-eligibility: 參、二(一)1(1) 境外企業 is an offshore enterprise, not only a foreign one", () => {
  it("uses the seed's term in the step, in both languages", () => {
    const s = ok({ ...base, foreignBranch: true }).steps.find((x) => x.id === "p3-2-1-1-1-taipei-registration");
    expect(s?.value).toBe(false);
    expect(s?.label["zh-TW"]).toContain("境外企業設於臺北市之分公司");
    expect(s?.label.en).toContain("offshore enterprise");
    expect(s?.label.en).not.toContain("foreign");
    expect(s?.detail?.en).toContain("branch of an offshore enterprise: yes");
  });
});

describe("tops-supplier-eligibility: 參、二(一)1(1), (4), (5) reasons", () => {
  it.each([
    [{ registeredInTaipei: false }, ["not-registered-in-taipei"]],
    [{ foreignBranch: true }, ["foreign-branch"]],
    [{ registeredInTaipei: false, foreignBranch: true }, ["not-registered-in-taipei", "foreign-branch"]],
    [{ canIssueInvoiceOrReceipt: false }, ["cannot-issue-invoice"]],
    [{ violations: ["major-conviction"] }, ["major-conviction"]],
    [{ violations: ["government-contract-breach"] }, ["government-contract-breach"]],
    [{ violations: ["tax-arrears"] }, ["tax-arrears"]],
    [{ violations: ["environmental"] }, ["environmental"]],
    [{ violations: ["labour"] }, ["labour"]],
    [{ violations: ["food-safety"] }, ["food-safety"]],
    [{ violations: ["disability-rights"] }, ["disability-rights"]],
    [{ violations: ["disability-rights", "labour", "labour"] }, ["labour", "disability-rights"]],
    [
      { registeredInTaipei: false, paidInCapital: 2e8, employees: 500, canIssueInvoiceOrReceipt: false, violations: ["tax-arrears"] },
      ["not-registered-in-taipei", "not-sme", "cannot-issue-invoice", "tax-arrears"],
    ],
  ])("%j fails with %j", (change, failed) => {
    expect(value({ ...base, ...change })).toEqual({ eligible: false, group: null, failed });
  });

  it("has one step per condition and per row of the violation table, in order, each citing its clause", () => {
    const out = ok({ ...base, violations: ["labour"] });
    expect(out.steps.map((s) => [s.id, s.cite.clause, s.value])).toEqual([
      ["p3-2-1-1-1-taipei-registration", "參、二(一)1(1)", true],
      ["p3-2-1-1-2-paid-in-capital", "參、二(一)1(2)", true],
      ["p3-2-1-1-2-employees", "參、二(一)1(2)", true],
      ["p3-2-1-1-2-sme-standard", "參、二(一)1(2)", true],
      ["p3-2-1-1-2-startup-group", "參、二(一)1(2)", "sme"],
      ["p3-2-1-1-3-registration-documents", "參、二(一)1(3)", null],
      ["p3-2-1-1-4-invoice-or-receipt", "參、二(一)1(4)", true],
      ["p3-2-1-1-5a-row-1-major-conviction", "參、二(一)1(5)A 序1", true],
      ["p3-2-1-1-5a-row-2-government-contract-breach", "參、二(一)1(5)A 序2", true],
      ["p3-2-1-1-5a-row-3-tax-arrears", "參、二(一)1(5)A 序3", true],
      ["p3-2-1-1-5a-row-4-environmental", "參、二(一)1(5)A 序4", true],
      ["p3-2-1-1-5a-row-5-labour", "參、二(一)1(5)A 序5", false],
      ["p3-2-1-1-5a-row-6-food-safety", "參、二(一)1(5)A 序6", true],
      ["p3-2-1-1-5a-row-7-disability-rights", "參、二(一)1(5)A 序7", true],
      ["p3-2-1-1-5c-bankruptcy", "參、二(一)1(5)C", true],
      ["p3-2-1-1-eligible", "參、二(一)1", false],
    ]);
    expect(out.steps.find((s) => s.id === "p3-2-1-1-5a-row-5-labour")?.cite.href).toBe("/tops/supplier-eligibility/#violation-labour");
    for (const s of out.steps) {
      expect(s.cite.doc).toBe("tops-registration-rules");
      expect(s.label["zh-TW"]).toMatch(/\S/);
      expect(s.label.en).toMatch(/\S/);
      expect(s.detail?.["zh-TW"]).toMatch(/\S/);
      expect(s.detail?.en).toMatch(/\S/);
    }
  });

  it("參、二(一)1(3) documents are a step to attach, not an input", () => {
    const s = ok(base).steps.find((x) => x.id === "p3-2-1-1-3-registration-documents");
    expect(s?.value).toBeNull();
    expect(s?.detail?.["zh-TW"]).toContain("公司登記核准函");
    expect(s?.detail?.en).toContain("registration approval letter");
  });
});

describe("tops-supplier-eligibility: warnings", () => {
  it("參、二(一)1 says four conditions and lists five: always shown, with both citations", () => {
    const w = ok(base).warnings.find((x) => x.id === "four-conditions-quirk");
    expect(w?.cites).toEqual([
      { doc: "tops-registration-rules", clause: "參、二(一)1", href: "/tops/supplier-eligibility/#four-conditions-quirk" },
      { doc: "tops-registration-rules", clause: "參、二(一)1(5)", href: "/tops/supplier-eligibility/#violations" },
    ]);
    expect(w?.message["zh-TW"]).toContain("四項條件");
    expect(w?.message.en).toContain("four conditions");
  });

  it("參、二(一)1(5)D: an eligible result notes the organizer's case-by-case judgement; a failed one does not", () => {
    const w = ok(base).warnings.find((x) => x.id === "case-by-case");
    expect(w?.cites).toEqual([{ doc: "tops-registration-rules", clause: "參、二(一)1(5)D", href: "/tops/supplier-eligibility/#case-by-case" }]);
    expect(w?.message["zh-TW"]).toContain("個案認定");
    expect(w?.message.en).toContain("case by case");
    expect(warningIds({ ...base, foreignBranch: true })).not.toContain("case-by-case");
  });

  it("the final step names every failed condition in words, in both languages", () => {
    const s = ok({ ...base, foreignBranch: true, paidInCapital: 2e8, employees: 200, violations: ["food-safety"] }).steps.at(-1);
    expect(s?.detail).toEqual({
      "zh-TW": "不符合：為境外企業設於臺北市之分公司；不符中小企業認定標準；於3年內有違反食品及安全衛生法律",
      en: "Not eligible: a Taipei branch of an offshore enterprise; not an SME; A breach of food safety and sanitation law within 3 years",
    });
  });

  it.each(["2025-02-28", "2025-03-01", "2026-11-22"])(
    "貳、二 執行時程「自公告日起」: no end date, so asOf %s gives no edition-ended warning (the award period is not borrowed)",
    (asOf) => {
      expect(warningIds({ ...base, asOf })).not.toContain("edition-ended");
    },
  );
});

describe("tops-supplier-eligibility: bad input", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it.each([
    [{ paidInCapital: -1 }, "paidInCapital"],
    [{ paidInCapital: Number.NaN }, "paidInCapital"],
    [{ paidInCapital: Number.POSITIVE_INFINITY }, "paidInCapital"],
    [{ paidInCapital: 1e12 + 1 }, "paidInCapital"],
    [{ paidInCapital: "5000000" }, "paidInCapital"],
    [{ employees: -1 }, "employees"],
    [{ employees: 1.5 }, "employees"],
    [{ registeredInTaipei: "yes" }, "registeredInTaipei"],
    [{ foreignBranch: undefined }, "foreignBranch"],
    [{ canIssueInvoiceOrReceipt: 1 }, "canIssueInvoiceOrReceipt"],
    [{ establishedOn: "2023-02-29" }, "establishedOn"],
    [{ establishedOn: "2023/01/01" }, "establishedOn"],
    [{ establishedOn: "2024-10-02" }, "establishedOn"],
    [{ asOf: "2024-02-30" }, "asOf"],
    [{ violations: ["bribery"] }, "violations.0"],
    [{ violations: "labour" }, "violations"],
    [{ violations: undefined }, "violations"],
  ])("%j → error on %s in both languages", (change, path) => {
    const out = run("tops-supplier-eligibility", { ...base, ...change });
    expect(out.ok).toBe(false);
    if (out.ok) return;
    expect(out.errors[0]?.path).toBe(path);
    expect(out.errors.map((e) => e.path)).toEqual(out.errors.map(() => path));
    expect(out.errors[0]?.message["zh-TW"]).toMatch(/\S/);
    expect(out.errors[0]?.message.en).toMatch(/\S/);
  });

  it("establishedOn after asOf names the reference date in both languages; the same day is fine", () => {
    const out = run("tops-supplier-eligibility", { ...base, establishedOn: "2024-10-02" });
    expect(!out.ok && out.errors[0]?.message).toEqual({
      "zh-TW": "設立日期不可晚於基準日（asOf，未填則為今天）",
      en: "The date of establishment cannot be after the reference date (asOf, today when left empty)",
    });
    expect(run("tops-supplier-eligibility", { ...base, establishedOn: "2024-10-01" }).ok).toBe(true);
  });

  it("without asOf, today in Taiwan is the reference date", () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date("2026-11-21T17:00:00Z")); // 2026-11-22 01:00 in Taipei
    const { asOf: _omitted, ...noAsOf } = base;
    const today = run("tops-supplier-eligibility", { ...noAsOf, establishedOn: "2018-11-22" });
    expect(today.ok && today.value).toEqual({ eligible: true, group: "sme", failed: [] });
    const yesterday = run("tops-supplier-eligibility", { ...noAsOf, establishedOn: "2018-11-23" });
    expect(yesterday.ok && yesterday.value).toEqual({ eligible: true, group: "startup", failed: [] });
    const future = run("tops-supplier-eligibility", { ...noAsOf, establishedOn: "2026-11-23" });
    expect(!future.ok && future.errors[0]?.path).toBe("establishedOn");
  });
});
