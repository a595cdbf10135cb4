import spec from "../../../calculators/specs/tcloud-points.js";
import type { CalculatorSpec } from "../../../calculators/types.js";
import type { Calculator } from "../../../rules/core/types.js";
import { tcloudPoints } from "../../../rules/tcloud/points.js";
import { CalculatorIsland, type IslandProps } from "../CalculatorIsland.js";

/** Imports only this calculator's rules, so its page ships no other calculator. */
export default function TcloudPoints(props: IslandProps) {
  return <CalculatorIsland calc={tcloudPoints as unknown as Calculator} spec={spec as unknown as CalculatorSpec<Record<string, unknown>>} {...props} />;
}
