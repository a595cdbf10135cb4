import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { run } from "../../src/rules/index.js";
import { reviewParams2019 } from "../../src/rules/spp/params-2019.js";

function ok(input: unknown) {
  const out = run("spp-review-score", { asOf: "2019-06-01", ...(input as object) });
  if (!out.ok) throw new Error(JSON.stringify(out.errors));
  return out as typeof out & { value: { total: number } };
}

const all = (ids: readonly string[], score: number) => Object.fromEntries(ids.map((id) => [id, score]));
const matureIds = ["relevance", "completeness", "budget", "benefits", "sustainability"];
const rdIds = ["foresight", "feasibility", "field", "support"];

describe("spp-review-score: weights (第四節 二; 附錄一 八; 研發型 第四節 二)", () => {
  it.each([
    ["mature", matureIds, [25, 25, 20, 20, 10]],
    ["rd", rdIds, [30, 30, 15, 25]],
  ] as const)("%s: criteria %j with weights %j summing to 100%", (track, ids, weights) => {
    const criteria = reviewParams2019[track].value;
    expect(criteria.map((c) => c.id)).toEqual(ids);
    expect(criteria.map((c) => c.weight)).toEqual(weights);
    expect(criteria.reduce((s, c) => s + c.weight, 0)).toBe(100);
  });
});

describe("spp-review-score: totals", () => {
  it("mature: 80, 70, 90, 60, 50 → 20 + 17.5 + 18 + 12 + 5 = 72.5", () => {
    const out = ok({ track: "mature", scores: { relevance: 80, completeness: 70, budget: 90, benefits: 60, sustainability: 50 } });
    expect(out.value).toEqual({ total: 72.5 });
    expect(out.steps.map((s) => [s.id, s.value, s.cite.clause])).toEqual([
      ["s4-2-relevance", 20, "第四節 二(一); 附錄一 八(一)"],
      ["s4-2-completeness", 17.5, "第四節 二(二); 附錄一 八(二)"],
      ["s4-2-budget", 18, "第四節 二(三); 附錄一 八(三)"],
      ["s4-2-benefits", 12, "第四節 二(四); 附錄一 八(四)"],
      ["s4-2-sustainability", 5, "第四節 二(五); 附錄一 八(五)"],
      ["s4-2-total", 72.5, "第四節 二; 附錄一 八"],
    ]);
    expect(out.warnings.find((w) => w.id === "score-is-not-decision")?.cites[0]?.href).toBe("/spp/mature-review/#review-process");
  });

  it("rd: 80, 70, 90, 65.5 → 74.875, rounded to 74.88", () => {
    const out = ok({ track: "rd", scores: { foresight: 80, feasibility: 70, field: 90, support: 65.5 } });
    expect(out.value).toEqual({ total: 74.88 });
    expect(out.steps.at(-1)?.cite.clause).toBe("研發型 第四節 二");
    expect(out.warnings.find((w) => w.id === "score-is-not-decision")?.cites[0]?.clause).toBe("研發型 第四節 一");
  });

  // rules-api.md "Additions": half up on the exact decimal, not on the float sum 77.63499…
  it("研發型 第四節 二: rd 80, 75, 70.9, 82 is exactly 77.635 and rounds half up to 77.64", () => {
    const out = ok({ track: "rd", scores: { foresight: 80, feasibility: 75, field: 70.9, support: 82 } });
    expect(out.value).toEqual({ total: 77.64 });
  });

  it.each([
    // 0.01 × 25% = 0.0025 → 0.00; 0.02 × 25% = 0.005 → 0.01 (exactly half goes up)
    [{ relevance: 0.01 }, 0],
    [{ relevance: 0.02 }, 0.01],
    // 0.0199 × 25% = 0.004975 → 0.00, just under the half
    [{ relevance: 0.0199 }, 0],
    // 1e-7 prints in exponent form and still counts exactly
    [{ relevance: 1e-7 }, 0],
  ])("第四節 二: the rounding boundary at half a hundredth (%o → %d)", (some, total) => {
    const scores = { ...all(matureIds, 0), ...some };
    expect(ok({ track: "mature", scores }).value.total).toBe(total);
  });

  it.each([
    ["mature", matureIds],
    ["rd", rdIds],
  ] as const)("%s: all 0 → 0, all 100 → 100", (track, ids) => {
    expect(ok({ track, scores: all(ids, 0) }).value.total).toBe(0);
    expect(ok({ track, scores: all(ids, 100) }).value.total).toBe(100);
  });

  it.each([
    ["2019-12-31", false],
    ["2020-01-01", true],
  ])("asOf %s: edition-ended %s", (asOf, ended) => {
    expect(ok({ track: "rd", scores: all(rdIds, 1), asOf }).warnings.some((w) => w.id === "edition-ended")).toBe(ended);
  });
});

