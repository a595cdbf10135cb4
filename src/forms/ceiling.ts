/**
 * A subsidy typed on an SPP mature-track form, held against the ceiling of 第一節 二: the
 * tier's rate of the eligible amount, at most the per-case cap. The ceiling is what the
 * spp-mature-subsidy calculator returns, so no rate or cap is restated here.
 */
import { runCalculator } from "../rules/core/calculator.js";
import { num, pct, text as both } from "../rules/core/format.js";
import type { Text } from "../rules/core/types.js";
import { sppMatureSubsidy } from "../rules/spp/mature-subsidy.js";
import { matureParams2019 as P } from "../rules/spp/params-2019.js";

const tiers = Object.entries(P.rateByTier.value).map(([tier, rate]) => ({ tier: Number(tier), rate }));
/** Without a tier, the tier of the highest rate: a subsidy above that is above every tier's. */
const mostGenerous = tiers.reduce((a, b) => (b.rate > a.rate ? b : a)).tier;

/** The calculator's ceiling for a total cost counted whole (a one-off purchase); null when it cannot run. */
function ceilingOf(total: number, tier: number | null) {
  const out = runCalculator(sppMatureSubsidy, { financialTier: tier ?? mostGenerous, purchaseKind: "one-off", contractAmount: total });
  return out.ok ? out.value : null;
}

function aboveCap(subsidy: number): Text | null {
  return subsidy > P.cap.value
    ? both(
        `補助款 ${num(subsidy)} 元超過每案上限 ${num(P.cap.value)} 元（${P.cap.cite.clause}）`,
        `A subsidy of NT$${num(subsidy)} is above the cap of NT$${num(P.cap.value)} per case (${P.cap.cite.clause})`,
      )
    : null;
}

/**
 * Why `subsidy` is above the ceiling, or null when it is not. `ceiling` is the calculator's
 * result for this case; `tier` null when the form does not ask it (any tier's rate then).
 */
export function aboveCeiling(subsidy: number, ceiling: { eligibleAmount: number; maxRate: number; maxSubsidy: number }, tier: number | null): Text | null {
  if (subsidy <= ceiling.maxSubsidy) return null;
  const rate = pct(ceiling.maxRate);
  const whose = tier === null ? both(`任一財力級次之最高比例 ${rate}`, `${rate}, the highest rate of any financial tier,`) : both(`財力第 ${tier} 級之比例上限 ${rate}`, `tier ${tier}'s rate of ${rate}`);
  return (
    aboveCap(subsidy) ??
    both(
      `補助款 ${num(subsidy)} 元超過補助項目金額 ${num(ceiling.eligibleAmount)} 元的${whose["zh-TW"]}（${num(ceiling.maxSubsidy)} 元，${P.rateByTier.cite.clause}）`,
      `A subsidy of NT$${num(subsidy)} is above ${whose.en} of the eligible NT$${num(ceiling.eligibleAmount)} (NT$${num(ceiling.maxSubsidy)}; ${P.rateByTier.cite.clause})`,
    )
  );
}

/**
 * A subsidy typed on a form that prints amounts already approved, beside the total it is a
 * part of (with the local share or self-raised funds; null while that is not given, when only
 * the cap can be checked). A warning, not an error: the approval letter is what binds, but an
 * amount above the ceiling is most likely mistyped.
 */
export function ceilingWarning(subsidy: number | null, total: number | null, tier: number | null = null): Text | null {
  if (subsidy === null) return null;
  const ceiling = total === null ? null : ceilingOf(total, tier);
  const above = ceiling ? aboveCeiling(subsidy, ceiling, tier) : aboveCap(subsidy);
  return above && both(`${above["zh-TW"]}；請與核定函核對。`, `${above.en}: check it against the approval letter.`);
}
