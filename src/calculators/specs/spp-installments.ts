import { installmentParams2019 as P } from "../../rules/spp/params-2019.js";
import { sppInstallments, type Installment, type InstallmentWhen } from "../../rules/spp/installments.js";
import { num } from "../../rules/core/format.js";
import { monthsUnit, ntdUnit, when } from "../fields.js";
import { list, money } from "../format.js";
import { defineSpec, pageOnly } from "../types.js";

const whenText: Record<InstallmentWhen, { "zh-TW": string; en: string }> = {
  "after-acceptance": { "zh-TW": "驗收後", en: "after acceptance" },
  "after-half-term": { "zh-TW": "契約期間過半後", en: "after half the contract term" },
  "after-closing": { "zh-TW": "結案後", en: "after the project closes" },
};

const describe = (items: readonly Installment[], lang: "zh-TW" | "en") =>
  list(items.map((i) => `${money(i.amount, lang)}${lang === "en" ? " " : " "}${whenText[i.when][lang]}`), lang);

export default defineSpec(sppInstallments, {
  group: "money",
  question: import.meta.env.SSR ? { "zh-TW": "成熟型補助款會分幾期、何時撥付？", en: "When is a mature-track subsidy paid, and in how many installments?" } : pageOnly,
  intro: import.meta.env.SSR ? {
    "zh-TW": `一次性採購及 ${num(P.singlePaymentMaxMonths.value)} 個月以內的持續性服務於驗收後一次請領；較長的契約先撥一半，結案後撥餘額（附錄一 九）。`,
    en: `One-off purchases and continuous services of up to ${num(P.singlePaymentMaxMonths.value)} months are paid once after acceptance; longer contracts get half first and the rest after closing (Appendix 1 point 9).`,
  } : pageOnly,
  handbook: "spp/mature-execution",
  fields: [
    {
      key: "purchaseKind",
      kind: "choice",
      label: { "zh-TW": "採購的計價方式", en: "How is the purchase priced?" },
      options: [
        { value: "one-off", label: { "zh-TW": "一次性採購", en: "One-off purchase" } },
        { value: "continuous", label: { "zh-TW": "持續性服務", en: "Continuous service" } },
      ],
    },
    {
      key: "contractMonths",
      kind: "number",
      integer: true,
      unit: monthsUnit,
      showIf: when("purchaseKind", "continuous"),
      label: { "zh-TW": "契約月數", en: "Contract length in months" },
      example: { "zh-TW": "12", en: "12" },
    },
    {
      key: "subsidy",
      kind: "amount",
      unit: ntdUnit,
      label: { "zh-TW": "核定補助款", en: "Approved subsidy" },
      example: { "zh-TW": "270萬", en: "2,700,000" },
    },
  ],
  headline: (v, lang) =>
    lang === "en"
      ? `${v.installments.length === 1 ? "One installment" : `${v.installments.length} installments`}: ${describe(v.installments, lang)}.`
      : `分 ${v.installments.length} 期撥付：${describe(v.installments, lang)}。`,
  outputs: {
    installments: { label: { "zh-TW": "各期撥款", en: "Installments" }, format: describe },
  },
  examples: import.meta.env.SSR
    ? [
        { label: { "zh-TW": "12 個月持續性服務", en: "A 12-month continuous service" }, state: { purchaseKind: "continuous", contractMonths: "12", subsidy: "2,700,000" } },
        { label: { "zh-TW": "一次性採購", en: "A one-off purchase" }, state: { purchaseKind: "one-off", subsidy: "90萬" } },
      ]
    : [],
});
