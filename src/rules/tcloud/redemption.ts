import * as z from "zod/mini";
import { defineCalculator, step, warning } from "../core/calculator.js";
import { num, pct, text } from "../core/format.js";
import { asOfField, count } from "../core/schema.js";
import type { Warning } from "../core/types.js";
import { edition2023, pointsParams2023, redemptionParams2023 } from "./params-2023.js";
import { solutionParams2023 } from "./solution-params-2023.js";

const S = solutionParams2023;

/**
 * 八(六): a vendor claims one contract's points in two installments, 20% after
 * three months and the balance (points actually earned, less the first) after the
 * contract ends; fewer than four months of usage records void the order.
 * 二(二) caps what one vendor redeems in a year.
 */
export const tcloudRedemption = defineCalculator({
  id: "tcloud-redemption",
  program: "tcloud",
  editions: [{ edition: edition2023, params: redemptionParams2023 }],
  title: { "zh-TW": "臺灣雲市集點數核銷試算", en: "TCloud point redemption" },
  input: z.object({
    // One contract is paid by one SME, whose points never exceed the grant of 二(一).
    contractPoints: count(0, pointsParams2023.pointsPerSme.value),
    contractMonths: count(S.minSubscriptionMonths.value, S.maxSubscriptionMonths.value),
    usageRecordMonths: count(),
    claimedThisYear: z._default(count(), 0),
    asOf: asOfField(),
  }),
  compute({ contractPoints, contractMonths, usageRecordMonths, claimedThisYear }, P) {
    const firstInstallment = Math.floor(contractPoints * P.firstInstallmentShare.value);
    const countedMonths = Math.min(usageRecordMonths, contractMonths);
    const enoughRecords = countedMonths >= P.minUsageMonths.value;
    const earnedPoints = enoughRecords ? Math.floor((contractPoints * countedMonths) / contractMonths) : 0;
    const secondInstallment = earnedPoints - firstInstallment;
    const cap = P.annualCapPoints.value;
    const room = Math.max(0, cap - claimedThisYear);
    const withinCap = claimedThisYear + earnedPoints <= cap;
    const redeemable = enoughRecords && withinCap;

    const warnings: Warning[] = [
      warning(
        "pro-rata-interpretation",
        text(
          `八(六)2 只說執行單位「依廠商提交之企業使用紀錄月數核算補助款」，未寫出公式；本試算按「使用紀錄月數與契約月數之較少者 ÷ 契約月數」的比例計算實際取得點數（無條件捨去），屬解讀，請以執行單位核定為準。`,
          `八(六)2 only says the agency "works out the subsidy from the number of months of usage records" and gives no formula; this calculator pro-rates the points by the lesser of the record months and the contract months, divided by the contract months (rounded down). That is an interpretation: the executing agency's decision prevails.`,
        ),
        P.minUsageMonths.cite,
      ),
      warning(
        "installment-timing",
        text(
          `二(二)寫廠商「於雲端解決方案買賣契約期程結束後」核銷點數，八(六)1 卻規定第一期款在契約期程滿 ${P.firstInstallmentAfterMonths.value} 個月後即可請款；本試算依八(六)1 分兩期計算。`,
          `二(二) has vendors redeem points "after the cloud solution contract ends", yet 八(六)1 lets the first installment be claimed once the contract has run ${P.firstInstallmentAfterMonths.value} months; this calculator follows the two installments of 八(六)1.`,
        ),
        P.timing,
        P.firstInstallmentShare.cite,
      ),
    ];
    if (!withinCap) {
      warnings.push(
        warning(
          "over-annual-cap",
          text(
            `本年已請領 ${num(claimedThisYear)} 點，依二(二)每年上限 ${num(cap)} 點僅剩 ${num(room)} 點；本筆 ${num(earnedPoints)} 點超過上限，不予核銷，請與執行單位確認可否分次或次年核銷。`,
            `${num(claimedThisYear)} points were redeemed this year, so only ${num(room)} of the yearly cap of ${num(cap)} (二(二)) are left; this claim of ${num(earnedPoints)} points is over it and is not redeemable. Ask the executing agency whether it can be claimed in parts or next year.`,
          ),
          P.annualCapPoints.cite,
        ),
      );
    }
    if (secondInstallment < 0) {
      warnings.push(
        warning(
          "refund-due",
          text(
            `實際取得點數 ${num(earnedPoints)} 點少於第一期款 ${num(firstInstallment)} 點，廠商應繳回 ${num(-secondInstallment)} 點之款項。`,
            `Points earned (${num(earnedPoints)}) are fewer than the first installment (${num(firstInstallment)}): the vendor must pay back ${num(-secondInstallment)} points' worth.`,
          ),
          P.minUsageMonths.cite,
        ),
      );
    }

    return {
      value: { firstInstallment, earnedPoints, secondInstallment, redeemable, capRoomLeft: room },
      steps: [
        step(
          "p8-6-1-first-installment",
          P.firstInstallmentShare.label,
          firstInstallment,
          P.firstInstallmentShare.cite,
          text(
            `契約期程滿 ${P.firstInstallmentAfterMonths.value} 個月後請款：${num(contractPoints)} × ${pct(P.firstInstallmentShare.value)} = ${num(firstInstallment)} 點（無條件捨去，1點 = 1元）`,
            `Claimed once the contract has run ${P.firstInstallmentAfterMonths.value} months: ${num(contractPoints)} × ${pct(P.firstInstallmentShare.value)} = ${num(firstInstallment)} points (rounded down, 1 point = NT$1)`,
          ),
        ),
        step(
          "p8-6-2-usage-record-months",
          text("計入之企業使用紀錄月數", "Months of usage records counted"),
          countedMonths,
          P.minUsageMonths.cite,
          text(
            `使用紀錄 ${usageRecordMonths} 個月與契約 ${contractMonths} 個月之較少者：${countedMonths} 個月`,
            `The lesser of ${usageRecordMonths} record months and ${contractMonths} contract months: ${countedMonths} months`,
          ),
        ),
        step(
          "p8-6-2-minimum-usage",
          P.minUsageMonths.label,
          enoughRecords,
          P.minUsageMonths.cite,
          enoughRecords
            ? text(`${countedMonths} ≥ ${P.minUsageMonths.value} 個月，可核銷`, `${countedMonths} ≥ ${P.minUsageMonths.value} months: the order can be redeemed`)
            : text(
                `${countedMonths} < ${P.minUsageMonths.value} 個月，該筆訂單不予核銷，已請領之款項應繳回`,
                `${countedMonths} < ${P.minUsageMonths.value} months: the order is not redeemed and any amount received must be paid back`,
              ),
        ),
        step(
          "p8-6-2-earned-points",
          text("實際取得點數", "Points earned"),
          earnedPoints,
          P.minUsageMonths.cite,
          enoughRecords
            ? text(
                `${num(contractPoints)} × ${countedMonths} ÷ ${contractMonths} = ${num(earnedPoints)} 點（無條件捨去）`,
                `${num(contractPoints)} × ${countedMonths} ÷ ${contractMonths} = ${num(earnedPoints)} points (rounded down)`,
              )
            : text("使用紀錄不足，實際取得 0 點", "Too few usage records: 0 points earned"),
        ),
        step(
          "p8-6-1-second-installment",
          text("第二期款（負數為應繳回）", "Second installment (negative: to pay back)"),
          secondInstallment,
          P.secondInstallmentWithinDays.cite,
          text(
            `契約期程結束後 ${P.secondInstallmentWithinDays.value} 個日曆天內請款：${num(earnedPoints)} − ${num(firstInstallment)} = ${num(secondInstallment)} 點`,
            `Claimed within ${P.secondInstallmentWithinDays.value} calendar days after the contract ends: ${num(earnedPoints)} − ${num(firstInstallment)} = ${num(secondInstallment)} points`,
          ),
        ),
        step(
          "p2-2-annual-cap",
          P.annualCapPoints.label,
          withinCap,
          P.annualCapPoints.cite,
          text(
            `本年已請領 ${num(claimedThisYear)} 點，尚可請領 ${num(room)} 點；本筆 ${num(earnedPoints)} 點${withinCap ? "未超過" : "超過"}每年 ${num(cap)} 點上限`,
            `${num(claimedThisYear)} points redeemed this year, ${num(room)} left; this claim of ${num(earnedPoints)} points is ${withinCap ? "within" : "over"} the yearly cap of ${num(cap)}`,
          ),
        ),
      ],
      warnings,
    };
  },
});
