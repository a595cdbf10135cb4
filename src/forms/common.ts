/** Questions and pieces of layout that several forms share. */
import type { Computed, Outcome, Text } from "../rules/core/types.js";
import { text as bi } from "../rules/core/format.js";
import { cell, check, fill, boxWidth, labelCell, row, text, type Cell, type DocumentBuilder, type Inline, type Row } from "./doc.js";
import type { FieldSpec, Issue, Values } from "./types.js";

export const signingDate = (hint?: Text): FieldSpec => ({
  key: "date",
  kind: "date",
  label: { "zh-TW": "填表日期", en: "Date of the form" },
  hint: hint ?? {
    "zh-TW": "印成民國日期；留空則印出空白，可手寫。",
    en: "Printed as an ROC date (中華民國 year, month, day); leave it empty to write it by hand.",
  },
  width: "short",
});

export const applicationDate: FieldSpec = {
  key: "applicationDate",
  kind: "date",
  label: bi("申請日期", "Date of application (申請日期)"),
  hint: bi("印成民國年月日；留空則印出空白。", "Printed as an ROC date; leave it empty to write it by hand."),
  width: "short",
};

/** Year and k/n of an SPP proposal's title (第三節 二: "-1/n、-2/n…n為同一機關之總申請案數"). */
export const sequenceFields: FieldSpec[] = [
  {
    key: "rocYear",
    kind: "integer",
    min: 100,
    max: 200,
    label: bi("年度（民國）", "Year (ROC)"),
    hint: bi("108 年度版手冊即填 108。", "108 for the 2019 (ROC 108) manual."),
    width: "short",
  },
  { key: "seq", kind: "integer", min: 1, max: 99, label: bi("本案編號 k", "This proposal's number k"), width: "short" },
  { key: "of", kind: "integer", min: 1, max: 99, label: bi("總案數 n", "Total proposals n"), width: "short" },
];

export function sequenceIssues(values: Values): Issue[] {
  const k = values.integer("seq");
  const n = values.integer("of");
  return k !== null && n !== null && k > n ? [{ key: "seq", message: bi("本案編號不可大於總案數", "The number k cannot be larger than the total n") }] : [];
}

/** A number on its line, or the blank line when there is none. */
export const numberFill = (n: number | null, em: number): Inline => fill(n === null ? "" : String(n), em);

/**
 * Longest organisation and plan names accepted: two lines in the forms' name cells, so a
 * long name never pushes a form onto another page (the longest agency and plan names in
 * the seeds are under 35 characters).
 */
export const ORG_MAX = 60;
export const PLAN_MAX = 60;

export const orgName = (label: Text, hint?: Text): FieldSpec => ({
  key: "orgName",
  kind: "text",
  label,
  max: ORG_MAX,
  profile: "orgName",
  ...(hint ? { hint } : {}),
});

export const planPeriod = (from: Text, to: Text): FieldSpec[] => [
  { key: "periodFrom", kind: "date", label: from, width: "short" },
  { key: "periodTo", kind: "date", label: to, width: "short" },
];

const PERIOD_ORDER: Text = { "zh-TW": "結束日不可早於開始日", en: "The end date cannot be before the start date" };

/** An end date before its start date, reported on the end date. */
export function periodIssues(values: Values, from: string, to: string): Issue[] {
  const a = values.date(from);
  const b = values.date(to);
  return a && b && b < a ? [{ key: to, message: PERIOD_ORDER }] : [];
}

/** The contact person and the head of the unit, as the SPP summary sheets ask for them. */
export const contactFields: FieldSpec[] = [
  { key: "contact.unit", kind: "text", label: { "zh-TW": "聯絡人員：單位", en: "Contact person: unit" }, max: 40 },
  { key: "contact.name", kind: "text", label: { "zh-TW": "聯絡人員：姓名", en: "Contact person: name" }, max: 30, profile: "contactName" },
  { key: "contact.title", kind: "text", label: { "zh-TW": "聯絡人員：職稱", en: "Contact person: job title" }, max: 30, profile: "contactTitle" },
  { key: "contact.email", kind: "text", label: { "zh-TW": "聯絡人員：電子信箱", en: "Contact person: e-mail" }, max: 120, check: "email", profile: "email" },
  { key: "contact.phone", kind: "text", label: { "zh-TW": "聯絡人員：聯絡電話", en: "Contact person: phone" }, max: 40, check: "phone", profile: "phone" },
  { key: "head.unit", kind: "text", label: { "zh-TW": "主管：單位", en: "Head of unit: unit" }, max: 40 },
  { key: "head.name", kind: "text", label: { "zh-TW": "主管：姓名", en: "Head of unit: name" }, max: 30 },
  { key: "head.title", kind: "text", label: { "zh-TW": "主管：職稱", en: "Head of unit: job title" }, max: 30 },
  { key: "head.email", kind: "text", label: { "zh-TW": "主管：電子信箱", en: "Head of unit: e-mail" }, max: 120, check: "email" },
  { key: "head.phone", kind: "text", label: { "zh-TW": "主管：聯絡電話", en: "Head of unit: phone" }, max: 40, check: "phone" },
];

