import { sppChangeRefund } from "../../rules/spp/change-refund.js";
import { ntdUnit } from "../fields.js";
import { money } from "../format.js";
import { defineSpec, pageOnly } from "../types.js";

export default defineSpec(sppChangeRefund, {
  group: "money",
  question: import.meta.env.SSR ? { "zh-TW": "計畫經費變更後，補助款是多少、要繳回多少？", en: "After a change to the project's cost, what is the subsidy and what goes back?" } : pageOnly,
  intro: import.meta.env.SSR ? {
    "zh-TW": "經費增加由受補助機關自行負擔，補助款不變；經費減少則按原核定補助比例減列補助款（第五節 二(一)；表5-5）。",
    en: "An increase is the grantee's own and the subsidy stays; a decrease shrinks the subsidy by the approved ratio (第五節 二(一); Table 5-5).",
  } : pageOnly,
  handbook: "spp/mature-change-termination",
  fields: [
    { key: "approvedSubsidy", kind: "amount", unit: ntdUnit, label: { "zh-TW": "原核定補助款", en: "Approved subsidy" }, example: { "zh-TW": "270萬", en: "2,700,000" } },
    { key: "approvedLocalShare", kind: "amount", unit: ntdUnit, label: { "zh-TW": "原核定分擔款", en: "Approved local share" }, example: { "zh-TW": "30萬", en: "300,000" } },
    {
      key: "revisedTotal",
      kind: "amount",
      unit: ntdUnit,
      label: { "zh-TW": "變更後計畫總經費", en: "Revised total cost" },
      example: { "zh-TW": "240萬", en: "2,400,000" },
    },
    {
      key: "subsidyReceived",
      kind: "amount",
      unit: ntdUnit,
      label: { "zh-TW": "已領取的補助款", en: "Subsidy already received" },
      hint: { "zh-TW": "尚未請領任何款項填 0。", en: "Enter 0 if nothing has been claimed yet." },
      example: { "zh-TW": "135萬", en: "1,350,000" },
    },
  ],
  headline: (v, lang) =>
    lang === "en"
      ? `The subsidy becomes ${money(v.revisedSubsidy, lang)}; ${v.refundDue > 0 ? `${money(v.refundDue, lang)} must be refunded` : "nothing needs to be refunded"}.`
      : `變更後補助款 ${money(v.revisedSubsidy, lang)}；${v.refundDue > 0 ? `應繳回 ${money(v.refundDue, lang)}` : "無須繳回"}。`,
  outputs: {
    revisedSubsidy: { label: { "zh-TW": "變更後補助款", en: "Revised subsidy" }, format: money },
    borneByGrantee: { label: { "zh-TW": "受補助機關負擔", en: "Borne by the grantee" }, format: money },
    refundDue: { label: { "zh-TW": "應繳回金額", en: "Refund due" }, format: money },
  },
  examples: import.meta.env.SSR
    ? [
        {
          label: { "zh-TW": "經費由 300 萬減為 240 萬", en: "Cost cut from NT$3,000,000 to NT$2,400,000" },
          state: { approvedSubsidy: "270萬", approvedLocalShare: "30萬", revisedTotal: "240萬", subsidyReceived: "2,700,000" },
        },
      ]
    : [],
});
