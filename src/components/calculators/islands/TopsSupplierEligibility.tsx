import spec from "../../../calculators/specs/tops-supplier-eligibility.js";
import type { CalculatorSpec } from "../../../calculators/types.js";
import type { Calculator } from "../../../rules/core/types.js";
import { topsSupplierEligibility } from "../../../rules/tops/supplier-eligibility.js";
import { CalculatorIsland, type IslandProps } from "../CalculatorIsland.js";

/** Imports only this calculator's rules, so its page ships no other calculator. */
export default function TopsSupplierEligibility(props: IslandProps) {
  return <CalculatorIsland calc={topsSupplierEligibility as unknown as Calculator} spec={spec as unknown as CalculatorSpec<Record<string, unknown>>} {...props} />;
}
