/**
 * Every calculator with its UI spec, for the static pages (index, calculator
 * pages, handbook embeds). Islands never import this: each imports its own spec.
 */
import { calculators, calculatorIds, type CalculatorId } from "../rules/index.js";
import type { Calculator } from "../rules/core/types.js";
import type { CalculatorSpec, QuestionGroup } from "./types.js";
import sppChangeRefund from "./specs/spp-change-refund.js";
import sppDeadlines from "./specs/spp-deadlines.js";
import sppInstallments from "./specs/spp-installments.js";
import sppMatureSubsidy from "./specs/spp-mature-subsidy.js";
import sppRdSubsidy from "./specs/spp-rd-subsidy.js";
import sppReviewScore from "./specs/spp-review-score.js";
import sppSettlementTotal from "./specs/spp-settlement-total.js";
import sppStartupDefinition from "./specs/spp-startup-definition.js";
import sppTerminationRefund from "./specs/spp-termination-refund.js";
import tcloudPoints from "./specs/tcloud-points.js";
import tcloudRedemption from "./specs/tcloud-redemption.js";
import tcloudRedemptionTimeline from "./specs/tcloud-redemption-timeline.js";
import tcloudSlaAvailability from "./specs/tcloud-sla-availability.js";
import tcloudSolutionCheck from "./specs/tcloud-solution-check.js";
import tcloudVendorEligibility from "./specs/tcloud-vendor-eligibility.js";
import topsAward from "./specs/tops-award.js";
import topsListingLimits from "./specs/tops-listing-limits.js";
import topsSupplierEligibility from "./specs/tops-supplier-eligibility.js";

type AnySpec = CalculatorSpec<Record<string, unknown>>;

export const specs: Record<CalculatorId, AnySpec> = Object.fromEntries(
  [
    topsSupplierEligibility,
    topsListingLimits,
    topsAward,
    sppStartupDefinition,
    sppMatureSubsidy,
    sppRdSubsidy,
    sppInstallments,
    sppChangeRefund,
    sppTerminationRefund,
    sppReviewScore,
    sppDeadlines,
    sppSettlementTotal,
    tcloudVendorEligibility,
    tcloudSolutionCheck,
    tcloudPoints,
    tcloudRedemption,
    tcloudRedemptionTimeline,
    tcloudSlaAvailability,
  ].map((spec) => [spec.id, spec as unknown as AnySpec]),
) as Record<CalculatorId, AnySpec>;

export interface Entry {
  id: CalculatorId;
  calc: Calculator;
  spec: AnySpec;
}

export const catalog: Entry[] = calculatorIds.map((id) => ({ id, calc: calculators[id] as unknown as Calculator, spec: specs[id] }));

export const programs = ["tops", "spp", "tcloud"] as const;
export const questionGroups: readonly QuestionGroup[] = ["eligible", "money", "award"];

/** Calculators explained on a handbook page ("tops/awards"), in registry order. */
export function calculatorsOnPage(slug: string): Entry[] {
  return catalog.filter((e) => e.spec.handbook === slug);
}
