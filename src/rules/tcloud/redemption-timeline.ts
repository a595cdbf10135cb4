import * as z from "zod/mini";
import { civilCodeCites } from "../civil-code.js";
import { asOfOf, defineCalculator, step, warning } from "../core/calculator.js";
import { addDays, daysAfter, monthsPeriodEnd } from "../core/dates.js";
import { text } from "../core/format.js";
import { asOfField, count, isoDate } from "../core/schema.js";
import type { Warning } from "../core/types.js";
import { edition2023, period2023, redemptionParams2023 } from "./params-2023.js";
import { solutionParams2023 as S } from "./solution-params-2023.js";

/**
 * 八(六)1: when a vendor may claim each installment of one contract. A contract term
 * includes its start date, so its N months end on the day before the corresponding day
 * (民法 第121條); the 30 calendar days after the end do not count the end date (第120條).
 */
export const tcloudRedemptionTimeline = defineCalculator({
  id: "tcloud-redemption-timeline",
  program: "tcloud",
  editions: [{ edition: edition2023, params: { ...redemptionParams2023, period: period2023 } }],
  title: { "zh-TW": "臺灣雲市集點數核銷請款時程", en: "TCloud point redemption timeline" },
  input: z.object({
    contractStart: isoDate(),
    contractMonths: count(S.minSubscriptionMonths.value, S.maxSubscriptionMonths.value),
    asOf: asOfField(),
  }),
  compute({ contractStart, contractMonths, ...rest }, P) {
    const asOf = asOfOf(rest);
    const firstPeriodEnd = monthsPeriodEnd(contractStart, P.firstInstallmentAfterMonths.value);
    const firstClaimFrom = addDays(firstPeriodEnd, 1);
    const contractEnd = monthsPeriodEnd(contractStart, contractMonths);
    const secondClaimBy = daysAfter(contractEnd, P.secondInstallmentWithinDays.value);
    const civil = civilCodeCites.periods;

    const warnings: Warning[] = [
      warning(
        "holiday-moves-deadline",
        text(
          "第二期款期限末日如為星期日、紀念日或其他休息日，依民法第122條以休息日之次日代之；本試算不知道當年的休假日，未自動順延，請自行查對行事曆。",
          "If the second installment's last day falls on a Sunday, a memorial day or another day of rest, the next day takes its place (Civil Code Art. 122); this calculator does not know that year's days off and has not moved the date: check the calendar.",
        ),
        civilCodeCites.holiday,
        P.secondInstallmentWithinDays.cite,
      ),
    ];
    if (contractEnd > P.period.to) {
      warnings.push(
        warning(
          "contract-beyond-programme",
          text(
            `契約期程結束日 ${contractEnd} 已超過計畫期間（至 ${P.period.to}，八(一)）；請向執行單位確認能否核銷。`,
            `The contract ends on ${contractEnd}, after the programme period (to ${P.period.to}, 八(一)); confirm with the executing agency that it can still be redeemed.`,
          ),
          edition2023.cite,
        ),
      );
    }
    if (secondClaimBy < asOf) {
      warnings.push(
        warning(
          "deadline-passed",
          text(`截至 ${asOf}，第二期款請款期限 ${secondClaimBy} 已過。`, `As of ${asOf}, the second installment's deadline (${secondClaimBy}) has passed.`),
          P.secondInstallmentWithinDays.cite,
        ),
      );
    }

    return {
      value: { firstClaimFrom, contractEnd, secondClaimBy },
      steps: [
        step(
          "civil-code-121-first-three-months",
          text("契約期程前3個月之末日", "Last day of the contract's first 3 months"),
          firstPeriodEnd,
          civil,
          text(
            `契約期程含起始日 ${contractStart}；${P.firstInstallmentAfterMonths.value} 個月之末日為相當日之前一日 ${firstPeriodEnd}`,
            `The term includes its start date ${contractStart}; ${P.firstInstallmentAfterMonths.value} months end on the day before the corresponding day, ${firstPeriodEnd}`,
          ),
        ),
        step(
          "p8-6-1-first-claim-from",
          P.firstInstallmentAfterMonths.label,
          firstClaimFrom,
          P.firstInstallmentAfterMonths.cite,
          text(`契約期程滿 ${P.firstInstallmentAfterMonths.value} 個月後，自 ${firstClaimFrom} 起可請第一期款`, `Once ${P.firstInstallmentAfterMonths.value} months have run, the first installment can be claimed from ${firstClaimFrom}`),
        ),
        step(
          "civil-code-121-contract-end",
          text("契約期程結束日", "Last day of the contract"),
          contractEnd,
          civil,
          text(`${contractStart} 起 ${contractMonths} 個月，末日為 ${contractEnd}`, `${contractMonths} months from ${contractStart} end on ${contractEnd}`),
        ),
        step(
          "p8-6-1-second-claim-by",
          P.secondInstallmentWithinDays.label,
          secondClaimBy,
          P.secondInstallmentWithinDays.cite,
          text(
            `結束日 ${contractEnd} 不算入，其後 ${P.secondInstallmentWithinDays.value} 個日曆天內，至 ${secondClaimBy}`,
            `Not counting the end date ${contractEnd}, within ${P.secondInstallmentWithinDays.value} calendar days: by ${secondClaimBy}`,
          ),
        ),
      ],
      warnings,
    };
  },
});
