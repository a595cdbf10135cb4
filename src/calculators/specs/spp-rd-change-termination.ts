import { sppRdChangeTermination } from "../../rules/spp/rd-change-termination.js";
import type { Lang } from "../../rules/core/types.js";
import { ntdUnit, when } from "../fields.js";
import { money } from "../format.js";
import { defineSpec, type FormState, pageOnly } from "../types.js";

const isChange = when("kind", "change");
const isTermination = when("kind", "termination");
/** 三(一): force majeure and a reason not attributable to the startup return only the unexecuted part. */
const returnsUnexecutedPart = (s: FormState) => isTermination(s) && when("reason", "force-majeure", "not-attributable")(s);

/** A change's figure, which a termination does not have (null). */
const changeMoney = (n: number | null, lang: Lang) =>
  n === null ? (lang === "en" ? "Not applicable (a termination)" : "不適用（計畫終止）") : money(n, lang);

export default defineSpec(sppRdChangeTermination, {
  group: "money",
  question: import.meta.env.SSR ? {
    "zh-TW": "研發型計畫變更或終止時，新創業者要負擔多少、繳回多少？",
    en: "When an R&D project changes or ends early, what does the startup bear and what goes back?",
  } : pageOnly,
  intro: import.meta.env.SSR ? {
    "zh-TW": "變更：追加經費由新創業者自行負擔，減列經費按補助比例繳回（研發型 第五節 二）。終止：不可抗力或不可歸責於新創業者，繳回未執行部分及其孳息；可歸責於新創業者，繳回全部補助款及孳息（研發型 第五節 三）。",
    en: "A change: added costs are the startup's own, reduced costs return the subsidy by the approved ratio (研發型 第五節 二). A termination: for force majeure or a reason not attributable to the startup, the unexecuted part and its interest go back; for the startup's fault, all the subsidy and its interest (研發型 第五節 三).",
  } : pageOnly,
  handbook: "spp/rd-execution",
  fields: [
    {
      key: "kind",
      kind: "choice",
      label: { "zh-TW": "計畫變更還是終止？", en: "Is the project changed or terminated?" },
      options: [
        { value: "change", label: { "zh-TW": "計畫變更（追加或減列經費）", en: "Changed (costs added or reduced)" } },
        { value: "termination", label: { "zh-TW": "計畫終止", en: "Terminated" } },
      ],
    },
    {
      key: "reason",
      kind: "choice",
      showIf: isTermination,
      label: { "zh-TW": "終止的原因", en: "Why was it terminated?" },
      options: [
        { value: "force-majeure", label: { "zh-TW": "天災或其他不可抗力", en: "A natural disaster or other force majeure" } },
        {
          value: "not-attributable",
          label: { "zh-TW": "不可歸責於新創業者的其他原因", en: "Another reason that is not the startup's fault" },
          hint: {
            "zh-TW": "既非不可抗力，也不是新創業者造成的事由；由提案機關申請終止，經中小企業處廢止補助之核定。",
            en: "Neither force majeure nor anything the startup did; the proposing agency applies to end the project and SMEA revokes the approval.",
          },
        },
        {
          value: "attributable",
          label: { "zh-TW": "可歸責於新創業者（經通知仍不改善）", en: "The startup's fault (not put right after notice)" },
        },
      ],
    },
    {
      key: "approvedSubsidy",
      kind: "amount",
      unit: ntdUnit,
      showIf: isChange,
      label: { "zh-TW": "原核定補助款", en: "Approved subsidy" },
      example: { "zh-TW": "100萬", en: "1,000,000" },
    },
    {
      key: "approvedStartupShare",
      kind: "amount",
      unit: ntdUnit,
      showIf: isChange,
      label: { "zh-TW": "原核定新創業者自籌款", en: "The startup's approved own share" },
      example: { "zh-TW": "150萬", en: "1,500,000" },
    },
    {
      key: "revisedTotal",
      kind: "amount",
      unit: ntdUnit,
      showIf: isChange,
      label: { "zh-TW": "變更後計畫總經費", en: "Revised total cost" },
      example: { "zh-TW": "200萬", en: "2,000,000" },
    },
    {
      key: "subsidyReceived",
      kind: "amount",
      unit: ntdUnit,
      showIf: when("kind", "change", "termination"),
      label: { "zh-TW": "已領取的補助款", en: "Subsidy already received" },
      hint: { "zh-TW": "尚未請領任何款項填 0。", en: "Enter 0 if nothing has been paid yet." },
      example: { "zh-TW": "50萬", en: "500,000" },
    },
    {
      key: "unexecutedSubsidy",
      kind: "amount",
      unit: ntdUnit,
      showIf: returnsUnexecutedPart,
      label: { "zh-TW": "其中屬未執行部分", en: "Of which for unexecuted work" },
      example: { "zh-TW": "20萬", en: "200,000" },
    },
    {
      key: "interest",
      kind: "amount",
      unit: ntdUnit,
      showIf: isTermination,
      label: { "zh-TW": "應繳回的孳息", en: "Interest to return" },
      hint: {
        "zh-TW": "補助款所生利息；沒有填 0。不可抗力或不可歸責時只填未執行部分所生的孳息（研發型 第五節 三(一)）。",
        en: "Interest the subsidy earned; 0 if none. For force majeure or a reason not the startup's fault, only what the unexecuted part earned (研發型 第五節 三(一)).",
      },
      example: { "zh-TW": "300", en: "300" },
    },
  ],
  headline: (v, lang) =>
    v.revisedSubsidy === null
      ? lang === "en"
        ? `Return ${money(v.refundDue, lang)}.`
        : `應繳回 ${money(v.refundDue, lang)}。`
      : lang === "en"
        ? `The subsidy becomes ${money(v.revisedSubsidy, lang)} and the startup bears ${changeMoney(v.borneByStartup, lang)}; ${v.refundDue > 0 ? `${money(v.refundDue, lang)} must be returned` : "nothing needs to be returned"}.`
        : `變更後補助款 ${money(v.revisedSubsidy, lang)}，新創業者負擔 ${changeMoney(v.borneByStartup, lang)}；${v.refundDue > 0 ? `應繳回 ${money(v.refundDue, lang)}` : "無須繳回"}。`,
  outputs: {
    revisedSubsidy: { label: { "zh-TW": "變更後補助款", en: "Revised subsidy" }, format: changeMoney },
    borneByStartup: { label: { "zh-TW": "新創業者負擔", en: "Borne by the startup" }, format: changeMoney },
    refundDue: { label: { "zh-TW": "應繳回金額", en: "Refund due" }, format: money },
  },
  examples: import.meta.env.SSR
    ? [
        {
          label: { "zh-TW": "變更：經費由 250 萬減為 200 萬", en: "Change: costs cut from NT$2,500,000 to NT$2,000,000" },
          state: { kind: "change", approvedSubsidy: "100萬", approvedStartupShare: "150萬", revisedTotal: "200萬", subsidyReceived: "100萬" },
        },
        {
          label: { "zh-TW": "變更：經費追加至 300 萬", en: "Change: costs raised to NT$3,000,000" },
          state: { kind: "change", approvedSubsidy: "100萬", approvedStartupShare: "150萬", revisedTotal: "300萬", subsidyReceived: "50萬" },
        },
        {
          label: { "zh-TW": "終止：不可抗力", en: "Terminated: force majeure" },
          state: { kind: "termination", reason: "force-majeure", subsidyReceived: "50萬", unexecutedSubsidy: "20萬", interest: "300" },
        },
        {
          label: { "zh-TW": "終止：不可歸責於新創業者", en: "Terminated: not the startup's fault" },
          state: { kind: "termination", reason: "not-attributable", subsidyReceived: "50萬", unexecutedSubsidy: "20萬", interest: "300" },
        },
        {
          label: { "zh-TW": "終止：可歸責於新創業者", en: "Terminated: the startup's fault" },
          state: { kind: "termination", reason: "attributable", subsidyReceived: "50萬", interest: "750" },
        },
      ]
    : [],
});
