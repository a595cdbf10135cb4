import { tcloudPoints } from "./points.js";
import { tcloudPurchaseCheck } from "./purchase-check.js";
import { tcloudRedemption } from "./redemption.js";
import { tcloudRedemptionTimeline } from "./redemption-timeline.js";
import { tcloudSlaAvailability } from "./sla-availability.js";
import { tcloudSolutionCheck } from "./solution-check.js";
import { tcloudVendorEligibility } from "./vendor-eligibility.js";

export const tcloudCalculators = {
  "tcloud-vendor-eligibility": tcloudVendorEligibility,
  "tcloud-solution-check": tcloudSolutionCheck,
  "tcloud-points": tcloudPoints,
  "tcloud-purchase-check": tcloudPurchaseCheck,
  "tcloud-redemption": tcloudRedemption,
  "tcloud-redemption-timeline": tcloudRedemptionTimeline,
  "tcloud-sla-availability": tcloudSlaAvailability,
} as const;