describe("spp-review-score: bad input", () => {
  it.each([
    [{ track: "mature", scores: { ...all(matureIds, 50), budget: -1 } }, "scores.budget"],
    [{ track: "mature", scores: { ...all(matureIds, 50), budget: 101 } }, "scores.budget"],
    [{ track: "mature", scores: { ...all(matureIds, 50), budget: Number.NaN } }, "scores.budget"],
    [{ track: "mature", scores: { ...all(matureIds, 50), budget: "90" } }, "scores.budget"],
    [{ track: "mature", scores: all(matureIds.slice(1), 50) }, "scores.relevance"],
    [{ track: "mature", scores: { ...all(matureIds, 50), novelty: 50 } }, "scores.novelty"],
    [{ track: "rd", scores: { ...all(rdIds, 50), relevance: 50 } }, "scores.relevance"],
    [{ track: "rd" }, "scores"],
    [{ track: "rd", scores: [1, 2, 3, 4] }, "scores"],
    [{ track: "both", scores: all(rdIds, 50) }, "track"],
    [{ scores: all(rdIds, 50) }, "track"],
  ])("rejects %j naming %s in both languages", (input, path) => {
    const out = run("spp-review-score", input);
    expect(out.ok).toBe(false);
    if (out.ok) return;
    expect(out.errors.map((e) => e.path)).toEqual([path]);
    expect(out.errors[0]?.message["zh-TW"]).toMatch(/\S/);
    expect(out.errors[0]?.message.en).toMatch(/\S/);
  });

  it.each([
    [-0.01, false],
    [0, true],
    [100, true],
    [100.01, false],
  ])("a score of %s is accepted: %s", (score, accepted) => {
    expect(run("spp-review-score", { track: "rd", scores: { ...all(rdIds, 50), field: score } }).ok).toBe(accepted);
  });

  it("names every missing and every stray criterion when the other track's ids are sent", () => {
    const out = run("spp-review-score", { track: "rd", scores: all(matureIds, 50) });
    expect(out.ok).toBe(false);
    if (out.ok) return;
    expect(out.errors.map((e) => e.path).sort()).toEqual([...rdIds, ...matureIds].map((id) => `scores.${id}`).sort());
    const stray = out.errors.find((e) => e.path === "scores.relevance");
    expect(stray?.message["zh-TW"]).toContain("foresight, feasibility, field, support");
    expect(stray?.message.en).toContain("Not a criterion of this track");
  });
});

describe("spp-review-score: properties", () => {
  it("第四節 二: with scores in hundredths the total equals the integer arithmetic's half-up rounding", () => {
    const weights = Object.fromEntries(reviewParams2019.rd.value.map((c) => [c.id, c.weight]));
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10_000 }), { minLength: 4, maxLength: 4 }), (cents) => {
        const scores = Object.fromEntries(rdIds.map((id, i) => [id, cents[i]! / 100]));
        // Σ cents × weight is the total in ten-thousandths; half up to hundredths in integers.
        const tenThousandths = rdIds.reduce((sum, id, i) => sum + cents[i]! * weights[id]!, 0);
        const expected = Math.floor((tenThousandths + 50) / 100) / 100;
        expect(ok({ track: "rd", scores }).value.total).toBe(expected);
      }),
    );
  });

  it("the total is between 0 and 100 with at most two decimals, and between the lowest and highest score", () => {
    const score = fc.double({ min: 0, max: 100, noNaN: true });
    fc.assert(
      fc.property(fc.constantFrom("mature", "rd"), fc.array(score, { minLength: 5, maxLength: 5 }), (track, values) => {
        const ids = track === "mature" ? matureIds : rdIds;
        const scores = Object.fromEntries(ids.map((id, i) => [id, values[i]]));
        const { total } = ok({ track, scores }).value;
        expect(total).toBeGreaterThanOrEqual(0);
        expect(total).toBeLessThanOrEqual(100);
        expect(Math.round(total * 100) / 100).toBe(total);
        const used = values.slice(0, ids.length);
        expect(total).toBeGreaterThanOrEqual(Math.floor(Math.min(...used) * 100) / 100);
        expect(total).toBeLessThanOrEqual(Math.ceil(Math.max(...used) * 100) / 100);
      }),
    );
  });
});
