import { href } from "../anchors.js";
import { param } from "../core/params.js";
import type { Cite, Edition, Text } from "../core/types.js";
import { manualCite, manualYear } from "./manual-2019.js";

/**
 * 108年度「新創採購—成熟型及研發型補助計畫推動作業手冊」 (spp-subsidy-manual-2019.txt),
 * with its Appendix 1, the 「新創產品及服務採購補助試行作業要點」: the edition and the
 * parameters of each calculator. The citation helper, the year and the startup definition
 * are in manual-2019.ts.
 */

export const edition2019: Edition = {
  id: "2019",
  program: "spp",
  title: {
    "zh-TW": "108年度新創採購—成熟型及研發型補助計畫推動作業手冊",
    en: "2019 Startup Procurement subsidy manual (mature and R&D tracks), SMEA",
  },
  period: manualYear,
  periodNote: { "zh-TW": `適用期間 ${manualYear.from} 至 ${manualYear.to}`, en: `in force ${manualYear.from} to ${manualYear.to}` },
  cite: manualCite("封面; 附錄一 十二", href("editions", "spp-2019")),
};

const period2019 = manualYear;

export const rdParams2019 = {
  cap: param(1_000_000, "NTD", period2019, manualCite("研發型 第二節 二", href("spp/rd-track", "rd-cap")), {
    "zh-TW": "每案補助上限",
    en: "Subsidy cap per case",
  }),
  rate: param(0.5, "ratio", period2019, manualCite("研發型 第二節 二", href("spp/rd-track", "rd-cap")), {
    "zh-TW": "補助比例上限（總經費）",
    en: "Maximum share of the total budget",
  }),
};

/** The financial tiers are DGBAS's, reviewed every three years; the 2019 table was not found. */
export const financialTierSource: Cite = {
  doc: "domain-facts",
  clause: "Local-government financial tiers (財力分級, DGBAS)",
  href: href("about", "domain-facts"),
};

/** 第一節 二 補助原則, repeating 要點 四. */
export const matureParams2019 = {
  /** Keys are the DGBAS financial tiers (第一級 to 第五級); values the highest share of the eligible amount. */
  rateByTier: param<Readonly<Record<number, number>>>(
    { 1: 0.75, 2: 0.9, 3: 0.9, 4: 0.9, 5: 0.9 },
    "ratio",
    period2019,
    manualCite("第一節 二(三); 附錄一 四(三)", href("spp/mature-subsidy", "rates")),
    { "zh-TW": "補助比例上限（依財力級次）", en: "Maximum subsidy rate (by financial tier)" },
  ),
  eligibleMonths: param(12, "months", period2019, manualCite("第一節 二(二)2; 附錄一 四(二)2", href("spp/mature-subsidy", "items")), {
    "zh-TW": "持續性服務補助期間上限（採購時起一年）",
    en: "Longest subsidised period of a continuous service (one year from purchase)",
  }),
  cap: param(4_000_000, "NTD", period2019, manualCite("第一節 二(四)1; 附錄一 四(四)1", href("spp/mature-subsidy", "cap")), {
    "zh-TW": "每案補助金額上限",
    en: "Subsidy cap per case",
  }),
  oneOffItem: manualCite("第一節 二(二)1; 附錄一 四(二)1", href("spp/mature-subsidy", "items")),
  localShare: manualCite("第三節 二(二)5; 附錄一 九(三)", href("spp/mature-subsidy", "local-share")),
  adjustment: manualCite("第一節 二(四)2; 附錄一 四(四)2", href("spp/mature-subsidy", "cap")),
};

/** 要點 九 補助款撥付方式, with the manual's payment clauses (第五節 一(三)). */
export const installmentParams2019 = {
  singlePaymentMaxMonths: param(6, "months", period2019, manualCite("附錄一 九(二)1", href("spp/mature-execution", "installments")), {
    "zh-TW": "一次請領全額之契約期間上限（未逾六個月）",
    en: "Longest contract paid in one claim (not over six months)",
  }),
  firstInstallmentShare: param(0.5, "ratio", period2019, manualCite("附錄一 九(二)2(1)", href("spp/mature-execution", "installments")), {
    "zh-TW": "第一期補助款比例（二分之一契約期間後）",
    en: "First installment share (after half the contract term)",
  }),
  claimDeadline: param("2019-12-10", "date", period2019, manualCite("第五節 一(三)1; 第二節 一(二)", href("spp/mature-timeline", "payment-deadline")), {
    "zh-TW": "108年度請款期限",
    en: "Claim deadline for 2019",
  }),
  oneOff: manualCite("附錄一 九(一); 第五節 一(三)1", href("spp/mature-execution", "installments")),
  closing: manualCite("附錄一 九(二)2(2)", href("spp/mature-execution", "installments")),
  crossYear: manualCite("第五節 一(三)2; 第二節 一(三)", href("spp/mature-timeline", "cross-year")),
};

