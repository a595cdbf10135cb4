import { href } from "../anchors.js";
import { param } from "../core/params.js";
import type { Cite, Edition, Period, Text } from "../core/types.js";

/**
 * 數位發展部數位產業署「引領中小微型企業數位轉型戰略攻頂計畫」
 * 「雲端解決方案申請須知」(tcloud-vendor-guidelines.txt), the 112 (2023) edition
 * of the Taiwan Cloud Marketplace vendor rules.
 */
const GUIDELINES = "tcloud-vendor-guidelines" as const;

/** A clause of the guidelines and the handbook anchor that quotes it. */
export const cite = (clause: string, link: string): Cite => ({ doc: GUIDELINES, clause, href: link });

/**
 * 八(一) sets the programme period "自本計畫公告日期起至113年12月31日" but the seed
 * never gives the announcement date; 三(一) ties selection to the "112年度" schedule,
 * so the period starts no earlier than 112-01-01 (2023-01-01), which is used here.
 */
const programme: Period = { from: "2023-01-01", to: "2024-12-31" };

export const edition2023: Edition = {
  id: "2023",
  program: "tcloud",
  title: {
    "zh-TW": "引領中小微型企業數位轉型戰略攻頂計畫 雲端解決方案申請須知（112年度，臺灣雲市集）",
    en: "Taiwan Cloud Marketplace (TCloud): cloud solution application guidelines for IT service vendors, 2023 edition",
  },
  period: programme,
  periodNote: {
    // Short because it ships with every TCloud calculator; the editions page explains the assumption.
    "zh-TW": `${programme.from}（推定）至 ${programme.to}`,
    en: `${programme.from} (assumed) to ${programme.to}`,
  },
  cite: cite("三(一); 八(一)", href("editions", "tcloud-2023")),
};

export const period2023 = programme;

/** A closed list of codes named by a clause: a parameter whose value is a set of labelled ids. */
export interface CodeList<Id extends string> {
  ids: readonly [Id, ...Id[]];
  labels: Record<Id, Text>;
  period: Period;
  cite: Cite;
  label: Text;
}

function codeList<Id extends string>(
  labels: Record<Id, Text>,
  period: Period,
  listCite: Cite,
  label: Text,
): CodeList<Id> {
  return { ids: Object.keys(labels) as unknown as readonly [Id, ...Id[]], labels, period, cite: listCite, label };
}

/** 四(一) and 五: who may apply as an IT service vendor (資訊服務廠商). */
export const vendorParams2023 = {
  businessItems: codeList(
    {
      I301010: { "zh-TW": "I301010 資訊軟體服務業", en: "I301010 Information software services" },
      I301020: { "zh-TW": "I301020 資料處理服務業", en: "I301020 Data processing services" },
      I301030: { "zh-TW": "I301030 電子資訊供應服務業", en: "I301030 Electronic information supply services" },
    },
    period2023,
    cite("四(一); 五(一)", href("tcloud/vendor-eligibility", "business-items")),
    { "zh-TW": "資訊服務廠商之登記營業項目（至少一項）", en: "Registered business items that make an IT service vendor (at least one)" },
  ),
  minPaidInCapital: param(1_000_000, "NTD", period2023, cite("五(二)", href("tcloud/vendor-eligibility", "paid-in-capital")), {
    "zh-TW": "實收資本額下限",
    en: "Minimum paid-in capital",
  }),
  salesRecord: cite("五(三)", href("tcloud/vendor-eligibility", "sales-record")),
  majorBreachYears: param(5, "years", period2023, cite("五(四)", href("tcloud/vendor-eligibility", "major-breach")), {
    "zh-TW": "無政府計畫重大違約紀錄之期間",
    en: "Look-back period for major breaches of government projects",
  }),
  suspension: cite("五(五)", href("tcloud/vendor-eligibility", "suspension")),
  taxArrearsYears: param(3, "years", period2023, cite("五(六)", href("tcloud/vendor-eligibility", "tax-arrears")), {
    "zh-TW": "無欠繳應納稅捐之期間",
    en: "Look-back period for tax arrears",
  }),
  seriousViolationYears: param(3, "years", period2023, cite("五(七)", href("tcloud/vendor-eligibility", "serious-violations")), {
    "zh-TW": "無經認定情節重大之環保、勞工、食安或身障權益違規之期間",
    en: "Look-back period for serious environmental, labour, food-safety or disability-rights violations",
  }),
  excludedEntities: cite("五(八); 四(四); 四(五)", href("tcloud/vendor-eligibility", "excluded-entities")),
};

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

/** Calendar months last 28 to 31 days: where "one month" in days is open to doubt. Not a rule. */
export const calendarMonthDays = { shortest: 28, longest: 31 } as const;

/** 二(一): digital points and the 1:1 co-pay. */
export const pointsParams2023 = {
  pointsPerSme: param(30_000, "points", period2023, cite("二(一)", href("tcloud", "digital-points")), {
    "zh-TW": "每家中小微型企業補助點數",
    en: "Digital points granted per SME",
  }),
  ntdPerPoint: param(1, "NTD", period2023, cite("二(一)", href("tcloud", "digital-points")), {
    "zh-TW": "每點折抵金額",
    en: "Value of one point",
  }),
  /** 自付與補助（點數折抵）比例1比1: points cover at most half of a price. */
  maxPointsShare: param(0.5, "ratio", period2023, cite("二(一)", href("tcloud", "co-pay")), {
    "zh-TW": "點數折抵上限（自付與補助1比1）",
    en: "Largest share of a price that points may cover (1:1 co-pay)",
  }),
};

/** 二(二) and 八(六): how a vendor redeems points. */
export const redemptionParams2023 = {
  firstInstallmentShare: param(0.2, "ratio", period2023, cite("八(六)1", href("tcloud/vendor-duties", "redemption-first")), {
    "zh-TW": "第一期款點數比例",
    en: "First installment share of the contract's points",
  }),
  firstInstallmentAfterMonths: param(3, "months", period2023, cite("八(六)1", href("tcloud/vendor-duties", "redemption-first")), {
    "zh-TW": "第一期款請款時點（契約期程滿）",
    en: "First installment claimable once the contract has run",
  }),
  secondInstallmentWithinDays: param(30, "days", period2023, cite("八(六)1", href("tcloud/vendor-duties", "redemption-second")), {
    "zh-TW": "第二期款請款期限（契約期程結束後日曆天）",
    en: "Second installment claim deadline (calendar days after the contract ends)",
  }),
  minUsageMonths: param(4, "months", period2023, cite("八(六)2", href("tcloud/vendor-duties", "redemption")), {
    "zh-TW": "兩期合計企業使用紀錄最少月數",
    en: "Fewest months of usage records across both installments",
  }),
  annualCapPoints: param(50_000_000, "points", period2023, cite("二(二)", href("tcloud/vendor-duties", "redemption-cap")), {
    "zh-TW": "每一廠商每年請領點數上限",
    en: "Points one vendor may redeem per year, at most",
  }),
  timing: cite("二(二)", href("tcloud", "installments-overview")),
};

/** 八(四)1 and 九(二)2: the system availability SLA. */
export const slaParams2023 = {
  formula: cite("附表3 SLA 一", href("tcloud/forms", "form-3")),
  minAvailabilityPercent: param(98, "percent", period2023, cite("九(二)2 SLA 1", href("tcloud/review", "sla-availability")), {
    "zh-TW": "系統可用性下限（以月份為基準）",
    en: "Minimum system availability (measured per month)",
  }),
};
