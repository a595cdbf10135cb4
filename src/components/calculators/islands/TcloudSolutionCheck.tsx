import spec from "../../../calculators/specs/tcloud-solution-check.js";
import type { CalculatorSpec } from "../../../calculators/types.js";
import type { Calculator } from "../../../rules/core/types.js";
import { tcloudSolutionCheck } from "../../../rules/tcloud/solution-check.js";
import { CalculatorIsland, type IslandProps } from "../CalculatorIsland.js";

/** Imports only this calculator's rules, so its page ships no other calculator. */
export default function TcloudSolutionCheck(props: IslandProps) {
  return <CalculatorIsland calc={tcloudSolutionCheck as unknown as Calculator} spec={spec as unknown as CalculatorSpec<Record<string, unknown>>} {...props} />;
}
