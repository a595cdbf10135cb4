import spec from "../../../calculators/specs/spp-mature-subsidy.js";
import type { CalculatorSpec } from "../../../calculators/types.js";
import type { Calculator } from "../../../rules/core/types.js";
import { sppMatureSubsidy } from "../../../rules/spp/mature-subsidy.js";
import { CalculatorIsland, type IslandProps } from "../CalculatorIsland.js";

/** Imports only this calculator's rules, so its page ships no other calculator. */
export default function SppMatureSubsidy(props: IslandProps) {
  return <CalculatorIsland calc={sppMatureSubsidy as unknown as Calculator} spec={spec as unknown as CalculatorSpec<Record<string, unknown>>} {...props} />;
}
