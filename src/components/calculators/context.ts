import { createContext, use } from "react";
import type { ControlError } from "../../calculators/form-state.js";
import type { Words } from "../../calculators/strings.js";
import type { FormState } from "../../calculators/types.js";
import type { Lang } from "../../rules/core/types.js";

/** What every control needs from the island: the state, its errors, and how to change it. */
export interface FormContext {
  lang: Lang;
  /** The island's words in `lang`. */
  words: Words;
  idBase: string;
  state: FormState;
  /** Errors to show now (all after "Calculate", else only those of controls already left). */
  errors: ReadonlyMap<string, ControlError>;
  /** `commit` ends an edit (a click, a choice, leaving a field): the next edit is a new history entry. */
  set(changes: Record<string, string>, commit: boolean): void;
  replace(state: FormState, commit: boolean): void;
  touch(name: string): void;
}

export const Ctx = createContext<FormContext | null>(null);
/**
 * A list row's own context (List.tsx). React re-runs every reader of a context whose value
 * changed, even below a nearer provider of it: a row's controls read only this one, so a
 * keystroke in another row does not run them.
 */
export const RowCtx = createContext<FormContext | null>(null);

export function useForm(): FormContext {
  const ctx = use(RowCtx) ?? use(Ctx);
  if (!ctx) throw new Error("calculator controls must be inside a CalculatorIsland");
  return ctx;
}

/** Element id of a control ("purchases.0.amount" → "calc-tops-award-purchases-0-amount"). */
export function fieldId(idBase: string, name: string): string {
  return name ? `${idBase}-${name.replace(/[^A-Za-z0-9_-]/g, "-")}` : idBase;
}

/** Where answers too long for an address are kept in this browser's storage (?saved=<key>). */
export const keptName = (id: string, key: string): string => `calc-answers:${id}:${key}`;

/**
 * Keeps a calculator's answers in storage and gives their key, or null when storage refuses.
 * Only a list makes answers that long, so the list control's module sets it (kept.ts): a
 * calculator with no list does not load that code.
 */
export const longAnswers: { keep?: (id: string, query: string, key: string | null) => string | null } = {};
