import { tcloudRedemption } from "../../rules/tcloud/redemption.js";
import { redemptionParams2023 as P } from "../../rules/tcloud/params-2023.js";
import { solutionParams2023 as S } from "../../rules/tcloud/solution-params-2023.js";
import { num, pct } from "../../rules/core/format.js";
import { monthsUnit, pointsUnit } from "../fields.js";
import { count, yesNo } from "../format.js";
import { defineSpec, pageOnly } from "../types.js";

export default defineSpec(tcloudRedemption, {
  group: "money",
  question: import.meta.env.SSR ? { "zh-TW": "廠商每期可以核銷多少點數？", en: "How many points can a vendor redeem in each installment?" } : pageOnly,
  intro: import.meta.env.SSR ? {
    "zh-TW": `第一期為契約點數的 ${pct(P.firstInstallmentShare.value)}；第二期依企業使用紀錄月數核算，少於 ${num(P.minUsageMonths.value)} 個月則不予核銷（八(六)）。`,
    en: `The first installment is ${pct(P.firstInstallmentShare.value)} of the contract's points; the second follows the months of usage records, and fewer than ${num(P.minUsageMonths.value)} months means none (八(六)).`,
  } : pageOnly,
  handbook: "tcloud/vendor-duties",
  fields: [
    {
      key: "contractPoints",
      kind: "number",
      integer: true,
      unit: pointsUnit,
      label: { "zh-TW": "契約的點數", en: "Points of the contract" },
      example: { "zh-TW": "18000", en: "18000" },
    },
    {
      key: "contractMonths",
      kind: "number",
      integer: true,
      unit: monthsUnit,
      label: { "zh-TW": "契約月數", en: "Contract length in months" },
      hint: {
        "zh-TW": `${num(S.minSubscriptionMonths.value)} 至 ${num(S.maxSubscriptionMonths.value)} 個月。`,
        en: `${num(S.minSubscriptionMonths.value)} to ${num(S.maxSubscriptionMonths.value)} months.`,
      },
      example: { "zh-TW": "12", en: "12" },
    },
    {
      key: "usageRecordMonths",
      kind: "number",
      integer: true,
      unit: monthsUnit,
      label: { "zh-TW": "有企業使用紀錄的月數", en: "Months with usage records" },
      hint: { "zh-TW": "企業親自操作使用方案的月份數。", en: "Months in which the SME itself used the solution." },
      example: { "zh-TW": "10", en: "10" },
    },
    {
      key: "claimedThisYear",
      kind: "number",
      integer: true,
      optional: true,
      unit: pointsUnit,
      label: { "zh-TW": "今年已請領的點數", en: "Points already redeemed this year" },
      hint: { "zh-TW": "留空即為 0。", en: "Leave empty for 0." },
    },
  ],
  headline: (v, lang) =>
    v.redeemable
      ? lang === "en"
        ? `First installment ${count(v.firstInstallment, pointsUnit, lang)}, second ${v.secondInstallment < 0 ? `a refund of ${count(-v.secondInstallment, pointsUnit, lang)}` : count(v.secondInstallment, pointsUnit, lang)}.`
        : `第一期 ${count(v.firstInstallment, pointsUnit, lang)}，第二期 ${v.secondInstallment < 0 ? `應繳回 ${count(-v.secondInstallment, pointsUnit, lang)}` : count(v.secondInstallment, pointsUnit, lang)}。`
      : lang === "en"
        ? `Not redeemable as it stands: ${v.earnedPoints === 0 ? "too few months of usage records" : `over the yearly cap (${count(v.capRoomLeft, pointsUnit, lang)} left this year)`}.`
        : `目前無法核銷：${v.earnedPoints === 0 ? "企業使用紀錄月數不足" : `超過每年請領上限（本年尚可請領 ${count(v.capRoomLeft, pointsUnit, lang)}）`}。`,
  outputs: {
    firstInstallment: { label: { "zh-TW": "第一期點數", en: "First installment" }, format: (n, lang) => count(n, pointsUnit, lang) },
    earnedPoints: { label: { "zh-TW": "實際取得點數", en: "Points earned" }, format: (n, lang) => count(n, pointsUnit, lang) },
    secondInstallment: {
      label: { "zh-TW": "第二期點數（負數為應繳回）", en: "Second installment (negative: to pay back)" },
      format: (n, lang) => count(n, pointsUnit, lang),
    },
    redeemable: { label: { "zh-TW": "可核銷", en: "Redeemable" }, format: yesNo },
    capRoomLeft: { label: { "zh-TW": "本年尚可請領點數", en: "Room left under the yearly cap" }, format: (n, lang) => count(n, pointsUnit, lang) },
  },
  examples: import.meta.env.SSR
    ? [
        { label: { "zh-TW": "12 個月契約、10 個月紀錄", en: "12-month contract, 10 months of records" }, state: { contractPoints: "18000", contractMonths: "12", usageRecordMonths: "10" } },
        { label: { "zh-TW": "紀錄不足", en: "Too few records" }, state: { contractPoints: "18000", contractMonths: "6", usageRecordMonths: "3" } },
      ]
    : [],
});
