/**
 * A drafter: the fields of a form that is filled in online on a program's platform, so the
 * site checks and drafts it instead of printing it. Fields are data; check.ts reads them
 * against the limits of src/rules, print.ts turns them into the review copy.
 */
import type { TextCheck } from "../forms/checks.js";
import type { Cite, Param, Text } from "../rules/core/types.js";

/** What the applicant typed: text, ticked options or list items, or a ticked box. */
export type Value = string | readonly string[] | boolean;
export type Draft = Readonly<Record<string, Value>>;

export interface Option {
  value: string;
  label: Text;
  /** Ticking it asks for a name or a reason, kept under `${field}.${value}`. */
  other?: Text;
}

interface FieldBase {
  key: string;
  /** The platform's own words; the review copy prints the Chinese. */
  label: Text;
  hint?: Text;
  /** The clause that asks for the field; a limit's own clause comes with its parameter. */
  cite: Cite;
  /** Blank is acceptable (the form marks it 非必填 or 可上傳). */
  optional?: true;
  /** Asked only when this holds, e.g. a reseller's original vendor. */
  showIf?: (draft: Draft) => boolean;
}

export type FieldSpec =
  | (FieldBase & { kind: "text"; max?: Param; check?: TextCheck | "url" })
  | (FieldBase & { kind: "textarea"; max: Param })
  /** A positive number; `ceiling` bounds the quantity itself (a percentage), not a rule. */
  | (FieldBase & { kind: "number"; min?: Param; max?: Param; ceiling?: number; unit: Text; whole?: true })
  | (FieldBase & { kind: "amount"; min?: Param })
  | (FieldBase & { kind: "date" })
  | (FieldBase & { kind: "choice"; options: readonly Option[] })
  | (FieldBase & { kind: "multi"; options: readonly Option[]; min?: Param; max?: Param })
  /** One line per item; `totalMax` when the platform takes the items as one text. */
  | (FieldBase & { kind: "list"; itemMax?: Param; maxItems?: Param; minItems?: Param; totalMax?: Param; itemLabel: Text })
  /** Minutes and seconds, m:ss. */
  | (FieldBase & { kind: "duration"; min: Param; max: Param })
  /** A box to tick: a consent, or a file ready to upload (`upload`). */
  | (FieldBase & { kind: "confirm"; statement: Text; upload?: true });

interface Section {
  id: string;
  title: Text;
  intro?: Text;
  fields: readonly FieldSpec[];
}

/** A field still missing or not acceptable, in both languages, with the clause behind it. */
export interface Problem {
  key: string;
  kind: "missing" | "invalid";
  message: Text;
  cite: Cite;
}

export interface DrafterDefinition {
  sections: readonly Section[];
  /** Rules that involve more than one field ("fill at least one of these"). */
  check?(draft: Draft): Problem[];
}
