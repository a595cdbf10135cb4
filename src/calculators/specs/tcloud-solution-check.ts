import { solutionParams2023 as P } from "../../rules/tcloud/solution-params-2023.js";
import { tcloudSolutionCheck, type SolutionFailure } from "../../rules/tcloud/solution-check.js";
import { num } from "../../rules/core/format.js";
import { daysUnit, monthsUnit, when } from "../fields.js";
import { labelled, yesNo } from "../format.js";
import { defineSpec, pageOnly } from "../types.js";

const reasons: Record<SolutionFailure, { "zh-TW": string; en: string }> = {
  "original-vendor-china-capital": { "zh-TW": "原廠為陸資", en: "the original vendor has Chinese capital" },
  "subscription-period": { "zh-TW": "訂閱期不符", en: "subscription period out of range" },
  "solutions-per-batch": { "zh-TW": "本梯次方案數超過上限", en: "too many solutions in this batch" },
  "no-free-data-export": { "zh-TW": "未提供免費資料匯出", en: "no free data export" },
  "single-function": { "zh-TW": "屬單一功能", en: "a single function" },
  hardware: { "zh-TW": "含硬體", en: "includes hardware" },
  "private-cloud": { "zh-TW": "僅私有雲或自有機房", en: "private cloud or own data centre only" },
  "core-not-on-public-cloud": { "zh-TW": "核心功能不在公有雲", en: "core functions not on public cloud" },
  "onboarding-too-long": { "zh-TW": "導入期間過長", en: "onboarding takes too long" },
  "not-operable-by-sme": { "zh-TW": "企業無法自行操作", en: "the business cannot operate it itself" },
  "no-usage-log-charts": { "zh-TW": "無法產生使用紀錄圖表", en: "no usage log charts" },
};

