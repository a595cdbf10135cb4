import { sppMatureSubsidy } from "../../rules/spp/mature-subsidy.js";
import { matureParams2019 as P } from "../../rules/spp/params-2019.js";
import { num, pct } from "../../rules/core/format.js";
import { monthsUnit, ntdUnit, when } from "../fields.js";
import { money, yesNo } from "../format.js";
import { defineSpec, pageOnly } from "../types.js";

const tiers = Object.keys(P.rateByTier.value).map(Number);

export default defineSpec(sppMatureSubsidy, {
  group: "money",
  question: import.meta.env.SSR ? { "zh-TW": "成熟型新創採購最多可以補助多少？", en: "How much can the mature track subsidise?" } : pageOnly,
  intro: import.meta.env.SSR ? {
    "zh-TW": `補助比例依財力級次（第1級最高 ${pct(P.rateByTier.value[1]!)}，其餘 ${pct(P.rateByTier.value[2]!)}），每案最高 ${money(P.cap.value, "zh-TW")}；其餘由地方政府分擔（第一節 二）。`,
    en: `The rate depends on the financial tier (tier 1 up to ${pct(P.rateByTier.value[1]!)}, the others ${pct(P.rateByTier.value[2]!)}), with at most ${money(P.cap.value, "en")} per case; the local government pays the rest (第一節 二).`,
  } : pageOnly,
  handbook: "spp/mature-subsidy",
  fields: [
    {
      key: "financialTier",
      kind: "choice",
      numeric: true,
      label: { "zh-TW": "申請的縣市政府屬於第幾級財力級次？", en: "Which financial tier is the applying city or county in?" },
      hint: {
        "zh-TW": "行政院主計總處每三年公布中央對直轄市及縣（市）政府財力級次；108 年度的分級表請以當年公告為準。",
        en: "DGBAS publishes the financial tiers of cities and counties every three years; use the table in force in 2019.",
      },
      options: tiers.map((t) => ({
        value: String(t),
        label: { "zh-TW": `第 ${t} 級`, en: `Tier ${t}` },
        hint: { "zh-TW": `補助比例上限 ${pct(P.rateByTier.value[t]!)}`, en: `Rate up to ${pct(P.rateByTier.value[t]!)}` },
      })),
      unknown: {
        check: {
          "zh-TW": "主計總處公布之「中央對直轄市及縣(市)政府財力級次」表（本站「來源」頁附 115–117 年度參考）。",
          en: "DGBAS's table of the financial tiers of cities and counties (the About page lists the 2026–2028 table for reference).",
        },
        candidates: tiers,
      },
    },
    {
      key: "purchaseKind",
      kind: "choice",
      label: { "zh-TW": "採購的計價方式", en: "How is the purchase priced?" },
      options: [
        { value: "one-off", label: { "zh-TW": "一次性採購（契約總價）", en: "One-off purchase (a contract price)" } },
        { value: "continuous", label: { "zh-TW": "持續性服務（按月計費）", en: "Continuous service (a monthly price)" } },
      ],
    },
    {
      key: "contractAmount",
      kind: "amount",
      unit: ntdUnit,
      showIf: when("purchaseKind", "one-off"),
      label: { "zh-TW": "契約金額", en: "Contract amount" },
      example: { "zh-TW": "300萬", en: "3,000,000" },
    },
    {
      key: "monthlyPrice",
      kind: "amount",
      unit: ntdUnit,
      showIf: when("purchaseKind", "continuous"),
      label: { "zh-TW": "每月費用", en: "Monthly price" },
      example: { "zh-TW": "25萬", en: "250,000" },
    },
    {
      key: "months",
      kind: "number",
      integer: true,
      unit: monthsUnit,
      showIf: when("purchaseKind", "continuous"),
      label: { "zh-TW": "契約月數", en: "Contract length in months" },
      hint: {
        "zh-TW": `補助以採購時起 ${num(P.eligibleMonths.value)} 個月為限。`,
        en: `At most ${num(P.eligibleMonths.value)} months from the purchase are subsidised.`,
      },
      example: { "zh-TW": "18", en: "18" },
    },
  ],
  headline: (v, lang) =>
    lang === "en"
      ? `Up to ${money(v.maxSubsidy, lang)} in subsidy${v.capped ? " (the per-case cap)" : ""}; the local government pays ${money(v.localShare, lang)}.`
      : `補助上限 ${money(v.maxSubsidy, lang)}${v.capped ? "（已達每案上限）" : ""}；地方分擔 ${money(v.localShare, lang)}。`,
  outputs: {
    totalCost: { label: { "zh-TW": "總經費", en: "Total cost" }, format: money },
    eligibleAmount: { label: { "zh-TW": "可補助金額", en: "Eligible amount" }, format: money },
    maxRate: { label: { "zh-TW": "補助比例上限", en: "Maximum rate" }, format: (r) => pct(r) },
    maxSubsidy: { label: { "zh-TW": "補助上限", en: "Maximum subsidy" }, format: money },
    localShare: { label: { "zh-TW": "地方分擔款", en: "Local share" }, format: money },
    capped: { label: { "zh-TW": "受每案上限限制", en: "Limited by the per-case cap" }, format: yesNo },
  },
  examples: import.meta.env.SSR
    ? [
        { label: { "zh-TW": "第 3 級、一次性 300 萬", en: "Tier 3, one-off NT$3,000,000" }, state: { financialTier: "3", purchaseKind: "one-off", contractAmount: "300萬" } },
        {
          label: { "zh-TW": "第 1 級、月費 50 萬共 18 個月", en: "Tier 1, NT$500,000 a month for 18 months" },
          state: { financialTier: "1", purchaseKind: "continuous", monthlyPrice: "50萬", months: "18" },
        },
      ]
    : [],
});
