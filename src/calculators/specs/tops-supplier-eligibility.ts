import { reasonText, topsSupplierEligibility } from "../../rules/tops/supplier-eligibility.js";
import { eligibilityParams2024 as P } from "../../rules/tops/params-2024.js";
import { violationIds, violations2024 } from "../../rules/tops/violations-2024.js";
import { num } from "../../rules/core/format.js";
import { asOf, ntdUnit } from "../fields.js";
import { list, yesNo } from "../format.js";
import { defineSpec, pageOnly } from "../types.js";

const reasonsIn = (ids: Parameters<typeof reasonText>[0][], lang: "zh-TW" | "en") => list(ids.map((id) => reasonText(id)[lang]), lang);

const groups = {
  startup: { "zh-TW": "新創事業組", en: "startup group" },
  sme: { "zh-TW": "中小企業組", en: "SME group" },
};

export default defineSpec(topsSupplierEligibility, {
  group: "eligible",
  question: import.meta.env.SSR ? { "zh-TW": "我的公司可以登錄為台北好購（TOPS）供應方嗎？", en: "Can my company register as a TOPS supplier?" } : pageOnly,
  intro: import.meta.env.SSR ? {
    "zh-TW": "依登錄簡章 參、二(一)1 檢核登記地、中小企業規模、發票或收據及違規紀錄，並判斷分組。",
    en: "Checks registration address, SME size, invoices or receipts and past violations under 參、二(一)1 of the registration rules, and finds the group.",
  } : pageOnly,
  handbook: "tops/supplier-eligibility",
  fields: [
    {
      key: "registeredInTaipei",
      kind: "yesno",
      label: { "zh-TW": "公司或商號是否登記在臺北市？", en: "Is the company or business registered at a Taipei City address?" },
      hint: { "zh-TW": "看公司登記（或商業登記）核准函上的所在地。", en: "See the address on the company (or business) registration approval." },
    },
    {
      key: "foreignBranch",
      kind: "yesno",
      label: { "zh-TW": "是否為境外企業設於臺北市之分公司？", en: "Is it a Taipei branch of an offshore enterprise (境外企業)?" },
      hint: { "zh-TW": "不限於外國公司。", en: "Wider than a foreign company." },
    },
    {
      key: "paidInCapital",
      kind: "amount",
      unit: ntdUnit,
      label: { "zh-TW": "實收資本額", en: "Paid-in capital" },
      hint: { "zh-TW": "登記表上的「實收資本額」；商號填資本額。", en: "The paid-in capital on the registration form; for a business, its capital." },
      example: { "zh-TW": "500萬、5,000,000", en: "5,000,000 or 500萬" },
    },
    {
      key: "employees",
      kind: "number",
      integer: true,
      unit: { "zh-TW": "人", en: "people" },
      label: { "zh-TW": "經常僱用員工數", en: "Number of regular employees" },
      hint: {
        "zh-TW": `資本額在 ${num(P.smeCapitalMax.value)} 元以下時，員工數不影響結果。`,
        en: `When paid-in capital is NT$${num(P.smeCapitalMax.value)} or less, the employee count does not change the result.`,
      },
      example: { "zh-TW": "25", en: "25" },
      unknown: {
        check: {
          "zh-TW": "最近一期勞工保險費繳費清單上的投保人數（簡章 參、二(四)2(3) 以此為證明）。",
          en: "The insured headcount on your latest Labour Insurance bill, which the rules use as proof (參、二(四)2(3)).",
        },
        candidates: [0, P.smeEmployeesBelow.value],
        caseLabels: [
          { "zh-TW": `未滿 ${num(P.smeEmployeesBelow.value)} 人`, en: `fewer than ${num(P.smeEmployeesBelow.value)}` },
          { "zh-TW": `${num(P.smeEmployeesBelow.value)} 人以上`, en: `${num(P.smeEmployeesBelow.value)} or more` },
        ],
      },
    },
    {
      key: "establishedOn",
      kind: "date",
      label: { "zh-TW": "設立日期", en: "Date of establishment" },
      hint: { "zh-TW": "公司設立登記（或商業登記）核准日。", en: "The date the company (or business) registration was approved." },
    },
    asOf(),
    {
      key: "canIssueInvoiceOrReceipt",
      kind: "yesno",
      label: { "zh-TW": "能否開立統一發票或收據？", en: "Can it issue uniform invoices or receipts?" },
      hint: {
        "zh-TW": "收據需蓋公司大小章及免用統一發票章。",
        en: "Receipts must bear the company seals and the invoice-exemption seal.",
      },
    },
    {
      key: "bankrupt",
      kind: "yesno",
      optional: true,
      label: { "zh-TW": "公司是否經破產宣告？", en: "Has the company been declared bankrupt (破產宣告)?" },
    },
    {
      key: "violations",
      kind: "multi",
      label: { "zh-TW": "是否有下列情形？（有的請勾選，都沒有則不勾）", en: "Does any of these apply? (Tick those that do; tick none if none do.)" },
      options: violationIds.map((id) => ({
        value: id,
        label: violations2024[id].label,
        hint: { "zh-TW": `主辦單位查核：${violations2024[id].checkedIn["zh-TW"]}`, en: `The organizers check: ${violations2024[id].checkedIn.en}` },
      })),
    },
  ],
  headline: (v, lang) =>
    v.eligible
      ? lang === "en"
        ? `Yes: the company can register as a TOPS supplier, in the ${groups[v.group ?? "sme"].en}.`
        : `可以：符合 TOPS 供應方登錄資格，列入${groups[v.group ?? "sme"]["zh-TW"]}。`
      : lang === "en"
        ? `No: the company cannot register as a TOPS supplier (${reasonsIn(v.failed, lang)}).`
        : `不可以：不符合 TOPS 供應方登錄資格（${reasonsIn(v.failed, lang)}）。`,
  outputs: {
    eligible: { label: { "zh-TW": "符合登錄資格", en: "Eligible" }, format: yesNo },
    group: {
      label: { "zh-TW": "分組", en: "Group" },
      format: (g, lang) => (g ? groups[g][lang] : lang === "en" ? "none (not eligible)" : "不分組（不符資格）"),
    },
    failed: { label: { "zh-TW": "不符合的條件", en: "Conditions not met" }, format: (ids, lang) => reasonsIn(ids, lang) },
  },
  examples: import.meta.env.SSR
    ? [
        {
          label: { "zh-TW": "臺北市五年的小公司", en: "A five-year-old small Taipei company" },
          state: {
            registeredInTaipei: "true",
            foreignBranch: "false",
            paidInCapital: "500萬",
            employees: "12",
            establishedOn: "2019-06-01",
            asOf: "2024-10-01",
            canIssueInvoiceOrReceipt: "true",
          },
        },
        {
          label: { "zh-TW": "資本額超過一億、員工 250 人", en: "Capital over 100 million and 250 employees" },
          state: {
            registeredInTaipei: "true",
            foreignBranch: "false",
            paidInCapital: "1.2億",
            employees: "250",
            establishedOn: "2005-03-15",
            asOf: "2024-10-01",
            canIssueInvoiceOrReceipt: "true",
          },
        },
      ]
    : [],
});
