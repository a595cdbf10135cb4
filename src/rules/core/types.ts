import type * as z from "zod/mini";
import type { docIds, programs } from "../sources.js";

/** Every sentence the rules say to people exists in both site languages. */
export type Lang = "zh-TW" | "en";
export type Text = { "zh-TW": string; en: string };

export type Program = (typeof programs)[number];

/** Source files of `shared/seeds/` (without `.txt`), plus the outside facts file. */
export type DocId = (typeof docIds)[number];

/**
 * Where a rule comes from: the source document, the clause inside it, and the
 * handbook anchor that quotes it. `href` is language-neutral ("/tops/awards/#tiers");
 * the site prefixes it with "/zh-tw" or "/en".
 */
export interface Cite {
  doc: DocId;
  clause: string;
  href: string;
}

export type Unit = "NTD" | "ratio" | "percent" | "count" | "months" | "years" | "days" | "points" | "date" | "minutes" | "hours" | "characters";

/** A period during which a parameter or an edition applies (ISO dates, inclusive). */
export interface Period {
  from: string;
  to: string;
}

/** A rule parameter as data, in the manner of OpenFisca's parameter files. */
export interface Param<T = number> {
  value: T;
  unit: Unit;
  period: Period;
  cite: Cite;
  label: Text;
}

/** The edition of a program that a calculator implements. */
export interface Edition {
  /** The source document's year, e.g. "2019". */
  id: string;
  program: Program;
  title: Text;
  /** null when the source runs 「自公告日起」 with no end and no date of its own. */
  period: Period | null;
  /** The period as every page and warning shows it, saying which dates the seed does not give. */
  periodNote: Text;
  cite: Cite;
}

export type StepValue = number | string | boolean | null;

/** One step of an explanation, named after the clause it applies. */
export interface Step {
  id: string;
  label: Text;
  value: StepValue;
  cite: Cite;
  /** Optional sentence showing the arithmetic or the reasoning. */
  detail?: Text;
  /** How the value reads where it is not a plain number or date: 90% for 0.9, 銀獎 / Silver for "silver". */
  shown?: Text;
}

export interface Warning {
  id: string;
  message: Text;
  cites: Cite[];
}

export interface FieldError {
  /** The input key, dotted for nested items ("purchases.0.amount"); "" for the whole input. */
  path: string;
  message: Text;
}

export interface Computed<V> {
  value: V;
  steps: Step[];
  warnings: Warning[];
}

export type Outcome<V = Record<string, unknown>> =
  | ({ ok: true; /** The edition in force on the input's `asOf`, whose parameters were applied. */ edition: Edition } & Computed<V>)
  | { ok: false; errors: FieldError[] };

/**
 * One edition of a calculator's rules with the parameters it sets, in the manner of OpenFisca's
 * dated parameters: the edition's period dates every value in `params`.
 */
export interface Dated<P> {
  edition: Edition;
  params: P;
}

export interface Calculator<S extends z.ZodMiniType = z.ZodMiniType, V = Record<string, unknown>, P = unknown> {
  id: string;
  program: Program;
  /** The source document's year of the newest edition, e.g. "2019". */
  edition: string;
  /** The newest edition. */
  editionInfo: Edition;
  /** Every edition the calculator implements, oldest first; `run` applies the one in force on `asOf`. */
  editions: readonly Dated<P>[];
  title: Text;
  input: S;
  /** Computes under `params`; without them, under the edition in force on the input's `asOf`. */
  compute(parsed: z.output<S>, params?: P): Computed<V>;
}
