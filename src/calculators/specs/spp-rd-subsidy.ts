import { sppRdSubsidy } from "../../rules/spp/rd-subsidy.js";
import { rdParams2019 as P } from "../../rules/spp/params-2019.js";
import { pct } from "../../rules/core/format.js";
import { ntdUnit } from "../fields.js";
import { money, yesNo } from "../format.js";
import { defineSpec, pageOnly } from "../types.js";

export default defineSpec(sppRdSubsidy, {
  group: "money",
  question: import.meta.env.SSR ? { "zh-TW": "研發型（政府出題‧新創解題）最多可以補助多少？", en: "How much can the R&D track subsidise?" } : pageOnly,
  intro: import.meta.env.SSR ? {
    "zh-TW": `補助不超過計畫總經費的 ${pct(P.rate.value)}，每案最高 ${money(P.cap.value, "zh-TW")}（研發型 第二節 二）。`,
    en: `At most ${pct(P.rate.value)} of the total budget and ${money(P.cap.value, "en")} per case (研發型 第二節 二).`,
  } : pageOnly,
  handbook: "spp/rd-track",
  fields: [
    {
      key: "totalBudget",
      kind: "amount",
      unit: ntdUnit,
      label: { "zh-TW": "計畫總經費", en: "Total project budget" },
      example: { "zh-TW": "180萬", en: "1,800,000" },
    },
  ],
  headline: (v, lang) =>
    lang === "en"
      ? `Up to ${money(v.maxSubsidy, lang)}${v.capped ? " (the per-case cap)" : ""}; ${money(v.selfFunded, lang)} is self-funded.`
      : `補助上限 ${money(v.maxSubsidy, lang)}${v.capped ? "（已達每案上限）" : ""}；自籌 ${money(v.selfFunded, lang)}。`,
  outputs: {
    maxSubsidy: { label: { "zh-TW": "補助上限", en: "Maximum subsidy" }, format: money },
    selfFunded: { label: { "zh-TW": "自籌款", en: "Self-funded" }, format: money },
    capped: { label: { "zh-TW": "受每案上限限制", en: "Limited by the per-case cap" }, format: yesNo },
  },
  examples: import.meta.env.SSR
    ? [
        { label: { "zh-TW": "總經費 180 萬", en: "Budget NT$1,800,000" }, state: { totalBudget: "180萬" } },
        { label: { "zh-TW": "總經費 300 萬", en: "Budget NT$3,000,000" }, state: { totalBudget: "3,000,000" } },
      ]
    : [],
});
