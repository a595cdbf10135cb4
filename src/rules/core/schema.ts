// Machinery shared by the calculators, not a program rule: no seed clause applies here.
import "./zod-config.js";
import * as z from "zod/mini";
import { isIsoDate } from "./dates.js";
import type { TextParams } from "./messages.js";
import type { Text } from "./types.js";

/** rules-api.md: money inputs are NT$ numbers ≥ 0 and ≤ 10^12. */
export const MONEY_MAX = 1e12;

const invalid = (text: Text): { params: TextParams } => ({ params: { text } });

/** Whole NT dollars, 0 to 10^12. */
export const money = () => z.number().check(z.int(), z.minimum(0), z.maximum(MONEY_MAX));

/** A whole count between min and max. */
export const count = (min = 0, max = Number.MAX_SAFE_INTEGER) => z.number().check(z.int(), z.minimum(min), z.maximum(max));

/** An ISO date that exists in the calendar. */
export const isoDate = () =>
  z.string().check(
    // A malformed date is only malformed: without abort, "abc" would also be called a date that does not exist.
    z.regex(/^\d{4}-\d{2}-\d{2}$/, { abort: true }),
    z.refine(isIsoDate, invalid({ "zh-TW": "此日期不存在", en: "This date does not exist" })),
  );

/** Reference date for anything that depends on "today"; `run` supplies today when absent. */
export const asOfField = () => z.optional(isoDate());

export const yesNo = () => z.boolean();
