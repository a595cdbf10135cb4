import spec from "../../../calculators/specs/spp-termination-refund.js";
import type { CalculatorSpec } from "../../../calculators/types.js";
import type { Calculator } from "../../../rules/core/types.js";
import { sppTerminationRefund } from "../../../rules/spp/termination-refund.js";
import { CalculatorIsland, type IslandProps } from "../CalculatorIsland.js";

/** Imports only this calculator's rules, so its page ships no other calculator. */
export default function SppTerminationRefund(props: IslandProps) {
  return <CalculatorIsland calc={sppTerminationRefund as unknown as Calculator} spec={spec as unknown as CalculatorSpec<Record<string, unknown>>} {...props} />;
}
