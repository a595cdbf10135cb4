import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { run } from "../../src/rules/index.js";
import { matureParams2019 } from "../../src/rules/spp/params-2019.js";

interface MatureValue {
  totalCost: number;
  eligibleAmount: number;
  maxRate: number;
  maxSubsidy: number;
  localShare: number;
  capped: boolean;
}

function ok(input: unknown) {
  const out = run("spp-mature-subsidy", { asOf: "2019-06-01", ...(input as object) });
  if (!out.ok) throw new Error(JSON.stringify(out.errors));
  return out as typeof out & { value: MatureValue };
}

const oneOff = (financialTier: number, contractAmount: number) => ok({ financialTier, purchaseKind: "one-off", contractAmount }).value;

/** floor(amount × rate) in exact integer arithmetic, independent of the calculator's floats. */
const exactShare = (amount: number, rate: number) => Number((BigInt(amount) * BigInt(Math.round(rate * 100))) / 100n);

describe("spp-mature-subsidy: worked examples (rules-api.md)", () => {
  it("tier 1, one-off 4,000,000 → 3,000,000 subsidy and 1,000,000 local share", () => {
    expect(oneOff(1, 4_000_000)).toEqual({
      totalCost: 4_000_000,
      eligibleAmount: 4_000_000,
      maxRate: 0.75,
      maxSubsidy: 3_000_000,
      localShare: 1_000_000,
      capped: false,
    });
  });

  it("tier 3, one-off 5,000,000 → min(4,000,000, 4,500,000) = 4,000,000, capped", () => {
    expect(oneOff(3, 5_000_000)).toEqual({
      totalCost: 5_000_000,
      eligibleAmount: 5_000_000,
      maxRate: 0.9,
      maxSubsidy: 4_000_000,
      localShare: 1_000_000,
      capped: true,
    });
  });

  it("continuous 100,000 × 18 months → eligible 1,200,000 of a 1,800,000 total", () => {
    const out = ok({ financialTier: 2, purchaseKind: "continuous", monthlyPrice: 100_000, months: 18 });
    expect(out.value).toEqual({
      totalCost: 1_800_000,
      eligibleAmount: 1_200_000,
      maxRate: 0.9,
      maxSubsidy: 1_080_000,
      localShare: 720_000,
      capped: false,
    });
    expect(out.steps.map((s) => s.id)).toEqual([
      "s1-2-2-2-total-cost",
      "s1-2-2-2-one-year",
      "s1-2-3-rate",
      "s1-2-3-rate-limit",
      "s1-2-4-1-cap",
      "local-share",
    ]);
    const w = out.warnings.find((x) => x.id === "continuous-beyond-one-year");
    expect(w?.message["zh-TW"]).toContain("600,000");
    expect(w?.message.en).toContain("NT$600,000");
  });
});

describe("spp-mature-subsidy: 第一節 二(三) / 附錄一 四(三) rates by financial tier", () => {
  it.each([
    [1, 0.75, 750_000],
    [2, 0.9, 900_000],
    [3, 0.9, 900_000],
    [4, 0.9, 900_000],
    [5, 0.9, 900_000],
  ])("tier %i: at most %s of the eligible amount", (tier, rate, subsidy) => {
    const value = oneOff(tier, 1_000_000);
    expect(value.maxRate).toBe(rate);
    expect(value.maxSubsidy).toBe(subsidy);
  });

  it("rounds the rate's share down to the dollar", () => {
    expect(oneOff(1, 3).maxSubsidy).toBe(2); // 2.25
    expect(oneOff(2, 3).maxSubsidy).toBe(2); // 2.7
    expect(oneOff(2, 1).maxSubsidy).toBe(0);
    expect(oneOff(1, 0)).toMatchObject({ maxSubsidy: 0, localShare: 0 });
  });

  it("the rate table covers tiers 1 to 5 with no gap", () => {
    expect(Object.keys(matureParams2019.rateByTier.value).map(Number)).toEqual([1, 2, 3, 4, 5]);
  });
});

