import { sppSettlementTotal } from "../../rules/spp/settlement-total.js";
import { ntdUnit } from "../fields.js";
import { money } from "../format.js";
import { defineSpec, pageOnly } from "../types.js";

export default defineSpec(sppSettlementTotal, {
  group: "money",
  question: import.meta.env.SSR ? { "zh-TW": "結算驗收證明書的結算總價是多少？", en: "What is the settlement total on the final acceptance certificate?" } : pageOnly,
  intro: import.meta.env.SSR ? {
    "zh-TW": "結算總價＝契約金額＋增加金額－減少金額－驗收扣款；逾期違約金及其他違約金不扣抵（表5-2 說明四、五）。",
    en: "Settlement total = contract amount + increases − decreases − inspection deductions; late-delivery and other penalties are not deducted (Table 5-2, notes 4 and 5).",
  } : pageOnly,
  handbook: "spp/mature-tables",
  fields: [
    { key: "contractAmount", kind: "amount", unit: ntdUnit, label: { "zh-TW": "契約金額", en: "Contract amount" }, example: { "zh-TW": "500萬", en: "5,000,000" } },
    {
      key: "increases",
      kind: "list",
      optional: true,
      label: { "zh-TW": "增加金額（每次契約變更一列）", en: "Increases (one row per contract change)" },
      itemLabel: { "zh-TW": "第幾次增加", en: "Increase" },
      item: { key: "", kind: "amount", unit: ntdUnit, label: { "zh-TW": "增加金額", en: "Amount added" }, example: { "zh-TW": "20萬", en: "200,000" } },
    },
    {
      key: "decreases",
      kind: "list",
      optional: true,
      label: { "zh-TW": "減少金額（每次契約變更一列）", en: "Decreases (one row per contract change)" },
      itemLabel: { "zh-TW": "第幾次減少", en: "Decrease" },
      item: { key: "", kind: "amount", unit: ntdUnit, label: { "zh-TW": "減少金額", en: "Amount taken off" }, example: { "zh-TW": "5萬", en: "50,000" } },
    },
    {
      key: "inspectionDeductions",
      kind: "amount",
      optional: true,
      unit: ntdUnit,
      label: { "zh-TW": "驗收扣款", en: "Deductions at inspection" },
      hint: { "zh-TW": "不包括逾期違約金及其他違約金；留空即為 0。", en: "Not including late-delivery or other penalties; leave empty for 0." },
      example: { "zh-TW": "5萬", en: "50,000" },
    },
  ],
  headline: (v, lang) =>
    lang === "en" ? `Settlement total ${money(v.settlementTotal, lang)} (${v.settlementTotalUpper}).` : `結算總價 ${money(v.settlementTotal, lang)}（${v.settlementTotalUpper}）。`,
  outputs: {
    settlementTotal: { label: { "zh-TW": "結算總價", en: "Settlement total" }, format: money },
    settlementTotalUpper: { label: { "zh-TW": "結算總價（金額中文大寫）", en: "Settlement total in Chinese uppercase numerals" }, format: (s) => s },
  },
  examples: import.meta.env.SSR
    ? [
        {
          label: { "zh-TW": "一次增加、一次減少、驗收扣款", en: "One increase, one decrease, a deduction" },
          state: { contractAmount: "500萬", "increases.0": "20萬", "decreases.0": "5萬", inspectionDeductions: "5萬" },
        },
        { label: { "zh-TW": "沒有變更", en: "No changes" }, state: { contractAmount: "1,200,000" } },
      ]
    : [],
});