/** 第五節 二 計畫變更、終止 (要點 十) and the forms that carry them (表5-5, 表5-6). */
export const changeTerminationCites2019 = {
  change: manualCite("第五節 二(一); 附錄一 十(一)", href("spp/mature-change-termination", "change")),
  changeIncrease: manualCite("第五節 二(一); 表5-5 補助經費異動說明", href("spp/mature-change-termination", "change-cost-increase")),
  changeDecrease: manualCite("第五節 二(一); 表5-5 補助經費異動說明", href("spp/mature-change-termination", "change-cost-decrease")),
  changeTable: manualCite("表5-5 (C)=(A)+(B)", href("spp/mature-tables", "table-5-5")),
  forceMajeure: manualCite("第五節 二(二)1; 附錄一 十(二)1; 表5-6 補充說明 一", href("spp/mature-change-termination", "termination-force-majeure")),
  otherManual: manualCite("第五節 二(二)2", href("spp/mature-change-termination", "termination-interest-quirk")),
  otherGuidelines: manualCite("附錄一 十(二)2", href("spp/guidelines", "point-10-2")),
  otherTable: manualCite("表5-6 補充說明 二", href("spp/mature-tables", "table-5-6")),
  refundComputedByAgency: manualCite("表5-6 核算應退回金額", href("spp/mature-tables", "table-5-6")),
};

/**
 * 研發型 第五節 二、三: a change or a termination of an R&D project, whose grantee is the
 * startup. 三(一) puts two reasons in one sentence, force majeure and a reason not attributable
 * to the startup; each has its own anchor, so a result names the reason the reader chose.
 */
export const rdChangeTerminationCites2019 = {
  change: manualCite("研發型 第五節 二", href("spp/rd-execution", "rd-change")),
  changeIncrease: manualCite("研發型 第五節 二", href("spp/rd-execution", "rd-change-cost-increase")),
  changeDecrease: manualCite("研發型 第五節 二", href("spp/rd-execution", "rd-change-cost-decrease")),
  forceMajeure: manualCite("研發型 第五節 三(一)", href("spp/rd-execution", "rd-termination-force-majeure")),
  notAttributable: manualCite("研發型 第五節 三(一)", href("spp/rd-execution", "rd-termination-not-attributable")),
  attributable: manualCite("研發型 第五節 三(二)", href("spp/rd-execution", "rd-termination-startup-fault")),
  /** The mature track's 要點, whose other reasons all mean a full refund, and whom it subsidises. */
  matureOther: manualCite("附錄一 十(二)2", href("spp/guidelines", "point-10-2")),
  matureGrantees: manualCite("附錄一 三", href("spp/guidelines", "point-3")),
  ...rdParams2019,
};

export interface ReviewCriterion {
  /** English id, the key of `scores` in spp-review-score. */
  id: string;
  /** Weight in percent, as the source writes it. */
  weight: number;
  clause: string;
  label: Text;
}

