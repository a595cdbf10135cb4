import spec from "../../../calculators/specs/tcloud-sla-availability.js";
import type { CalculatorSpec } from "../../../calculators/types.js";
import type { Calculator } from "../../../rules/core/types.js";
import { tcloudSlaAvailability } from "../../../rules/tcloud/sla-availability.js";
import { CalculatorIsland, type IslandProps } from "../CalculatorIsland.js";

/** Imports only this calculator's rules, so its page ships no other calculator. */
export default function TcloudSlaAvailability(props: IslandProps) {
  return <CalculatorIsland calc={tcloudSlaAvailability as unknown as Calculator} spec={spec as unknown as CalculatorSpec<Record<string, unknown>>} {...props} />;
}
