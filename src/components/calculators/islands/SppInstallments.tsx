import spec from "../../../calculators/specs/spp-installments.js";
import type { CalculatorSpec } from "../../../calculators/types.js";
import type { Calculator } from "../../../rules/core/types.js";
import { sppInstallments } from "../../../rules/spp/installments.js";
import { CalculatorIsland, type IslandProps } from "../CalculatorIsland.js";

/** Imports only this calculator's rules, so its page ships no other calculator. */
export default function SppInstallments(props: IslandProps) {
  return <CalculatorIsland calc={sppInstallments as unknown as Calculator} spec={spec as unknown as CalculatorSpec<Record<string, unknown>>} {...props} />;
}
