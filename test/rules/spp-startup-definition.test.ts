import { afterEach, describe, expect, it, vi } from "vitest";
import { run } from "../../src/rules/index.js";

const base = { certifiedByAuthority: false, listedOnJointSupplyContract: true };

function ok(input: unknown) {
  const out = run("spp-startup-definition", input);
  if (!out.ok) throw new Error(JSON.stringify(out.errors));
  return out as typeof out & { value: { qualifies: boolean; failed: string[] } };
}

describe("spp-startup-definition: 二 / 附錄一 二 成立五年內 (asOf before the 5th anniversary)", () => {
  it.each([
    ["2019-05-31", true],
    ["2019-06-01", false],
    ["2019-06-02", false],
  ])("established 2014-06-01, asOf %s: within five years %s", (asOf, within) => {
    const out = ok({ ...base, establishedOn: "2014-06-01", asOf });
    expect(out.value).toEqual(within ? { qualifies: true, failed: [] } : { qualifies: false, failed: ["over-five-years"] });
    expect(out.steps.find((s) => s.id === "def-2-five-years")?.value).toBe(within);
  });

  it.each([
    ["2021-02-27", true],
    ["2021-02-28", false],
    ["2021-03-01", false],
  ])("二: a company founded on 29 Feb 2016 reaches five years on 28 Feb 2021 (asOf %s: within %s)", (asOf, within) => {
    expect(ok({ ...base, establishedOn: "2016-02-29", asOf }).value.qualifies).toBe(within);
  });

  it("二: a company established on the reference date itself is within five years", () => {
    expect(ok({ ...base, establishedOn: "2019-06-01", asOf: "2019-06-01" }).value.qualifies).toBe(true);
  });

  it("二: the manual does not say on which date the age counts, so the result names the date it used, in both languages", () => {
    const w = ok({ ...base, establishedOn: "2014-06-01", asOf: "2019-05-31" }).warnings.find((x) => x.id === "age-date-undefined");
    expect(w?.message["zh-TW"]).toContain("未說明以提案日、訂約日或採購日計算");
    expect(w?.message["zh-TW"]).toContain("2019-05-31");
    expect(w?.message["zh-TW"]).toContain("2019-06-01");
    expect(w?.message.en).toContain("reference date 2019-05-31 (5 years are reached on 2019-06-01)");
    expect(w?.cites).toEqual([{ doc: "spp-subsidy-manual-2019", clause: "二; 附錄一 二", href: "/spp/#startup-procurement-definition" }]);
  });
});

describe("spp-startup-definition: 附錄一 二 第二項 (recognition lifts the five-year limit, not the listing)", () => {
  it.each([
    // listed, certified, established, expected failed
    [true, true, "2010-01-01", []],
    [true, false, "2010-01-01", ["over-five-years"]],
    [false, true, "2010-01-01", ["not-listed-on-joint-supply-contract"]],
    [false, false, "2010-01-01", ["not-listed-on-joint-supply-contract", "over-five-years"]],
    [false, false, "2018-01-01", ["not-listed-on-joint-supply-contract"]],
    [true, true, "2018-01-01", []],
  ])("listed %s, certified %s, established %s → failed %j", (listed, certified, establishedOn, failed) => {
    const out = ok({ establishedOn, asOf: "2019-06-01", certifiedByAuthority: certified, listedOnJointSupplyContract: listed });
    expect(out.value).toEqual({ qualifies: failed.length === 0, failed });
    expect(out.steps.map((s) => s.id)).toEqual([
      "def-2-joint-supply-contract",
      "def-2-five-years",
      "def-2-authority-recognition",
      "def-2-qualifies",
    ]);
    expect(out.steps.at(-1)?.value).toBe(failed.length === 0);
  });

  it("explains a failure in words in both languages, not in ids", () => {
    const out = ok({ establishedOn: "2010-01-01", asOf: "2019-06-01", certifiedByAuthority: false, listedOnJointSupplyContract: false });
    const detail = out.steps.at(-1)?.detail;
    expect(detail?.["zh-TW"]).toContain("未上架於共同供應契約");
    expect(detail?.["zh-TW"]).toContain("成立已滿 5 年");
    expect(detail?.en).toContain("not listed on the joint supply contract");
    expect(detail?.en).not.toContain("over-five-years");
  });
});

