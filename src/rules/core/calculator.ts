import type * as z from "zod/mini";
import { todayInTaiwan } from "./dates.js";
import { toFieldErrors } from "./messages.js";
import type { Calculator, Cite, Computed, Edition, Outcome, Step, StepValue, Text, Warning } from "./types.js";

/** Declares a calculator; the identity function gives type inference for `compute`. */
export function defineCalculator<S extends z.ZodMiniType, V>(calc: Calculator<S, V>): Calculator<S, V> {
  return calc;
}

export function step(id: string, label: Text, value: StepValue, cite: Cite, detail?: Text, shown?: Text): Step {
  return { id, label, value, cite, detail, shown };
}

export function warning(id: string, message: Text, ...cites: Cite[]): Warning {
  return { id, message, cites };
}

/** The reference date of an input: its `asOf` when given, else today in Taiwan. */
export function asOfOf(parsed: unknown): string {
  const asOf = (parsed as { asOf?: unknown } | null)?.asOf;
  return typeof asOf === "string" ? asOf : todayInTaiwan();
}

/** Every edition in the seeds has ended; say so whenever `asOf` is past its period. */
function editionWarnings(edition: Edition, asOf: string): Warning[] {
  // An edition with no end date of its own cannot be said to have ended. The period itself is in
  // the result's edition note; the warning names only the day it ended.
  if (!edition.period || asOf <= edition.period.to) return [];
  return [
    warning(
      "edition-ended",
      {
        "zh-TW": `本計算依據「${edition.title["zh-TW"]}」，該版本已於 ${edition.period.to} 結束；結果僅供歷史參考，申請前請查閱主管機關最新公告。`,
        en: `This result applies "${edition.title.en}", an edition that ended on ${edition.period.to}. It is historical: check the agency's current notice before applying.`,
      },
      edition.cite,
    ),
  ];
}

function hasNonFinite(value: unknown): boolean {
  if (typeof value === "number") return !Number.isFinite(value);
  if (Array.isArray(value)) return value.some(hasNonFinite);
  if (value && typeof value === "object") return Object.values(value).some(hasNonFinite);
  return false;
}

const UNEXPECTED: Text = {
  "zh-TW": "無法計算這組輸入，請檢查各欄位",
  en: "These answers could not be worked out; please check each field",
};

/** Parses then computes; never throws and never returns NaN or Infinity. */
export function runCalculator<S extends z.ZodMiniType, V>(calc: Calculator<S, V>, input: unknown): Outcome<V> {
  try {
    const parsed = calc.input.safeParse(input, { reportInput: true });
    if (!parsed.success) return { ok: false, errors: toFieldErrors(parsed.error) };
    const result: Computed<V> = calc.compute(parsed.data);
    if (hasNonFinite(result.value) || hasNonFinite(result.steps.map((s) => s.value))) {
      return { ok: false, errors: [{ path: "", message: UNEXPECTED }] };
    }
    return {
      ok: true,
      value: result.value,
      steps: result.steps,
      warnings: [...editionWarnings(calc.editionInfo, asOfOf(parsed.data)), ...result.warnings],
    };
  } catch {
    return { ok: false, errors: [{ path: "", message: UNEXPECTED }] };
  }
}