/** 第四節 二 (mature, repeated in 要點 八) and 研發型 第四節 二 (R&D). */
export const reviewParams2019 = {
  mature: param<readonly ReviewCriterion[]>(
    [
      {
        id: "relevance",
        weight: 25,
        clause: "第四節 二(一); 附錄一 八(一)",
        label: {
          "zh-TW": "預定採購項目與申請機關執行公務、辦理業務或提供民眾服務之關聯程度",
          en: "Relevance of the planned purchase to the agency's duties, business or services to the public",
        },
      },
      { id: "completeness", weight: 25, clause: "第四節 二(二); 附錄一 八(二)", label: { "zh-TW": "計畫完整性", en: "Completeness of the plan" } },
      {
        id: "budget",
        weight: 20,
        clause: "第四節 二(三); 附錄一 八(三)",
        label: { "zh-TW": "預算編列合理性與配合款比例", en: "Reasonable budget and share of matching funds" },
      },
      { id: "benefits", weight: 20, clause: "第四節 二(四); 附錄一 八(四)", label: { "zh-TW": "預期效益", en: "Expected benefits" } },
      {
        id: "sustainability",
        weight: 10,
        clause: "第四節 二(五); 附錄一 八(五)",
        label: { "zh-TW": "後續維持營運之可行性", en: "Feasibility of keeping it running afterwards" },
      },
    ],
    "percent",
    period2019,
    manualCite("第四節 二; 附錄一 八", href("spp/mature-review", "criteria")),
    { "zh-TW": "成熟型計畫內容審查要項及權重", en: "Mature track review criteria and weights" },
  ),
  rd: param<readonly ReviewCriterion[]>(
    [
      { id: "foresight", weight: 30, clause: "研發型 第四節 二(一)", label: { "zh-TW": "議題前瞻性", en: "Forward-looking challenge" } },
      { id: "feasibility", weight: 30, clause: "研發型 第四節 二(二)", label: { "zh-TW": "議題構想可行性", en: "Feasibility of the proposed approach" } },
      { id: "field", weight: 15, clause: "研發型 第四節 二(三)", label: { "zh-TW": "實證場域安排周全", en: "Test site ready for the trial" } },
      { id: "support", weight: 25, clause: "研發型 第四節 二(四)", label: { "zh-TW": "行政協處完善度", en: "Thorough administrative support" } },
    ],
    "percent",
    period2019,
    manualCite("研發型 第四節 二", href("spp/rd-proposal", "rd-criteria")),
    { "zh-TW": "研發型提案內容審查要項及權重", en: "R&D track review criteria and weights" },
  ),
  /** Neither track sets a pass mark: the committee decides. */
  matureDecision: manualCite("第四節 一(二)、(三); 附錄一 七", href("spp/mature-review", "review-process")),
  rdDecision: manualCite("研發型 第四節 一", href("spp/rd-proposal", "rd-review")),
};

/**
 * 第二節 一 作業時程 and 第五節 三(一) (mature), 研發型 第三節 二(二)6 預計期程 (R&D): the
 * periods an approved project runs to. The closing dates are written "108年12月10日" and,
 * in 第五節 三(一), "核定當年12月10日", so they are kept as month-day of the approval year.
 */
export const deadlineParams2019 = {
  procureWithinMonths: param(3, "months", period2019, manualCite("第二節 一(一); 第五節 三(一)", href("spp/mature-timeline", "procurement-deadline")), {
    "zh-TW": "核定補助後辦理採購之期間（原則）",
    en: "Period to procure after approval (as a rule)",
  }),
  claimWithinMonths: param(1, "months", period2019, manualCite("第二節 一(二); 第五節 一(三)1; 附錄一 九(一)", href("spp/mature-timeline", "payment-deadline")), {
    "zh-TW": "完成驗收後請款之期間",
    en: "Period to claim after acceptance",
  }),
  matureCompleteBy: param("12-10", "date", period2019, manualCite("第二節 一(一); 第五節 三(一)", href("spp/mature-timeline", "procurement-deadline")), {
    "zh-TW": "成熟型：核定當年完成採購、驗收及請款之期限（月-日）",
    en: "Mature track: date in the approval year by which procurement, acceptance and the claim are done (month-day)",
  }),
  rdCompleteBy: param("12-20", "date", period2019, manualCite("研發型 第三節 二(二)6", href("spp/rd-proposal", "rd-summary-sheet")), {
    "zh-TW": "研發型：計畫預計完成驗收期限（月-日）",
    en: "R&D track: latest date for completing acceptance (month-day)",
  }),
  crossYear: manualCite("第二節 一(三); 第五節 一(三)2", href("spp/mature-timeline", "cross-year")),
  retention: manualCite("第五節 一(四)", href("spp/mature-timeline", "extension")),
};

/** 表5-2 結算驗收證明書: how its 結算總價 is reached (說明五) and what stays out of it (說明四). */
export const settlementCites2019 = {
  total: manualCite("表5-2 說明五", href("spp/mature-tables", "table-5-2")),
  penaltiesOutside: manualCite("表5-2 說明四", href("spp/mature-tables", "table-5-2")),
};