describe("spp-mature-subsidy: 第一節 二(四)1 / 附錄一 四(四)1 cap of NT$4,000,000 per case", () => {
  it.each([
    // tier 1 (75%): the cap is reached between 5,333,333 and 5,333,335
    [1, 5_333_333, 3_999_999, false],
    [1, 5_333_334, 4_000_000, false],
    [1, 5_333_335, 4_000_000, true],
    // tiers 2–5 (90%)
    [4, 4_444_444, 3_999_999, false],
    [4, 4_444_445, 4_000_000, false],
    [4, 4_444_446, 4_000_000, true],
  ])("tier %i, contract %i → maxSubsidy %i (capped %s)", (tier, amount, subsidy, capped) => {
    const value = oneOff(tier, amount);
    expect(value.maxSubsidy).toBe(subsidy);
    expect(value.capped).toBe(capped);
    expect(value.localShare).toBe(amount - subsidy);
  });
});

describe("spp-mature-subsidy: 第一節 二(二)2 / 附錄一 四(二)2 one year from the purchase", () => {
  it.each([
    [11, 1_100_000, false],
    [12, 1_200_000, false],
    [13, 1_200_000, true],
  ])("%i months of 100,000 → eligible %i (warning %s)", (months, eligible, warned) => {
    const out = ok({ financialTier: 5, purchaseKind: "continuous", monthlyPrice: 100_000, months });
    expect(out.value.eligibleAmount).toBe(eligible);
    expect(out.value.totalCost).toBe(100_000 * months);
    expect(out.warnings.some((w) => w.id === "continuous-beyond-one-year")).toBe(warned);
  });

  it("a one-off purchase counts its whole contract amount", () => {
    const out = ok({ financialTier: 1, purchaseKind: "one-off", contractAmount: 2_000_000 });
    expect(out.steps[0]).toMatchObject({ id: "s1-2-2-1-contract-amount", value: 2_000_000 });
    expect(out.steps[0]?.cite.clause).toBe("第一節 二(二)1; 附錄一 四(二)1");
  });
});

describe("spp-mature-subsidy: warnings and edition", () => {
  it("always says the tier must come from the DGBAS table in force, citing domain-facts and the manual", () => {
    const w = ok({ financialTier: 1, purchaseKind: "one-off", contractAmount: 1 }).warnings.find((x) => x.id === "financial-tier-source");
    expect(w?.cites.map((c) => c.doc)).toEqual(["spp-subsidy-manual-2019", "domain-facts"]);
    expect(w?.cites.map((c) => c.href)).toEqual(["/spp/mature-subsidy/#financial-tiers", "/about/#domain-facts"]);
    expect(w?.message["zh-TW"]).toContain("財力分級表");
    expect(w?.message.en).toContain("DGBAS");
  });

  it("says the amounts are ceilings that SMEA may adjust (第一節 二(四)2)", () => {
    const w = ok({ financialTier: 1, purchaseKind: "one-off", contractAmount: 1 }).warnings.find((x) => x.id === "subsidy-may-be-adjusted");
    expect(w?.cites[0]?.clause).toBe("第一節 二(四)2; 附錄一 四(四)2");
  });

  it.each([
    ["2019-12-31", false],
    ["2020-01-01", true],
  ])("asOf %s: edition-ended %s", (asOf, ended) => {
    const out = ok({ financialTier: 1, purchaseKind: "one-off", contractAmount: 1, asOf });
    expect(out.warnings.some((w) => w.id === "edition-ended")).toBe(ended);
  });
});

