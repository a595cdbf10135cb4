import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { run } from "../../src/rules/index.js";

interface ChangeValue {
  revisedSubsidy: number;
  borneByGrantee: number;
  refundDue: number;
}

function ok(input: unknown) {
  const out = run("spp-change-refund", { asOf: "2019-06-01", ...(input as object) });
  if (!out.ok) throw new Error(JSON.stringify(out.errors));
  return out as typeof out & { value: ChangeValue };
}

const approved = { approvedSubsidy: 900_000, approvedLocalShare: 100_000 };

describe("spp-change-refund: 第五節 二(一); 表5-5 increase borne by the grantee, decrease by the approved ratio", () => {
  it.each([
    // revisedTotal around the approved total of 1,000,000 (90% subsidy)
    [999_999, 899_999, 100_000, 1],
    [1_000_000, 900_000, 100_000, 0],
    [1_000_001, 900_000, 100_001, 0],
    [1_500_000, 900_000, 600_000, 0],
    [500_000, 450_000, 50_000, 450_000],
    [0, 0, 0, 900_000],
  ])("revisedTotal %i → subsidy %i, borne by grantee %i, refund %i (900,000 received)", (revisedTotal, revisedSubsidy, borneByGrantee, refundDue) => {
    const out = ok({ ...approved, revisedTotal, subsidyReceived: 900_000 });
    expect(out.value).toEqual({ revisedSubsidy, borneByGrantee, refundDue });
    const decrease = revisedTotal < 1_000_000;
    expect(out.steps.map((s) => s.id)).toEqual([
      "table-5-5-approved-total",
      decrease ? "s5-2-1-cost-decrease" : "s5-2-1-cost-increase",
      "s5-2-1-borne-by-grantee",
      "s5-2-1-refund",
    ]);
    expect(out.warnings.some((w) => w.id === "change-ratio-interpretation")).toBe(decrease);
  });

  it("rounds the scaled subsidy down: 2/3 of 100 is 66", () => {
    expect(ok({ approvedSubsidy: 200, approvedLocalShare: 100, revisedTotal: 100, subsidyReceived: 0 }).value).toEqual({
      revisedSubsidy: 66,
      borneByGrantee: 34,
      refundDue: 0,
    });
  });

  it.each([
    // subsidyReceived around the revised subsidy of 450,000
    [449_999, 0],
    [450_000, 0],
    [450_001, 1],
  ])("refunds only what was received above the revised subsidy: received %i → refund %i", (subsidyReceived, refundDue) => {
    expect(ok({ ...approved, revisedTotal: 500_000, subsidyReceived }).value.refundDue).toBe(refundDue);
  });

  it("stays exact when revisedTotal × approvedSubsidy passes 2^53", () => {
    const a = 999_999_999_999;
    const out = ok({ approvedSubsidy: a, approvedLocalShare: 1, revisedTotal: a, subsidyReceived: a });
    expect(out.value.revisedSubsidy).toBe(Number((BigInt(a) * BigInt(a)) / 1_000_000_000_000n));
    expect(out.value.revisedSubsidy).toBe(999_999_999_998);
    expect(out.value.refundDue).toBe(1);
  });

  it("cites the change clauses and shows the interpretation of the ratio in both languages", () => {
    const out = ok({ ...approved, revisedTotal: 500_000, subsidyReceived: 0 });
    expect(out.steps[1]?.cite).toEqual({
      doc: "spp-subsidy-manual-2019",
      clause: "第五節 二(一); 表5-5 補助經費異動說明",
      href: "/spp/mature-change-termination/#change-cost-decrease",
    });
    const w = out.warnings.find((x) => x.id === "change-ratio-interpretation");
    expect(w?.message["zh-TW"]).toContain("90%");
    expect(w?.message.en).toContain("90%");
    expect(out.warnings.find((x) => x.id === "change-prior-approval")?.cites[0]?.clause).toBe("第五節 二(一); 附錄一 十(一)");
  });

  it.each([
    ["2019-12-31", false],
    ["2020-01-01", true],
  ])("asOf %s: edition-ended %s", (asOf, ended) => {
    const out = ok({ ...approved, revisedTotal: 1, subsidyReceived: 0, asOf });
    expect(out.warnings.some((w) => w.id === "edition-ended")).toBe(ended);
  });
});

describe("spp-change-refund: bad input", () => {
  it.each([
    [{ approvedSubsidy: 0, approvedLocalShare: 0, revisedTotal: 1, subsidyReceived: 0 }, "approvedSubsidy"],
    [{ ...approved, revisedTotal: 1, subsidyReceived: 900_001 }, "subsidyReceived"],
    [{ ...approved, revisedTotal: -1, subsidyReceived: 0 }, "revisedTotal"],
    [{ ...approved, revisedTotal: Number.NaN, subsidyReceived: 0 }, "revisedTotal"],
    [{ ...approved, subsidyReceived: 0 }, "revisedTotal"],
    [{ ...approved, revisedTotal: 1 }, "subsidyReceived"],
    [{ approvedSubsidy: "900000", approvedLocalShare: 1, revisedTotal: 1, subsidyReceived: 0 }, "approvedSubsidy"],
    [{ approvedSubsidy: 1, approvedLocalShare: -1, revisedTotal: 1, subsidyReceived: 0 }, "approvedLocalShare"],
    [{ ...approved, revisedTotal: 1, subsidyReceived: 0, asOf: "2019-00-10" }, "asOf"],
  ])("rejects %j naming %s in both languages", (input, path) => {
    const out = run("spp-change-refund", input);
    expect(out.ok).toBe(false);
    if (out.ok) return;
    expect(out.errors[0]?.path).toBe(path);
    expect(out.errors[0]?.message["zh-TW"]).toMatch(/\S/);
    expect(out.errors[0]?.message.en).toMatch(/\S/);
  });
});

describe("spp-change-refund: properties", () => {
  const money = fc.integer({ min: 0, max: 1e12 });
  const input = fc
    .tuple(money, money, money, fc.double({ min: 0, max: 1, noNaN: true }))
    .filter(([a, b]) => a + b > 0)
    .map(([approvedSubsidy, approvedLocalShare, revisedTotal, share]) => ({
      approvedSubsidy,
      approvedLocalShare,
      revisedTotal,
      subsidyReceived: Math.floor(approvedSubsidy * share),
    }));

  it("never refunds more than was received, never raises the subsidy, and splits the revised total", () => {
    fc.assert(
      fc.property(input, (i) => {
        const v = ok(i).value;
        expect(v.refundDue).toBeLessThanOrEqual(i.subsidyReceived);
        expect(v.revisedSubsidy).toBeLessThanOrEqual(i.approvedSubsidy);
        expect(v.revisedSubsidy + v.borneByGrantee).toBe(i.revisedTotal);
        for (const n of [v.revisedSubsidy, v.borneByGrantee, v.refundDue]) expect(Number.isInteger(n) && n >= 0).toBe(true);
      }),
    );
  });
});
