import { sppRdSubsidy } from "./rd-subsidy.js";

export const sppCalculators = {
  "spp-rd-subsidy": sppRdSubsidy,
} as const;
