import * as z from "zod/mini";
import { defineCalculator, step, warning } from "../core/calculator.js";
import { num, text } from "../core/format.js";
import { asOfField, money } from "../core/schema.js";
import type { Step, Warning } from "../core/types.js";
import { changeTerminationCites2019, edition2019 } from "./params-2019.js";
import { refundInRange, unexecutedWithinReceived } from "./refunds.js";

/**
 * 計畫終止 (第五節 二(二), 要點 十(二), 表5-6). Force majeure: the unexecuted part of what was
 * received, with its interest. Any other reason: everything received, with interest as the
 * manual says; the 要點 and 表5-6 leave the interest out, so both amounts are shown.
 * Every step cites its clause through the params-2019 citations.
 */
export const sppTerminationRefund = defineCalculator({
  id: "spp-termination-refund",
  program: "spp",
  editions: [{ edition: edition2019, params: changeTerminationCites2019 }],
  title: { "zh-TW": "計畫終止應繳回金額試算", en: "Refund when a project is terminated" },
  input: z.discriminatedUnion("reason", [
    z
      .object({
        reason: z.literal("force-majeure"),
        subsidyReceived: money(),
        unexecutedSubsidy: money(),
        interest: money(),
        asOf: asOfField(),
      })
      .check(unexecutedWithinReceived, refundInRange),
    z.object({ reason: z.literal("other"), subsidyReceived: money(), interest: money(), asOf: asOfField() }).check(refundInRange),
  ]),
  compute(parsed, C) {
    const { subsidyReceived, interest } = parsed;
    const steps: Step[] = [];
    const warnings: Warning[] = [];
    let refundDue: number;

    if (parsed.reason === "force-majeure") {
      const { unexecutedSubsidy } = parsed;
      refundDue = unexecutedSubsidy + interest;
      steps.push(
        step(
          "s5-2-2-1-unexecuted",
          { "zh-TW": "未執行部分已領取之補助款", en: "Subsidy received for the unexecuted work" },
          unexecutedSubsidy,
          C.forceMajeure,
          text(
            `不可抗力終止：就終止之工作項目核計未執行部分；已領取 ${num(subsidyReceived)} 元中 ${num(unexecutedSubsidy)} 元屬未執行部分`,
            `Terminated by force majeure: only the unexecuted work counts; NT$${num(unexecutedSubsidy)} of the NT$${num(subsidyReceived)} received is for unexecuted work`,
          ),
        ),
        step(
          "s5-2-2-1-refund",
          { "zh-TW": "應繳回（未執行部分補助款及該部分之孳息）", en: "Refund (unexecuted part and the interest it earned)" },
          refundDue,
          C.forceMajeure,
          text(
            `${num(unexecutedSubsidy)} + 未執行部分之孳息 ${num(interest)} = ${num(refundDue)}`,
            `${num(unexecutedSubsidy)} + the unexecuted part's interest ${num(interest)} = ${num(refundDue)}`,
          ),
        ),
      );
      warnings.push(
        warning(
          "force-majeure-interest-part",
          text(
            `不可抗力終止只繳回「該未執行部分已領取之補助款及孳息」：所填孳息 ${num(interest)} 元應為未執行部分 ${num(unexecutedSubsidy)} 元所生之孳息，不是專戶全部孳息。`,
            `After force majeure only "the unexecuted part received and its interest" goes back: the NT$${num(interest)} of interest entered should be what the unexecuted NT$${num(unexecutedSubsidy)} earned, not all the account's interest.`,
          ),
          C.forceMajeure,
        ),
      );
    } else {
      refundDue = subsidyReceived + interest;
      steps.push(
        step(
          "s5-2-2-2-refund",
          { "zh-TW": "應繳回（已領取之補助款全部及孳息）", en: "Refund (all the subsidy received, with interest)" },
          refundDue,
          C.otherManual,
          text(
            `非不可抗力終止：${num(subsidyReceived)} + 孳息 ${num(interest)} = ${num(refundDue)}`,
            `Terminated for another reason: ${num(subsidyReceived)} + interest ${num(interest)} = ${num(refundDue)}`,
          ),
        ),
      );
      warnings.push(
        warning(
          "termination-interest-quirk",
          text(
            `來源不一致：作業手冊 第五節 二(二)2 要求繳回「已領取之補助款及孳息」，共 ${num(refundDue)} 元；同手冊附錄一要點 十(二)2 及表5-6 補充說明二只寫「已領取之補助款」，即 ${num(subsidyReceived)} 元（不含孳息 ${num(interest)} 元）。本結果依手冊含孳息計，實際金額以中小企業處通知為準。`,
            `The sources disagree: the manual (第五節 二(二)2) asks for "the subsidy received and its interest" back, NT$${num(refundDue)}; its own Appendix 1 (要點 十(二)2) and Table 5-6 (note 2) say only "the subsidy received", NT$${num(subsidyReceived)} (without the NT$${num(interest)} interest). This result follows the manual; SMEA's notice decides.`,
          ),
          C.otherManual,
          C.otherGuidelines,
          C.otherTable,
        ),
      );
    }

    warnings.push(
      warning(
        "refund-computed-by-agency",
        text(
          "表5-6 之「核算應退回金額」由經濟部中小企業處填寫，孳息計至申請日；本結果為估算，應於通知期限內依通知金額繳回。",
          "In Table 5-6 the amount to be refunded is filled in by SMEA, with interest counted to the application date; this result is an estimate, and the refund is due by the deadline in SMEA's notice.",
        ),
        C.refundComputedByAgency,
      ),
    );

    return { value: { refundDue }, steps, warnings };
  },
});
