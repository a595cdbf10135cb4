/** Questions several calculators ask in the same words. */
import type { FieldSpec, FormState } from "./types.js";

export const asOf = (hint?: FieldSpec["hint"]): FieldSpec => ({
  key: "asOf",
  kind: "date",
  optional: true,
  label: { "zh-TW": "以哪一天為準", en: "Date to judge on" },
  hint: hint ?? {
    "zh-TW": "留空即以今天（臺灣時間）計算；想知道某一天的結果（例如申請日）時再填。",
    en: "Leave empty for today (Taiwan time); fill it in to see the result on another day, such as the application date.",
  },
});

export const ntdUnit = { "zh-TW": "新臺幣元", en: "NT$" } as const;
export const monthsUnit = { "zh-TW": "個月", en: "months" } as const;
export const daysUnit = { "zh-TW": "日", en: "days" } as const;
export const pointsUnit = { "zh-TW": "點", en: "points" } as const;

/** Shown only when a control holds one of the values. */
export const when =
  (name: string, ...values: string[]) =>
  (state: FormState): boolean =>
    values.includes(state[name] ?? "");
