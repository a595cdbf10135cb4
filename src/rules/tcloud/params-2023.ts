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

export function codeList<Id extends string>(
  labels: Record<Id, Text>,
  period: Period,
  listCite: Cite,
  label: Text,
): CodeList<Id> {
  return { ids: Object.keys(labels) as unknown as readonly [Id, ...Id[]], labels, period, cite: listCite, label };
}

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
