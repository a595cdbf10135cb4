import { startupParams2019 as P } from "../../rules/spp/manual-2019.js";
import { sppStartupDefinition, type StartupDefinitionFailure } from "../../rules/spp/startup-definition.js";
import { num } from "../../rules/core/format.js";
import { asOf } from "../fields.js";
import { labelled, yesNo } from "../format.js";
import { defineSpec, pageOnly } from "../types.js";

const reasons: Record<StartupDefinitionFailure, { "zh-TW": string; en: string }> = {
  "not-listed-on-joint-supply-contract": { "zh-TW": "未上架於共同供應契約", en: "not listed on the joint supply contract" },
  "over-five-years": {
    "zh-TW": `成立已滿 ${num(P.maxYears.value)} 年且未經主管機關認定`,
    en: `established ${num(P.maxYears.value)} years ago or more, not recognised by the authority`,
  },
};

export default defineSpec(sppStartupDefinition, {
  group: "eligible",
  question: import.meta.env.SSR ? {
    "zh-TW": "我的公司算是新創採購所稱的新創事業嗎？",
    en: "Does my company count as a startup for startup procurement?",
  } : pageOnly,
  intro: import.meta.env.SSR ? {
    "zh-TW": `新創採購指向成立 ${num(P.maxYears.value)} 年內（或經主管機關認定）、產品或服務上架於共同供應契約的新創事業採購（手冊 二；附錄一 二）。`,
    en: `Startup procurement buys from startups established within ${num(P.maxYears.value)} years (or recognised by the authority) whose product or service is on the joint supply contract (manual 二; Appendix 1 point 2).`,
  } : pageOnly,
  handbook: "spp",
  fields: [
    {
      key: "establishedOn",
      kind: "date",
      label: { "zh-TW": "公司成立日期", en: "Date the company was established" },
      hint: { "zh-TW": "公司設立登記核准日。", en: "The date its company registration was approved." },
    },
    asOf({
      "zh-TW": "留空即以今天（臺灣時間）計算。手冊未說明成立年限以哪一天計算，請填您要判斷的日子，例如提案日或採購日。",
      en: "Leave empty for today (Taiwan time). The manual does not say on which day the age counts: enter the day you want judged, such as the proposal or purchase date.",
    }),
    {
      key: "certifiedByAuthority",
      kind: "yesno",
      label: { "zh-TW": "是否經主管機關認定為新創事業？", en: "Has the competent authority recognised it as a startup?" },
      hint: {
        "zh-TW": `經認定者不受 ${num(P.maxYears.value)} 年成立期限限制。`,
        en: `Recognised startups are exempt from the ${num(P.maxYears.value)}-year limit.`,
      },
      unknown: {
        check: {
          "zh-TW": "主管機關（經濟部中小及新創企業署）發給的認定文件；沒有收到就視為未經認定。",
          en: "A recognition letter from the competent authority (the SME and Startup Administration); without one, it has not been recognised.",
        },
      },
    },
    {
      key: "listedOnJointSupplyContract",
      kind: "yesno",
      label: {
        "zh-TW": "產品或服務是否已上架於中小企業處的新創共同供應契約？",
        en: "Is the product or service listed on SMEA's startup joint supply contract?",
      },
      unknown: {
        check: {
          "zh-TW": "政府電子採購網的共同供應契約查詢，以公司名稱搜尋上架品項。",
          en: "Search the joint supply contract listings on the Government e-Procurement System for the company's name.",
        },
      },
    },
  ],
  headline: (v, lang) =>
    v.qualifies
      ? lang === "en"
        ? "Yes: it counts as a startup for startup procurement."
        : "是：符合新創採購所稱的新創事業。"
      : lang === "en"
        ? `No: ${labelled(v.failed, reasons, lang)}.`
        : `否：${labelled(v.failed, reasons, lang)}。`,
  outputs: {
    qualifies: { label: { "zh-TW": "符合新創事業定義", en: "Counts as a startup" }, format: yesNo },
    failed: { label: { "zh-TW": "未符合的要件", en: "Requirements not met" }, format: (ids, lang) => labelled(ids, reasons, lang) },
  },
  examples: import.meta.env.SSR
    ? [
        {
          label: { "zh-TW": "成立三年、已上架", en: "Three years old and listed" },
          state: { establishedOn: "2016-05-01", asOf: "2019-05-01", certifiedByAuthority: "false", listedOnJointSupplyContract: "true" },
        },
        {
          label: { "zh-TW": "成立六年、經認定", en: "Six years old and recognised" },
          state: { establishedOn: "2013-05-01", asOf: "2019-05-01", certifiedByAuthority: "true", listedOnJointSupplyContract: "true" },
        },
      ]
    : [],
});
