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

function formatIsoDate({ y, m, d }: Ymd): string {
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

/** The day `days` calendar days after (or, negative, before) an ISO date. */
export function addDays(iso: string, days: number): string {
  const date = parseIsoDate(iso);
  if (!date) throw new RangeError(`not an ISO date: ${iso}`);
  const t = new Date(Date.UTC(date.y, date.m - 1, date.d + days));
  return formatIsoDate({ y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() });
}

/**
 * Last day of a period of `months` months whose first counted day is `firstDay`
 * (民法 第121條第2項): the day before the corresponding day `months` months on, or
 * that month's last day when it has no corresponding day (a period from 31 January
 * ends on the last day of February).
 */
export function monthsPeriodEnd(firstDay: string, months: number): string {
  const date = parseIsoDate(firstDay);
  if (!date) throw new RangeError(`not an ISO date: ${firstDay}`);
  const index = date.y * 12 + (date.m - 1) + months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  if (date.d > daysInMonth(y, m)) return formatIsoDate({ y, m, d: daysInMonth(y, m) });
  return addDays(formatIsoDate({ y, m, d: date.d }), -1);
}

/**
 * Last day of "within N months of" an event (民法 第120條第2項: the event's day is
 * not counted, so the period starts the day after).
 */
export function monthsAfter(eventDay: string, months: number): string {
  return monthsPeriodEnd(addDays(eventDay, 1), months);
}

/** Last day of "within N days after" an event: the event's day is not counted (民法 第120條第2項). */
export function daysAfter(eventDay: string, days: number): string {
  return addDays(eventDay, days);
}

/** The earlier of two ISO dates. */
export function earlier(a: string, b: string): string {
  return a <= b ? a : b;
}
