/**
 * How values are written on the forms: ROC dates from toRocDate, amounts in NT$ or in
 * NT$ thousands (千元), 大寫 amounts from formatAmountUpper. Nothing here computes money;
 * it only writes down amounts the calculators or the applicant gave.
 */
import { formatAmountUpper } from "../rules/helpers/amount-upper.js";
import { toRocDate } from "../rules/helpers/roc-date.js";
import { fill, text, type Inline } from "./doc.js";

interface RocParts {
  year: string;
  month: string;
  day: string;
}

const ROC = /^中華民國(\d+)年(\d+)月(\d+)日$/;

/** The ROC year, month and day of an ISO date, as toRocDate writes them; null for no date. */
function rocParts(iso: string): RocParts | null {
  if (!iso) return null;
  try {
    const match = ROC.exec(toRocDate(iso));
    return match ? { year: match[1]!, month: match[2]!, day: match[3]! } : null;
  } catch {
    return null;
  }
}

/**
 * "中華民國113年9月19日" with each number on its line; an empty date prints as blank lines
 * ("中華民國＿＿年＿＿月＿＿日") for handwriting. `prefix` is what the form prints before the
 * year: "中華民國", "民國" or nothing.
 */
export function rocDate(iso: string, prefix: "中華民國" | "民國" | "" = "中華民國", em: { year: number; part: number } = { year: 3, part: 2 }): Inline[] {
  const parts = rocParts(iso);
  const head = prefix ? [text(prefix)] : [];
  if (!parts) return [...head, fill("", em.year), text("年"), fill("", em.part), text("月"), fill("", em.part), text("日")];
  return [...head, text(`${parts.year}年${parts.month}月${parts.day}日`)];
}

const wholeNumber = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });
const thousandsNumber = new Intl.NumberFormat("en-US", { maximumFractionDigits: 3 });

/** NT$ as the form writes it: "1,200,000"; nothing for no amount. */
export function ntd(amount: number | null | undefined): string {
  return amount === null || amount === undefined ? "" : wholeNumber.format(amount);
}

/**
 * An NT$ amount in thousands for a column headed 千元: 1,234,000 → "1,234"; a part of a
 * thousand is kept as decimals (1,234,567 → "1,234.567") so no dollar is lost to rounding.
 */
export function thousands(amount: number | null | undefined): string {
  return amount === null || amount === undefined ? "" : thousandsNumber.format(amount / 1000);
}

/**
 * "新臺幣壹佰貳拾萬元整（1,200,000元）": an amount in a sentence, in words and figures. An amount
 * the words cannot be written for (past MONEY_MAX; the calculators refuse such sums) is written in
 * figures only: a formatter that threw would take the whole page, and the saved draft, with it.
 */
export function ntdWords(amount: number): string {
  try {
    return `新臺幣${formatAmountUpper(amount)}（${ntd(amount)}元）`;
  } catch {
    return `新臺幣${ntd(amount)}元`;
  }
}

/** The total of a column of amounts; a blank amount adds nothing. */
export function sum(amounts: readonly (number | null)[]): number {
  return amounts.reduce<number>((total, n) => total + (n ?? 0), 0);
}
