import spec from "../../../calculators/specs/tops-listing-limits.js";
import type { CalculatorSpec } from "../../../calculators/types.js";
import type { Calculator } from "../../../rules/core/types.js";
import { topsListingLimits } from "../../../rules/tops/listing-limits.js";
import { CalculatorIsland, type IslandProps } from "../CalculatorIsland.js";

/** Imports only this calculator's rules, so its page ships no other calculator. */
export default function TopsListingLimits(props: IslandProps) {
  return <CalculatorIsland calc={topsListingLimits as unknown as Calculator} spec={spec as unknown as CalculatorSpec<Record<string, unknown>>} {...props} />;
}
