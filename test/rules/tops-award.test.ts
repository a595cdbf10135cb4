import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { run } from "../../src/rules/index.js";

interface Purchase {
  date: string;
  amount: number;
  supplierRegistered: boolean;
  supplierIsStartup: boolean;
}

const buy = (date: string, amount: number, supplierIsStartup = false, supplierRegistered = true): Purchase => ({
  date,
  amount,
  supplierRegistered,
  supplierIsStartup,
});

function ok(purchases: Purchase[], asOf = "2025-02-28") {
  const out = run("tops-award", { purchases, asOf });
  if (!out.ok) throw new Error(JSON.stringify(out.errors));
  return out;
}

const value = (purchases: Purchase[]) => ok(purchases).value;
const RANK = { null: 0, bronze: 1, silver: 2, gold: 3 } as const;

describe("tops-award: 三(一)1–3 tiers, each 「（含）以上」", () => {
  it.each([
    [499_999, null],
    [500_000, "bronze"],
    [500_001, "bronze"],
    [999_999, "bronze"],
    [1_000_000, "silver"],
    [1_000_001, "silver"],
    [4_999_999, "silver"],
    [5_000_000, "gold"],
    [5_000_001, "gold"],
    [0, null],
  ])("counted total %i → %s", (amount, tier) => {
    const out = ok([buy("2024-10-01", amount)]);
    expect(out.value).toEqual({ countedTotal: amount, tier, startupTotal: 0, pioneerStartupTotal: 0, excludedCount: 0 });
    expect(out.steps.find((s) => s.id === "awards-3-1-tiers")?.value).toBe(tier);
  });

  it("cites the tier reached, or bronze when none is", () => {
    const clause = (amount: number) => ok([buy("2024-10-01", amount)]).steps.find((s) => s.id === "awards-3-1-tiers")?.cite.clause;
    expect([clause(5_000_000), clause(1_000_000), clause(500_000), clause(1)]).toEqual(["三(一)1", "三(一)2", "三(一)3", "三(一)3"]);
  });

  it("adds up several purchases: 300,000 + 450,000 + 250,000 = 1,000,000 → silver", () => {
    const out = ok([buy("2024-09-15", 300_000), buy("2024-12-24", 450_000), buy("2025-02-01", 250_000)]);
    expect(out.value).toMatchObject({ countedTotal: 1_000_000, tier: "silver" });
    expect(out.steps.find((s) => s.id === "awards-3-1-counted-total")?.detail?.en).toBe("300,000 + 450,000 + 250,000 = NT$1,000,000");
    expect(out.steps.find((s) => s.id === "awards-3-1-tiers")?.detail?.["zh-TW"]).toContain("→ 銀獎");
  });
});

describe("tops-award: 三 counting period 2024-09-01 to 2025-02-28, registered suppliers only", () => {
  it.each([
    ["2024-08-31", false],
    ["2024-09-01", true],
    ["2024-09-02", true],
    ["2025-02-27", true],
    ["2025-02-28", true],
    ["2025-03-01", false],
  ])("a purchase dated %s counts: %s", (date, counted) => {
    expect(value([buy(date, 600_000)])).toEqual({
      countedTotal: counted ? 600_000 : 0,
      tier: counted ? "bronze" : null,
      startupTotal: 0,
      pioneerStartupTotal: 0,
      excludedCount: counted ? 0 : 1,
    });
  });

  it("a supplier not registered on TOPS does not count, startup or not", () => {
    expect(value([buy("2024-10-01", 5_000_000, true, false), buy("2024-10-02", 700_000)])).toEqual({
      countedTotal: 700_000,
      tier: "bronze",
      startupTotal: 0,
      pioneerStartupTotal: 0,
      excludedCount: 1,
    });
  });

  it("names each excluded purchase and why, in both languages", () => {
    const out = ok([buy("2024-08-31", 1), buy("2024-10-01", 2, false, false), buy("2024-10-01", 3)]);
    const period = out.steps.find((s) => s.id === "awards-3-counting-period");
    const registered = out.steps.find((s) => s.id === "awards-3-registered-suppliers");
    expect(period?.value).toBe(2);
    expect(period?.detail?.en).toContain("outside the period, not counted: #1");
    expect(registered?.value).toBe(1);
    expect(registered?.detail?.en).toBe("1 counted; supplier not registered, not counted: #2; 2 excluded in all");
    expect(registered?.detail?.["zh-TW"]).toBe("計入 1 筆；供應方未登錄而不計：#2；共排除 2 筆");
  });

  it("an empty list is valid: all zeros, no tier", () => {
    const out = ok([]);
    expect(out.value).toEqual({ countedTotal: 0, tier: null, startupTotal: 0, pioneerStartupTotal: 0, excludedCount: 0 });
    expect(out.steps.find((s) => s.id === "awards-3-1-counted-total")?.detail?.en).toBe("0 = NT$0");
  });
});

