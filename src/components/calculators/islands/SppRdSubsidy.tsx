import spec from "../../../calculators/specs/spp-rd-subsidy.js";
import type { CalculatorSpec } from "../../../calculators/types.js";
import type { Calculator } from "../../../rules/core/types.js";
import { sppRdSubsidy } from "../../../rules/spp/rd-subsidy.js";
import { CalculatorIsland, type IslandProps } from "../CalculatorIsland.js";

/** Imports only this calculator's rules, so its page ships no other calculator. */
export default function SppRdSubsidy(props: IslandProps) {
  return <CalculatorIsland calc={sppRdSubsidy as unknown as Calculator} spec={spec as unknown as CalculatorSpec<Record<string, unknown>>} {...props} />;
}
