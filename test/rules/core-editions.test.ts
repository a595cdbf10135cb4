/**
 * Editions by date (issue 15): the core applies the edition in force on `asOf`. A toy TOPS 2025
 * edition, declared here only, shows that a new edition is one entry of parameters: the same
 * calculator then applies its thresholds, its period and its "edition ended" warning by date.
 */
import { describe, expect, it } from "vitest";
import { editionOn, runCalculator } from "../../src/rules/core/calculator.js";
import { param } from "../../src/rules/core/params.js";
import type { Dated, Edition, Period } from "../../src/rules/core/types.js";
import { calculatorIds, calculators, run } from "../../src/rules/index.js";

const award = calculators["tops-award"];
const [award2024] = award.editions;
if (!award2024) throw new Error("tops-award has no edition");

const toyPeriod: Period = { from: "2025-09-01", to: "2026-02-28" };
const toy2025: Edition = {
  ...award2024.edition,
  id: "2025",
  title: { "zh-TW": "114年度台北好購獎勵機制（測試用）", en: "2025 TOPS purchase awards (test only)" },
  period: toyPeriod,
  periodNote: { "zh-TW": "採購金額計算期間 2025-09-01 至 2026-02-28", en: "purchases counted 2025-09-01 to 2026-02-28" },
};
const P = award2024.params;
const toyParams = {
  ...P,
  countingPeriod: param<Period>(toyPeriod, "date", toyPeriod, P.countingPeriod.cite, P.countingPeriod.label),
  gold: param(8_000_000, "NTD", toyPeriod, P.gold.cite, P.gold.label),
};
const withToy = { ...award, editions: [...award.editions, { edition: toy2025, params: toyParams }] };

const buy = (date: string, amount: number) => ({ date, amount, supplierRegistered: true, supplierIsStartup: false });

function ok(input: unknown) {
  const out = runCalculator(withToy, input);
  if (!out.ok) throw new Error(JSON.stringify(out.errors));
  return out;
}

describe("editionOn: the newest edition that had begun on asOf", () => {
  const dated = (id: string, from: string | null): Dated<string> => ({
    edition: { ...toy2025, id, period: from ? { from, to: "2099-12-31" } : null },
    params: id,
  });
  const list = [dated("2024", "2024-09-01"), dated("2025", "2025-09-01")];

  it.each([
    ["2025-08-31", "2024"],
    ["2025-09-01", "2025"],
    ["2030-01-01", "2025"],
  ])("on %s applies %s", (asOf, id) => {
    expect(editionOn(list, asOf).params).toBe(id);
  });

  it("applies the first edition to a date before any edition began", () => {
    expect(editionOn(list, "2020-01-01").params).toBe("2024");
  });

  it("counts an edition with no dates of its own (「自公告日起」) as begun", () => {
    expect(editionOn([dated("undated", null), dated("2025", "2025-09-01")], "2020-01-01").params).toBe("undated");
  });
});

describe("a toy second edition of tops-award, chosen by asOf", () => {
  const purchases = [buy("2025-10-01", 6_000_000)];

  it("applies the toy thresholds and period in the toy edition's period", () => {
    const out = ok({ purchases, asOf: "2025-12-01" });
    expect(out.edition.id).toBe("2025");
    expect(out.value).toMatchObject({ countedTotal: 6_000_000, tier: "silver" });
    const tiers = out.steps.find((s) => s.id === "awards-3-1-tiers");
    expect(tiers?.detail?.en).toContain("gold ≥ 8,000,000");
    expect(out.warnings.map((w) => w.id)).not.toContain("edition-ended");
  });

  it("applies the 2024 edition before the toy one began: the same purchase falls outside its counting period", () => {
    const out = ok({ purchases, asOf: "2025-08-31" });
    expect(out.edition.id).toBe("2024");
    expect(out.value).toMatchObject({ countedTotal: 0, tier: null });
    expect(out.warnings.find((w) => w.id === "edition-ended")?.message.en).toContain("ended on 2025-02-28");
  });

  it("warns, in both languages, that the toy edition ended once asOf is past its period", () => {
    const out = ok({ purchases, asOf: "2026-03-01" });
    expect(out.edition.id).toBe("2025");
    const ended = out.warnings.find((w) => w.id === "edition-ended");
    expect(ended?.message.en).toContain("2025 TOPS purchase awards (test only)");
    expect(ended?.message.en).toContain("2026-02-28");
    expect(ended?.message["zh-TW"]).toContain("114年度台北好購獎勵機制（測試用）");
  });

  it("keeps the 2024 threshold under the 2024 edition: NT$5,000,000 is gold there", () => {
    expect(ok({ purchases: [buy("2024-10-01", 5_000_000)], asOf: "2025-02-28" }).value).toMatchObject({ tier: "gold" });
    expect(ok({ purchases: [buy("2025-10-01", 5_000_000)], asOf: "2026-01-01" }).value).toMatchObject({ tier: "silver" });
  });
});

describe("every calculator of the registry", () => {
  it.each(calculatorIds)("%s: names its newest edition, and compute without parameters applies the one in force", (id) => {
    const calc = calculators[id];
    expect(calc.editions.length).toBeGreaterThan(0);
    expect(calc.editionInfo).toBe(calc.editions.at(-1)?.edition);
    expect(calc.edition).toBe(calc.editionInfo.id);
    expect(calc.editions.every((e) => e.edition.program === calc.program)).toBe(true);
  });

  it("reports the edition it applied with every result", () => {
    const out = run("tops-award", { purchases: [buy("2024-10-01", 1)], asOf: "2025-01-01" });
    expect(out.ok && out.edition).toBe(award2024.edition);
    const direct = award.compute({ purchases: [buy("2024-10-01", 1)], asOf: "2025-01-01" });
    expect(out.ok && out.value).toEqual(direct.value);
  });
});
