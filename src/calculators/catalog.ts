/**
 * Every calculator with its UI spec, for the static pages (index, calculator pages,
 * handbook embeds), derived from the specs folder: one file there is one calculator.
 * Islands never import this: each page loads only its own spec (see Calculator.tsx).
 */
import { calculatorIds, type CalculatorId } from "../rules/index.js";
import type { Calculator } from "../rules/core/types.js";
import type { AnySpec, QuestionGroup } from "./types.js";

const files = import.meta.glob<AnySpec>("./specs/*.ts", { eager: true, import: "default" });

/** Each spec by id, in the rules registry's order; a spec file must be named after its calculator. */
export const specs = Object.fromEntries(
  calculatorIds.map((id) => {
    const spec = files[`./specs/${id}.ts`];
    if (spec?.id !== id) throw new Error(`src/calculators/specs/${id}.ts must declare the calculator "${id}"`);
    return [id, spec];
  }),
) as Record<CalculatorId, AnySpec>;

if (Object.keys(files).length !== calculatorIds.length) {
  throw new Error(`src/calculators/specs/ holds ${Object.keys(files).length} specs for ${calculatorIds.length} calculators`);
}

export interface Entry {
  id: CalculatorId;
  calc: Calculator;
  spec: AnySpec;
}

export const catalog: Entry[] = calculatorIds.map((id) => ({ id, calc: specs[id].calculator, spec: specs[id] }));

export const programs = ["tops", "spp", "tcloud"] as const;
export const questionGroups: readonly QuestionGroup[] = ["eligible", "money", "award"];

/** Calculators explained on a handbook page ("tops/awards"), in registry order. */
export function calculatorsOnPage(slug: string): Entry[] {
  return catalog.filter((e) => e.spec.handbook === slug);
}
