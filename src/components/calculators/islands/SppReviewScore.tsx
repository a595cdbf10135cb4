import spec from "../../../calculators/specs/spp-review-score.js";
import type { CalculatorSpec } from "../../../calculators/types.js";
import type { Calculator } from "../../../rules/core/types.js";
import { sppReviewScore } from "../../../rules/spp/review-score.js";
import { CalculatorIsland, type IslandProps } from "../CalculatorIsland.js";

/** Imports only this calculator's rules, so its page ships no other calculator. */
export default function SppReviewScore(props: IslandProps) {
  return <CalculatorIsland calc={sppReviewScore as unknown as Calculator} spec={spec as unknown as CalculatorSpec<Record<string, unknown>>} {...props} />;
}