describe("tops-award: 三(二) startup total and 三(三) pioneer window 2024-09-01 to 2024-11-30", () => {
  it.each([
    ["2024-08-31", 0, 0],
    ["2024-09-01", 100, 100],
    ["2024-11-29", 100, 100],
    ["2024-11-30", 100, 100],
    ["2024-12-01", 100, 0],
    ["2025-02-28", 100, 0],
    ["2025-03-01", 0, 0],
  ])("a startup purchase of 100 dated %s: startupTotal %i, pioneerStartupTotal %i", (date, startupTotal, pioneerStartupTotal) => {
    expect(value([buy(date, 100, true)])).toMatchObject({ startupTotal, pioneerStartupTotal });
  });

  it("purchases from non-startups count towards the total but not the startup totals", () => {
    expect(value([buy("2024-10-01", 400_000), buy("2024-10-02", 100_000, true), buy("2024-12-02", 50_000, true)])).toEqual({
      countedTotal: 550_000,
      tier: "bronze",
      startupTotal: 150_000,
      pioneerStartupTotal: 100_000,
      excludedCount: 0,
    });
  });

  it("cites 三(二) and 三(三) on the startup steps", () => {
    const steps = ok([]).steps;
    expect(steps.map((s) => [s.id, s.cite.clause])).toEqual([
      ["awards-3-counting-period", "三"],
      ["awards-3-registered-suppliers", "三"],
      ["awards-3-1-counted-total", "三(一)"],
      ["awards-3-1-tiers", "三(一)3"],
      ["awards-3-2-startup-total", "三(二)"],
      ["awards-3-3-pioneer-startup-total", "三(三)"],
    ]);
    for (const s of steps) expect(s.cite.doc).toBe("tops-awards-letter");
  });
});

/** The letter's silences this calculator fills with a stated reading (三, 三(一), 三(二)(三)). */
const INTERPRETATIONS = ["purchase-date-undefined", "amount-tax-undefined", "registered-when-undefined", "taipei-startup-reading"];

describe("tops-award: 三 and 三(一) purchase date, tax and registration date are flagged, not decided", () => {
  it.each([
    ["purchase-date-undefined", "三", "哪一日為採購日", "is the purchase date"],
    ["amount-tax-undefined", "三(一)", "含稅或未稅", "whether tax is included"],
    ["registered-when-undefined", "三", "採購當日已登錄", "registered on the purchase date"],
  ])("%s cites %s and says so in both languages", (id, clause, zh, en) => {
    const w = ok([buy("2024-10-01", 1)]).warnings.find((x) => x.id === id);
    expect(w?.cites.map((c) => `${c.doc} ${c.clause}`)).toEqual([`tops-awards-letter ${clause}`]);
    expect(w?.message["zh-TW"]).toContain(zh);
    expect(w?.message.en).toContain(en);
  });
});

describe("tops-award: 三(二) 「臺北市新創企業」 is the site's reading; 三(三) 率先 means early, not first", () => {
  it("says the reading is the site's own and defines 率先 as early within the window, in both languages", () => {
    const w = ok([]).warnings.find((x) => x.id === "taipei-startup-reading");
    expect(w?.cites.map((c) => c.clause)).toEqual(["三(二)", "三(三)"]);
    expect(w?.message["zh-TW"]).toContain("本站的解讀");
    expect(w?.message["zh-TW"]).toContain("未滿 8 年");
    expect(w?.message["zh-TW"]).toContain("不是指第一位採購者");
    expect(w?.message.en).toContain("the site's own reading");
    expect(w?.message.en).toContain("not being the first buyer");
    expect(w?.message.en).toContain("2024-09-01 to 2024-11-30");
  });

  it("the pioneer step says early, not first", () => {
    const s = ok([buy("2024-10-01", 1, true)]).steps.find((x) => x.id === "awards-3-3-pioneer-startup-total");
    expect(s?.label.en).toContain("made early");
    expect(s?.label.en).not.toMatch(/\bfirst\b/);
  });
});

