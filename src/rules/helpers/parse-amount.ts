import { num, text } from "../core/format.js";
import { MONEY_MAX } from "../core/schema.js";
import type { Text } from "../core/types.js";

// Input reading for the UI, not a program rule: no seed clause applies (rules-api.md asks for it).
export type ParsedAmount = { ok: true; value: number } | { ok: false; error: Text };

const ERRORS = {
  empty: text("請輸入金額", "Enter an amount"),
  letters: text("金額不可包含英文字母（「NT$」「NTD」前綴除外）", "An amount cannot contain letters (apart from an NT$ or NTD prefix)"),
  negative: text("金額不可為負數", "An amount cannot be negative"),
  fraction: text("金額須為整數元（不可有角、分）", "Enter whole NT dollars (no cents)"),
  tooLarge: text(`金額不得超過 ${num(MONEY_MAX)} 元`, `An amount cannot be more than NT$${num(MONEY_MAX)}`),
  separators: text("千分位逗號應每三位一組，例如 1,200,000", "Thousands separators must group three digits, as in 1,200,000"),
  spaces: text(
    // No-break spaces keep the example on one line on a phone.
    "以空格分隔的數字應每三位一組，例如 1\u00a0200\u00a0000；兩筆金額請分開填寫",
    "Digits separated by spaces must come in groups of three, as in 1\u00a0200\u00a0000; enter two amounts separately",
  ),
  order: text("單位應由大到小，且每段不可超過上一個單位，例如 1億2000萬", "Units must go from largest to smallest, each part below the unit before it, as in 1億2000萬"),
  ambiguous: text(
    "單位後的數字不明確（例如「1萬5」可能是 15,000 或 10,005），請寫成 15,000 或 1萬5000",
    "The number after a unit is ambiguous (1萬5 could be 15,000 or 10,005); write 15,000 or 1萬5000",
  ),
  unreadable: text("無法辨識此金額，請寫成例如 1,200,000 或 120萬", "This amount cannot be read; write it as, for example, 1,200,000 or 120萬"),
} as const satisfies Record<string, Text>;

const fail = (error: Text): ParsedAmount => ({ ok: false, error });

/** Powers of ten of the units people write after a number, alone or combined (千萬 = 10^7). */
const UNIT_EXPONENTS: Record<string, number> = { 百: 2, 佰: 2, 千: 3, 仟: 3, 萬: 4, 万: 4, 億: 8, 亿: 8 };

const PREFIX = /^(?:NT\$|NTD|NT|\$|新臺幣|新台幣)/i;
const SUFFIX = /(?:元整|元)$/;
const SIGN = /^[-−]/;
/** 萬億 (10^12) is how 億 counts past 9999: the largest amount allowed is 1萬億. */
const TERM = /(\d[\d,]*)(?:\.(\d+))?([百佰千仟])?([萬万]?[億亿]|[萬万])?/y;
const GROUPED = /^(?:\d{1,3}(?:,\d{3})+|\d+)$/;
/** Digits with spaces between them, which are thousands separators only in groups of three. */
const SPACED_DIGITS = /\d+(?:\s+\d+)+/g;
const SPACE_GROUPED = /^\d{1,3}(?:\s+\d{3})+$/;

/** Full-width ASCII (０-９, ，, ＄, Ｎ…) to its half-width form; nothing else is touched. */
function toHalfWidth(s: string): string {
  return s.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

interface Term {
  digits: string;
  fraction: string;
  exponent: number;
}

function readTerms(s: string): Term[] | null {
  const terms: Term[] = [];
  TERM.lastIndex = 0;
  while (TERM.lastIndex < s.length) {
    const match = TERM.exec(s);
    if (!match) return null;
    const [, digits = "", fraction = "", small, big] = match;
    terms.push({
      digits,
      fraction,
      exponent: [...(small ?? ""), ...(big ?? "")].reduce((e, unit) => e + UNIT_EXPONENTS[unit]!, 0),
    });
  }
  return terms;
}

/** An exact whole number of dollars for one term, or null when it has cents. */
function termValue({ digits, fraction, exponent }: Term): bigint | null {
  const mantissa = BigInt(digits.replaceAll(",", "") + fraction);
  const shift = exponent - fraction.length;
  if (shift >= 0) return mantissa * 10n ** BigInt(shift);
  const divisor = 10n ** BigInt(-shift);
  return mantissa % divisor === 0n ? mantissa / divisor : null;
}

/**
 * Reads an NT$ amount as people type it: "1,200,000", "１２０萬", "NT$ 1.5億", "新臺幣3千元",
 * "1億2000萬", "1萬億". Accepts half- and full-width digits, thousands separators (, and ，) in
 * groups of three, spaces (between digits only as groups of three: "1 200 000"), an NT$ / NTD / 新臺幣 / 新台幣 prefix, a trailing 元
 * or 元整, and the units 百 千 萬 億 (also 佰 仟 万 亿), largest first. Decimals are
 * accepted only in the last part and only where the unit makes a whole number.
 *
 * A bare number after a unit must fill the places left (1萬5000, 1萬0500): "1萬5"
 * is read as 15,000 by some and 10,005 by others, so it is refused rather than guessed.
 */
export function parseAmount(input: string): ParsedAmount {
  if (typeof input !== "string") return fail(ERRORS.unreadable);
  const half = toHalfWidth(input);
  // "1000 2000" is two amounts, not 10,002,000.
  if ((half.match(SPACED_DIGITS) ?? []).some((digits) => !SPACE_GROUPED.test(digits))) return fail(ERRORS.spaces);
  let s = half.replace(/\s+/g, "");
  if (s === "") return fail(ERRORS.empty);

  let negative = SIGN.test(s);
  s = s.replace(SIGN, "").replace(PREFIX, "");
  negative ||= SIGN.test(s);
  s = s.replace(SIGN, "").replace(SUFFIX, "");
  if (s === "") return fail(ERRORS.empty);
  if (/[a-z]/i.test(s)) return fail(ERRORS.letters);

  const terms = readTerms(s);
  if (!terms) return fail(ERRORS.unreadable);

  let total = 0n;
  let previous: number | null = null;
  for (const [i, term] of terms.entries()) {
    if (!GROUPED.test(term.digits)) return fail(ERRORS.separators);
    const last = i === terms.length - 1;
    if (term.fraction && !last) return fail(ERRORS.unreadable);
    if (previous !== null) {
      if (term.exponent >= previous) return fail(ERRORS.order);
      if (term.exponent === 0 && term.digits.replaceAll(",", "").length !== previous) return fail(ERRORS.ambiguous);
    }
    const value = termValue(term);
    if (value === null) return fail(ERRORS.fraction);
    if (previous !== null && value >= 10n ** BigInt(previous)) return fail(ERRORS.order);
    total += value;
    previous = term.exponent;
  }

  if (negative) return fail(ERRORS.negative);
  if (total > BigInt(MONEY_MAX)) return fail(ERRORS.tooLarge);
  return { ok: true, value: Number(total) };
}
