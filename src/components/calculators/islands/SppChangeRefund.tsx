import spec from "../../../calculators/specs/spp-change-refund.js";
import type { CalculatorSpec } from "../../../calculators/types.js";
import type { Calculator } from "../../../rules/core/types.js";
import { sppChangeRefund } from "../../../rules/spp/change-refund.js";
import { CalculatorIsland, type IslandProps } from "../CalculatorIsland.js";

/** Imports only this calculator's rules, so its page ships no other calculator. */
export default function SppChangeRefund(props: IslandProps) {
  return <CalculatorIsland calc={sppChangeRefund as unknown as Calculator} spec={spec as unknown as CalculatorSpec<Record<string, unknown>>} {...props} />;
}
