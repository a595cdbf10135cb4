import * as z from "zod/mini";
import { num, text } from "../core/format.js";
import { MONEY_MAX } from "../core/schema.js";
import type { Text } from "../core/types.js";

/**
 * The refund arithmetic both SPP tracks share (source: spp-subsidy-manual-2019, clauses
 * 第五節 二(一)(二), 附錄一 十, 表5-5, 表5-6 and 研發型 第五節 二、三; each calculator's steps
 * carry the citations through params-2019.ts): the two tracks word a change and a termination alike, and differ only in who the
 * grantee is and which reasons end a project. Each calculator keeps its own steps and
 * citations; what is computed, and what input is refused, is written once here.
 */

/**
 * 「追加部分…自行負擔；減列經費者，應按補助比例…繳回」: an increase leaves the approved subsidy
 * as it is; a decrease scales it by the approved ratio, rounded down, and what was received
 * above the revised subsidy goes back.
 */
export function changeAmounts(approvedSubsidy: number, approvedShare: number, revisedTotal: number, subsidyReceived: number) {
  const approvedTotal = approvedSubsidy + approvedShare;
  const decrease = revisedTotal < approvedTotal;
  // BigInt keeps revisedTotal × approvedSubsidy exact beyond 2^53; its division rounds down.
  const revisedSubsidy = decrease ? Number((BigInt(revisedTotal) * BigInt(approvedSubsidy)) / BigInt(approvedTotal)) : approvedSubsidy;
  return {
    approvedTotal,
    decrease,
    revisedSubsidy,
    borne: revisedTotal - revisedSubsidy,
    refundDue: Math.max(0, subsidyReceived - revisedSubsidy),
    ratio: approvedSubsidy / approvedTotal,
  };
}

/**
 * A change's input that has no answer: a plan with no approved cost has no ratio, and more
 * received than approved was never paid. `share` names the grantee's own part of the plan.
 */
export const changeInputChecks = <K extends string>(share: K, shareName: Text) =>
  z.superRefine<Record<"approvedSubsidy" | "subsidyReceived" | K, number>>((d, ctx) => {
    if (d.approvedSubsidy + d[share] === 0) {
      ctx.addIssue({
        code: "custom",
        path: ["approvedSubsidy"],
        params: { text: text(`核定補助款與${shareName["zh-TW"]}不得皆為 0`, `The approved subsidy and ${shareName.en} cannot both be 0`) },
      });
    }
    if (d.subsidyReceived > d.approvedSubsidy) {
      ctx.addIssue({
        code: "custom",
        path: ["subsidyReceived"],
        params: { text: text("已領取補助款不得超過核定補助款", "The subsidy received cannot exceed the approved subsidy") },
      });
    }
  });

/** Only what was received can go back: the unexecuted part is a part of it. */
export const unexecutedWithinReceived = z.refine<{ subsidyReceived: number; unexecutedSubsidy: number }>((d) => d.unexecutedSubsidy <= d.subsidyReceived, {
  path: ["unexecutedSubsidy"],
  params: {
    text: text("未執行部分之補助款不得超過已領取之補助款", "The unexecuted part cannot exceed the subsidy received"),
  },
});

/**
 * Each amount alone is bounded by money(); their sum is the refund, and a refund past MONEY_MAX
 * could be neither checked nor written out in words (大寫), so it is refused at the interest.
 */
export const refundInRange = z.refine<{ subsidyReceived: number; unexecutedSubsidy?: number; interest: number }>(
  (d) => (d.unexecutedSubsidy ?? d.subsidyReceived) + d.interest <= MONEY_MAX,
  {
    path: ["interest"],
    params: {
      text: text(`應繳回金額（補助款加孳息）不得超過 ${num(MONEY_MAX)} 元`, `The refund (subsidy plus interest) cannot be more than NT$${num(MONEY_MAX)}`),
    },
  },
);
