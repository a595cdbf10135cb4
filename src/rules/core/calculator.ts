import type * as z from "zod/mini";
import { todayInTaiwan } from "./dates.js";
import { toFieldErrors } from "./messages.js";
import type { Calculator, Cite, Computed, Dated, Edition, Outcome, Step, StepValue, Text, Warning } from "./types.js";

/**
 * The edition in force on `asOf`: the newest one that had begun by then. An edition with no
 * dates of its own (「自公告日起」) counts as begun; before the first one began, the first applies.
 */
export function editionOn<P>(editions: readonly Dated<P>[], asOf: string): Dated<P> {
  let chosen = editions[0]!;
  for (const dated of editions) if ((dated.edition.period?.from ?? "") <= asOf) chosen = dated;
  return chosen;
}

type Definition<S extends z.ZodMiniType, V, P> = Omit<Calculator<S, V, P>, "edition" | "editionInfo" | "compute"> & {
  compute(parsed: z.output<S>, params: P): Computed<V>;
};

/**
 * Declares a calculator over its editions: the compute reads every figure from the parameters it
 * is given, so a new edition is a new entry in `editions`, not a copy of the calculator.
 */
export function defineCalculator<S extends z.ZodMiniType, V, P>(def: Definition<S, V, P>): Calculator<S, V, P> {
  const newest = def.editions.at(-1)!.edition;
  return {
    ...def,
    edition: newest.id,
    editionInfo: newest,
    compute: (parsed, params = editionOn(def.editions, asOfOf(parsed)).params) => def.compute(parsed, params),
  };
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
export function runCalculator<S extends z.ZodMiniType, V, P>(calc: Calculator<S, V, P>, input: unknown): Outcome<V> {
  try {
    const parsed = calc.input.safeParse(input, { reportInput: true });
    if (!parsed.success) return { ok: false, errors: toFieldErrors(parsed.error) };
    const asOf = asOfOf(parsed.data);
    const { edition, params } = editionOn(calc.editions, asOf);
    const result: Computed<V> = calc.compute(parsed.data, params);
    if (hasNonFinite(result.value) || hasNonFinite(result.steps.map((s) => s.value))) {
      return { ok: false, errors: [{ path: "", message: UNEXPECTED }] };
    }
    return {
      ok: true,
      edition,
      value: result.value,
      steps: result.steps,
      warnings: [...editionWarnings(edition, asOf), ...result.warnings],
    };
  } catch {
    return { ok: false, errors: [{ path: "", message: UNEXPECTED }] };
  }
}
