import * as z from "zod/mini";
import { defineCalculator, step } from "../core/calculator.js";
import { daysInMonth } from "../core/dates.js";
import { num, text } from "../core/format.js";
import { asOfField, count } from "../core/schema.js";
import { edition2023, slaParams2023 } from "./params-2023.js";

const MINUTES_PER_DAY = 24 * 60;

/** 全月分鐘數 of Form 3's formula, from the calendar (February has 29 days in leap years). */
function minutesInMonth(year: number, month: number): number {
  return daysInMonth(year, month) * MINUTES_PER_DAY;
}

const FULL_PERCENT = 100;
/** Whole hundredths of a percent: 99.95 → 9995; the schema admits at most two decimals. */
const hundredths = (percent: number) => Math.round(percent * FULL_PERCENT);
const WHOLE = hundredths(FULL_PERCENT);

/** Percent with two decimals, rounded down so availability is never credited above the truth. */
function percentDown(part: number, whole: number): number {
  return Math.floor((part * WHOLE) / whole) / FULL_PERCENT;
}

/**
 * 八(四)1 makes system availability an SLA every vendor signs; 九(二)2 SLA 1 wants
 * at least 98% per month, by Form 3's formula
 * (全月分鐘數 − 當月服務中斷分鐘數) / 全月分鐘數 × 100%.
 */
export const tcloudSlaAvailability = defineCalculator({
  id: "tcloud-sla-availability",
  program: "tcloud",
  editions: [{ edition: edition2023, params: slaParams2023 }],
  title: { "zh-TW": "臺灣雲市集系統可用性（SLA）試算", en: "TCloud system availability (SLA)" },
  input: z
    .object({
      // Four-digit years, as ISO dates write them.
      year: count(1000, 9999),
      month: count(1, 12),
      downtimeMinutes: count(),
      // The vendor's own figure on 附表3 binds it in the contract; 九(二)2 sets its floor.
      committedPercent: z._default(
        z.number().check(
          z.minimum(slaParams2023.minAvailabilityPercent.value),
          z.maximum(FULL_PERCENT),
          z.refine((p) => Math.abs(p * FULL_PERCENT - hundredths(p)) < 1e-6, {
            params: { text: text("承諾可用性最多兩位小數", "The committed availability has at most two decimals") },
          }),
        ),
        slaParams2023.minAvailabilityPercent.value,
      ),
      asOf: asOfField(),
    })
    .check(z.superRefine(({ year, month, downtimeMinutes }, ctx) => {
      const total = minutesInMonth(year, month);
      if (downtimeMinutes > total) {
        ctx.addIssue({
          code: "custom",
          path: ["downtimeMinutes"],
          input: downtimeMinutes,
          params: {
            text: {
              "zh-TW": `服務中斷分鐘數不得超過當月總分鐘數 ${num(total)}`,
              en: `Downtime cannot exceed the ${num(total)} minutes in this month`,
            },
          },
        });
      }
    })),
  compute({ year, month, downtimeMinutes, committedPercent }, P) {
    const total = minutesInMonth(year, month);
    const availabilityPercent = percentDown(total - downtimeMinutes, total);
    const committed = hundredths(committedPercent);
    // rules-api.md Additions: the exact ratio against the commitment, in integers, never the rounded figure.
    const meets = (total - downtimeMinutes) * WHOLE >= committed * total;
    const allowedDowntimeMinutes = Math.floor((total * (WHOLE - committed)) / WHOLE);
    return {
      value: { availabilityPercent, meets, allowedDowntimeMinutes },
      steps: [
        step(
          "p9-2-2-sla-1-minutes-in-month",
          text("全月分鐘數", "Minutes in the month"),
          total,
          P.formula,
          text(
            `${year}年${month}月有 ${daysInMonth(year, month)} 日 × ${num(MINUTES_PER_DAY)} = ${num(total)} 分鐘`,
            `${year}-${String(month).padStart(2, "0")} has ${daysInMonth(year, month)} days × ${num(MINUTES_PER_DAY)} = ${num(total)} minutes`,
          ),
        ),
        step(
          "p9-2-2-sla-1-availability",
          text("系統可用性（%）", "System availability (%)"),
          availabilityPercent,
          P.formula,
          text(
            `(${num(total)} − ${num(downtimeMinutes)}) ÷ ${num(total)} × 100% = ${availabilityPercent.toFixed(2)}%（取至小數第二位，無條件捨去，不高估可用性）`,
            `(${num(total)} − ${num(downtimeMinutes)}) ÷ ${num(total)} × 100% = ${availabilityPercent.toFixed(2)}% (two decimals, rounded down so availability is never overstated)`,
          ),
        ),
        step(
          "p9-2-2-sla-1-allowed-downtime",
          text("承諾下可容許之中斷分鐘數", "Downtime the commitment allows"),
          allowedDowntimeMinutes,
          P.formula,
          text(
            `${num(total)} × (100% − ${num(committedPercent)}%) = ${num(allowedDowntimeMinutes)} 分鐘（無條件捨去）`,
            `${num(total)} × (100% − ${num(committedPercent)}%) = ${num(allowedDowntimeMinutes)} minutes (rounded down)`,
          ),
        ),
        step(
          "p9-2-2-sla-1-threshold",
          P.minAvailabilityPercent.label,
          meets,
          P.minAvailabilityPercent.cite,
          text(
            `實際可用性 ${meets ? "≥" : "<"} 承諾 ${num(committedPercent)}%（${meets ? "達標" : "未達標"}；以未捨去之比值比較）；九(二)2 之下限為 ${num(P.minAvailabilityPercent.value)}%，八(四)1 要求廠商於契約附約承諾此指標`,
            `Actual availability ${meets ? "≥" : "<"} the committed ${num(committedPercent)}% (${meets ? "met" : "not met"}; the exact ratio is compared, not the rounded figure); 九(二)2 sets the floor at ${num(P.minAvailabilityPercent.value)}% and 八(四)1 requires the vendor to commit to it in the contract annex`,
          ),
        ),
      ],
      warnings: [],
    };
  },
});
