import { sppChangeRefund } from "./change-refund.js";
import { sppDeadlines } from "./deadlines.js";
import { sppInstallments } from "./installments.js";
import { sppMatureSubsidy } from "./mature-subsidy.js";
import { sppRdChangeTermination } from "./rd-change-termination.js";
import { sppRdSubsidy } from "./rd-subsidy.js";
import { sppReviewScore } from "./review-score.js";
import { sppSettlementTotal } from "./settlement-total.js";
import { sppStartupDefinition } from "./startup-definition.js";
import { sppTerminationRefund } from "./termination-refund.js";

export const sppCalculators = {
  "spp-startup-definition": sppStartupDefinition,
  "spp-mature-subsidy": sppMatureSubsidy,
  "spp-rd-subsidy": sppRdSubsidy,
  "spp-installments": sppInstallments,
  "spp-change-refund": sppChangeRefund,
  "spp-termination-refund": sppTerminationRefund,
  "spp-rd-change-termination": sppRdChangeTermination,
  "spp-review-score": sppReviewScore,
  "spp-deadlines": sppDeadlines,
  "spp-settlement-total": sppSettlementTotal,
} as const;
