/**
 * What a form generator is made of: the questions it asks (field specs), what it
 * computes with the calculators of src/rules, and how it turns the answers into its
 * document model (doc.ts). The page (src/components/forms) only renders these.
 */
import type { Text } from "../rules/core/types.js";
import type { FormDocument } from "./doc.js";
import type { ProfileKey } from "./profile.js";
import type { TextCheck } from "./checks.js";
import type { Answers, FormId } from "./ids.js";

export type { Answers, FormId } from "./ids.js";

interface Option {
  value: string;
  label: Text;
}

interface FieldBase {
  /** Control name; inside a row list, the column's key. */
  key: string;
  label: Text;
  hint?: Text;
  /** Taken from this profile field until it is changed on this form. */
  profile?: ProfileKey;
  /** Asked only when this holds (the calculators' discriminated inputs). */
  showIf?: (answers: Answers) => boolean;
  /** Input width: short (a number, a date), medium, or the full column. */
  width?: "short" | "medium" | "long";
}

/** Format checks a text field runs on its own value. */

export type FieldSpec =
  | (FieldBase & { kind: "text"; max?: number; check?: TextCheck; autocomplete?: string })
  | (FieldBase & { kind: "textarea"; max?: number; rows?: number })
  | (FieldBase & { kind: "date" })
  | (FieldBase & { kind: "amount" })
  | (FieldBase & { kind: "integer"; min: number; max: number })
  | (FieldBase & { kind: "checkbox"; /** The words next to the box; the label is the question. */ option: Text })
  | (FieldBase & { kind: "choice"; options: readonly Option[] })
  /**
   * Rows of a table, named key.<row>.<column>. `fixed` rows always exist (the form prints
   * that many); otherwise the applicant adds rows up to `max`.
   */
  | (FieldBase & { kind: "rows"; columns: readonly FieldSpec[]; itemLabel: Text; fixed?: number; max?: number });

export interface Section {
  id: string;
  title: Text;
  intro?: Text;
  fields: readonly FieldSpec[];
}

/** A problem with one control ("" for the form as a whole), in both languages. */
export interface Issue {
  key: string;
  message: Text;
}

/** A figure the form computes, shown beside the fields and on the review page. */
export interface Figure {
  label: Text;
  value: Text;
}

/** The answers read as typed values (profile values filled in where the form has none). */
export interface Values {
  text(key: string): string;
  /** Whole NT$, or null when empty or unreadable (the field shows why). */
  amount(key: string): number | null;
  integer(key: string): number | null;
  /** An existing ISO date, or "" when empty or unreadable. */
  date(key: string): string;
  checked(key: string): boolean;
  /** Rows of a row list: its fixed count, or the rows the applicant added. */
  rows(key: string): number;
}

export interface Computation<C> {
  /** What the calculators returned, when they could run. */
  data: C | null;
  figures: Figure[];
  issues: Issue[];
  warnings: Text[];
  /** Why nothing was computed yet, when amounts are still missing. */
  pending?: Text;
}

export interface FormDefinition<C = unknown> {
  id: FormId;
  sections: readonly Section[];
  /** Runs the calculators; money is never worked out in the form itself. */
  compute?(values: Values): Computation<C>;
  /** Checks that involve more than one field (one date before another). */
  check?(values: Values): Issue[];
  build(values: Values, computed: C | null): FormDocument;
}

/** Declares a form; the identity function ties `build` to what `compute` returns. */
export function defineForm<C>(def: FormDefinition<C>): FormDefinition<C> {
  return def;
}
