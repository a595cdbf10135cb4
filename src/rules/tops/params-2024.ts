import { href } from "../anchors.js";
import { param } from "../core/params.js";
import type { Cite, Edition, Period } from "../core/types.js";

/**
 * 「台北好購推廣平台（TOPS）」採購方註冊暨供應方登錄簡章 (tops-registration-rules.txt) and the
 * 「台北好購獎勵機制」 summary in Nantou County's letter 府建發字第1130231911號 of 2024-09-19
 * (tops-awards-letter.txt), both published in ROC 113 (2024): the edition and who may register.
 * The violations table, the pavilions and the awards have files of their own beside this one,
 * so that a tool that needs one of them (or, like the SPP startup check, one TOPS figure) does
 * not load the rest.
 */
const RULES = "tops-registration-rules" as const;
const AWARDS = "tops-awards-letter" as const;

export const rulesCite = (clause: string, link: string): Cite => ({ doc: RULES, clause, href: link });
export const awardsCite = (clause: string, link: string): Cite => ({ doc: AWARDS, clause, href: link });

/** Awards letter 三: the 113 round counts purchases dated in this period, both days included. */
const counting: Period = { from: "2024-09-01", to: "2025-02-28" };

/**
 * The registration rules give no dates of their own (貳、二 「執行時程：自公告日起」): the
 * registration edition has no period, so no "edition ended" warning can be derived for it. Only
 * the award round has a period, the purchase counting period of awards letter 三.
 */
export const registrationEdition2024: Edition = {
  id: "2024",
  program: "tops",
  title: {
    "zh-TW": "113年度台北好購推廣平台（TOPS）採購方註冊暨供應方登錄簡章",
    en: "2024 Taipei-Origin Promotional Station (TOPS) buyer and supplier registration rules",
  },
  period: null,
  periodNote: {
    "zh-TW": "執行時程：自公告日起，簡章未訂結束日亦未載公告日期",
    en: "in force from its announcement, a date the rules do not give, with no end date",
  },
  cite: rulesCite("貳、二", href("editions", "tops-2024")),
};

/** The award round of the 113 edition: dated by its purchase counting period (awards letter 三). */
export const edition2024: Edition = {
  id: "2024",
  program: "tops",
  title: {
    "zh-TW": "113年度台北好購推廣平台（TOPS）登錄簡章及台北好購獎勵機制",
    en: "2024 Taipei-Origin Promotional Station (TOPS) registration rules and purchase awards",
  },
  period: counting,
  periodNote: {
    "zh-TW": `採購金額計算期間 ${counting.from} 至 ${counting.to}`,
    en: `purchases counted ${counting.from} to ${counting.to}`,
  },
  cite: awardsCite("三", href("editions", "tops-2024")),
};

export const period2024 = counting;

/** The counting period as a parameter: the awards use it, and the eligibility check warns about it. */
export const countingPeriod2024 = param<Period>(counting, "date", period2024, awardsCite("三", href("tops/awards", "counting-period")), {
  "zh-TW": "採購金額計算期間（含首尾日）",
  en: "Purchase counting period (both days included)",
});

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

/** 參、二(一)1(5)D: other serious matters are judged by the organizer case by case. */
export const caseByCaseCite: Cite = rulesCite("參、二(一)1(5)D", href("tops/supplier-eligibility", "case-by-case"));

/** The clause that announces "four" conditions, and the fifth it goes on to list (seeds/README.md quirk). */
export const fourConditionsCites: readonly Cite[] = [
  rulesCite("參、二(一)1", href("tops/supplier-eligibility", "four-conditions-quirk")),
  rulesCite("參、二(一)1(5)", href("tops/supplier-eligibility", "violations")),
];
