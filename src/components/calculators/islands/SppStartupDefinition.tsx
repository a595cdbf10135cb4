import spec from "../../../calculators/specs/spp-startup-definition.js";
import type { CalculatorSpec } from "../../../calculators/types.js";
import type { Calculator } from "../../../rules/core/types.js";
import { sppStartupDefinition } from "../../../rules/spp/startup-definition.js";
import { CalculatorIsland, type IslandProps } from "../CalculatorIsland.js";

/** Imports only this calculator's rules, so its page ships no other calculator. */
export default function SppStartupDefinition(props: IslandProps) {
  return <CalculatorIsland calc={sppStartupDefinition as unknown as Calculator} spec={spec as unknown as CalculatorSpec<Record<string, unknown>>} {...props} />;
}