describe("spp-mature-subsidy: bad input", () => {
  it.each([
    [{ financialTier: 1, purchaseKind: "lease", contractAmount: 1 }, "purchaseKind"],
    [{ financialTier: 1, contractAmount: 1 }, "purchaseKind"],
    [{ financialTier: 0, purchaseKind: "one-off", contractAmount: 1 }, "financialTier"],
    [{ financialTier: 6, purchaseKind: "one-off", contractAmount: 1 }, "financialTier"],
    [{ financialTier: 1.5, purchaseKind: "one-off", contractAmount: 1 }, "financialTier"],
    [{ financialTier: "1", purchaseKind: "one-off", contractAmount: 1 }, "financialTier"],
    [{ purchaseKind: "one-off", contractAmount: 1 }, "financialTier"],
    [{ financialTier: 1, purchaseKind: "one-off" }, "contractAmount"],
    [{ financialTier: 1, purchaseKind: "one-off", contractAmount: -1 }, "contractAmount"],
    [{ financialTier: 1, purchaseKind: "one-off", contractAmount: Number.NaN }, "contractAmount"],
    [{ financialTier: 1, purchaseKind: "one-off", contractAmount: Number.POSITIVE_INFINITY }, "contractAmount"],
    [{ financialTier: 1, purchaseKind: "one-off", contractAmount: 1e12 + 1 }, "contractAmount"],
    [{ financialTier: 1, purchaseKind: "one-off", contractAmount: 10.5 }, "contractAmount"],
    [{ financialTier: 1, purchaseKind: "continuous", monthlyPrice: 1 }, "months"],
    [{ financialTier: 1, purchaseKind: "continuous", monthlyPrice: 1, months: 0 }, "months"],
    [{ financialTier: 1, purchaseKind: "continuous", monthlyPrice: 1, months: 2.5 }, "months"],
    [{ financialTier: 1, purchaseKind: "continuous", months: 12 }, "monthlyPrice"],
    [{ financialTier: 1, purchaseKind: "continuous", contractAmount: 1, months: 12 }, "monthlyPrice"],
    [{ financialTier: 1, purchaseKind: "continuous", monthlyPrice: -5, months: 12 }, "monthlyPrice"],
    [{ financialTier: 1, purchaseKind: "continuous", monthlyPrice: 1e11, months: 11 }, "months"],
    [{ financialTier: 1, purchaseKind: "one-off", contractAmount: 1, asOf: "2019-02-30" }, "asOf"],
  ])("rejects %j naming %s in both languages", (input, path) => {
    const out = run("spp-mature-subsidy", input);
    expect(out.ok).toBe(false);
    if (out.ok) return;
    expect(out.errors[0]?.path).toBe(path);
    expect(out.errors[0]?.message["zh-TW"]).toMatch(/\S/);
    expect(out.errors[0]?.message.en).toMatch(/\S/);
  });

  it("accepts a contract total of exactly NT$10^12", () => {
    expect(ok({ financialTier: 1, purchaseKind: "continuous", monthlyPrice: 1e11, months: 10 }).value.totalCost).toBe(1e12);
  });
});

describe("spp-mature-subsidy: properties", () => {
  const tier = fc.integer({ min: 1, max: 5 });
  const amount = fc.integer({ min: 0, max: 1e12 });
  const continuous = fc
    .record({ financialTier: tier, monthlyPrice: fc.integer({ min: 0, max: 1e10 }), months: fc.integer({ min: 1, max: 100 }) })
    .map((r) => ({ ...r, purchaseKind: "continuous" as const }));
  const oneOffInput = fc.record({ financialTier: tier, contractAmount: amount }).map((r) => ({ ...r, purchaseKind: "one-off" as const }));
  const anyInput = fc.oneof(oneOffInput, continuous);

  it("never exceeds NT$4,000,000 nor floor(rate × eligible); subsidy + local share = total; whole dollars ≥ 0", () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        const v = ok(input).value;
        expect(v.maxSubsidy).toBeLessThanOrEqual(matureParams2019.cap.value);
        expect(v.maxSubsidy).toBeLessThanOrEqual(exactShare(v.eligibleAmount, v.maxRate));
        expect(v.maxSubsidy).toBe(Math.min(matureParams2019.cap.value, exactShare(v.eligibleAmount, v.maxRate)));
        expect(v.maxSubsidy + v.localShare).toBe(v.totalCost);
        expect(v.eligibleAmount).toBeLessThanOrEqual(v.totalCost);
        for (const n of [v.totalCost, v.eligibleAmount, v.maxSubsidy, v.localShare]) {
          expect(Number.isInteger(n) && n >= 0).toBe(true);
        }
      }),
    );
  });

  it("is non-decreasing in the contract amount for each tier", () => {
    fc.assert(
      fc.property(tier, amount, amount, (t, a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(oneOff(t, lo).maxSubsidy).toBeLessThanOrEqual(oneOff(t, hi).maxSubsidy);
      }),
    );
  });
});
