import { vendorParams2023 as P } from "../../rules/tcloud/vendor-params-2023.js";
import { tcloudVendorEligibility, type VendorFailure } from "../../rules/tcloud/vendor-eligibility.js";
import { num } from "../../rules/core/format.js";
import { ntdUnit } from "../fields.js";
import { labelled, yesNo } from "../format.js";
import { defineSpec, type FieldSpec, pageOnly } from "../types.js";

const breach = num(P.majorBreachYears.value);
const arrears = num(P.taxArrearsYears.value);
const violation = num(P.seriousViolationYears.value);

const reasons: Record<VendorFailure, { "zh-TW": string; en: string }> = {
  "business-items": { "zh-TW": "沒有資訊服務業營業項目", en: "no IT service business item" },
  "paid-in-capital": { "zh-TW": "實收資本額不足", en: "paid-in capital too low" },
  "sales-record": { "zh-TW": "沒有雲端服務銷售實績", en: "no cloud sales record" },
  "major-breach": { "zh-TW": `${breach}年內有政府計畫重大違約`, en: `a major breach of a government project within ${breach} years` },
  suspended: { "zh-TW": "因執行政府計畫受停權處分", en: "suspended over a government project" },
  "tax-arrears": { "zh-TW": `${arrears}年內有欠稅`, en: `tax arrears within ${arrears} years` },
  "serious-violation": { "zh-TW": `${violation}年內有情節重大之違規`, en: `a serious violation within ${violation} years` },
  "china-capital": { "zh-TW": "陸資企業", en: "Chinese capital" },
  "foreign-branch": { "zh-TW": "外國公司分公司", en: "a foreign company's branch" },
  "domestic-branch": { "zh-TW": "本國公司之分公司", en: "a branch of a domestic company" },
};

const fact = (key: string, zh: string, en: string, check?: [string, string]): FieldSpec => ({
  key,
  kind: "yesno",
  label: { "zh-TW": zh, en },
  ...(check ? { unknown: { check: { "zh-TW": check[0], en: check[1] } } } : {}),
});

export default defineSpec(tcloudVendorEligibility, {
  group: "eligible",
  question: import.meta.env.SSR ? { "zh-TW": "我的公司可以申請成為臺灣雲市集的資訊服務廠商嗎？", en: "Can my company apply as a Taiwan Cloud Marketplace vendor?" } : pageOnly,
  intro: import.meta.env.SSR ? {
    "zh-TW": "依申請須知 四(一) 及 五(一) 至 (八) 檢核營業項目、資本額、實績及排除情形。",
    en: "Checks business items, capital, sales record and exclusions under 四(一) and 五(一)–(八) of the guidelines.",
  } : pageOnly,
  handbook: "tcloud/vendor-eligibility",
  fields: [
    {
      key: "businessItems",
      kind: "list",
      label: { "zh-TW": "登記的營業項目代碼", en: "Registered business item codes" },
      hint: {
        "zh-TW": `至少需有 ${P.businessItems.ids.join("、")} 其中一項；代碼見經濟部商工登記公示資料。`,
        en: `At least one of ${P.businessItems.ids.join(", ")} is needed; the codes are in the MOEA company registry.`,
      },
      itemLabel: { "zh-TW": "營業項目", en: "Business item" },
      item: { key: "", kind: "text", label: { "zh-TW": "營業項目代碼", en: "Business item code" }, example: { "zh-TW": "I301010", en: "I301010" } },
    },
    {
      key: "paidInCapital",
      kind: "amount",
      unit: ntdUnit,
      label: { "zh-TW": "實收資本額", en: "Paid-in capital" },
      hint: { "zh-TW": `至少 ${num(P.minPaidInCapital.value)} 元。`, en: `At least NT$${num(P.minPaidInCapital.value)}.` },
      example: { "zh-TW": "500萬", en: "5,000,000" },
    },
    fact("hasCloudSalesRecord", "是否具有雲端解決方案銷售實績？", "Does it have a sales record for cloud solutions?", [
      "七(二)3 以實績證明：所申請方案至少 1 位尚在履約期限內的有效付費客戶之契約或銷售發票。",
      "七(二)3 asks for proof: the contract or sales invoice of at least one paying customer of the solution applied for, still within its contract term.",
    ]),
    fact("majorBreachWithin5y", `${breach}年內是否曾有執行政府計畫之重大違約紀錄？`, `A major breach of a government project within ${breach} years?`, [
      "政府電子採購網「拒絕往來廠商」名單，及過去執行政府計畫的結案紀錄。",
      "The Government e-Procurement System's list of debarred suppliers, and the closing records of past government projects.",
    ]),
    fact("suspended", "是否因執行政府計畫受停權處分，且停權期間尚未屆滿？", "Suspended over a government project, with the suspension still running?", [
      "五(五) 指執行政府計畫（非政府採購）之停權處分：查閱過去計畫主管機關的處分通知與停權期間。",
      "五(五) is about government projects, not procurement debarment: see the notices of past projects' agencies and the suspension's term.",
    ]),
    fact("taxArrearsWithin3y", `${arrears}年內是否有欠繳應納稅捐？`, `Tax arrears within ${arrears} years?`, [
      "向國稅局或地方稅稽徵機關申請無欠稅證明。",
      "Ask the National Taxation Bureau or local tax office for a certificate of no arrears.",
    ]),
    fact("seriousViolationWithin3y", `${violation}年內是否有經認定情節重大之環保、勞工、食安或身障權益違規？`, `A serious environmental, labour, food-safety or disability-rights violation within ${violation} years?`),
    fact("chinaCapital", "是否為陸資企業？", "Is it a company with Chinese capital?", [
      "經濟部商工登記公示資料之股東與投資人資料；有陸資投資者會有投資審議紀錄。",
      "The shareholder records in the MOEA company registry; Chinese investment goes through an investment review.",
    ]),
    fact("foreignBranch", "是否為外國公司在臺分公司？", "Is it a foreign company's Taiwan branch?"),
    fact("domesticBranch", "是否為本國公司的分公司？", "Is it a branch of a Taiwanese company?"),
  ],
  headline: (v, lang) =>
    v.eligible
      ? lang === "en"
        ? "Yes: the company meets the vendor conditions."
        : "可以：符合資訊服務廠商申請資格。"
      : lang === "en"
        ? `No: ${labelled(v.failed, reasons, lang)}.`
        : `不可以：${labelled(v.failed, reasons, lang)}。`,
  outputs: {
    eligible: { label: { "zh-TW": "符合申請資格", en: "Eligible" }, format: yesNo },
    failed: { label: { "zh-TW": "不符合的條件", en: "Conditions not met" }, format: (ids, lang) => labelled(ids, reasons, lang) },
  },
  examples: import.meta.env.SSR
    ? [
        {
          label: { "zh-TW": "符合資格的軟體公司", en: "An eligible software company" },
          state: {
            "businessItems.0": "I301010",
            "businessItems.1": "F401010",
            paidInCapital: "500萬",
            hasCloudSalesRecord: "true",
            majorBreachWithin5y: "false",
            suspended: "false",
            taxArrearsWithin3y: "false",
            seriousViolationWithin3y: "false",
            chinaCapital: "false",
            foreignBranch: "false",
            domesticBranch: "false",
          },
        },
      ]
    : [],
});
