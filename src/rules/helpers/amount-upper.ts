import { MONEY_MAX } from "../core/schema.js";

// A writing convention, not a program rule: no seed clause applies; cited from domain-facts.md.
const DIGITS = ["零", "壹", "貳", "參", "肆", "伍", "陸", "柒", "捌", "玖"] as const;
/** Units inside a group of four digits. */
const SMALL = ["", "拾", "佰", "仟"] as const;
const ZERO = "零";
const WAN = "萬";
const YI = "億";
const TEN_THOUSAND = 10_000;

/**
 * 大寫金額 for whole NT dollars, cheque style (domain-facts.md): 1200000 → "壹佰貳拾萬元整",
 * 10005 → "壹萬零伍元整", 10 → "壹拾元整", 0 → "零元整".
 *
 * Every run of zero digits between two non-zero digits is written as one 零, also where
 * the run ends at 萬 or 億 (1001000 → "壹佰萬零壹仟"): the accounting convention allows
 * the 零 to be written or left out there, and writing it always leaves no gap to fill in.
 * Trailing zeros are not written. Above 萬 groups, 億 is counted in 萬, so the largest
 * input, 10^12, is "壹萬億元整".
 *
 * Throws RangeError unless `ntd` is an integer from 0 to 10^12 (rules-api.md money range):
 * rounding someone's money silently would print a different amount.
 */
export function formatAmountUpper(ntd: number): string {
  if (typeof ntd !== "number" || !Number.isInteger(ntd) || ntd < 0 || ntd > MONEY_MAX) {
    throw new RangeError(`formatAmountUpper: ${String(ntd)} is not a whole number of NT dollars from 0 to ${MONEY_MAX}`);
  }
  return `${ntd === 0 ? ZERO : numeral(ntd)}元整`;
}

/** The numeral of a positive integer below 10^16 (億 groups of 萬 groups of four digits). */
function numeral(n: number): string {
  const digits = String(n);
  let out = "";
  let zeroPending = false;
  for (let i = 0; i < digits.length; i += 1) {
    const place = digits.length - 1 - i;
    const d = Number(digits[i]);
    if (d === 0) {
      zeroPending = out !== "";
    } else {
      out += (zeroPending ? ZERO : "") + DIGITS[d] + SMALL[place % 4];
      zeroPending = false;
    }
    // A group marker closes a group of four digits that holds a non-zero digit.
    if (place % 4 === 0 && place > 0) out += groupMarker(n, place);
  }
  return out;
}

/**
 * At 10^8 always 億 (a number that reaches this place has digits above it); at 10^4 and
 * 10^12, 萬 when the four digits it closes are not all zeros.
 */
function groupMarker(n: number, place: number): string {
  if (place % 8 === 0) return YI;
  return Math.floor(n / 10 ** place) % TEN_THOUSAND > 0 ? WAN : "";
}
