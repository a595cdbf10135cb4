import { parseIsoDate } from "../core/dates.js";

// A writing convention, not a program rule: no seed clause applies; cited from domain-facts.md.
/** 民國元年 is 1912: the ROC year is the Gregorian year minus this offset. */
const ROC_OFFSET = 1911;

/**
 * "2024-09-19" → "中華民國113年9月19日", as dates are written on government forms
 * (domain-facts.md, "Dates and numerals on forms").
 *
 * The platform's ROC calendar (Intl "zh-TW-u-ca-roc") was checked on Node 22 and
 * gives "民國113/9/19" or, with long months, "民國113年9月19日": never the 中華民國
 * prefix forms use, and its digits could differ between ICU builds. The year
 * arithmetic is exact, so it is used; the tests check it against Intl's year.
 *
 * Throws RangeError for a malformed or non-existent date, and for dates before
 * 1912-01-01 (民國前), which no form in these programs needs.
 */
export function toRocDate(isoDate: string): string {
  const date = typeof isoDate === "string" ? parseIsoDate(isoDate) : null;
  if (!date) throw new RangeError(`toRocDate: "${String(isoDate)}" is not an existing YYYY-MM-DD date`);
  const year = date.y - ROC_OFFSET;
  if (year < 1) throw new RangeError(`toRocDate: ${isoDate} is before the Republic of China calendar (1912-01-01)`);
  return `中華民國${year}年${date.m}月${date.d}日`;
}
