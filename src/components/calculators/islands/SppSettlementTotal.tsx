import spec from "../../../calculators/specs/spp-settlement-total.js";
import type { CalculatorSpec } from "../../../calculators/types.js";
import type { Calculator } from "../../../rules/core/types.js";
import { sppSettlementTotal } from "../../../rules/spp/settlement-total.js";
import { CalculatorIsland, type IslandProps } from "../CalculatorIsland.js";

/** Imports only this calculator's rules, so its page ships no other calculator. */
export default function SppSettlementTotal(props: IslandProps) {
  return <CalculatorIsland calc={sppSettlementTotal as unknown as Calculator} spec={spec as unknown as CalculatorSpec<Record<string, unknown>>} {...props} />;
}
