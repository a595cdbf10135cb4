import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { AFTER_EDITION, expectRejected, IN_EDITION, runOk } from "./tcloud-helpers.js";

const ID = "tcloud-points" as const;

interface Value {
  items: { price: number; points: number; selfPay: number }[];
  pointsUsed: number;
  pointsLeft: number;
  selfPayTotal: number;
}

const points = (prices: number[], pointsAvailable?: number) =>
  runOk<Value>(ID, { prices, asOf: IN_EDITION, ...(pointsAvailable === undefined ? {} : { pointsAvailable }) });

describe("tcloud-points: 二(一) 30,000 points, NT$1 each, 1:1 co-pay", () => {
  it("an empty list uses no points and defaults to the 30,000-point grant", () => {
    const out = points([]);
    expect(out.value).toEqual({ items: [], pointsUsed: 0, pointsLeft: 30_000, selfPayTotal: 0 });
    expect(out.stepIds).toEqual(["p2-1-points-available", "p2-1-points-used", "p2-1-points-left", "p2-1-self-pay-total"]);
  });

  it.each([
    [0, 0, 0],
    [1, 0, 1],
    [2, 1, 1],
    [3, 1, 2],
    [10_001, 5_000, 5_001],
    [59_998, 29_999, 29_999],
    [60_000, 30_000, 30_000],
    [60_002, 30_000, 30_002],
  ])("二(一) price NT$%i uses %i points, the SME pays %i (half in points, odd dollar self-paid)", (price, used, selfPay) => {
    const out = points([price]);
    expect(out.value.items).toEqual([{ price, points: used, selfPay }]);
    expect(out.value.pointsLeft).toBe(30_000 - used);
  });

  it.each([
    [198, 99, 99, 1],
    [200, 100, 100, 0],
    [202, 100, 102, 0],
  ])("二(一) with 100 points left, price NT$%i uses %i points, self-pay %i, %i left", (price, used, selfPay, left) => {
    expect(points([price], 100).value).toEqual({
      items: [{ price, points: used, selfPay }],
      pointsUsed: used,
      pointsLeft: left,
      selfPayTotal: selfPay,
    });
  });

  it("二(一) once the points run out, later purchases are paid in full, in the order given", () => {
    expect(points([100_000, 10]).value).toEqual({
      items: [
        { price: 100_000, points: 30_000, selfPay: 70_000 },
        { price: 10, points: 0, selfPay: 10 },
      ],
      pointsUsed: 30_000,
      pointsLeft: 0,
      selfPayTotal: 70_010,
    });
    expect(points([10, 100_000]).value.items).toEqual([
      { price: 10, points: 5, selfPay: 5 },
      { price: 100_000, points: 29_995, selfPay: 70_005 },
    ]);
  });

  it("shows the arithmetic of each purchase in both languages", () => {
    const step = points([10_001]).steps.find((s) => s.id === "p2-1-co-pay-1");
    expect(step?.value).toBe(5_000);
    expect(step?.detail?.["zh-TW"]).toContain("10,001 × 50% = 5,000");
    expect(step?.detail?.en).toContain("self-pay NT$5,001");
  });

  it.each([
    [29_999, true],
    [30_000, true],
    [30_001, false],
  ])("二(一) a balance of %i points is within the 30,000 grant: %s", (pointsAvailable, ok) => {
    if (ok) expect(points([], pointsAvailable).value.pointsLeft).toBe(pointsAvailable);
    else expectRejected(ID, { prices: [], pointsAvailable }, "pointsAvailable");
  });

  it("八(一) warns that the 2023 edition ended on 2024-12-31 (113年12月31日) only after that day", () => {
    expect(points([100]).warningIds).toEqual([]);
    expect(runOk(ID, { prices: [100], asOf: AFTER_EDITION }).warningIds).toEqual(["edition-ended"]);
  });

  it.each([
    [{ prices: [-1] }, "prices.0"],
    [{ prices: [100, Number.NaN] }, "prices.1"],
    [{ prices: [1.5] }, "prices.0"],
    [{ prices: [1e12 + 1] }, "prices.0"],
    [{ prices: ["100"] }, "prices.0"],
    [{ prices: 100 }, "prices"],
    [{}, "prices"],
    [{ prices: [], pointsAvailable: -1 }, "pointsAvailable"],
    [{ prices: [], pointsAvailable: 0.5 }, "pointsAvailable"],
    [{ prices: [], pointsAvailable: "30000" }, "pointsAvailable"],
    [{ prices: [], asOf: "2023-02-30" }, "asOf"],
  ])("rejects %j naming the field in both languages", (input, path) => {
    expectRejected(ID, input, path);
  });

  it("properties: points never exceed what is available, used + left = available, self-pay ≥ points, integers ≥ 0", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 200_000 }), { maxLength: 12 }),
        fc.integer({ min: 0, max: 30_000 }),
        (prices, pointsAvailable) => {
          const { value } = points(prices, pointsAvailable);
          expect(value.pointsUsed).toBeLessThanOrEqual(pointsAvailable);
          expect(value.pointsUsed + value.pointsLeft).toBe(pointsAvailable);
          expect(value.items.map((i) => i.price)).toEqual(prices);
          let sumPoints = 0;
          for (const item of value.items) {
            expect(item.selfPay).toBeGreaterThanOrEqual(item.points);
            expect(item.points + item.selfPay).toBe(item.price);
            sumPoints += item.points;
          }
          expect(sumPoints).toBe(value.pointsUsed);
          expect(value.selfPayTotal).toBe(value.items.reduce((s, i) => s + i.selfPay, 0));
          for (const n of [value.pointsUsed, value.pointsLeft, value.selfPayTotal, ...value.items.flatMap((i) => [i.points, i.selfPay])]) {
            expect(Number.isInteger(n) && n >= 0).toBe(true);
          }
        },
      ),
    );
  });
});
