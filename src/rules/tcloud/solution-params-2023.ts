import { href } from "../anchors.js";
import { param } from "../core/params.js";
import { cite, codeList, period2023 } from "./params-2023.js";

/**
 * What a submitted cloud solution must be (tcloud-vendor-guidelines.txt, 2023 edition), apart from params-2023.ts: its labelled
 * lists are the bulk of the TCloud parameters, and the points and purchase calculators need none.
 */
/** 六 and 九(二): what a submitted cloud solution must be. */
export const solutionParams2023 = {
  originalVendor: cite("六(二); 四(六)", href("tcloud/solution-rules", "original-vendor")),
  minSubscriptionMonths: param(4, "months", period2023, cite("六(三)", href("tcloud/solution-rules", "subscription-period")), {
    "zh-TW": "應用軟體訂閱期下限",
    en: "Shortest software subscription",
  }),
  maxSubscriptionMonths: param(12, "months", period2023, cite("六(三)", href("tcloud/solution-rules", "subscription-period")), {
    "zh-TW": "應用軟體訂閱期上限",
    en: "Longest software subscription",
  }),
  categories: codeList(
    {
      "inventory-management": { "zh-TW": "進銷存管理", en: "Purchase, sales and inventory management" },
      erp: { "zh-TW": "企業資源規劃（ERP）", en: "Enterprise resource planning (ERP)" },
      "finance-accounting": { "zh-TW": "財會管理", en: "Finance and accounting" },
      "human-resources": { "zh-TW": "人力資源管理（HR）", en: "Human resources management (HR)" },
      crm: { "zh-TW": "客戶關係管理（CRM）", en: "Customer relationship management (CRM)" },
      "office-collaboration": { "zh-TW": "雲端辦公協作", en: "Cloud office and collaboration" },
      pos: { "zh-TW": "雲端收銀（POS）", en: "Cloud point of sale (POS)" },
      "information-security": { "zh-TW": "資訊安全", en: "Information security" },
      "production-management": { "zh-TW": "生產管理", en: "Production management" },
      "online-payment": { "zh-TW": "多元線上支付", en: "Online payments" },
      "e-invoice": { "zh-TW": "電子發票", en: "E-invoicing" },
      "customer-service": { "zh-TW": "雲端客服", en: "Cloud customer service" },
      "online-store": { "zh-TW": "開店平台", en: "Online store platform" },
      "carbon-accounting": { "zh-TW": "碳排計算分析", en: "Carbon emission calculation and analysis" },
      ems: { "zh-TW": "能源管理系統（EMS）", en: "Energy management system (EMS)" },
    },
    period2023,
    cite("六(四)", href("tcloud/solution-rules", "categories")),
    { "zh-TW": "雲端解決方案類別", en: "Cloud solution categories" },
  ),
  /** 六(四): "符合下列類別之一" (fits one of the categories). */
  minCategories: param(1, "count", period2023, cite("六(四)", href("tcloud/solution-rules", "categories")), {
    "zh-TW": "至少符合之類別數",
    en: "Categories a solution must fit, at least",
  }),
  /** Form 4 一 lets the vendor tick "複選至多3項" (up to three). */
  maxCategories: param(3, "count", period2023, cite("附表4 一", href("tcloud/forms", "form-4")), {
    "zh-TW": "方案類別複選上限",
    en: "Categories a solution may tick, at most",
  }),
  maxSolutionsPerBatch: param(10, "count", period2023, cite("六(五)", href("tcloud/solution-rules", "solutions-per-batch")), {
    "zh-TW": "每梯次每家廠商遞交方案數上限",
    en: "Solutions per vendor per review batch, at most",
  }),
  dataExport: cite("九(二)1(2)", href("tcloud/review", "review-criteria")),
  excludedContent: cite("九(二)1(4)", href("tcloud/review", "review-criteria")),
  cloudArchitecture: cite("九(二)1(5)", href("tcloud/review", "review-criteria")),
  /**
   * 九(二)3 計畫審查重點 1 caps installation, onboarding and training at "合計最長不得超過1個月".
   * The seed does not say how many days a month is; 30 is how Taiwan's Civil Code
   * (Art. 123) counts a month that is not a calendar month, and the calculator warns.
   */
  maxOnboardingDays: param(30, "days", period2023, cite("九(二)3 計畫審查重點 1", href("tcloud/review", "review-criteria")), {
    "zh-TW": "安裝、導入及教育訓練合計期間上限（1個月，以30日計）",
    en: "Installation, onboarding and training together, at most (one month, taken as 30 days)",
  }),
};