const CONTACT_COLUMNS = [
  ["unit", "單位"],
  ["name", "姓名"],
  ["title", "職稱"],
  ["email", "電子信箱"],
  ["phone", "聯絡電話"],
] as const;

/**
 * The two rows under 單位 姓名 職稱 電子信箱 聯絡電話 (the label cell spans them and the
 * heading row), two lines each in 10 pt; `widths` are the five columns' widths.
 */
export function contactRows(doc: DocumentBuilder, values: Values, label: Cell, section: string, widths: readonly number[]): Row[] {
  const person = (prefix: string, who: string) =>
    CONTACT_COLUMNS.map(([key, title], i) =>
      doc.valueCell(values.text(`${prefix}.${key}`), { name: `${section}：${who}${title}`, width: boxWidth(widths[i]!), lines: 2, size: 10, valign: "middle" }),
    );
  const heading = CONTACT_COLUMNS.map(([, title]) => labelCell(title));
  return [row({ ...label, rowSpan: 3 }, ...heading), row(...person("contact", "聯絡人員")), row(...person("head", "主管"))];
}

/** Signature boxes at the foot of the SPP tables (承辦人 業務主管 主辦會計 機關首長). */
export function signatureRows(titles: readonly string[], lines = 3): Row[] {
  return [row(...titles.map((t) => labelCell(t))), row(...titles.map(() => cell("", { lines })))];
}

/**
 * Runs a calculator when every input it needs is present. Missing inputs leave the computed
 * cells blank (blank printing is allowed); a calculator's own errors go to the fields named
 * by their input key.
 */
export function runWhenReady<V>(
  needed: readonly { key: string; present: boolean; label: Text }[],
  run: () => Outcome<V>,
  fieldOf: (path: string) => string,
): { outcome: ({ ok: true } & Computed<V>) | null; issues: Issue[]; pending?: Text } {
  const missing = needed.filter((n) => !n.present);
  if (missing.length) {
    return {
      outcome: null,
      issues: [],
      pending: {
        "zh-TW": `填入「${missing.map((m) => m.label["zh-TW"]).join("」「")}」後即自動計算。`,
        en: `Fill in ${missing.map((m) => m.label.en).join(", ")} and the amounts are worked out.`,
      },
    };
  }
  const outcome = run();
  if (!outcome.ok) return { outcome: null, issues: outcome.errors.map((e) => ({ key: fieldOf(e.path), message: e.message })) };
  return { outcome, issues: [] };
}

/** 採購金額 boxes of 表5-2 and 表5-4, in the seed's words and order (the thresholds of 政府採購法). */
export const procurementSizes = [
  { value: "below-announcement", label: { "zh-TW": "未達公告金額", en: "Below the announcement threshold (未達公告金額)" } },
  { value: "announcement", label: { "zh-TW": "公告金額以上未達查核金額", en: "Announcement threshold or more, below the supervision threshold" } },
  { value: "supervision", label: { "zh-TW": "查核金額以上未達巨額", en: "Supervision threshold or more, below a large procurement" } },
  { value: "large", label: { "zh-TW": "巨額", en: "Large procurement (巨額)" } },
] as const;

export const procurementSize: FieldSpec = {
  key: "procurementSize",
  kind: "choice",
  label: { "zh-TW": "採購金額級距", en: "Size of the procurement (採購金額)" },
  hint: { "zh-TW": "依政府採購法之公告金額、查核金額及巨額門檻。", en: "By the thresholds of the Government Procurement Act." },
  options: procurementSizes,
};

/** "□未達公告金額 □公告金額以上未達查核金額 …" with the chosen box ticked. */
export function choiceBoxes(chosen: string, options: readonly { value: string; label: Text }[], gap = " "): Inline[] {
  return options.flatMap((o, i) => [...(i ? [text(gap)] : []), check(chosen === o.value), text(o.label["zh-TW"])]);
}
