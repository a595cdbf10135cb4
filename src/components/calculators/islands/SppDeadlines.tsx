import spec from "../../../calculators/specs/spp-deadlines.js";
import type { CalculatorSpec } from "../../../calculators/types.js";
import type { Calculator } from "../../../rules/core/types.js";
import { sppDeadlines } from "../../../rules/spp/deadlines.js";
import { CalculatorIsland, type IslandProps } from "../CalculatorIsland.js";

/** Imports only this calculator's rules, so its page ships no other calculator. */
export default function SppDeadlines(props: IslandProps) {
  return <CalculatorIsland calc={sppDeadlines as unknown as Calculator} spec={spec as unknown as CalculatorSpec<Record<string, unknown>>} {...props} />;
}
