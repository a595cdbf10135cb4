import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatAmountUpper } from "../../src/rules/index.js";

const DIGIT: Record<string, number> = { 零: 0, 壹: 1, 貳: 2, 參: 3, 肆: 4, 伍: 5, 陸: 6, 柒: 7, 捌: 8, 玖: 9 };
const SMALL: Record<string, number> = { 拾: 10, 佰: 100, 仟: 1000 };

/** Reads an uppercase numeral back, independently of how the helper builds it. */
function decode(upper: string): number {
  let total = 0;
  let wan = 0;
  let section = 0;
  let digit = 0;
  for (const ch of upper.replace(/元整$/, "")) {
    if (ch in DIGIT) digit = DIGIT[ch]!;
    else if (ch in SMALL) {
      section += digit * SMALL[ch]!;
      digit = 0;
    } else if (ch === "萬") {
      wan += (section + digit) * 1e4;
      section = digit = 0;
    } else if (ch === "億") {
      total += (wan + section + digit) * 1e8;
      wan = section = digit = 0;
    } else throw new Error(`unexpected ${ch}`);
  }
  return total + wan + section + digit;
}

describe("formatAmountUpper: 大寫金額, cheque style (rules-api.md; domain-facts.md)", () => {
  it.each([
    [0, "零元整"],
    [1, "壹元整"],
    [9, "玖元整"],
    [10, "壹拾元整"],
    [11, "壹拾壹元整"],
    [15, "壹拾伍元整"],
    [20, "貳拾元整"],
    [100, "壹佰元整"],
    [101, "壹佰零壹元整"],
    [110, "壹佰壹拾元整"],
    [1000, "壹仟元整"],
    [1001, "壹仟零壹元整"],
    [1010, "壹仟零壹拾元整"],
    [1100, "壹仟壹佰元整"],
    [10000, "壹萬元整"],
    [10005, "壹萬零伍元整"],
    [10100, "壹萬零壹佰元整"],
    [20000, "貳萬元整"],
    [30000, "參萬元整"],
    [100010, "壹拾萬零壹拾元整"],
    [105000, "壹拾萬零伍仟元整"],
    [500000, "伍拾萬元整"],
    [1001000, "壹佰萬零壹仟元整"],
    [1010000, "壹佰零壹萬元整"],
    [1200000, "壹佰貳拾萬元整"],
    [4000000, "肆佰萬元整"],
    [10000000, "壹仟萬元整"],
    [12345678, "壹仟貳佰參拾肆萬伍仟陸佰柒拾捌元整"],
    [100000000, "壹億元整"],
    [100000001, "壹億零壹元整"],
    [100010000, "壹億零壹萬元整"],
    [1000100000, "壹拾億零壹拾萬元整"],
    [1050000000, "壹拾億零伍仟萬元整"],
    [999999999999, "玖仟玖佰玖拾玖億玖仟玖佰玖拾玖萬玖仟玖佰玖拾玖元整"],
    [1000000000000, "壹萬億元整"],
  ])("%i → %s", (n, upper) => {
    expect(formatAmountUpper(n)).toBe(upper);
  });

  it.each([
    [-1, "negative"],
    [1.5, "not whole"],
    [Number.NaN, "NaN"],
    [Number.POSITIVE_INFINITY, "infinite"],
    [1e12 + 1, "above 10^12"],
  ])("throws RangeError for %s (%s)", (n) => {
    expect(() => formatAmountUpper(n)).toThrow(RangeError);
  });

  it("throws RangeError for a string", () => {
    expect(() => formatAmountUpper("100" as unknown as number)).toThrow(RangeError);
  });

  it("property: reads back to the same number, for every amount from 0 to 10^12", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e12 }), (n) => {
        expect(decode(formatAmountUpper(n))).toBe(n);
      }),
      { numRuns: 2000 },
    );
  });

  it("property: one 零 per gap, none leading or trailing, ten written 壹拾", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e12 }), (n) => {
        const upper = formatAmountUpper(n);
        expect(upper).toMatch(/^[壹貳參肆伍陸柒捌玖][零壹貳參肆伍陸柒捌玖拾佰仟萬億]*元整$/);
        expect(upper).not.toMatch(/零零|零元|零[萬億拾佰仟]/);
        const gaps = String(n).replace(/0+$/, "").match(/0+/g)?.length ?? 0;
        expect(upper.split("零").length - 1).toBe(gaps);
      }),
      { numRuns: 2000 },
    );
  });
});
