/**
 * A form opened from a calculator's result (registry.ts `filledFrom`): the calculator's
 * answers arrive in the address, are read as this form's own controls and computed with the
 * form's rules before anything is filled, and never replace a saved value unannounced.
 */
import { evaluateForm, eachField } from "./values.js";
import { emptyProfile } from "./profile.js";
import type { Answers, FieldSpec, FormDefinition, Issue } from "./types.js";

/** What the form page is told of its `filledFrom` (the page renders it as data attributes). */
export interface PrefillSource {
  from: string;
  /** The calculator's questions the form asks under the same name. */
  keys: readonly string[];
  /**
   * A calculator's choice the form asks in its own terms: the calculator's key → the form's key
   * and each of the calculator's values as the form's ("force-majeure" → 不可抗力因素「有」).
   */
  choices?: Readonly<Record<string, { to: string; values: Readonly<Record<string, string>> }>>;
  /** A calculator's list the form asks as the rows it has: the calculator's key → the rows' key and column. */
  lists?: Readonly<Record<string, { to: string; column: string }>>;
}

export const FROM = "from";

export type Incoming =
  /** The answers to fill and the saved values they replace (control name → value before). */
  | { ok: true; answers: Answers; replaced: Readonly<Record<string, string>> }
  /** The calculator's answers, as this form reads them, are refused: nothing is filled. */
  | { ok: false; issues: Issue[] };

/**
 * The calculator's answers in `search` (?from=<calculator>&<its query>), checked by the form:
 * null when the address holds none for this form. A choice the form does not offer (the
 * calculator's "I don't know") is left out, to be answered on the form.
 */
export function readIncoming(def: FormDefinition<unknown>, source: PrefillSource, search: string, draft: Answers): Incoming | null {
  const query = new URLSearchParams(search);
  if (query.get(FROM) !== source.from) return null;
  const answers: Record<string, string> = {};
  for (const [key, { to, values }] of Object.entries(source.choices ?? {})) {
    const value = values[query.get(key) ?? ""];
    if (value !== undefined) answers[to] = value;
  }
  // Which questions the form shows depends on the choices just read (showIf).
  const fields = new Map<string, FieldSpec>();
  eachField(def.sections, { ...Object.fromEntries(query), ...answers }, (field, name) => fields.set(name, field));
  for (const key of source.keys) {
    const value = query.get(key)?.trim();
    const field = fields.get(key);
    if (!value || !field || (field.kind === "choice" && !field.options.some((o) => o.value === value))) continue;
    answers[key] = value;
  }
  const overflow: Issue[] = [];
  for (const [key, { to, column }] of Object.entries(source.lists ?? {})) {
    const item = new RegExp(`^${key}\\.\\d+$`);
    const row = new RegExp(`^${to}\\.\\d+\\.${column}$`);
    const items = [...query].filter(([name, value]) => item.test(name) && value.trim() !== "").map(([, value]) => value.trim());
    const room = [...fields.keys()].filter((name) => row.test(name)).length;
    // The official layout's rows are all there is: a list longer than them is not cut short silently.
    if (items.length > room) {
      const label = def.sections.flatMap((section) => section.fields).find((f) => f.key === to)?.label ?? { "zh-TW": to, en: to };
      overflow.push({
        key: to,
        message: {
          "zh-TW": `表單的「${label["zh-TW"]}」只有 ${room} 列，試算有 ${items.length} 筆`,
          en: `The form has ${room} rows for “${label.en}” and the calculator ${items.length} entries`,
        },
      });
    } else {
      for (const [i, value] of items.entries()) answers[`${to}.${i}.${column}`] = value;
    }
  }
  if (overflow.length) return { ok: false, issues: overflow };
  if (Object.keys(answers).length === 0) return null;
  // The form computes these answers on their own, so a refusal names the calculator's questions only.
  const issues = evaluateForm(def, answers, emptyProfile).issues.filter((i) => i.key in answers);
  if (issues.length) return { ok: false, issues };
  const replaced = Object.fromEntries(Object.entries(answers).flatMap(([k, v]) => (draft[k] !== undefined && draft[k] !== v ? [[k, draft[k]]] : [])));
  return { ok: true, answers, replaced };
}
