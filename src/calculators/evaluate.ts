/**
 * Runs one calculator on a form state. "I don't know" answers are tried with
 * each of their candidate values: when every try gives the same value the
 * answer did not matter, otherwise the result depends on it and each case is
 * shown.
 */
import { runCalculator } from "../rules/core/calculator.js";
import type { Calculator, Outcome } from "../rules/core/types.js";
import { buildInput, controlLabels, controlNameOf, type ControlError, hasAnswers, isShown, joinName, withValue } from "./form-state.js";
import type { FormState, FieldSpec } from "./types.js";

type Success = Extract<Outcome, { ok: true }>;

export interface Case {
  /** The value tried for each "I don't know" control, by control name. */
  answers: Readonly<Record<string, unknown>>;
  /** When one control alone decides: each of its values that gives this same result, in order. */
  alike?: readonly unknown[];
  outcome: Success;
}

export type Evaluation =
  | { status: "invalid"; errors: ControlError[] }
  | { status: "ok"; outcome: Success; assumed: Case["answers"] }
  | { status: "depends"; cases: Case[] };

/** More tries than this and the answer is not worth computing: ask for the facts instead. */
const MAX_CASES = 64;

const NO_ROWS = { "zh-TW": "請至少填寫一列", en: "Fill in at least one row" };

/**
 * The lists that must have a row, as errors. A calculator takes an empty list (no
 * purchases: NT$0), so an untouched form of one would be "valid"; but nothing answered
 * is no answer, and Calculate must then say what to fill in, not show nothing.
 */
function emptyLists(fields: readonly FieldSpec[], state: FormState, prefix = ""): ControlError[] {
  return fields.flatMap((field) => {
    if (field.optional || !isShown(field, state)) return [];
    const name = joinName(prefix, field.key);
    if (field.kind === "list") return [{ name, message: NO_ROWS }];
    return field.kind === "group" ? emptyLists(field.fields, state, name) : [];
  });
}

/**
 * One message per control, the first (a format before a range): the reader fixes one
 * thing at a time. In form order, as the error summary lists them: unreadable text is
 * found before the schema runs, so it would otherwise come first wherever it is asked.
 */
function onePerControlInFormOrder(errors: readonly ControlError[], fields: readonly FieldSpec[], state: FormState): ControlError[] {
  const seen = new Set<string>();
  const kept = errors.filter((e) => {
    // The form as a whole ("") is no control: each of its messages says something different.
    if (e.name === "") return true;
    if (seen.has(e.name)) return false;
    seen.add(e.name);
    return true;
  });
  const order = new Map([...controlLabels(fields, state).keys()].map((name, i) => [name, i]));
  const place = (name: string) => order.get(name) ?? order.size;
  return kept.sort((a, b) => place(a.name) - place(b.name));
}

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
  if (errors.length) return { status: "invalid", errors: onePerControlInFormOrder(errors, fields, state) };
  const missing = hasAnswers(state) ? [] : emptyLists(fields, state);
  if (missing.length) return { status: "invalid", errors: missing };
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
      return { status: "invalid", errors: onePerControlInFormOrder(result.errors.map((e) => ({ name: controlNameOf(e.path, built.rows), message: e.message })), fields, state) };
    }
    cases.push({ answers, outcome: result as Success });
  }
  const same = cases.every((c) => resultKey(c) === resultKey(cases[0]!));
  return same ? { status: "ok", outcome: cases[0]!.outcome, assumed: cases[0]!.answers } : { status: "depends", cases: thatDiffer(cases) };
}

const resultKey = (c: Case) => JSON.stringify(c.outcome.value);

/**
 * The cases, told only by the "I don't know" answers that change the result. An answer matters
 * when two cases that differ in it alone give different values; one that never does can be
 * dropped from every case (flipping it keeps the value whatever the other answers are), and the
 * cases that are then alike are one.
 */
function thatDiffer(cases: readonly Case[]): Case[] {
  const others = (c: Case, name: string) => JSON.stringify(Object.entries(c.answers).filter(([n]) => n !== name));
  const matter = Object.keys(cases[0]!.answers).filter((name) => {
    const seen = new Map<string, string>();
    return cases.some((c) => {
      const key = others(c, name);
      if (seen.has(key) && seen.get(key) !== resultKey(c)) return true;
      seen.set(key, resultKey(c));
      return false;
    });
  });
  const told = new Map<string, Case>();
  for (const c of cases) {
    const answers = Object.fromEntries(matter.map((name) => [name, c.answers[name]]));
    const key = JSON.stringify(answers);
    if (!told.has(key)) told.set(key, { answers, outcome: c.outcome });
  }
  if (matter.length !== 1) return [...told.values()];
  // One answer decides: its values with the same result are one case ("tier 2, 3, 4 or 5").
  const name = matter[0]!;
  const byValue = new Map<string, Case & { alike: unknown[] }>();
  for (const c of told.values()) {
    const same = byValue.get(resultKey(c));
    if (same) same.alike.push(c.answers[name]);
    else byValue.set(resultKey(c), { ...c, alike: [c.answers[name]] });
  }
  return [...byValue.values()];
}
