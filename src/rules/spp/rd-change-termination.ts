import * as z from "zod/mini";
import { defineCalculator, step, warning } from "../core/calculator.js";
import { num, pct, text } from "../core/format.js";
import { asOfField, money } from "../core/schema.js";
import type { Computed, Step, Warning } from "../core/types.js";
import { edition2019, rdChangeTerminationCites2019 } from "./params-2019.js";
import { changeAmounts, changeInputChecks, refundInRange, unexecutedWithinReceived } from "./refunds.js";

/**
 * 研發型 第五節 二、三: what a change or a termination of an R&D project costs the startup, the
 * grantee of this track. A change works as the mature track's (an increase is the startup's own,
 * a decrease scales the subsidy by the approved ratio). A termination for force majeure or for a
 * reason not attributable to the startup (三(一)) returns the unexecuted part received and its
 * interest; one attributable to the startup (三(二)) returns all that was received and its
 * interest. The R&D text has interest in both, so the mature track's interest quirk does not arise.
 */

/** For force majeure and a reason not attributable to the startup alike: only the unexecuted part. */
const unexecutedPart = (reason: "force-majeure" | "not-attributable") =>
  z
    .object({
      kind: z.literal("termination"),
      reason: z.literal(reason),
      subsidyReceived: money(),
      unexecutedSubsidy: money(),
      interest: money(),
      asOf: asOfField(),
    })
    .check(unexecutedWithinReceived, refundInRange);

type Value = { revisedSubsidy: number | null; borneByStartup: number | null; refundDue: number };

