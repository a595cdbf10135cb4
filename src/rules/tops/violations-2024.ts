import { href } from "../anchors.js";
import type { Cite, Text } from "../core/types.js";
import { rulesCite } from "./params-2024.js";

/** Registration rules 參、二(一)1(5)A, 2024 edition: the table of violations that bar a supplier. */
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
