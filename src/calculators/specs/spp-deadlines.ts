import { sppDeadlines } from "../../rules/spp/deadlines.js";
import { num } from "../../rules/core/format.js";
import { deadlineParams2019 as P } from "../../rules/spp/params-2019.js";
import { asOf } from "../fields.js";
import { dateText } from "../format.js";
import { defineSpec, pageOnly } from "../types.js";

export default defineSpec(sppDeadlines, {
  group: "eligible",
  question: import.meta.env.SSR ? { "zh-TW": "核定補助後，採購、驗收與請款的期限是哪一天？", en: "After approval, by when must we procure, finish acceptance and claim the subsidy?" } : pageOnly,
  intro: import.meta.env.SSR ? {
    "zh-TW": `核定後 ${num(P.procureWithinMonths.value)} 個月內辦理採購（原則），驗收後 ${num(P.claimWithinMonths.value)} 個月內請款，都不得晚於核定當年的完成日（成熟型12月10日、研發型12月20日）；期間依民法第120、121條計算（第二節 一；第五節 三(一)）。`,
    en: `Procure within ${num(P.procureWithinMonths.value)} months of approval (as a rule) and claim within ${num(P.claimWithinMonths.value)} month of acceptance, never after the approval year's closing date (10 December mature, 20 December R&D); periods are counted as the Civil Code counts them, Arts. 120–121 (第二節 一; 第五節 三(一)).`,
  } : pageOnly,
  handbook: "spp/mature-timeline",
  fields: [
    {
      key: "track",
      kind: "choice",
      label: { "zh-TW": "補助類型", en: "Which track?" },
      options: [
        { value: "mature", label: { "zh-TW": "成熟型（採購新創產品或服務）", en: "Mature track (buying startup products or services)" } },
        { value: "rd", label: { "zh-TW": "研發型（政府出題、新創解題）", en: "R&D track (government sets the challenge, startups solve it)" } },
      ],
    },
    {
      key: "approvedOn",
      kind: "date",
      label: { "zh-TW": "中小企業處核定補助的日期", en: "Date SMEA approved the subsidy" },
      hint: { "zh-TW": "核定函或核定公告的日期；這一天不算入期間。", en: "The date of the approval letter or notice; that day itself is not counted." },
      example: { "zh-TW": "2019-05-10", en: "2019-05-10" },
    },
    {
      key: "acceptedOn",
      kind: "date",
      optional: true,
      label: { "zh-TW": "驗收完畢的日期（已驗收才填）", en: "Date acceptance was completed (if it has been)" },
      hint: { "zh-TW": "結算驗收證明書上的「驗收完畢/驗收合格日期」；留空則不計算請款期限。", en: "The acceptance date on the final acceptance certificate (Table 5-2); leave empty to skip the claim deadline." },
      example: { "zh-TW": "2019-10-31", en: "2019-10-31" },
    },
    asOf(),
  ],
  headline: (v, lang) =>
    lang === "en"
      ? `Procure by ${dateText(v.procureBy, lang)}; everything done by ${dateText(v.completeBy, lang)}${v.claimBy ? `; claim by ${dateText(v.claimBy, lang)}` : ""}.`
      : `${dateText(v.procureBy, lang)}前辦理採購；${dateText(v.completeBy, lang)}前全部完成${v.claimBy ? `；${dateText(v.claimBy, lang)}前請款` : ""}。`,
  outputs: {
    procureBy: { label: { "zh-TW": "採購期限", en: "Procure by" }, format: dateText },
    completeBy: { label: { "zh-TW": "完成採購、驗收及請款期限", en: "Procurement, acceptance and claim done by" }, format: dateText },
    claimBy: { label: { "zh-TW": "請款期限", en: "Claim by" }, format: dateText },
  },
  examples: import.meta.env.SSR
    ? [
        { label: { "zh-TW": "5月10日核定、10月31日驗收", en: "Approved 10 May, accepted 31 October" }, state: { track: "mature", approvedOn: "2019-05-10", acceptedOn: "2019-10-31" } },
        { label: { "zh-TW": "2月28日核定（月底）", en: "Approved 28 February (month end)" }, state: { track: "mature", approvedOn: "2019-02-28" } },
        { label: { "zh-TW": "研發型，9月25日核定", en: "R&D track, approved 25 September" }, state: { track: "rd", approvedOn: "2019-09-25" } },
      ]
    : [],
});
