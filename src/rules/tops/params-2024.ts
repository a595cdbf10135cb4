import { href } from "../anchors.js";
import { param } from "../core/params.js";
import type { Cite, Edition, Period, Text } from "../core/types.js";

/**
 * 「台北好購推廣平台（TOPS）」採購方註冊暨供應方登錄簡章 (tops-registration-rules.txt) and the
 * 「台北好購獎勵機制」 summary in Nantou County's letter 府建發字第1130231911號 of 2024-09-19
 * (tops-awards-letter.txt), both published in ROC 113 (2024).
 */
const RULES = "tops-registration-rules" as const;
const AWARDS = "tops-awards-letter" as const;

const rulesCite = (clause: string, link: string): Cite => ({ doc: RULES, clause, href: link });
const awardsCite = (clause: string, link: string): Cite => ({ doc: AWARDS, clause, href: link });

/**
 * The registration rules give no dates of their own (貳、二 「執行時程：自公告日起」), so the
 * only period the seeds fix for this edition is the award round's purchase counting period,
 * 113-09-01 to 114-02-28 (awards letter 三). The edition is dated by that period; the title
 * says so, because the edition-ended warning quotes it.
 */
export const edition2024: Edition = {
  id: "2024",
  program: "tops",
  title: {
    "zh-TW":
      "113年度台北好購推廣平台（TOPS）採購方註冊暨供應方登錄簡章及台北好購獎勵機制（以獎勵採購金額計算期間 2024-09-01 至 2025-02-28 為版本期間；登錄簡章本身「自公告日起」實施，未訂結束日）",
    en: "2024 Taipei-Origin Promotional Station (TOPS) registration rules and purchase awards (dated by the award counting period 2024-09-01 to 2025-02-28; the registration rules themselves run from publication with no end date)",
  },
  period: { from: "2024-09-01", to: "2025-02-28" },
  cite: awardsCite("三", href("editions", "tops-2024")),
};

const period2024 = edition2024.period;

/** 參、二(一)1: who may register as a supplier. */
export const eligibilityParams2024 = {
  smeCapitalMax: param(
    100_000_000,
    "NTD",
    period2024,
    rulesCite("參、二(一)1(2)", href("tops/supplier-eligibility", "sme-standard")),
    { "zh-TW": "中小企業實收資本額上限（含）", en: "Highest paid-in capital of an SME (inclusive)" },
  ),
  smeEmployeesBelow: param(
    200,
    "count",
    period2024,
    rulesCite("參、二(一)1(2)", href("tops/supplier-eligibility", "sme-standard")),
    { "zh-TW": "中小企業經常僱用員工數（未滿）", en: "Regular employees of an SME (fewer than)" },
  ),
  startupYears: param(
    8,
    "years",
    period2024,
    rulesCite("參、二(一)1(2)", href("tops/supplier-eligibility", "startup-group")),
    { "zh-TW": "新創事業組：設立未滿年數", en: "Startup group: years since establishment (under)" },
  ),
};

/** The SME test restated from the law the seed names (shared/design/domain-facts.md). */
export const smeStandardCite: Cite = {
  doc: "domain-facts",
  clause: "SME standard (中小企業認定標準) Art. 2, 5, 6",
  href: href("about", "domain-facts"),
};

/**
 * Details of 〈中小企業認定標準〉 that the seed does not restate (domain-facts.md): how
 * employees are counted (Art. 5) and how long an outgrown SME stays one (Art. 6).
 */
export const smeLawParams = {
  headcountMonths: param(12, "months", period2024, smeStandardCite, {
    "zh-TW": "經常僱用員工數：前12個月勞保平均投保人數（第5條）",
    en: "Regular employees: average Labour Insurance headcount over the last months (Art. 5)",
  }),
  graceYears: param(2, "years", period2024, smeStandardCite, {
    "zh-TW": "因擴充超過標準者，仍視為中小企業之年數（第6條）",
    en: "Years an SME that outgrew the thresholds stays an SME (Art. 6)",
  }),
  graceYearsAfterMerger: param(3, "years", period2024, smeStandardCite, {
    "zh-TW": "因合併超過標準者，仍視為中小企業之年數（第6條）",
    en: "Years after a merger that an SME stays one (Art. 6)",
  }),
};

/** 參、二(四)2(3): the employee count is proven with the latest labour insurance bill. */
export const employeeProofCite: Cite = rulesCite("參、二(四)2(3)", href("tops/supplier-application", "documents"));

/** 參、二(一)1(3): registration documents, attached on the platform rather than computed. */
export const registrationDocumentsCite: Cite = rulesCite(
  "參、二(一)1(3)",
  href("tops/supplier-eligibility", "registration-documents"),
);

export const taipeiRegistrationCite: Cite = rulesCite(
  "參、二(一)1(1)",
  href("tops/supplier-eligibility", "taipei-registration"),
);

export const invoiceOrReceiptCite: Cite = rulesCite("參、二(一)1(4)", href("tops/supplier-eligibility", "invoice-or-receipt"));

