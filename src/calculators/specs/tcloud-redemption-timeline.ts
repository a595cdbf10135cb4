import { tcloudRedemptionTimeline } from "../../rules/tcloud/redemption-timeline.js";
import { num } from "../../rules/core/format.js";
import { redemptionParams2023 as P } from "../../rules/tcloud/params-2023.js";
import { solutionParams2023 as S } from "../../rules/tcloud/solution-params-2023.js";
import { asOf, monthsUnit } from "../fields.js";
import { dateText } from "../format.js";
import { defineSpec, pageOnly } from "../types.js";

export default defineSpec(tcloudRedemptionTimeline, {
  group: "money",
  question: import.meta.env.SSR ? { "zh-TW": "廠商何時可以請第一期款、第二期款最晚何時請？", en: "When can a vendor claim the first installment, and by when the second?" } : pageOnly,
  intro: import.meta.env.SSR ? {
    "zh-TW": `契約期程滿 ${num(P.firstInstallmentAfterMonths.value)} 個月後可請第一期款；契約期程結束後 ${num(P.secondInstallmentWithinDays.value)} 個日曆天內請第二期款（八(六)1）。期間依民法第120、121條計算。`,
    en: `The first installment can be claimed once the contract has run ${num(P.firstInstallmentAfterMonths.value)} months; the second within ${num(P.secondInstallmentWithinDays.value)} calendar days after the contract ends (八(六)1). Periods are counted as the Civil Code counts them (Arts. 120–121).`,
  } : pageOnly,
  handbook: "tcloud/vendor-duties",
  fields: [
    {
      key: "contractStart",
      kind: "date",
      label: { "zh-TW": "買賣契約期程的起始日", en: "First day of the sales contract's term" },
      hint: { "zh-TW": "契約期程包含這一天。", en: "The term includes this day." },
      example: { "zh-TW": "2024-01-15", en: "2024-01-15" },
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
      example: { "zh-TW": "6", en: "6" },
    },
    asOf(),
  ],
  headline: (v, lang) =>
    lang === "en"
      ? `First installment from ${dateText(v.firstClaimFrom, lang)}; the contract ends on ${dateText(v.contractEnd, lang)}; claim the second by ${dateText(v.secondClaimBy, lang)}.`
      : `${dateText(v.firstClaimFrom, lang)}起可請第一期款；契約期程於${dateText(v.contractEnd, lang)}結束；第二期款須於${dateText(v.secondClaimBy, lang)}前請款。`,
  outputs: {
    firstClaimFrom: { label: { "zh-TW": "第一期款可請款日", en: "First installment claimable from" }, format: dateText },
    contractEnd: { label: { "zh-TW": "契約期程結束日", en: "Contract ends on" }, format: dateText },
    secondClaimBy: { label: { "zh-TW": "第二期款請款期限", en: "Second installment claim due by" }, format: dateText },
  },
  examples: import.meta.env.SSR
    ? [
        { label: { "zh-TW": "1月15日起、6個月", en: "From 15 January, 6 months" }, state: { contractStart: "2024-01-15", contractMonths: "6" } },
        { label: { "zh-TW": "11月30日起、4個月（跨閏年二月）", en: "From 30 November, 4 months (leap February)" }, state: { contractStart: "2023-11-30", contractMonths: "4" } },
      ]
    : [],
});
