import spec from "../../../calculators/specs/tcloud-redemption.js";
import type { CalculatorSpec } from "../../../calculators/types.js";
import type { Calculator } from "../../../rules/core/types.js";
import { tcloudRedemption } from "../../../rules/tcloud/redemption.js";
import { CalculatorIsland, type IslandProps } from "../CalculatorIsland.js";

/** Imports only this calculator's rules, so its page ships no other calculator. */
export default function TcloudRedemption(props: IslandProps) {
  return <CalculatorIsland calc={tcloudRedemption as unknown as Calculator} spec={spec as unknown as CalculatorSpec<Record<string, unknown>>} {...props} />;
}
