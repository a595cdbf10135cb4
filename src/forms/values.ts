/**
 * From a draft and the profile to typed values and field problems. A field linked to the
 * profile shows the profile's value until the applicant types something else into it on
 * this form; that override is kept with the form's draft only.
 */
import { isIsoDate } from "../rules/core/dates.js";
import { parseAmount } from "../rules/helpers/parse-amount.js";
import { checkHasWords, checkText, tooLong } from "./checks.js";
import type { Profile } from "./profile.js";
import type { FormDocument } from "./doc.js";
import type { Answers, Computation, FieldSpec, FormDefinition, Issue, Section, Values } from "./types.js";

export const joinKey = (...parts: (string | number)[]): string => parts.join(".");

/** Name of the draft entry holding how many rows a row list has. */
export const rowsKey = (key: string): string => `${key}.rows`;

/** Every field of the form with its control name, row lists expanded. */
export function eachField(sections: readonly Section[], answers: Answers, visit: (field: FieldSpec, name: string) => void): void {
  const walk = (fields: readonly FieldSpec[], prefix: string) => {
    for (const field of fields) {
      if (field.showIf && !field.showIf(answers)) continue;
      const name = prefix ? joinKey(prefix, field.key) : field.key;
      if (field.kind === "rows") {
        const count = rowCount(field, answers, name);
        for (let i = 0; i < count; i += 1) walk(field.columns, joinKey(name, i));
      } else {
        visit(field, name);
      }
    }
  };
  for (const section of sections) walk(section.fields, "");
}

export function rowCount(field: Extract<FieldSpec, { kind: "rows" }>, answers: Answers, name: string): number {
  if (field.fixed) return field.fixed;
  const stored = Number(answers[rowsKey(name)] ?? "1");
  return Math.min(field.max ?? 50, Math.max(1, Number.isInteger(stored) ? stored : 1));
}

/** The draft with profile values filled in where the form has no value of its own. */
export function effectiveAnswers(sections: readonly Section[], answers: Answers, profile: Profile): Answers {
  const out: Record<string, string> = { ...answers };
  eachField(sections, answers, (field, name) => {
    if (field.profile && out[name] === undefined) out[name] = profile[field.profile];
  });
  return out;
}

/** Normalises typed text: Windows line breaks, tabs and stray control characters. */
export function cleanText(value: string): string {
  return value
    .replace(/\r\n?/g, "\n")
    .replace(/\t/g, " ")
    // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, "");
}

export function readValues(def: Pick<FormDefinition, "sections">, answers: Answers): Values {
  const rowFields = new Map<string, Extract<FieldSpec, { kind: "rows" }>>();
  for (const section of def.sections) for (const f of section.fields) if (f.kind === "rows") rowFields.set(f.key, f);
  return {
    text: (key) => cleanText(answers[key] ?? "").trim(),
    amount: (key) => {
      const raw = (answers[key] ?? "").trim();
      if (raw === "") return null;
      const parsed = parseAmount(raw);
      return parsed.ok ? parsed.value : null;
    },
    integer: (key) => {
      const raw = (answers[key] ?? "").normalize("NFKC").trim();
      return /^\d{1,9}$/.test(raw) ? Number(raw) : null;
    },
    date: (key) => {
      const raw = (answers[key] ?? "").trim();
      return isIsoDate(raw) && raw >= "1912-01-01" ? raw : "";
    },
    checked: (key) => answers[key] === "true",
    rows: (key) => {
      const field = rowFields.get(key);
      return field ? rowCount(field, answers, key) : 0;
    },
  };
}

const MESSAGES = {
  date: { "zh-TW": "日期不存在，請重新選擇", en: "This date does not exist; choose it again" },
  early: { "zh-TW": "日期不可早於民國元年（1912年）", en: "The date cannot be before 1912 (ROC year 1)" },
  integer: (min: number, max: number) => ({
    "zh-TW": `請輸入 ${min} 到 ${max} 的整數`,
    en: `Enter a whole number from ${min} to ${max}`,
  }),
} as const;

/** Problems of each field taken alone; blank is never a problem (handwriting). */
export function fieldIssues(sections: readonly Section[], answers: Answers): Issue[] {
  const issues: Issue[] = [];
  eachField(sections, answers, (field, name) => {
    const raw = answers[name] ?? "";
    if (raw.trim() === "") return;
    switch (field.kind) {
      case "text":
      case "textarea": {
        const value = cleanText(raw).trim();
        if (field.max && [...value].length > field.max) issues.push({ key: name, message: tooLong(field.max) });
        if (field.kind === "text") {
          const problem = checkHasWords(value) ?? checkText(field.check, value);
          if (problem) issues.push({ key: name, message: problem });
        }
        break;
      }
      case "amount": {
        const parsed = parseAmount(raw);
        if (!parsed.ok) issues.push({ key: name, message: parsed.error });
        break;
      }
      case "integer": {
        const s = raw.normalize("NFKC").trim();
        const n = /^\d{1,9}$/.test(s) ? Number(s) : NaN;
        if (!(n >= field.min && n <= field.max)) issues.push({ key: name, message: MESSAGES.integer(field.min, field.max) });
        break;
      }
      case "date":
        if (!isIsoDate(raw.trim())) issues.push({ key: name, message: MESSAGES.date });
        else if (raw.trim() < "1912-01-01") issues.push({ key: name, message: MESSAGES.early });
        break;
      default:
        break;
    }
  });
  return issues;
}

export interface Evaluated<C> {
  /** The draft with profile values filled in. */
  effective: Answers;
  values: Values;
  computation: Computation<C> | null;
  /** Every problem: single fields, fields together, and what the calculators refused. */
  issues: Issue[];
  doc: FormDocument;
}

/** A form from its draft and the profile to the document it prints: what the page shows and the tests check. */
export function evaluateForm<C>(def: FormDefinition<C>, answers: Answers, profile: Profile): Evaluated<C> {
  const effective = effectiveAnswers(def.sections, answers, profile);
  const values = readValues(def, effective);
  const computation = def.compute?.(values) ?? null;
  const issues = dedupe([...fieldIssues(def.sections, effective), ...(def.check?.(values) ?? []), ...(computation?.issues ?? [])]);
  return { effective, values, computation, issues, doc: def.build(values, computation?.data ?? null) };
}

function dedupe(issues: Issue[]): Issue[] {
  const seen = new Set<string>();
  return issues.filter((i) => {
    const key = `${i.key}\u0000${i.message.en}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
