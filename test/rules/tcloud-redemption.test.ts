import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { AFTER_EDITION, expectRejected, IN_EDITION, runOk } from "./tcloud-helpers.js";

const ID = "tcloud-redemption" as const;

interface Value {
  firstInstallment: number;
  earnedPoints: number;
  secondInstallment: number;
  redeemable: boolean;
  capRoomLeft: number;
}

const base = { contractPoints: 30_000, contractMonths: 12, usageRecordMonths: 12, asOf: IN_EDITION };
const redeem = (patch: Record<string, unknown>) => runOk<Value>(ID, { ...base, ...patch });

/** Warnings shown on every redemption: the pro-rating reading and the 二(二)/八(六)1 timing quirk. */
const ALWAYS = ["pro-rata-interpretation", "installment-timing"];

describe("tcloud-redemption: 二(二) and 八(六)", () => {
  it("八(六)1 a full 12-month contract: 20% first, the rest second", () => {
    const out = redeem({});
    expect(out.value).toEqual({ firstInstallment: 6_000, earnedPoints: 30_000, secondInstallment: 24_000, redeemable: true, capRoomLeft: 50_000_000 });
    expect(out.stepIds).toEqual([
      "p8-6-1-first-installment",
      "p8-6-2-usage-record-months",
      "p8-6-2-minimum-usage",
      "p8-6-2-earned-points",
      "p8-6-1-second-installment",
      "p2-2-annual-cap",
    ]);
    expect(out.warningIds).toEqual(ALWAYS);
  });

  it.each([
    [3, 0, -6_000, false],
    [4, 10_000, 4_000, true],
    [5, 12_500, 6_500, true],
    [0, 0, -6_000, false],
  ])("八(六)2 %i months of usage records in a 12-month contract earn %i points (second %i, redeemable %s)", (usageRecordMonths, earned, second, ok) => {
    const out = redeem({ usageRecordMonths });
    expect(out.value).toEqual({ firstInstallment: 6_000, earnedPoints: earned, secondInstallment: second, redeemable: ok, capRoomLeft: 50_000_000 });
    expect(out.warningIds.includes("refund-due")).toBe(!ok);
  });

  it("八(六)2 the refund warning names the amount to pay back", () => {
    const refund = redeem({ usageRecordMonths: 3 }).warnings.find((w) => w.id === "refund-due");
    expect(refund?.message["zh-TW"]).toContain("6,000");
    expect(refund?.message.en).toContain("pay back 6,000");
  });

  it("八(六)2 records beyond the contract term count only up to the term", () => {
    expect(redeem({ usageRecordMonths: 13 }).value.earnedPoints).toBe(30_000);
    expect(redeem({ contractMonths: 4, usageRecordMonths: 9 }).value).toEqual({
      firstInstallment: 6_000,
      earnedPoints: 30_000,
      secondInstallment: 24_000,
      redeemable: true,
      capRoomLeft: 50_000_000,
    });
  });

  it.each([
    [4, 0],
    [5, 1],
    [9, 1],
    [10, 2],
    [0, 0],
  ])("八(六)1 the first installment of %i contract points is %i (20%, rounded down)", (contractPoints, first) => {
    expect(redeem({ contractPoints }).value.firstInstallment).toBe(first);
  });

  it("八(六)2 pro-rated points are rounded down: 10,001 × 7 ÷ 12 = 5,833", () => {
    const out = redeem({ contractPoints: 10_001, usageRecordMonths: 7 });
    expect(out.value).toEqual({ firstInstallment: 2_000, earnedPoints: 5_833, secondInstallment: 3_833, redeemable: true, capRoomLeft: 50_000_000 });
    expect(out.steps.find((s) => s.id === "p8-6-2-earned-points")?.detail?.en).toContain("10,001 × 7 ÷ 12 = 5,833");
  });

  it.each([
    [49_969_999, true],
    [49_970_000, true],
    [49_970_001, false],
  ])("二(二) with %i points already claimed this year, 30,000 more stay within 50,000,000: %s", (claimedThisYear, ok) => {
    const out = redeem({ claimedThisYear });
    expect(out.value.redeemable).toBe(ok);
    expect(out.value.earnedPoints).toBe(30_000);
    expect(out.steps.find((s) => s.id === "p2-2-annual-cap")?.value).toBe(ok);
    expect(out.warningIds.includes("over-annual-cap")).toBe(!ok);
  });

  // rules-api.md Additions: capRoomLeft = max(0, 50,000,000 − claimedThisYear).
  it.each([
    [0, 50_000_000],
    [49_970_001, 29_999],
    [50_000_000, 0],
    [60_000_000, 0],
  ])("二(二) with %i points claimed this year, capRoomLeft is %i", (claimedThisYear, room) => {
    expect(redeem({ claimedThisYear }).value.capRoomLeft).toBe(room);
  });

  it("二(二) a claim over the yearly cap is not redeemable and the warning says how much room is left", () => {
    const out = redeem({ claimedThisYear: 49_980_000 });
    expect(out.value.redeemable).toBe(false);
    const w = out.warnings.find((x) => x.id === "over-annual-cap");
    expect(w?.message.en).toContain("only 20,000 of the yearly cap of 50,000,000");
    expect(w?.message["zh-TW"]).toContain("僅剩 20,000 點");
    expect(w?.cites[0]?.clause).toBe("二(二)");
  });

  it("二(二) claimedThisYear defaults to 0 and the step shows the room left", () => {
    const step = redeem({}).steps.find((s) => s.id === "p2-2-annual-cap");
    expect(step?.detail?.en).toContain("50,000,000 left");
    expect(redeem({ claimedThisYear: 60_000_000 }).steps.find((s) => s.id === "p2-2-annual-cap")?.detail?.en).toContain(", 0 left");
  });

  it.each([
    [3, false],
    [4, true],
    [12, true],
    [13, false],
  ])("六(三) a %i-month contract is a valid term (4–12): %s", (contractMonths, ok) => {
    if (ok) expect(redeem({ contractMonths, usageRecordMonths: contractMonths }).value.earnedPoints).toBe(30_000);
    else expectRejected(ID, { ...base, contractMonths }, "contractMonths");
  });

  it.each([
    [29_999, true],
    [30_000, true],
    [30_001, false],
  ])("二(一) a contract of %i points is within one SME's 30,000: %s", (contractPoints, ok) => {
    if (ok) expect(redeem({ contractPoints }).value.earnedPoints).toBe(contractPoints);
    else expectRejected(ID, { ...base, contractPoints }, "contractPoints");
  });

  it("八(一) warns that the 2023 edition ended on 2024-12-31 (113年12月31日) only after that day", () => {
    expect(redeem({ asOf: AFTER_EDITION }).warningIds).toEqual(["edition-ended", ...ALWAYS]);
  });

  it.each([
    [{ contractPoints: -1 }, "contractPoints"],
    [{ contractPoints: Number.NaN }, "contractPoints"],
    [{ contractPoints: "30000" }, "contractPoints"],
    [{ contractMonths: undefined }, "contractMonths"],
    [{ contractMonths: 6.5 }, "contractMonths"],
    [{ usageRecordMonths: -1 }, "usageRecordMonths"],
    [{ usageRecordMonths: 1.5 }, "usageRecordMonths"],
    [{ claimedThisYear: -1 }, "claimedThisYear"],
    [{ claimedThisYear: Number.POSITIVE_INFINITY }, "claimedThisYear"],
    [{ asOf: "2024-02-30" }, "asOf"],
  ])("rejects %j naming the field in both languages", (patch, path) => {
    expectRejected(ID, { ...base, ...patch }, path);
  });

  it("properties: first + second = earned, earned ≤ contract points, integers, no points without 4 months of records", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 30_000 }),
        fc.integer({ min: 4, max: 12 }),
        fc.integer({ min: 0, max: 24 }),
        fc.integer({ min: 0, max: 60_000_000 }),
        (contractPoints, contractMonths, usageRecordMonths, claimedThisYear) => {
          const { value } = redeem({ contractPoints, contractMonths, usageRecordMonths, claimedThisYear });
          expect(value.firstInstallment + value.secondInstallment).toBe(value.earnedPoints);
          expect(value.earnedPoints).toBeLessThanOrEqual(contractPoints);
          for (const n of [value.firstInstallment, value.earnedPoints]) expect(Number.isInteger(n) && n >= 0).toBe(true);
          expect(Number.isInteger(value.secondInstallment)).toBe(true);
          const months = Math.min(usageRecordMonths, contractMonths);
          if (months < 4) expect(value.earnedPoints).toBe(0);
          // Four months of a 12-month contract is a third, more than the 20% already paid: no refund then.
          else expect(value.secondInstallment).toBeGreaterThanOrEqual(0);
          expect(value.redeemable).toBe(months >= 4 && claimedThisYear + value.earnedPoints <= 50_000_000);
        },
      ),
    );
  });

  it("property: more months of records never earn fewer points", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 30_000 }), fc.integer({ min: 4, max: 12 }), fc.integer({ min: 0, max: 12 }), (contractPoints, contractMonths, months) => {
        const fewer = redeem({ contractPoints, contractMonths, usageRecordMonths: months }).value.earnedPoints;
        const more = redeem({ contractPoints, contractMonths, usageRecordMonths: months + 1 }).value.earnedPoints;
        expect(more).toBeGreaterThanOrEqual(fewer);
      }),
    );
  });
});
