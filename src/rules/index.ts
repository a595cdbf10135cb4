/**
 * Public interface of the rules (shared/design/rules-api.md): the calculator
 * registry, `run`, and the formatting helpers. No DOM, React or Astro here.
 */
import { runCalculator } from "./core/calculator.js";
import type { Calculator, Outcome } from "./core/types.js";
import { sppCalculators } from "./spp/index.js";
import { tcloudCalculators } from "./tcloud/index.js";
import { topsCalculators } from "./tops/index.js";

export const calculators = { ...topsCalculators, ...sppCalculators, ...tcloudCalculators } as const;

export type CalculatorId = keyof typeof calculators;
export const calculatorIds = Object.keys(calculators) as CalculatorId[];

export function isCalculatorId(id: string): id is CalculatorId {
  return Object.hasOwn(calculators, id);
}

/** Parses `input` with the calculator's schema, then computes. Never throws. */
export function run(id: CalculatorId, input: unknown): Outcome {
  if (!isCalculatorId(id)) {
    return {
      ok: false,
      errors: [{ path: "", message: { "zh-TW": `沒有名為「${String(id)}」的計算器`, en: `There is no calculator called "${String(id)}"` } }],
    };
  }
  return runCalculator(calculators[id] as unknown as Calculator, input);
}

export type { Calculator, Cite, Computed, Edition, FieldError, Outcome, Param, Program, Step, Text, Warning } from "./core/types.js";
export { handbookAnchors, allAnchorHrefs, href } from "./anchors.js";

// Formatting helpers (rules-api.md "Formatting helpers"), plus parseAmount for amount fields.
export { validateUbn } from "./helpers/ubn.js";
export { formatAmountUpper } from "./helpers/amount-upper.js";
export { toRocDate } from "./helpers/roc-date.js";
export { parseAmount, type ParsedAmount } from "./helpers/parse-amount.js";