export default defineSpec(tcloudSolutionCheck, {
  group: "eligible",
  question: import.meta.env.SSR ? { "zh-TW": "我的雲端解決方案符合遞件規範嗎？", en: "Does my cloud solution meet the submission rules?" } : pageOnly,
  intro: import.meta.env.SSR ? {
    "zh-TW": "依申請須知 六 及 九(二) 檢核訂閱期、類別、雲架構、資料匯出與導入期間。",
    en: "Checks subscription period, categories, cloud architecture, data export and onboarding time under 六 and 九(二) of the guidelines.",
  } : pageOnly,
  handbook: "tcloud/solution-rules",
  fields: [
    {
      key: "subscriptionMonths",
      kind: "number",
      integer: true,
      unit: monthsUnit,
      label: { "zh-TW": "軟體訂閱期", en: "Software subscription period" },
      hint: {
        "zh-TW": `須為 ${num(P.minSubscriptionMonths.value)} 至 ${num(P.maxSubscriptionMonths.value)} 個月。`,
        en: `Must be ${num(P.minSubscriptionMonths.value)} to ${num(P.maxSubscriptionMonths.value)} months.`,
      },
      example: { "zh-TW": "12", en: "12" },
    },
    {
      key: "categories",
      kind: "multi",
      label: {
        "zh-TW": `方案類別（${num(P.minCategories.value)} 至 ${num(P.maxCategories.value)} 項）`,
        en: `Solution categories (${num(P.minCategories.value)} to ${num(P.maxCategories.value)})`,
      },
      options: P.categories.ids.map((id) => ({ value: id, label: P.categories.labels[id] })),
    },
    { key: "includesHardware", kind: "yesno", label: { "zh-TW": "方案是否包含硬體？", en: "Does the solution include hardware?" } },
    {
      key: "cloud",
      kind: "choice",
      label: { "zh-TW": "雲平台架構", en: "Cloud architecture" },
      options: [
        { value: "public", label: { "zh-TW": "100% 公有雲", en: "100% public cloud" } },
        { value: "hybrid", label: { "zh-TW": "混合雲（公有雲＋私有雲）", en: "Hybrid (public + private)" } },
        { value: "private", label: { "zh-TW": "100% 私有雲或自有機房", en: "100% private cloud or own data centre" } },
      ],
    },
    {
      key: "coreOnPublicCloud",
      kind: "yesno",
      showIf: when("cloud", "public", "hybrid"),
      label: { "zh-TW": "核心服務的資料運算、儲存是否全部放在公有雲？", en: "Are the core services' data computing and storage all on the public cloud?" },
    },
    { key: "singleFunction", kind: "yesno", label: { "zh-TW": "是否只有單一功能？", en: "Is it a single function only?" } },
    {
      key: "originalVendorChinaCapital",
      kind: "yesno",
      label: { "zh-TW": "原廠是否為陸資？", en: "Does the original vendor have Chinese capital?" },
      unknown: {
        check: {
          "zh-TW": "原廠的公司登記與股東資料；外國原廠請查其註冊地與主要股東。",
          en: "The original vendor's registration and shareholders; for a foreign vendor, where it is registered and who its main shareholders are.",
        },
      },
    },
    {
      key: "onboardingDays",
      kind: "number",
      integer: true,
      unit: daysUnit,
      label: { "zh-TW": "安裝、導入及教育訓練合計天數", en: "Days for installation, onboarding and training together" },
      hint: { "zh-TW": "合計最長不得超過 1 個月。", en: "No more than one month in total." },
      example: { "zh-TW": "14", en: "14" },
    },
    {
      key: "smeOperatesItself",
      kind: "yesno",
      required: true,
      label: { "zh-TW": "企業是否能自行操作此應用軟體（不需廠商代為操作）？", en: "Can the business operate the application itself, without the vendor doing it?" },
    },
    {
      key: "freeDataExport",
      kind: "yesno",
      label: {
        "zh-TW": "企業能否免費、隨時、自行完整下載使用此方案產生的資料與紀錄？",
        en: "Can the business download all the data and records the solution produces, free, at any time, by itself?",
      },
    },
    {
      key: "usageLogCharts",
      kind: "yesno",
      required: true,
      label: {
        "zh-TW": "能否由雲端資料庫產生使用歷程 log data，並轉成折線圖或長條圖等文件？",
        en: "Can the cloud database log the usage (log data) and turn it into line or bar charts?",
      },
      hint: { "zh-TW": "點數核銷須提交此「企業使用紀錄」。", en: "Redeeming points needs these usage records." },
    },
    {
      key: "solutionsThisBatch",
      kind: "number",
      integer: true,
      label: { "zh-TW": "本梯次共遞交幾個方案（含此方案）", en: "Solutions submitted in this batch, this one included" },
      hint: { "zh-TW": `每梯次最多 ${num(P.maxSolutionsPerBatch.value)} 個。`, en: `At most ${num(P.maxSolutionsPerBatch.value)} per batch.` },
      example: { "zh-TW": "2", en: "2" },
    },
  ],
  headline: (v, lang) =>
    v.acceptable
      ? lang === "en"
        ? "Yes: the solution meets the submission rules checked here."
        : "符合：本方案符合此處檢核的遞件規範。"
      : lang === "en"
        ? `No: ${labelled(v.failed, reasons, lang)}.`
        : `不符合：${labelled(v.failed, reasons, lang)}。`,
  outputs: {
    acceptable: { label: { "zh-TW": "符合遞件規範", en: "Meets the rules" }, format: yesNo },
    failed: { label: { "zh-TW": "不符合的規範", en: "Rules not met" }, format: (ids, lang) => labelled(ids, reasons, lang) },
  },
  examples: import.meta.env.SSR
    ? [
        {
          label: { "zh-TW": "公有雲的進銷存方案", en: "A public-cloud inventory solution" },
          state: {
            subscriptionMonths: "12",
            "categories.0": "inventory-management",
            "categories.10": "e-invoice",
            includesHardware: "false",
            cloud: "public",
            coreOnPublicCloud: "true",
            singleFunction: "false",
            originalVendorChinaCapital: "false",
            onboardingDays: "14",
            smeOperatesItself: "true",
            freeDataExport: "true",
            usageLogCharts: "true",
            solutionsThisBatch: "2",
          },
        },
      ]
    : [],
});
