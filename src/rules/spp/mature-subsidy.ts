import * as z from "zod/mini";
import { href } from "../anchors.js";
import { defineCalculator, step, warning } from "../core/calculator.js";
import { num, pct, text } from "../core/format.js";
import { asOfField, count, money, MONEY_MAX } from "../core/schema.js";
import type { Step, Warning } from "../core/types.js";
import { manualCite } from "./manual-2019.js";
import { edition2019, financialTierSource, matureParams2019 } from "./params-2019.js";

const tiers = Object.keys(matureParams2019.rateByTier.value).map(Number);

const common = {
  financialTier: count(Math.min(...tiers), Math.max(...tiers)),
  asOf: asOfField(),
};

/**
 * 成熟型 subsidy ceiling (第一節 二, 要點 四): the tier's rate of the eligible amount,
 * at most NT$4,000,000 per case; the local government pays the rest.
 */
export const sppMatureSubsidy = defineCalculator({
  id: "spp-mature-subsidy",
  program: "spp",
  editions: [{ edition: edition2019, params: matureParams2019 }],
  title: { "zh-TW": "成熟型補助上限與地方分擔款試算", en: "Mature track subsidy ceiling and local share" },
  input: z.discriminatedUnion("purchaseKind", [
    z.object({ purchaseKind: z.literal("one-off"), contractAmount: money(), ...common }),
    z
      .object({ purchaseKind: z.literal("continuous"), monthlyPrice: money(), months: count(1), ...common })
      // The contract total is money too, and must stay within the same bound as any money input.
      .check(z.refine((d) => d.monthlyPrice * d.months <= MONEY_MAX, {
        path: ["months"],
        params: {
          text: text(`月費 × 月數不得超過 ${num(MONEY_MAX)} 元`, `Monthly price × months must be at most NT$${num(MONEY_MAX)}`),
        },
      })),
  ]),
  compute(parsed, P) {
    // The schema admits only the tiers that the rate table lists.
    const maxRate = P.rateByTier.value[parsed.financialTier]!;
    const steps: Step[] = [];
    const warnings: Warning[] = [];
    let totalCost: number;
    let eligibleAmount: number;

    if (parsed.purchaseKind === "one-off") {
      totalCost = parsed.contractAmount;
      eligibleAmount = totalCost;
      steps.push(
        step(
          "s1-2-2-1-contract-amount",
          { "zh-TW": "當次採購品項之契約金額（補助項目）", en: "Contract amount of this purchase (eligible item)" },
          eligibleAmount,
          P.oneOffItem,
          text(`一次性採購：總經費與補助項目金額均為 ${num(totalCost)} 元`, `One-off purchase: the total cost and the eligible amount are both NT$${num(totalCost)}`),
        ),
      );
    } else {
      const { monthlyPrice, months } = parsed;
      const eligibleMonths = Math.min(months, P.eligibleMonths.value);
      totalCost = monthlyPrice * months;
      eligibleAmount = monthlyPrice * eligibleMonths;
      steps.push(
        step(
          "s1-2-2-2-total-cost",
          { "zh-TW": "持續性服務契約總價", en: "Total price of the continuous service contract" },
          totalCost,
          P.eligibleMonths.cite,
          text(`${num(monthlyPrice)} × ${num(months)} 個月 = ${num(totalCost)}`, `${num(monthlyPrice)} × ${num(months)} months = ${num(totalCost)}`),
        ),
        step(
          "s1-2-2-2-one-year",
          P.eligibleMonths.label,
          eligibleAmount,
          P.eligibleMonths.cite,
          text(
            `補助期間以採購時起一年為限：${num(monthlyPrice)} × ${num(Math.min(months, P.eligibleMonths.value))} 個月（契約 ${num(months)} 個月與上限 ${num(P.eligibleMonths.value)} 個月之較少者）= ${num(eligibleAmount)}`,
            `The subsidy covers at most one year from the purchase: ${num(monthlyPrice)} × ${num(Math.min(months, P.eligibleMonths.value))} months (the lesser of the contract's ${num(months)} months and the ${num(P.eligibleMonths.value)}-month limit) = ${num(eligibleAmount)}`,
          ),
        ),
      );
      if (months > P.eligibleMonths.value) {
        warnings.push(
          warning(
            "continuous-beyond-one-year",
            text(
              `契約 ${num(months)} 個月中，僅採購時起 ${num(P.eligibleMonths.value)} 個月列入補助項目；其餘 ${num(totalCost - eligibleAmount)} 元由申請機關自行負擔，已計入分擔款。`,
              `Of the ${num(months)}-month contract, only the first ${num(P.eligibleMonths.value)} months from the purchase are eligible; the remaining NT$${num(totalCost - eligibleAmount)} is paid by the local government and is included in its share.`,
            ),
            P.eligibleMonths.cite,
          ),
        );
      }
    }

    const byRate = Math.floor(eligibleAmount * maxRate);
    const maxSubsidy = Math.min(P.cap.value, byRate);
    const capped = byRate > P.cap.value;
    const localShare = totalCost - maxSubsidy;

    steps.push(
      step(
        "s1-2-3-rate",
        P.rateByTier.label,
        maxRate,
        P.rateByTier.cite,
        text(`財力第 ${num(parsed.financialTier)} 級：補助上限為 ${pct(maxRate)}`, `Financial tier ${num(parsed.financialTier)}: the subsidy is at most ${pct(maxRate)}`),
        text(pct(maxRate), pct(maxRate)),
      ),
      step(
        "s1-2-3-rate-limit",
        { "zh-TW": "依補助比例計算之上限", en: "Ceiling by the rate" },
        byRate,
        P.rateByTier.cite,
        text(
          `${num(eligibleAmount)} × ${pct(maxRate)} = ${num(byRate)}（無條件捨去）`,
          `${num(eligibleAmount)} × ${pct(maxRate)} = ${num(byRate)} (rounded down)`,
        ),
      ),
      step(
        "s1-2-4-1-cap",
        P.cap.label,
        maxSubsidy,
        P.cap.cite,
        capped
          ? text(`超過每案上限 ${num(P.cap.value)} 元，以上限計`, `Above the cap of NT$${num(P.cap.value)} per case: the cap applies`)
          : text(`未超過每案上限 ${num(P.cap.value)} 元`, `Within the cap of NT$${num(P.cap.value)} per case`),
      ),
      step(
        "local-share",
        { "zh-TW": "申請機關分擔款（總經費 − 補助上限）", en: "Local government's share (total cost − subsidy ceiling)" },
        localShare,
        P.localShare,
        text(`${num(totalCost)} − ${num(maxSubsidy)} = ${num(localShare)}`, `${num(totalCost)} − ${num(maxSubsidy)} = ${num(localShare)}`),
      ),
    );

    warnings.push(
      warning(
        "financial-tier-source",
        text(
          "財力級次應以行政院主計總處該年度適用之「各直轄市及縣（市）政府財力分級表」為準（每三年檢討一次）；本站未能取得 108 年度之分級表，請向主計總處或主辦機關確認級次。",
          "The financial tier must be the one in the DGBAS table of local-government financial tiers in force for the year (reviewed every three years). The 2019 table was not found: confirm the tier with DGBAS or the agency.",
        ),
        manualCite("第一節 二(三); 附錄一 四(三)", href("spp/mature-subsidy", "financial-tiers")),
        financialTierSource,
      ),
      warning(
        "subsidy-may-be-adjusted",
        text(
          "補助比例與金額均為上限：中小企業處得視預算編列情形、計畫內容、採購品項及審查會決議調整補助金額。",
          "The rate and the amount are ceilings: SMEA may adjust the subsidy to the budget, the plan, the items purchased and the review committee's decision.",
        ),
        P.adjustment,
      ),
    );

    return { value: { totalCost, eligibleAmount, maxRate, maxSubsidy, localShare, capped }, steps, warnings };
  },
});
