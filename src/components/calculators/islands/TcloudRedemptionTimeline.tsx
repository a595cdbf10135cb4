import spec from "../../../calculators/specs/tcloud-redemption-timeline.js";
import type { CalculatorSpec } from "../../../calculators/types.js";
import type { Calculator } from "../../../rules/core/types.js";
import { tcloudRedemptionTimeline } from "../../../rules/tcloud/redemption-timeline.js";
import { CalculatorIsland, type IslandProps } from "../CalculatorIsland.js";

/** Imports only this calculator's rules, so its page ships no other calculator. */
export default function TcloudRedemptionTimeline(props: IslandProps) {
  return <CalculatorIsland calc={tcloudRedemptionTimeline as unknown as Calculator} spec={spec as unknown as CalculatorSpec<Record<string, unknown>>} {...props} />;
}
