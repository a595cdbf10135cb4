import spec from "../../../calculators/specs/tcloud-vendor-eligibility.js";
import type { CalculatorSpec } from "../../../calculators/types.js";
import type { Calculator } from "../../../rules/core/types.js";
import { tcloudVendorEligibility } from "../../../rules/tcloud/vendor-eligibility.js";
import { CalculatorIsland, type IslandProps } from "../CalculatorIsland.js";

/** Imports only this calculator's rules, so its page ships no other calculator. */
export default function TcloudVendorEligibility(props: IslandProps) {
  return <CalculatorIsland calc={tcloudVendorEligibility as unknown as Calculator} spec={spec as unknown as CalculatorSpec<Record<string, unknown>>} {...props} />;
}
