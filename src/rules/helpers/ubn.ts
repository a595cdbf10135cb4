// The Ministry of Finance check-digit rule, not a program rule: no seed clause applies (rules-api.md).
/** Weights of the 統一編號 (Unified Business Number) check, one per digit (rules-api.md). */
const WEIGHTS = [1, 2, 1, 2, 1, 2, 4, 1] as const;
/** Position of the digit whose weighted product 28 (7 × 4) may count as 10 or as 1. */
const SEVENTH = 6;

/**
 * The checksum of a 統一編號: each digit times its weight, the two digits of every
 * product added (28 → 2 + 8 = 10). Valid when the sum is divisible by 5 (the current
 * rule; the older "divisible by 10" numbers pass too), or, when the 7th digit is 7,
 * when the sum plus 1 is (its 10 may also be read as 1 + 0).
 *
 * Only exactly eight ASCII digits are accepted: a caller that allows spaces or
 * full-width digits normalises them first, so the check itself never guesses.
 */
export function validateUbn(ubn: string): boolean {
  if (typeof ubn !== "string" || !/^\d{8}$/.test(ubn)) return false;
  const digits = [...ubn].map(Number);
  const sum = digits.reduce((total, d, i) => {
    const product = d * WEIGHTS[i]!;
    return total + Math.floor(product / 10) + (product % 10);
  }, 0);
  return sum % 5 === 0 || (digits[SEVENTH] === 7 && (sum + 1) % 5 === 0);
}
