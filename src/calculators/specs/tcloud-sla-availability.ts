import { tcloudSlaAvailability } from "../../rules/tcloud/sla-availability.js";
import { slaParams2023 as P } from "../../rules/tcloud/params-2023.js";
import { num } from "../../rules/core/format.js";
import { yesNo } from "../format.js";
import { defineSpec, pageOnly } from "../types.js";

export default defineSpec(tcloudSlaAvailability, {
  group: "eligible",
  question: import.meta.env.SSR ? { "zh-TW": "這個月的系統可用性達到 SLA 嗎？", en: "Did this month's system availability meet the SLA?" } : pageOnly,
  intro: import.meta.env.SSR ? {
    "zh-TW": `可用性 =（全月分鐘數 − 服務中斷分鐘數）÷ 全月分鐘數，每月須達 ${num(P.minAvailabilityPercent.value)}%（九(二)2；附表3）。`,
    en: `Availability = (minutes in the month − downtime) ÷ minutes in the month, at least ${num(P.minAvailabilityPercent.value)}% each month (九(二)2; Form 3).`,
  } : pageOnly,
  handbook: "tcloud/review",
  fields: [
    { key: "year", kind: "number", integer: true, label: { "zh-TW": "年（西元）", en: "Year" }, example: { "zh-TW": "2024", en: "2024" } },
    {
      key: "month",
      kind: "choice",
      numeric: true,
      display: "select",
      label: { "zh-TW": "月", en: "Month" },
      options: Array.from({ length: 12 }, (_, i) => ({ value: String(i + 1), label: { "zh-TW": `${i + 1} 月`, en: new Date(Date.UTC(2000, i, 1)).toLocaleString("en", { month: "long", timeZone: "UTC" }) } })),
    },
    {
      key: "downtimeMinutes",
      kind: "number",
      integer: true,
      unit: { "zh-TW": "分鐘", en: "minutes" },
      label: { "zh-TW": "當月服務中斷分鐘數", en: "Minutes of downtime in the month" },
      example: { "zh-TW": "600", en: "600" },
    },
    {
      key: "committedPercent",
      kind: "number",
      optional: true,
      unit: { "zh-TW": "%", en: "%" },
      label: { "zh-TW": "廠商承諾之可用性（附表3）", en: "Availability the vendor committed to (Form 3)" },
      hint: {
        "zh-TW": `${num(P.minAvailabilityPercent.value)} 至 100，最多兩位小數；未填則以下限 ${num(P.minAvailabilityPercent.value)}% 計算。`,
        en: `${num(P.minAvailabilityPercent.value)} to 100, at most two decimals; left empty, the ${num(P.minAvailabilityPercent.value)}% floor is used.`,
      },
      example: { "zh-TW": "99.5", en: "99.5" },
    },
  ],
  headline: (v, lang) =>
    lang === "en"
      ? `${v.meets ? "Met" : "Not met"}: availability was ${v.availabilityPercent.toFixed(2)}%; the commitment allows ${num(v.allowedDowntimeMinutes)} minutes of downtime this month.`
      : `${v.meets ? "達標" : "未達標"}：可用性 ${v.availabilityPercent.toFixed(2)}%；依承諾本月可容許中斷 ${num(v.allowedDowntimeMinutes)} 分鐘。`,
  outputs: {
    availabilityPercent: { label: { "zh-TW": "系統可用性", en: "Availability" }, format: (p) => `${p.toFixed(2)}%` },
    meets: { label: { "zh-TW": "達到 SLA", en: "Meets the SLA" }, format: yesNo },
    allowedDowntimeMinutes: { label: { "zh-TW": "可容許中斷分鐘數", en: "Downtime allowed" }, format: (m, lang) => (lang === "en" ? `${num(m)} minutes` : `${num(m)} 分鐘`) },
  },
  examples: import.meta.env.SSR
    ? [
        { label: { "zh-TW": "2024 年 2 月停機 600 分鐘", en: "600 minutes down in February 2024" }, state: { year: "2024", month: "2", downtimeMinutes: "600" } },
        { label: { "zh-TW": "停機 1,000 分鐘", en: "1,000 minutes down" }, state: { year: "2024", month: "4", downtimeMinutes: "1,000" } },
      ]
    : [],
});
