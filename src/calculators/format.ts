/** How values read on the page; numbers share the rules' formatting (core/format). */
import { num, ntd } from "../rules/core/format.js";
import type { Lang, Text } from "../rules/core/types.js";
import { toRocDate } from "../rules/helpers/roc-date.js";

export const money = (n: number, lang: Lang): string => ntd(n)[lang];

/** The answers of a yes/no question, and "I don't know" where a question allows it. */
export const answers = {
  yes: { "zh-TW": "是", en: "Yes" },
  no: { "zh-TW": "否", en: "No" },
  dontKnow: { "zh-TW": "不確定", en: "I don't know" },
} as const satisfies Record<string, Text>;

export const yesNo = (b: boolean, lang: Lang): string => (b ? answers.yes : answers.no)[lang];

export const count = (n: number, unit: Text, lang: Lang): string => `${num(n)} ${unit[lang]}`;

export const list = (items: readonly string[], lang: Lang): string =>
  items.length ? items.join(lang === "en" ? "; " : "、") : lang === "en" ? "none" : "無";

/** Labels of ids, falling back to the id itself for one the dictionary lacks. */
export const labelled = (ids: readonly string[], labels: Readonly<Record<string, Text>>, lang: Lang): string =>
  list(ids.map((id) => labels[id]?.[lang] ?? id), lang);

/** The machine value of an output: strings as they are, everything else as JSON. */
export function machineValue(value: unknown): string {
  return typeof value === "string" ? value : JSON.stringify(value ?? null);
}

export { num };

const englishDay = new Intl.DateTimeFormat("en-GB", { timeZone: "UTC", day: "numeric", month: "long", year: "numeric" });

/** A deadline as each language writes it: the ROC date in Chinese, "10 August 2019" in English. */
export function dateText(iso: string | null, lang: Lang): string {
  if (iso === null) return lang === "en" ? "not yet (enter the acceptance date)" : "尚無（請填驗收日期）";
  return lang === "en" ? englishDay.format(new Date(`${iso}T00:00:00Z`)) : toRocDate(iso);
}
