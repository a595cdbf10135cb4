import { sppTerminationRefund } from "../../rules/spp/termination-refund.js";
import { ntdUnit, when } from "../fields.js";
import { money } from "../format.js";
import { defineSpec, pageOnly } from "../types.js";

export default defineSpec(sppTerminationRefund, {
  group: "money",
  question: import.meta.env.SSR ? { "zh-TW": "計畫終止時要繳回多少？", en: "How much goes back when a project is terminated?" } : pageOnly,
  intro: import.meta.env.SSR ? {
    "zh-TW": "不可抗力終止：繳回未執行部分的補助款及該部分的孳息；其他原因：繳回已領取的全部補助款（手冊另要求孳息，與要點不一致）（第五節 二(二)；表5-6）。",
    en: "Force majeure: the unexecuted part of the subsidy and that part's interest; any other reason: all the subsidy received (the manual adds interest, its Appendix does not) (第五節 二(二); Table 5-6).",
  } : pageOnly,
  handbook: "spp/mature-change-termination",
  fields: [
    {
      key: "reason",
      kind: "choice",
      label: { "zh-TW": "終止原因", en: "Why was the project terminated?" },
      options: [
        {
          value: "force-majeure",
          label: { "zh-TW": "天災或其他不可抗力", en: "A natural disaster or other force majeure" },
        },
        { value: "other", label: { "zh-TW": "其他原因", en: "Any other reason" } },
      ],
    },
    { key: "subsidyReceived", kind: "amount", unit: ntdUnit, label: { "zh-TW": "已領取的補助款", en: "Subsidy received" }, example: { "zh-TW": "135萬", en: "1,350,000" } },
    {
      key: "unexecutedSubsidy",
      kind: "amount",
      unit: ntdUnit,
      showIf: when("reason", "force-majeure"),
      label: { "zh-TW": "其中未執行部分", en: "Of which for unexecuted work" },
      example: { "zh-TW": "40萬", en: "400,000" },
    },
    {
      key: "interest",
      kind: "amount",
      unit: ntdUnit,
      label: { "zh-TW": "應繳回的孳息（不可抗力：只計未執行部分所生者）", en: "Interest to refund (force majeure: only what the unexecuted part earned)" },
      hint: {
        "zh-TW": "專戶利息；沒有填 0。不可抗力終止只繳回「該未執行部分已領取之補助款及孳息」（第五節 二(二)1），請填該部分的孳息，不是全部孳息。",
        en: "Interest on the earmarked account; 0 if none. After force majeure only \"the unexecuted part received and its interest\" goes back (第五節 二(二)1): enter that part's interest, not all of it.",
      },
      example: { "zh-TW": "1,250", en: "1,250" },
    },
  ],
  headline: (v, lang) => (lang === "en" ? `Refund ${money(v.refundDue, lang)}.` : `應繳回 ${money(v.refundDue, lang)}。`),
  outputs: {
    refundDue: { label: { "zh-TW": "應繳回金額", en: "Refund due" }, format: money },
  },
  examples: import.meta.env.SSR
    ? [
        { label: { "zh-TW": "不可抗力", en: "Force majeure" }, state: { reason: "force-majeure", subsidyReceived: "135萬", unexecutedSubsidy: "40萬", interest: "1,250" } },
        { label: { "zh-TW": "其他原因", en: "Another reason" }, state: { reason: "other", subsidyReceived: "135萬", interest: "1,250" } },
      ]
    : [],
});