/** 參、二(一)1: the conditions as a whole. */
export const conditionsCite: Cite = rulesCite("參、二(一)1", href("tops/supplier-eligibility", "conditions"));

/** 參、二(一)1(5)D: other serious matters are judged by the organiser case by case. */
export const caseByCaseCite: Cite = rulesCite("參、二(一)1(5)D", href("tops/supplier-eligibility", "case-by-case"));

/** The clause that announces "four" conditions, and the fifth it goes on to list (seeds/README.md quirk). */
export const fourConditionsCites: readonly Cite[] = [
  rulesCite("參、二(一)1", href("tops/supplier-eligibility", "four-conditions-quirk")),
  rulesCite("參、二(一)1(5)", href("tops/supplier-eligibility", "violations")),
];

/** SPP's own startup definition, for the comparison the seeds' README asks to show. */
export const startupDefinitionCites: readonly Cite[] = [
  rulesCite("參、二(一)1(2)", href("compare", "startup-definitions")),
  { doc: "spp-subsidy-manual-2019", clause: "二; 附錄一 二", href: href("compare", "startup-definitions") },
];

export const violationIds = [
  "major-conviction",
  "government-contract-breach",
  "tax-arrears",
  "environmental",
  "labour",
  "food-safety",
  "disability-rights",
] as const;
export type ViolationId = (typeof violationIds)[number];

export interface ViolationRow {
  /** 序 in the table of 參、二(一)1(5)A. */
  row: number;
  label: Text;
  /** 審核依據: where the implementing agency checks. */
  checkedIn: Text;
  cite: Cite;
}

const violationCite = (row: number, id: ViolationId): Cite =>
  rulesCite(`參、二(一)1(5)A 序${row}`, href("tops/supplier-eligibility", `violation-${id}`));

/** 參、二(一)1(5)A: any one of these rows makes a supplier ineligible. */
export const violations2024: Record<ViolationId, ViolationRow> = {
  "major-conviction": {
    row: 1,
    label: { "zh-TW": "公司負責人涉及重大民刑事案件判刑確認者", en: "The company's responsible person has a final sentence in a major civil or criminal case" },
    checkedIn: { "zh-TW": "司法院裁判書系統", en: "Judicial Yuan judgment database" },
    cite: violationCite(1, "major-conviction"),
  },
  "government-contract-breach": {
    row: 2,
    label: {
      "zh-TW": "5年內曾有執行政府計畫之重大違約者或因執行政府計畫受停權處分",
      en: "A major breach of a government project, or a suspension for one, within 5 years",
    },
    checkedIn: { "zh-TW": "政府採購網-拒絕往來廠商名單", en: "Government e-Procurement System: list of debarred suppliers" },
    cite: violationCite(2, "government-contract-breach"),
  },
  "tax-arrears": {
    row: 3,
    label: { "zh-TW": "於3年內有欠繳應納稅捐情事", en: "Tax arrears within 3 years" },
    checkedIn: { "zh-TW": "臺北市稅捐稽徵處-重大欠稅名單", en: "Taipei City Revenue Service: list of major tax arrears" },
    cite: violationCite(3, "tax-arrears"),
  },
  environmental: {
    row: 4,
    label: { "zh-TW": "於3年內有違反環境保護法", en: "A breach of environmental protection law within 3 years" },
    checkedIn: { "zh-TW": "環境部全球資訊網-環保署裁罰處分", en: "Ministry of Environment website: penalty decisions" },
    cite: violationCite(4, "environmental"),
  },
  labour: {
    row: 5,
    label: { "zh-TW": "於3年內有違反勞動法之相關法律", en: "A breach of labour law within 3 years" },
    checkedIn: { "zh-TW": "違反勞動法令事業單位查詢系統", en: "Ministry of Labor: search of employers in breach of labour law" },
    cite: violationCite(5, "labour"),
  },
  "food-safety": {
    row: 6,
    label: { "zh-TW": "於3年內有違反食品及安全衛生法律", en: "A breach of food safety and sanitation law within 3 years" },
    checkedIn: {
      "zh-TW": "衛生福利部食品藥物管理署-檢驗不合格產品公告；食品查核及檢驗資訊平台",
      en: "Taiwan FDA: notices of products failing inspection; food inspection information platform",
    },
    cite: violationCite(6, "food-safety"),
  },
  "disability-rights": {
    row: 7,
    label: {
      "zh-TW": "於3年內有違反身心障礙者權益保障法",
      en: "A breach of the People with Disabilities Rights Protection Act within 3 years",
    },
    checkedIn: {
      "zh-TW": "衛福部社家署-違反身心障礙者權益保障法公告查詢",
      en: "Social and Family Affairs Administration: notices of breaches of the disabilities act",
    },
    cite: violationCite(7, "disability-rights"),
  },
};

export const pavilionIds = ["living", "biotech-health", "service-tech", "sustainability-esg", "culture-design"] as const;
export type PavilionId = (typeof pavilionIds)[number];

