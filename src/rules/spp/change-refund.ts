import * as z from "zod/mini";
import { defineCalculator, step, warning } from "../core/calculator.js";
import { num, pct, text } from "../core/format.js";
import { asOfField, money } from "../core/schema.js";
import type { Warning } from "../core/types.js";
import { changeTerminationCites2019, edition2019 } from "./params-2019.js";
import { changeAmounts, changeInputChecks } from "./refunds.js";

/**
 * 計畫變更 (第五節 二(一), 要點 十(一), 表5-5): an increase in cost is the grantee's own and
 * the subsidy stays; a decrease shrinks the subsidy by the approved ratio and what was
 * received above it goes back. `borneByGrantee` is the grantee's part of the revised total
 * (its approved share plus any increase, or its scaled share after a decrease).
 * Every step cites its clause through `C` (params-2019.ts).
 */
export const sppChangeRefund = defineCalculator({
  id: "spp-change-refund",
  program: "spp",
  editions: [{ edition: edition2019, params: changeTerminationCites2019 }],
  title: { "zh-TW": "計畫變更後補助款與應繳回金額試算", en: "Subsidy and refund after a project change" },
  input: z
    .object({
      approvedSubsidy: money(),
      approvedLocalShare: money(),
      revisedTotal: money(),
      subsidyReceived: money(),
      asOf: asOfField(),
    })
    .check(changeInputChecks("approvedLocalShare", { "zh-TW": "分擔款", en: "local share" })),
  compute({ approvedSubsidy, approvedLocalShare, revisedTotal, subsidyReceived }, C) {
    const { approvedTotal, decrease, revisedSubsidy, borne: borneByGrantee, refundDue, ratio } = changeAmounts(
      approvedSubsidy,
      approvedLocalShare,
      revisedTotal,
      subsidyReceived,
    );

    const warnings: Warning[] = [
      warning(
        "change-prior-approval",
        text(
          "計畫變更應事先於原核定補助額度及比例內提報修正計畫，並檢附計畫變更申請表（表5-5）送中小企業處核定後始得辦理；應繳回之補助款須於通知期限內繳回。",
          "A change must be proposed in advance, within the approved subsidy and ratio, with the change application form (表5-5), and approved by SMEA before it is made; any refund is due by the deadline in SMEA's notice.",
        ),
        C.change,
      ),
    ];
    if (decrease) {
      warnings.push(
        warning(
          "change-ratio-interpretation",
          text(
            `「按補助比例」在此解讀為原核定補助款占原核定總經費之比例（${pct(ratio)}），並無條件捨去至元；實際金額以中小企業處通知為準。`,
            `"By the subsidy ratio" is read here as the approved subsidy's share of the approved total (${pct(ratio)}), rounded down to the dollar; SMEA's notice decides the actual amount.`,
          ),
          C.changeDecrease,
        ),
      );
    }

    return {
      value: { revisedSubsidy, borneByGrantee, refundDue },
      steps: [
        step(
          "table-5-5-approved-total",
          { "zh-TW": "原核定計畫經費（補助款 + 分擔款）", en: "Approved cost (subsidy + local share)" },
          approvedTotal,
          C.changeTable,
          text(`${num(approvedSubsidy)} + ${num(approvedLocalShare)} = ${num(approvedTotal)}`, `${num(approvedSubsidy)} + ${num(approvedLocalShare)} = ${num(approvedTotal)}`),
        ),
        decrease
          ? step(
              "s5-2-1-cost-decrease",
              { "zh-TW": "經費減列：按補助比例調整補助款", en: "Cost decreased: the subsidy shrinks by the approved ratio" },
              revisedSubsidy,
              C.changeDecrease,
              text(
                `${num(revisedTotal)} × ${num(approvedSubsidy)} ÷ ${num(approvedTotal)} = ${num(revisedSubsidy)}（無條件捨去）`,
                `${num(revisedTotal)} × ${num(approvedSubsidy)} ÷ ${num(approvedTotal)} = ${num(revisedSubsidy)} (rounded down)`,
              ),
            )
          : step(
              "s5-2-1-cost-increase",
              { "zh-TW": "經費未減列：維持原核定補助款，不另追加", en: "Cost not decreased: the approved subsidy stays, nothing is added" },
              revisedSubsidy,
              C.changeIncrease,
              text(
                `變更後經費 ${num(revisedTotal)} 不低於原核定 ${num(approvedTotal)}；追加部分 ${num(revisedTotal - approvedTotal)} 元由受補助機關自行負擔`,
                `The revised cost ${num(revisedTotal)} is not below the approved ${num(approvedTotal)}; the increase of NT$${num(revisedTotal - approvedTotal)} is the grantee's own`,
              ),
            ),
        step(
          "s5-2-1-borne-by-grantee",
          { "zh-TW": "受補助機關負擔（變更後經費 − 補助款）", en: "Borne by the grantee (revised cost − subsidy)" },
          borneByGrantee,
          C.change,
          text(`${num(revisedTotal)} − ${num(revisedSubsidy)} = ${num(borneByGrantee)}`, `${num(revisedTotal)} − ${num(revisedSubsidy)} = ${num(borneByGrantee)}`),
        ),
        step(
          "s5-2-1-refund",
          { "zh-TW": "應繳回已領取之補助款", en: "Subsidy received to be refunded" },
          refundDue,
          C.changeDecrease,
          subsidyReceived > revisedSubsidy
            ? text(
                `已領取 ${num(subsidyReceived)} − 變更後補助款 ${num(revisedSubsidy)} = ${num(refundDue)}`,
                `received ${num(subsidyReceived)} − revised subsidy ${num(revisedSubsidy)} = ${num(refundDue)}`,
              )
            : text(
                `已領取 ${num(subsidyReceived)} 未超過變更後補助款 ${num(revisedSubsidy)}，無須繳回：0`,
                `received ${num(subsidyReceived)} is not more than the revised subsidy ${num(revisedSubsidy)}: nothing to refund (0)`,
              ),
        ),
      ],
      warnings,
    };
  },
});
