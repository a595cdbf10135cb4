// Machinery shared by the calculators, not a program rule: no seed clause applies here.
/** Date arithmetic on ISO `YYYY-MM-DD` strings, in the calendar sense (no time zones). */

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** Parses an ISO date, or returns null when it is malformed or does not exist (2023-02-29). */
export function parseIsoDate(iso: string): Ymd | null {
  const match = ISO.exec(iso);
  if (!match) return null;
  const y = Number(match[1]);
  const m = Number(match[2]);
  const d = Number(match[3]);
  if (y < 1 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
  return { y, m, d };
}

export function isIsoDate(iso: string): boolean {
  return parseIsoDate(iso) !== null;
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, "0");
}

export function formatIsoDate({ y, m, d }: Ymd): string {
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

/**
 * The N-th anniversary of a date; an anniversary of 29 February falls on
 * 28 February in common years (rules-api.md, "Under N years since establishment").
 */
export function anniversary(iso: string, years: number): string {
  const date = parseIsoDate(iso);
  if (!date) throw new RangeError(`not an ISO date: ${iso}`);
  const y = date.y + years;
  return formatIsoDate({ y, m: date.m, d: Math.min(date.d, daysInMonth(y, date.m)) });
}

/** True when `asOf` is before the `years`-th anniversary of `since`. */
export function isUnderYears(since: string, asOf: string, years: number): boolean {
  return asOf < anniversary(since, years);
}

/** Inclusive range test; ISO dates compare correctly as strings. */
export function isWithin(iso: string, from: string, to: string): boolean {
  return iso >= from && iso <= to;
}

const taiwanDay = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Taipei", year: "numeric", month: "2-digit", day: "2-digit" });

/** Today's date in Taiwan (UTC+8), where the programs run. */
export function todayInTaiwan(now: Date = new Date()): string {
  return taiwanDay.format(now);
}