describe("tops-award: warnings", () => {
  it("ranks (三(一)4 top 3, 三(二) top 3, 三(三) top 10) are not invented, in both languages", () => {
    const w = ok([buy("2024-10-01", 9_000_000)]).warnings.find((x) => x.id === "ranks-not-computed");
    expect(w?.cites.map((c) => c.clause)).toEqual(["三(一)4", "三(二)", "三(三)"]);
    expect(w?.message.en).toContain("top 3 totals");
    expect(w?.message.en).toContain("top 10");
    expect(w?.message["zh-TW"]).toContain("前 10 名");
  });

  it("三(四) sustainability themes are judged and 三(五) reward money awaits the Taipei City Council", () => {
    const warnings = ok([]).warnings;
    const themes = warnings.find((x) => x.id === "sustainability-judged");
    expect(themes?.cites[0]?.clause).toBe("三(四)");
    expect(themes?.message["zh-TW"]).toContain("6 大組別主題（幸福職場、淨零環保、多元共善、科技應用、文化創意、新創共榮）");
    expect(themes?.message.en).toContain("6 themes");
    const council = warnings.find((x) => x.id === "council-approval");
    expect(council?.cites).toEqual([{ doc: "tops-awards-letter", clause: "三(五)", href: "/tops/awards/#council-approval" }]);
    expect(council?.message["zh-TW"]).toContain("臺北市議會");
    expect(council?.message.en).toContain("Taipei City Council");
  });

  it.each([
    ["2025-02-28", ["upload-required", ...INTERPRETATIONS, "ranks-not-computed", "sustainability-judged", "council-approval"]],
    ["2025-03-01", ["edition-ended", "upload-required", ...INTERPRETATIONS, "ranks-not-computed", "sustainability-judged", "council-approval"]],
  ])("asOf %s gives warnings %j (counting period ends 2025-02-28)", (asOf, ids) => {
    expect(ok([], asOf).warnings.map((w) => w.id)).toEqual(ids);
  });

  it("the edition-ended warning names the day the counting period ended, in both languages", () => {
    const w = ok([], "2026-11-22").warnings[0];
    expect(w?.message["zh-TW"]).toContain("已於 2025-02-28 結束");
    expect(w?.message.en).toContain("ended on 2025-02-28");
  });
});

describe("tops-award: bad input", () => {
  const good = buy("2024-10-01", 1);
  it.each([
    [{}, "purchases"],
    [{ purchases: "none" }, "purchases"],
    [{ purchases: [{ ...good, amount: -1 }] }, "purchases.0.amount"],
    [{ purchases: [{ ...good, amount: Number.NaN }] }, "purchases.0.amount"],
    [{ purchases: [{ ...good, amount: 1.5 }] }, "purchases.0.amount"],
    [{ purchases: [{ ...good, amount: "1000" }] }, "purchases.0.amount"],
    [{ purchases: [{ ...good, amount: 1e12 + 1 }] }, "purchases.0.amount"],
    [{ purchases: [good, { ...good, date: "2024-02-30" }] }, "purchases.1.date"],
    [{ purchases: [{ ...good, supplierRegistered: undefined }] }, "purchases.0.supplierRegistered"],
    [{ purchases: [{ ...good, supplierIsStartup: "no" }] }, "purchases.0.supplierIsStartup"],
    [{ purchases: [], asOf: "2025-13-01" }, "asOf"],
    [{ purchases: Array.from({ length: 9008 }, () => ({ ...good, amount: 1e12 })) }, "purchases"],
  ])("%# → error on %s in both languages", (input, path) => {
    const out = run("tops-award", input);
    expect(out.ok).toBe(false);
    if (out.ok) return;
    expect(out.errors[0]?.path).toBe(path);
    expect(out.errors[0]?.message["zh-TW"]).toMatch(/\S/);
    expect(out.errors[0]?.message.en).toMatch(/\S/);
  });

  it("9,007 purchases of NT$10^12 still add up exactly", () => {
    const out = run("tops-award", { purchases: Array.from({ length: 9007 }, () => buy("2024-10-01", 1e12)), asOf: "2025-01-01" });
    expect(out.ok && out.value.countedTotal).toBe(9007e12);
  });
});

describe("tops-award: properties", () => {
  const day0 = Date.UTC(2024, 5, 1);
  const purchase = fc.record({
    date: fc.integer({ min: 0, max: 400 }).map((d) => new Date(day0 + d * 86_400_000).toISOString().slice(0, 10)),
    amount: fc.integer({ min: 0, max: 3_000_000 }),
    supplierRegistered: fc.boolean(),
    supplierIsStartup: fc.boolean(),
  });
  const purchases = fc.array(purchase, { maxLength: 12 });

  it("tier is monotonic in countedTotal", () => {
    fc.assert(
      fc.property(purchases, purchases, (a, b) => {
        const va = value(a) as { countedTotal: number; tier: keyof typeof RANK | null };
        const vb = value(b) as { countedTotal: number; tier: keyof typeof RANK | null };
        if (va.countedTotal <= vb.countedTotal) expect(RANK[`${va.tier}`]).toBeLessThanOrEqual(RANK[`${vb.tier}`]);
      }),
    );
  });

  it("countedTotal ≤ sum of amounts; pioneer ≤ startup ≤ counted; excluded + counted = all purchases", () => {
    fc.assert(
      fc.property(purchases, (list) => {
        const out = ok(list);
        const v = out.value as { countedTotal: number; startupTotal: number; pioneerStartupTotal: number; excludedCount: number };
        expect(v.countedTotal).toBeLessThanOrEqual(list.reduce((s, p) => s + p.amount, 0));
        expect(v.pioneerStartupTotal).toBeLessThanOrEqual(v.startupTotal);
        expect(v.startupTotal).toBeLessThanOrEqual(v.countedTotal);
        const counted = out.steps.find((s) => s.id === "awards-3-registered-suppliers")?.value;
        expect(v.excludedCount + Number(counted)).toBe(list.length);
      }),
    );
  });
});