/** 參、二(一)2: the five themed pavilions (館別) a listed product or service goes in. */
export const pavilions2024: Record<PavilionId, Text> = {
  living: { "zh-TW": "生活良品", en: "Living goods" },
  "biotech-health": { "zh-TW": "生技健康", en: "Biotech and health" },
  "service-tech": { "zh-TW": "服務科技", en: "Services and technology" },
  "sustainability-esg": { "zh-TW": "永續 ESG", en: "Sustainability and ESG" },
  "culture-design": { "zh-TW": "文創設計", en: "Culture and design" },
};

export const listingParams2024 = {
  perPavilionMax: param(
    2,
    "count",
    period2024,
    rulesCite("參、二(一)2", href("tops/supplier-pavilions", "listing-limits")),
    { "zh-TW": "每一館別上架上限（含）", en: "Most items per pavilion (inclusive)" },
  ),
  totalMax: param(
    10,
    "count",
    period2024,
    rulesCite("參、二(一)2", href("tops/supplier-pavilions", "listing-limits")),
    { "zh-TW": "單一廠商上架總數上限（含）", en: "Most items per supplier in total (inclusive)" },
  ),
};

/** 參、二(一)2 「每 1 件產品服務以上架單一館別為原則」. */
export const onePavilionCite: Cite = rulesCite("參、二(一)2", href("tops/supplier-pavilions", "one-pavilion-per-item"));

/** Awards letter 三: the 「台北好購獎勵機制」 of the 113 round. */
export const awardParams2024 = {
  countingPeriod: param<Period>(
    { from: "2024-09-01", to: "2025-02-28" },
    "date",
    period2024,
    awardsCite("三", href("tops/awards", "counting-period")),
    { "zh-TW": "採購金額計算期間（含首尾日）", en: "Purchase counting period (both days included)" },
  ),
  pioneerPeriod: param<Period>(
    { from: "2024-09-01", to: "2024-11-30" },
    "date",
    period2024,
    awardsCite("三(三)", href("tops/awards", "startup-pioneer")),
    { "zh-TW": "採購新創開拓獎期間（含首尾日）", en: "Startup pioneer award window (both days included)" },
  ),
  gold: param(5_000_000, "NTD", period2024, awardsCite("三(一)1", href("tops/awards", "tiers")), {
    "zh-TW": "採購貢獻獎金獎門檻（含）",
    en: "Purchase contribution gold threshold (inclusive)",
  }),
  silver: param(1_000_000, "NTD", period2024, awardsCite("三(一)2", href("tops/awards", "tiers")), {
    "zh-TW": "採購貢獻獎銀獎門檻（含）",
    en: "Purchase contribution silver threshold (inclusive)",
  }),
  bronze: param(500_000, "NTD", period2024, awardsCite("三(一)3", href("tops/awards", "tiers")), {
    "zh-TW": "採購貢獻獎銅獎門檻（含）",
    en: "Purchase contribution bronze threshold (inclusive)",
  }),
  /** 三(一)4 top 3 by total, 三(二) top 3 by startup purchases, 三(三) top 10 pioneers. */
  buybackTop: param(3, "count", period2024, awardsCite("三(一)4", href("tops/awards", "top-3-buyback")), {
    "zh-TW": "採購金額累計最高前幾名另頒回購獎勵金",
    en: "Highest totals that also receive buy-back rewards",
  }),
  startupTop: param(3, "count", period2024, awardsCite("三(二)", href("tops/awards", "startup-contribution")), {
    "zh-TW": "採購新創貢獻獎名額（前幾名）",
    en: "Startup contribution award places",
  }),
  pioneerTop: param(10, "count", period2024, awardsCite("三(三)", href("tops/awards", "startup-pioneer")), {
    "zh-TW": "採購新創開拓獎名額（前幾名）",
    en: "Startup pioneer award places",
  }),
  perTheme: param(1, "count", period2024, awardsCite("三(四)", href("tops/awards", "sustainability-themes")), {
    "zh-TW": "永續共榮獎每組別主題優選案數",
    en: "Cases chosen per sustainability theme",
  }),
};

/** 三 「採購該平台供應方」: only suppliers registered on TOPS count. */
export const registeredSuppliersCite: Cite = awardsCite("三", href("tops/awards", "registered-suppliers"));
export const purchaseContributionCite: Cite = awardsCite("三(一)", href("tops/awards", "purchase-contribution"));
export const councilApprovalCite: Cite = awardsCite("三(五)", href("tops/awards", "council-approval"));

/** 三(四)1–6: themes judged by the organisers, one case chosen per theme. */
export const sustainabilityThemes2024: readonly Text[] = [
  { "zh-TW": "幸福職場", en: "Happy workplace (diversity, equity, inclusion)" },
  { "zh-TW": "淨零環保", en: "Net zero and environment" },
  { "zh-TW": "多元共善", en: "Social good" },
  { "zh-TW": "科技應用", en: "Technology applications" },
  { "zh-TW": "文化創意", en: "Culture and creativity" },
  { "zh-TW": "新創共榮", en: "Growing with startups" },
];