describe("spp-startup-definition: the TOPS definition differs (tops-registration-rules 參、二(一)1(2), under 8 years)", () => {
  it("always warns, citing both programs", () => {
    const out = ok({ ...base, establishedOn: "2018-01-01", asOf: "2019-06-01" });
    const w = out.warnings.find((x) => x.id === "tops-startup-definition-differs");
    expect(w?.cites.map((c) => [c.doc, c.clause, c.href])).toEqual([
      ["spp-subsidy-manual-2019", "二; 附錄一 二", "/compare/#startup-definitions"],
      ["tops-registration-rules", "參、二(一)1(2)", "/tops/supplier-eligibility/#startup-group"],
    ]);
    expect(w?.message["zh-TW"]).toContain("設立未滿 8 年");
    expect(w?.message.en).toContain("under 8 years");
    expect(out.warnings.map((x) => x.id)).toContain("innovation-not-assessed");
  });

  it.each([
    // established 2012-06-01: 5th anniversary 2017-06-01, 8th 2020-06-01
    ["2017-05-31", false],
    ["2017-06-01", true],
    ["2020-05-31", true],
    ["2020-06-01", false],
    ["2020-06-02", false],
  ])("asOf %s: says the company is a startup for TOPS only: %s", (asOf, topsOnly) => {
    const w = ok({ ...base, establishedOn: "2012-06-01", asOf }).warnings.find((x) => x.id === "tops-startup-definition-differs");
    expect(w?.message.en.includes("a startup for TOPS")).toBe(topsOnly);
    expect(w?.message["zh-TW"].includes("在 TOPS 可列新創事業組")).toBe(topsOnly);
  });
});

describe("spp-startup-definition: edition and today", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it.each([
    ["2019-12-31", false],
    ["2020-01-01", true],
    ["2026-11-22", true],
  ])("asOf %s: edition-ended warning %s", (asOf, ended) => {
    const out = ok({ ...base, establishedOn: "2015-01-01", asOf });
    expect(out.warnings.some((w) => w.id === "edition-ended")).toBe(ended);
  });

  it("uses today in Taiwan when asOf is absent", () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date("2026-11-21T16:30:00Z")); // 2026-11-22 00:30 in Taipei
    const within = ok({ ...base, establishedOn: "2021-11-23" });
    expect(within.value.qualifies).toBe(true);
    const over = ok({ ...base, establishedOn: "2021-11-22" });
    expect(over.value.failed).toEqual(["over-five-years"]);
    expect(over.warnings.some((w) => w.id === "edition-ended")).toBe(true);
    const future = run("spp-startup-definition", { ...base, establishedOn: "2026-11-23" });
    expect(future.ok === false && future.errors[0]?.path).toBe("establishedOn");
  });
});

describe("spp-startup-definition: bad input", () => {
  it.each([
    [{ ...base, establishedOn: "2019-06-02", asOf: "2019-06-01" }, "establishedOn"],
    [{ ...base, establishedOn: "2019-02-29", asOf: "2019-06-01" }, "establishedOn"],
    [{ ...base, establishedOn: "2019/01/01", asOf: "2019-06-01" }, "establishedOn"],
    [{ ...base, establishedOn: 20190101, asOf: "2019-06-01" }, "establishedOn"],
    [{ ...base, asOf: "2019-06-01" }, "establishedOn"],
    [{ ...base, establishedOn: "2019-01-01", asOf: "2019-13-01" }, "asOf"],
    [{ establishedOn: "2019-01-01", asOf: "2019-06-01", listedOnJointSupplyContract: true }, "certifiedByAuthority"],
    [{ establishedOn: "2019-01-01", asOf: "2019-06-01", certifiedByAuthority: "yes", listedOnJointSupplyContract: true }, "certifiedByAuthority"],
    [{ establishedOn: "2019-01-01", asOf: "2019-06-01", certifiedByAuthority: false, listedOnJointSupplyContract: 1 }, "listedOnJointSupplyContract"],
  ])("rejects %j naming %s in both languages", (input, path) => {
    const out = run("spp-startup-definition", input);
    expect(out.ok).toBe(false);
    if (out.ok) return;
    expect(out.errors.map((e) => e.path)).toContain(path);
    for (const e of out.errors) {
      expect(e.message["zh-TW"]).toMatch(/\S/);
      expect(e.message.en).toMatch(/\S/);
    }
  });

  it("a malformed date gets one message, its format, not also \"does not exist\"", () => {
    const out = run("spp-startup-definition", { ...base, establishedOn: "2019/01/01", asOf: "2019-06-01" });
    expect(out.ok === false && out.errors).toEqual([
      { path: "establishedOn", message: { "zh-TW": "日期格式應為 YYYY-MM-DD", en: "Enter the date as YYYY-MM-DD" } },
    ]);
  });

  it("says in both languages that establishment cannot follow the reference date", () => {
    const out = run("spp-startup-definition", { ...base, establishedOn: "2019-06-02", asOf: "2019-06-01" });
    expect(out.ok === false && out.errors[0]?.message).toEqual({
      "zh-TW": "成立日期不得晚於基準日",
      en: "The date of establishment cannot be after the reference date",
    });
  });
});
