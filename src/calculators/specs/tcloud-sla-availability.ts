import { slaParams2023 as P } from "../../rules/tcloud/params-2023.js";
import { num } from "../../rules/core/format.js";
import { yesNo } from "../format.js";
import { defineSpec } from "../types.js";

export default defineSpec<{ availabilityPercent: number; meets: boolean }>({
  id: "tcloud-sla-availability",
  group: "eligible",
  question: { "zh-TW": "這個月的系統可用性達到 SLA 嗎？", en: "Did this month's system availability meet the SLA?" },
  intro: {
    "zh-TW": `可用性 =（全月分鐘數 − 服務中斷分鐘數）÷ 全月分鐘數，每月須達 ${num(P.minAvailabilityPercent.value)}%（九(二)2；附表3）。`,
    en: `Availability = (minutes in the month − downtime) ÷ minutes in the month, at least ${num(P.minAvailabilityPercent.value)}% each month (九(二)2; Form 3).`,
  },
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
  ],
  headline: (v, lang) =>
    v.meets
      ? lang === "en"
        ? `Met: availability was ${v.availabilityPercent.toFixed(2)}%, at least ${num(P.minAvailabilityPercent.value)}%.`
        : `達標：可用性 ${v.availabilityPercent.toFixed(2)}%，不低於 ${num(P.minAvailabilityPercent.value)}%。`
      : lang === "en"
        ? `Not met: availability was ${v.availabilityPercent.toFixed(2)}%, below ${num(P.minAvailabilityPercent.value)}%.`
        : `未達標：可用性 ${v.availabilityPercent.toFixed(2)}%，低於 ${num(P.minAvailabilityPercent.value)}%。`,
  outputs: {
    availabilityPercent: { label: { "zh-TW": "系統可用性", en: "Availability" }, format: (p) => `${p.toFixed(2)}%` },
    meets: { label: { "zh-TW": "達到 SLA", en: "Meets the SLA" }, format: yesNo },
  },
  examples: [
    { label: { "zh-TW": "2024 年 2 月停機 600 分鐘", en: "600 minutes down in February 2024" }, state: { year: "2024", month: "2", downtimeMinutes: "600" } },
    { label: { "zh-TW": "停機 1,000 分鐘", en: "1,000 minutes down" }, state: { year: "2024", month: "4", downtimeMinutes: "1,000" } },
  ],
});
