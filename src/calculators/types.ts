/**
 * UI specs: how each calculator of src/rules is asked as questions. A spec only
 * describes controls; the input it builds is validated by the calculator's own
 * zod schema, so no rule is restated here.
 */
import type { Calculator, Lang, Text } from "../rules/core/types.js";

/** Control name → the text in that control; also the page's query string. */
export type FormState = Readonly<Record<string, string>>;

/** What to check when the applicant answers "I don't know", and which answers to try. */
interface Unknown {
  check: Text;
  /** Input values to try in turn (booleans default to [true, false]). */
  candidates?: readonly unknown[];
  /** How each candidate reads when it stands for a range ("fewer than 200"). */
  caseLabels?: readonly Text[];
}

export interface Option {
  /** Language-neutral value sent to the calculator, as in the URL. */
  value: string;
  label: Text;
  hint?: Text;
}

interface FieldBase {
  /** Input key relative to its parent (rules-api.md); dotted names are built from it. */
  key: string;
  label: Text;
  hint?: Text;
  /** A filled-in example, shown under the label. */
  example?: Text;
  unit?: Text;
  /** Whether the schema lets it be left empty (asOf, defaults). */
  optional?: boolean;
  /**
   * Asked as required although the schema lets it be missing: a question added to a calculator
   * after its rules contract, whose earlier callers leave it out.
   */
  required?: boolean;
  unknown?: Unknown;
  /** Only asked when this holds for the current state (discriminated unions). */
  showIf?: (state: FormState) => boolean;
}

export type FieldSpec =
  | (FieldBase & { kind: "amount" })
  | (FieldBase & { kind: "number"; integer?: boolean })
  | (FieldBase & { kind: "date" })
  | (FieldBase & { kind: "yesno" })
  | (FieldBase & { kind: "text" })
  | (FieldBase & { kind: "choice"; options: readonly Option[]; numeric?: boolean; display?: "radios" | "select" })
  /** An array of ids, one checkbox per option, named key.<option index>. */
  | (FieldBase & { kind: "multi"; options: readonly Option[] })
  /** An object of named fields, named key.<sub key>. */
  | (FieldBase & { kind: "group"; fields: readonly FieldSpec[] })
  /** An array, one row per item, named key.<row>.<sub key> (or key.<row> for a scalar item). */
  | (FieldBase & { kind: "list"; item: FieldSpec | readonly FieldSpec[]; itemLabel: Text; csv?: CsvSpec });

/** CSV import for a list of objects: the column headers each sub key accepts. */
export interface CsvSpec {
  columns: Readonly<Record<string, readonly string[]>>;
}

export type QuestionGroup = "eligible" | "money" | "award";

export interface CalculatorSpec<V = Record<string, unknown>> {
  /** The calculator's id (rules-api.md), which is also its page's slug and its spec's file name. */
  id: string;
  /** The rules it asks for: their program, edition and schema. */
  calculator: Calculator;
  group: QuestionGroup;
  /** The question the calculator answers, in the applicant's words. Page-only: see `pageOnly`. */
  question: Text;
  /** Page-only: see `pageOnly`. */
  intro: Text;
  /** Handbook page that explains it: the page of its main cite.href. */
  handbook: string;
  fields: readonly FieldSpec[];
  /** One plain sentence for the result (eligible / not, which tier, how much). */
  headline: (value: V, lang: Lang) => string;
  /** Human-readable text of each top-level value key, in the calculator's order. */
  outputs: { readonly [K in keyof V]-?: { label: Text; format: (value: V[K], lang: Lang) => string } };
  /**
   * Written `import.meta.env.SSR ? [...] : []`: the page renders them into the island's props
   * (CalculatorEmbed.astro), so the browser build drops them from every spec chunk.
   */
  examples: readonly { label: Text; state: FormState }[];
}

export type AnySpec = CalculatorSpec<Record<string, unknown>>;

/**
 * A spec's question and intro are the page's (its heading, lead and the indexes), never the
 * island's: written `import.meta.env.SSR ? {...} : pageOnly`, the browser build drops them from
 * every spec chunk, as it drops the examples.
 */
export const pageOnly: Text = { "zh-TW": "", en: "" };

/**
 * Declares a calculator's manifest: its rules and how they are asked. Everything else (the
 * catalog, the page routes, the handbook embeds, the island that loads it) follows from the
 * specs folder, so adding a calculator is adding one file there. The value type of `outputs`
 * and `headline` is the calculator's own.
 */
export function defineSpec<V>(calculator: Calculator<Calculator["input"], V>, spec: Omit<CalculatorSpec<V>, "id" | "calculator">): AnySpec {
  return { ...spec, id: calculator.id, calculator: calculator as unknown as Calculator } as unknown as AnySpec;
}
