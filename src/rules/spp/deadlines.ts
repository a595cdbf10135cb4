import * as z from "zod/mini";
import { civilCodeCites } from "../civil-code.js";
import { asOfOf, defineCalculator, step, warning } from "../core/calculator.js";
import { earlier, monthsAfter } from "../core/dates.js";
import { text } from "../core/format.js";
import { asOfField, isoDate } from "../core/schema.js";
import type { Step, Warning } from "../core/types.js";
import { deadlineParams2019, edition2019 } from "./params-2019.js";

type Track = "mature" | "rd";

const completeParam = (P: typeof deadlineParams2019, track: Track) => (track === "mature" ? P.matureCompleteBy : P.rdCompleteBy);

/**
 * 第二節 一(一)(二), 第五節 三(一), 附錄一 九 and 研發型 預計期程: the three dates an approved
 * project must keep, counted as the Civil Code counts periods (民法 第120–121條).
 */
export const sppDeadlines = defineCalculator({
  id: "spp-deadlines",
  program: "spp",
  editions: [{ edition: edition2019, params: deadlineParams2019 }],
  title: { "zh-TW": "新創採購補助期限試算", en: "Startup procurement subsidy deadlines" },
  input: z
    .object({
      track: z.enum(["mature", "rd"]),
      approvedOn: isoDate(),
      acceptedOn: z.optional(isoDate()),
      asOf: asOfField(),
    })
    .check(z.refine((d) => d.acceptedOn === undefined || d.acceptedOn >= d.approvedOn, {
      path: ["acceptedOn"],
      params: { text: text("驗收日期不得早於核定日期", "Acceptance cannot come before the approval") },
    })),
  compute({ track, approvedOn, acceptedOn, ...rest }, P) {
    const asOf = asOfOf(rest);
    const closing = completeParam(P, track);
    const completeBy = `${approvedOn.slice(0, 4)}-${closing.value}`;
    const threeMonths = monthsAfter(approvedOn, P.procureWithinMonths.value);
    const procureBy = earlier(threeMonths, completeBy);
    const oneMonth = acceptedOn === undefined ? null : monthsAfter(acceptedOn, P.claimWithinMonths.value);
    const claimBy = oneMonth === null ? null : earlier(oneMonth, completeBy);
    const civil = civilCodeCites.periods;

    const steps: Step[] = [
      step(
        track === "mature" ? "s2-1-1-complete-by" : "rd-3-2-2-6-complete-by",
        closing.label,
        completeBy,
        closing.cite,
        track === "mature"
          ? text(`核定當年（${approvedOn.slice(0, 4)}年）12月10日前完成採購、驗收及請款`, `Procurement, acceptance and the claim done by 10 December of the approval year (${approvedOn.slice(0, 4)})`)
          : text(`計畫預計完成驗收期限至遲為核定當年（${approvedOn.slice(0, 4)}年）12月20日`, `Acceptance completed by 20 December of the approval year (${approvedOn.slice(0, 4)}) at the latest`),
      ),
      step(
        "civil-code-120-121-three-months",
        text("核定後3個月之末日（民法第120、121條）", "Last day of 3 months from approval (Civil Code Arts. 120–121)"),
        threeMonths,
        civil,
        text(
          `核定日 ${approvedOn} 不算入，自次日起算 ${P.procureWithinMonths.value} 個月，末日為 ${threeMonths}`,
          `The approval day ${approvedOn} is not counted; ${P.procureWithinMonths.value} months from the next day end on ${threeMonths}`,
        ),
      ),
      step(
        "s2-1-1-procure-by",
        text("辦理採購的期限", "Last day to procure"),
        procureBy,
        P.procureWithinMonths.cite,
        procureBy === threeMonths
          ? text(`於 ${procureBy} 前辦理採購`, `Procure by ${procureBy}`)
          : text(`3個月之末日 ${threeMonths} 晚於 ${completeBy}，以 ${completeBy} 為準`, `3 months would end on ${threeMonths}, after ${completeBy}, so ${completeBy} applies`),
      ),
    ];
    if (acceptedOn !== undefined && oneMonth !== null && claimBy !== null) {
      steps.push(
        step(
          "civil-code-120-121-one-month",
          text("驗收後1個月之末日（民法第120、121條）", "Last day of 1 month from acceptance (Civil Code Arts. 120–121)"),
          oneMonth,
          civil,
          text(
            `驗收日 ${acceptedOn} 不算入，自次日起算 ${P.claimWithinMonths.value} 個月，末日為 ${oneMonth}`,
            `The acceptance day ${acceptedOn} is not counted; ${P.claimWithinMonths.value} month from the next day ends on ${oneMonth}`,
          ),
        ),
        step(
          "s2-1-2-claim-by",
          text("函報請款的期限", "Last day to send the claim"),
          claimBy,
          P.claimWithinMonths.cite,
          claimBy === oneMonth
            ? text(`於 ${claimBy} 前檢附文件函報請款`, `Send the claim by ${claimBy}`)
            : text(`1個月之末日 ${oneMonth} 晚於 ${completeBy}，以 ${completeBy} 為準`, `1 month would end on ${oneMonth}, after ${completeBy}, so ${completeBy} applies`),
        ),
      );
    }

    const warnings: Warning[] = [
      warning(
        "holiday-moves-deadline",
        text(
          "期限末日如為星期日、紀念日或其他休息日，依民法第122條以休息日之次日代之；本試算不知道當年的休假日，未自動順延，請自行查對行事曆。",
          "If a deadline falls on a Sunday, a memorial day or another day of rest, the next day takes its place (Civil Code Art. 122); this calculator does not know that year's days off and has not moved any date: check the calendar.",
        ),
        civilCodeCites.holiday,
      ),
      warning(
        "procure-within-three-months-as-a-rule",
        text(
          "「核定補助後3個月內辦理採購」手冊寫明「為原則」；確定的期限是核定當年的完成日。",
          `"Procure within 3 months of approval" is stated "as a rule" (為原則); the firm limit is the closing date of the approval year.`,
        ),
        P.procureWithinMonths.cite,
      ),
    ];
    if (track === "rd") {
      warnings.push(
        warning(
          "rd-periods-from-mature-track",
          text(
            "研發型的提案須知只訂完成驗收期限（12月20日），沒有另訂採購與請款期間；本試算沿用成熟型的3個月與1個月，屬解讀，請向中小企業處確認。",
            "The R&D part of the manual sets only the acceptance deadline (20 December) and no periods for procuring or claiming; this calculator applies the mature track's 3 months and 1 month, an interpretation to confirm with SMEA.",
          ),
          P.rdCompleteBy.cite,
          P.procureWithinMonths.cite,
          P.claimWithinMonths.cite,
        ),
      );
    }
    if (acceptedOn !== undefined && acceptedOn > completeBy) {
      warnings.push(
        warning(
          "accepted-after-closing",
          text(
            `驗收日 ${acceptedOn} 已在 ${completeBy} 之後：當年度須於期限前依跨年度方式請領實支經費或辦理預算保留，尾款於次年度驗收後1個月內請撥。`,
            `Acceptance on ${acceptedOn} is after ${completeBy}: that year's spending had to be claimed as a cross-year payment or the budget retained by the closing date, and the balance is claimed within 1 month of acceptance the next year.`,
          ),
          P.crossYear,
          P.retention,
        ),
      );
    }
    const passed = [procureBy, completeBy, claimBy].filter((d): d is string => d !== null && d < asOf);
    if (passed.length > 0) {
      warnings.push(
        warning(
          "deadline-passed",
          text(
            `截至 ${asOf}，下列期限已過：${passed.join("、")}。`,
            `As of ${asOf} these deadlines have passed: ${passed.join(", ")}.`,
          ),
          closing.cite,
        ),
      );
    }

    return { value: { procureBy, completeBy, claimBy }, steps, warnings };
  },
});