export const sppRdChangeTermination = defineCalculator({
  id: "spp-rd-change-termination",
  program: "spp",
  editions: [{ edition: edition2019, params: rdChangeTerminationCites2019 }],
  title: { "zh-TW": "研發型計畫變更或終止：新創業者負擔與應繳回金額試算", en: "R&D track: what a change or a termination costs the startup" },
  input: z.discriminatedUnion("kind", [
    z
      .object({
        kind: z.literal("change"),
        approvedSubsidy: money(),
        approvedStartupShare: money(),
        revisedTotal: money(),
        subsidyReceived: money(),
        asOf: asOfField(),
      })
      .check(changeInputChecks("approvedStartupShare", { "zh-TW": "自籌款", en: "the startup's own share" })),
    z.discriminatedUnion("reason", [
      unexecutedPart("force-majeure"),
      unexecutedPart("not-attributable"),
      z.object({ kind: z.literal("termination"), reason: z.literal("attributable"), subsidyReceived: money(), interest: money(), asOf: asOfField() }).check(refundInRange),
    ]),
  ]),
  compute(parsed, C): Computed<Value> {
    const steps: Step[] = [];
    const warnings: Warning[] = [];

    if (parsed.kind === "change") {
      const { approvedSubsidy, approvedStartupShare, revisedTotal, subsidyReceived } = parsed;
      const { approvedTotal, decrease, revisedSubsidy, borne, refundDue, ratio } = changeAmounts(approvedSubsidy, approvedStartupShare, revisedTotal, subsidyReceived);
      steps.push(
        step(
          "rd-s5-2-approved-total",
          { "zh-TW": "原核定計畫總經費（補助款 + 新創業者自籌款）", en: "Approved total (subsidy + the startup's own share)" },
          approvedTotal,
          C.change,
          text(`${num(approvedSubsidy)} + ${num(approvedStartupShare)} = ${num(approvedTotal)}`, `${num(approvedSubsidy)} + ${num(approvedStartupShare)} = ${num(approvedTotal)}`),
        ),
        decrease
          ? step(
              "rd-s5-2-cost-decrease",
              { "zh-TW": "減列經費：按補助比例調整補助款", en: "Costs reduced: the subsidy shrinks by the approved ratio" },
              revisedSubsidy,
              C.changeDecrease,
              text(
                `${num(revisedTotal)} × ${num(approvedSubsidy)} ÷ ${num(approvedTotal)} = ${num(revisedSubsidy)}（無條件捨去）`,
                `${num(revisedTotal)} × ${num(approvedSubsidy)} ÷ ${num(approvedTotal)} = ${num(revisedSubsidy)} (rounded down)`,
              ),
            )
          : step(
              "rd-s5-2-cost-increase",
              { "zh-TW": "未減列經費：維持原核定補助款，追加部分由新創業者自行負擔", en: "Costs not reduced: the approved subsidy stays, any addition is the startup's own" },
              revisedSubsidy,
              C.changeIncrease,
              text(
                `變更後經費 ${num(revisedTotal)} 不低於原核定 ${num(approvedTotal)}；追加部分 ${num(revisedTotal - approvedTotal)} 元由新創業者自行負擔`,
                `The revised total ${num(revisedTotal)} is not below the approved ${num(approvedTotal)}; the addition of NT$${num(revisedTotal - approvedTotal)} is borne by the startup`,
              ),
            ),
        step(
          "rd-s5-2-borne-by-startup",
          { "zh-TW": "新創業者負擔（變更後經費 − 補助款）", en: "Borne by the startup (revised total − subsidy)" },
          borne,
          C.change,
          text(`${num(revisedTotal)} − ${num(revisedSubsidy)} = ${num(borne)}`, `${num(revisedTotal)} − ${num(revisedSubsidy)} = ${num(borne)}`),
        ),
        step(
          "rd-s5-2-refund",
          { "zh-TW": "應繳回已領取之補助款", en: "Subsidy received to be returned" },
          refundDue,
          C.changeDecrease,
          subsidyReceived > revisedSubsidy
            ? text(
                `已領取 ${num(subsidyReceived)} − 變更後補助款 ${num(revisedSubsidy)} = ${num(refundDue)}`,
                `received ${num(subsidyReceived)} − revised subsidy ${num(revisedSubsidy)} = ${num(refundDue)}`,
              )
            : text(
                `已領取 ${num(subsidyReceived)} 未超過變更後補助款 ${num(revisedSubsidy)}，無須繳回：0`,
                `received ${num(subsidyReceived)} is not more than the revised subsidy ${num(revisedSubsidy)}: nothing to return (0)`,
              ),
        ),
      );
      warnings.push(
        warning(
          "rd-change-prior-approval",
          text(
            "研發型計畫變更須經提案機關及新創業者雙方同意，事先提報修正計畫函報中小企業處核定後始得辦理；應繳回之補助款須於通知期限內繳回。",
            "An R&D change needs the agreement of both the proposing agency and the startup, and a revised plan sent to SMEA and approved before the change is made; any refund is due by the deadline in SMEA's notice.",
          ),
          C.change,
        ),
      );
      if (decrease) {
        warnings.push(
          warning(
            "rd-change-ratio-interpretation",
            text(
              `「按補助比例」在此解讀為原核定補助款占原核定總經費之比例（${pct(ratio)}），並無條件捨去至元；實際金額以中小企業處通知為準。`,
              `"By the subsidy ratio" is read here as the approved subsidy's share of the approved total (${pct(ratio)}), rounded down to the dollar; SMEA's notice decides the actual amount.`,
            ),
            C.changeDecrease,
          ),
        );
      }
      // An approval above 研發型 第二節 二's limits is more likely a typing slip than a real grant.
      const limit = Math.min(C.cap.value, Math.floor(approvedTotal * C.rate.value));
      if (approvedSubsidy > limit) {
        warnings.push(
          warning(
            "rd-approved-above-limit",
            text(
              `所填原核定補助款 ${num(approvedSubsidy)} 元超過研發型每案上限（${num(C.cap.value)} 元，且不超過總經費 ${pct(C.rate.value)}，即 ${num(limit)} 元），請核對核定公文的金額。`,
              `The approved subsidy entered, NT$${num(approvedSubsidy)}, is above the R&D track's limit per case (NT$${num(C.cap.value)} and no more than ${pct(C.rate.value)} of the total, here NT$${num(limit)}); check the amount in the approval letter.`,
            ),
            C.cap.cite,
          ),
        );
      }
      return { value: { revisedSubsidy, borneByStartup: borne, refundDue }, steps, warnings };
    }

    const { subsidyReceived, interest } = parsed;
    const reasonCite = { "force-majeure": C.forceMajeure, "not-attributable": C.notAttributable, attributable: C.attributable }[parsed.reason];
    let refundDue: number;
    if (parsed.reason === "attributable") {
      refundDue = subsidyReceived + interest;
      steps.push(
        step(
          "rd-s5-3-2-attributable-refund",
          { "zh-TW": "可歸責於新創業者：已領取之補助款及孳息全部繳回", en: "Attributable to the startup: all the subsidy received and its interest go back" },
          refundDue,
          reasonCite,
          text(`${num(subsidyReceived)} + 孳息 ${num(interest)} = ${num(refundDue)}`, `${num(subsidyReceived)} + interest ${num(interest)} = ${num(refundDue)}`),
        ),
      );
      warnings.push(
        warning(
          "rd-attributable-after-notice",
          text(
            "此款適用於終止事由可歸責於新創業者、經提案機關通知仍不改善，由提案機關函報中小企業處廢止補助之核定者；研發型 第五節 三(二) 明文要求補助款及孳息全部繳回。",
            "This applies where the reason is attributable to the startup, the startup did not improve after the proposing agency's notice, and the agency asked SMEA to revoke the approval; the R&D text (研發型 第五節 三(二)) expressly asks for the subsidy and its interest back in full.",
          ),
          C.attributable,
        ),
      );
    } else {
      const { unexecutedSubsidy } = parsed;
      const forceMajeure = parsed.reason === "force-majeure";
      refundDue = unexecutedSubsidy + interest;
      steps.push(
        forceMajeure
          ? step(
              "rd-s5-3-1-force-majeure",
              { "zh-TW": "不可抗力（如天災）：只計未執行部分已領取之補助款", en: "Force majeure (such as a natural disaster): only the subsidy received for unexecuted work" },
              unexecutedSubsidy,
              reasonCite,
              text(
                `已領取 ${num(subsidyReceived)} 元中 ${num(unexecutedSubsidy)} 元屬終止之工作項目的未執行部分`,
                `NT$${num(unexecutedSubsidy)} of the NT$${num(subsidyReceived)} received is for the unexecuted part of the terminated work`,
              ),
            )
          : step(
              "rd-s5-3-1-not-attributable",
              { "zh-TW": "不可歸責於新創業者：與不可抗力相同，只計未執行部分已領取之補助款", en: "Not attributable to the startup: as with force majeure, only the subsidy received for unexecuted work" },
              unexecutedSubsidy,
              reasonCite,
              text(
                `終止事由不可歸責於新創業者，已執行部分免繳回；已領取 ${num(subsidyReceived)} 元中 ${num(unexecutedSubsidy)} 元屬未執行部分`,
                `The reason is not the startup's fault, so the executed work keeps its subsidy; NT$${num(unexecutedSubsidy)} of the NT$${num(subsidyReceived)} received is for unexecuted work`,
              ),
            ),
        step(
          "rd-s5-3-1-refund",
          { "zh-TW": "應繳回（未執行部分已領取之補助款及其孳息）", en: "Refund (the unexecuted part received and the interest it earned)" },
          refundDue,
          reasonCite,
          text(
            `${num(unexecutedSubsidy)} + 未執行部分之孳息 ${num(interest)} = ${num(refundDue)}`,
            `${num(unexecutedSubsidy)} + the unexecuted part's interest ${num(interest)} = ${num(refundDue)}`,
          ),
        ),
      );
      warnings.push(
        warning(
          "rd-interest-part",
          text(
            `此款只繳回「該未執行部分已領取之補助款及孳息」：所填孳息 ${num(interest)} 元應為未執行部分 ${num(unexecutedSubsidy)} 元所生之孳息，不是全部孳息。`,
            `Only "the unexecuted part received and its interest" goes back: the NT$${num(interest)} of interest entered should be what the unexecuted NT$${num(unexecutedSubsidy)} earned, not all the interest.`,
          ),
          reasonCite,
        ),
      );
      if (!forceMajeure) {
        warnings.push(
          warning(
            "rd-not-attributable-assumed",
            text(
              `本結果假設終止事由「不可歸責於新創業者」；若經認定可歸責於新創業者且經通知仍不改善（研發型 第五節 三(二)），須繳回已領取之全部 ${num(subsidyReceived)} 元及其孳息，而非本結果的 ${num(refundDue)} 元。成熟型的要點 十(二)2 將不可抗力以外的事由一律視為全部繳回，但該要點的補助對象是地方政府（要點 三），不適用研發型。`,
              `This result assumes the reason is "not attributable to the startup"; if the startup is found at fault and did not put it right after notice (研發型 第五節 三(二)), all NT$${num(subsidyReceived)} received and its interest go back, not the NT$${num(refundDue)} here. The mature track's 要點 (十(二)2) treats every reason but force majeure as a full refund, but it subsidises local governments (要點 三) and does not govern the R&D track.`,
            ),
            C.notAttributable,
            C.attributable,
            C.matureOther,
            C.matureGrantees,
          ),
        );
      }
    }
    warnings.push(
      warning(
        "rd-refund-by-notice",
        text(
          "應繳回金額由中小企業處廢止補助之核定後核計，並於通知期限內繳回；本結果為估算。",
          "The refund is worked out by SMEA once it revokes the approval, and is due by the deadline in its notice; this result is an estimate.",
        ),
        reasonCite,
      ),
    );
    return { value: { revisedSubsidy: null, borneByStartup: null, refundDue }, steps, warnings };
  },
});
