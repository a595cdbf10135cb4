import { topsAward } from "./award.js";
import { topsListingLimits } from "./listing-limits.js";
import { topsSupplierEligibility } from "./supplier-eligibility.js";

export const topsCalculators = {
  "tops-supplier-eligibility": topsSupplierEligibility,
  "tops-listing-limits": topsListingLimits,
  "tops-award": topsAward,
} as const;
