/**
 * Every calculator with its UI spec, for the static pages (index, calculator pages,
 * handbook embeds), derived from the specs folder: one file there is one calculator.
 * Islands never import this: each page loads only its own spec (see Calculator.tsx).
 */
import { calculatorIds, type CalculatorId } from "../rules/index.js";
import type { Calculator } from "../rules/core/types.js";
import type { Audience } from "../lib/audiences.js";
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

/**
 * Who each calculator is for: finder outcomes for these audiences link it. Kept here, not in the
 * spec, because a spec ships to the browser and this is read only when pages are built.
 */
const audiences: Record<CalculatorId, readonly Audience[]> = {
  "spp-change-refund": ["spp-mature"],
  "spp-deadlines": ["spp-mature", "spp-rd"],
  "spp-installments": ["spp-mature"],
  "spp-mature-subsidy": ["spp-mature"],
  "spp-rd-change-termination": ["spp-rd"],
  "spp-rd-subsidy": ["spp-rd"],
  "spp-review-score": ["spp-mature", "spp-rd"],
  "spp-settlement-total": ["spp-mature"],
  "spp-startup-definition": ["spp-supplier"],
  "spp-termination-refund": ["spp-mature"],
  "tcloud-points": ["tcloud-sme"],
  "tcloud-purchase-check": ["tcloud-sme", "tcloud-vendor"],
  "tcloud-redemption-timeline": ["tcloud-vendor"],
  "tcloud-redemption": ["tcloud-vendor"],
  "tcloud-sla-availability": ["tcloud-vendor"],
  "tcloud-solution-check": ["tcloud-vendor"],
  "tcloud-vendor-eligibility": ["tcloud-vendor"],
  "tops-award": ["tops-buyer"],
  "tops-listing-limits": ["tops-supplier"],
  "tops-supplier-eligibility": ["tops-supplier"],
};

export interface Entry {
  id: CalculatorId;
  calc: Calculator;
  spec: AnySpec;
  for: readonly Audience[];
}

export const catalog: Entry[] = calculatorIds.map((id) => ({ id, calc: specs[id].calculator, spec: specs[id], for: audiences[id] }));

export const questionGroups: readonly QuestionGroup[] = ["eligible", "money", "award"];

/** Calculators explained on a handbook page ("tops/awards"), in registry order. */
export function calculatorsOnPage(slug: string): Entry[] {
  return catalog.filter((e) => e.spec.handbook === slug);
}
