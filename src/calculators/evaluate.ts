/**
 * Runs one calculator on a form state. "I don't know" answers are tried with
 * each of their candidate values: when every try gives the same value the
 * answer did not matter, otherwise the result depends on it and each case is
 * shown.
 */
import { runCalculator } from "../rules/core/calculator.js";
import type { Calculator, Computed } from "../rules/core/types.js";
import { buildInput, controlNameOf, type ControlError, withValue } from "./form-state.js";
import type { FormState, FieldSpec } from "./types.js";

type Success = { ok: true } & Computed<Record<string, unknown>>;

export interface Case {
  /** The value tried for each "I don't know" control, by control name. */
  answers: Readonly<Record<string, unknown>>;
  outcome: Success;
}

export type Evaluation =
  | { status: "invalid"; errors: ControlError[] }
  | { status: "ok"; outcome: Success; assumed: Case["answers"] }
  | { status: "depends"; cases: Case[] };

/** More tries than this and the answer is not worth computing: ask for the facts instead. */
const MAX_CASES = 64;

export function evaluate(calc: Calculator, fields: readonly FieldSpec[], state: FormState): Evaluation {
  const built = buildInput(fields, state);
  const first = runCalculator(calc, built.input);
  const schemaErrors = first.ok
    ? []
    : first.errors
        .map((e) => ({ name: controlNameOf(e.path, built.rows), message: e.message }))
        // An unreadable amount is left out of the input, so the schema would only add "required".
        .filter((e) => !built.errors.some((p) => p.name === e.name));
  const errors = [...built.errors, ...schemaErrors];
  if (errors.length) return { status: "invalid", errors };
  const outcome = first as Success;
  if (!built.unknowns.length) return { status: "ok", outcome, assumed: {} };

  const total = built.unknowns.reduce((n, u) => n * u.candidates.length, 1);
  if (total > MAX_CASES) {
    return {
      status: "invalid",
      errors: built.unknowns.map((u) => ({
        name: u.name,
        message: { "zh-TW": "「不確定」的項目太多，請先查明其中幾項", en: "Too many answers are \"I don't know\": find out some of them first" },
      })),
    };
  }

  const cases: Case[] = [];
  for (let n = 0; n < total; n += 1) {
    let input = built.input;
    const answers: Record<string, unknown> = {};
    let rest = n;
    for (const u of built.unknowns) {
      const value = u.candidates[rest % u.candidates.length];
      rest = Math.floor(rest / u.candidates.length);
      input = withValue(input, u.path, value);
      answers[u.name] = value;
    }
    const result = runCalculator(calc, input);
    if (!result.ok) {
      return { status: "invalid", errors: result.errors.map((e) => ({ name: controlNameOf(e.path, built.rows), message: e.message })) };
    }
    cases.push({ answers, outcome: result as Success });
  }
  const same = cases.every((c) => JSON.stringify(c.outcome.value) === JSON.stringify(cases[0]!.outcome.value));
  return same ? { status: "ok", outcome: cases[0]!.outcome, assumed: cases[0]!.answers } : { status: "depends", cases };
}
