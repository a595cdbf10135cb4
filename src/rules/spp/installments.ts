import * as z from "zod/mini";
import { defineCalculator, step, warning } from "../core/calculator.js";
import { num, pct, text } from "../core/format.js";
import { asOfField, count, money } from "../core/schema.js";
import type { Step, Warning } from "../core/types.js";
import { edition2019, installmentParams2019 } from "./params-2019.js";

export type InstallmentWhen = "after-acceptance" | "after-half-term" | "after-closing";

export interface Installment {
  amount: number;
  when: InstallmentWhen;
}

/**
 * How an approved mature-track subsidy is paid (要點 九): in one claim after acceptance,
 * unless a continuous service's contract runs over six months, which is paid half after
 * half the term and the rest after closing.
 */
export const sppInstallments = defineCalculator({
  id: "spp-installments",
  program: "spp",
  editions: [{ edition: edition2019, params: installmentParams2019 }],
  title: { "zh-TW": "成熟型補助款撥付期程", en: "Mature track subsidy installments" },
  input: z.discriminatedUnion("purchaseKind", [
    // A one-off price is paid once whatever the contract's length, so the term is optional.
    z.object({ purchaseKind: z.literal("one-off"), contractMonths: z.optional(count(1)), subsidy: money(), asOf: asOfField() }),
    z.object({ purchaseKind: z.literal("continuous"), contractMonths: count(1), subsidy: money(), asOf: asOfField() }),
  ]),
  compute(parsed, P) {
    const { subsidy } = parsed;
    const deadline = P.claimDeadline.value;
    const steps: Step[] = [];
    const warnings: Warning[] = [];
    let installments: Installment[];

    if (parsed.purchaseKind === "one-off") {
      installments = [{ amount: subsidy, when: "after-acceptance" }];
      steps.push(
        step(
          "appx1-9-1-one-off",
          { "zh-TW": "一次性支付：驗收後一次請領", en: "One-off price: one claim after acceptance" },
          subsidy,
          P.oneOff,
          text(
            `完成驗收後一個月內檢附結算驗收證明書等文件請款，108 年度須於 ${deadline} 前函報`,
            `Claim within one month after acceptance with the final acceptance certificate and the other documents; for 2019, no later than ${deadline}`,
          ),
        ),
      );
    } else if (parsed.contractMonths <= P.singlePaymentMaxMonths.value) {
      // "未逾六個月" includes a six-month contract; "逾六個月以上" starts above it.
      installments = [{ amount: subsidy, when: "after-acceptance" }];
      steps.push(
        step(
          "appx1-9-2-1-short-contract",
          P.singlePaymentMaxMonths.label,
          subsidy,
          P.singlePaymentMaxMonths.cite,
          text(
            `契約期間 ${num(parsed.contractMonths)} 個月，未逾 ${num(P.singlePaymentMaxMonths.value)} 個月：完成驗收後一個月內一次請領全額補助款（108 年度須於 ${deadline} 前）`,
            `A ${num(parsed.contractMonths)}-month contract is not over ${num(P.singlePaymentMaxMonths.value)} months: the whole subsidy is claimed once, within one month after acceptance (for 2019, by ${deadline})`,
          ),
        ),
      );
      if (parsed.contractMonths === P.singlePaymentMaxMonths.value) {
        warnings.push(
          warning(
            "six-month-contract",
            text(
              `附錄一 九(二) 以「未逾六個月」一次請領、「逾六個月以上」分期請領；「以上」可讀作包含六個月，兩款在剛好 ${num(P.singlePaymentMaxMonths.value)} 個月時重疊。本試算依「未逾」一次請領，請向中小企業處確認。`,
              `Appendix 1 九(二) pays "not over six months" in one claim and "over six months or more" (逾六個月以上) in installments; "or more" can be read to include six, so the two overlap at exactly ${num(P.singlePaymentMaxMonths.value)} months. This calculator follows "not over" (one claim): confirm with the SMEA.`,
            ),
            P.singlePaymentMaxMonths.cite,
          ),
        );
      }
    } else {
      const first = Math.floor(subsidy * P.firstInstallmentShare.value);
      const rest = subsidy - first;
      installments = [
        { amount: first, when: "after-half-term" },
        { amount: rest, when: "after-closing" },
      ];
      steps.push(
        step(
          "appx1-9-2-2-1-half-term",
          P.firstInstallmentShare.label,
          first,
          P.firstInstallmentShare.cite,
          text(
            `契約期間 ${num(parsed.contractMonths)} 個月，逾 ${num(P.singlePaymentMaxMonths.value)} 個月：二分之一契約期間後檢附初驗紀錄請撥第一期 ${num(subsidy)} × ${pct(P.firstInstallmentShare.value)} = ${num(first)}（無條件捨去）`,
            `A ${num(parsed.contractMonths)}-month contract is over ${num(P.singlePaymentMaxMonths.value)} months: after half the term, with the preliminary acceptance record, the first installment is ${num(subsidy)} × ${pct(P.firstInstallmentShare.value)} = ${num(first)} (rounded down)`,
          ),
        ),
        step(
          "appx1-9-2-2-2-closing",
          { "zh-TW": "尾款（計畫結案後）", en: "Balance (after the project closes)" },
          rest,
          P.closing,
          text(
            `${num(subsidy)} − ${num(first)} = ${num(rest)}，計畫結案後檢附結算驗收證明書請撥`,
            `${num(subsidy)} − ${num(first)} = ${num(rest)}, claimed after the project closes with the final acceptance certificate`,
          ),
        ),
      );
      warnings.push(
        warning(
          "cross-year-payment",
          text(
            `作業手冊對跨年度支付另有規定：於 ${deadline} 前檢附初驗紀錄請領 108 年度實支經費，次年度完成驗收後一個月內請撥尾款。本試算依要點 九(二)2 之「二分之一契約期間後撥付百分之五十」計算；契約跨年度時，第一期金額以中小企業處核定為準。`,
            `The manual has its own rule for payments across years: claim the 2019 actual spending by ${deadline} with the preliminary acceptance record, and the balance within one month after final acceptance the next year. This result follows 要點 九(二)2 ("50% after half the contract term"); for a contract that crosses the year, SMEA decides the first installment.`,
          ),
          P.crossYear,
          P.firstInstallmentShare.cite,
        ),
      );
    }

    return { value: { installments }, steps, warnings };
  },
});
