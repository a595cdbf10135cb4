import * as z from "zod/mini";
import { defineCalculator, step, warning } from "../core/calculator.js";
import { sumOfProductsRounded } from "../core/decimal.js";
import { num, text } from "../core/format.js";
import { asOfField } from "../core/schema.js";
import type { Cite, Param, Text } from "../core/types.js";
import { edition2019, type ReviewCriterion, reviewParams2019 } from "./params-2019.js";

/** rules-api.md: each criterion is scored 0–100. */
const SCORE_MAX = 100;
/** The sources write the weights as percentages. */
const PERCENT = 100;
/** rules-api.md: the total has two decimals. */
const DECIMALS = 2;

/** Exactly the track's criteria: a missing one or a stray id is named as `scores.<id>`. */
function scoresFor(criteria: readonly ReviewCriterion[]) {
  const ids = criteria.map((c) => c.id).join(", ");
  return z.catchall(
    z.object(Object.fromEntries(criteria.map((c) => [c.id, z.number().check(z.minimum(0), z.maximum(SCORE_MAX))]))),
      z.unknown().check(z.refine(() => false, {
        params: {
          text: text(`此審查類別沒有這個項目，請使用：${ids}`, `Not a criterion of this track; use: ${ids}`),
        },
      })),
  );
}

/** Each track's criteria, and who decides once the scores are in (neither track sets a pass mark). */
const tracks = (P: typeof reviewParams2019): Record<"mature" | "rd", { criteria: Param<readonly ReviewCriterion[]>; decision: Cite; decisionText: Text }> => ({
  mature: {
    criteria: P.mature,
    decision: P.matureDecision,
    decisionText: text(
      "作業手冊未訂及格分數：初審評分後，由審查會複審逐案決定是否通過及建議補助經費與比例，再由中小企業處核定公告。",
      "The manual sets no pass mark: after the first-round scores, the committee decides each case in its second round, with the subsidy and rate it recommends, and SMEA approves and announces the list.",
    ),
  },
  rd: {
    criteria: P.rd,
    decision: P.rdDecision,
    decisionText: text(
      "研發型未訂及格分數：審查會依預算規模及補助經費總額，擇取複數以上具可行性、前瞻性及行政協處完善、場域安排周全之提案。",
      "The R&D track sets no pass mark: the committee picks several proposals that are feasible, forward-looking and well supported, with a ready test site, as far as the budget allows.",
    ),
  },
});

/**
 * Weighted review score of a proposal (第四節 二 and 要點 八 for the mature track,
 * 研發型 第四節 二 for R&D). The total is rounded half-up to two decimals with
 * Math.round: it is a score, not money, so nothing is owed by rounding it down.
 */
export const sppReviewScore = defineCalculator({
  id: "spp-review-score",
  program: "spp",
  editions: [{ edition: edition2019, params: reviewParams2019 }],
  title: { "zh-TW": "提案審查加權分數試算", en: "Weighted proposal review score" },
  input: z.discriminatedUnion("track", [
    z.object({ track: z.literal("mature"), scores: scoresFor(reviewParams2019.mature.value), asOf: asOfField() }),
    z.object({ track: z.literal("rd"), scores: scoresFor(reviewParams2019.rd.value), asOf: asOfField() }),
  ]),
  compute({ track, scores }, P) {
    const { criteria, decision, decisionText } = tracks(P)[track];
    const weighted = criteria.value.map((c) => {
      // The schema requires every criterion of the track.
      const score = scores[c.id]!;
      return { c, score, points: (score * c.weight) / PERCENT };
    });
    // rules-api.md "Additions": half up on the exact decimal sum, which a float sum can miss.
    const total = sumOfProductsRounded(
      weighted.map((w) => [w.score, w.c.weight] as const),
      PERCENT,
      DECIMALS,
    );

    return {
      value: { total },
      steps: [
        ...weighted.map(({ c, score, points }) =>
          step(
            `s4-2-${c.id}`,
            c.label,
            points,
            { ...criteria.cite, clause: c.clause },
            text(`${num(score)} 分 × ${num(c.weight)}% = ${num(points)}`, `${num(score)} points × ${num(c.weight)}% = ${num(points)}`),
          ),
        ),
        step(
          "s4-2-total",
          criteria.label,
          total,
          criteria.cite,
          text(
            `${weighted.map((w) => num(w.points)).join(" + ")} = ${num(total)}（四捨五入至小數第二位）`,
            `${weighted.map((w) => num(w.points)).join(" + ")} = ${num(total)} (rounded to two decimals)`,
          ),
        ),
      ],
      warnings: [
        warning("score-is-not-decision", decisionText, decision),
      ],
    };
  },
});
