import * as z from "zod/mini";
import { defineCalculator, step, warning } from "../core/calculator.js";
import { num, text } from "../core/format.js";
import { asOfField, MONEY_MAX, money } from "../core/schema.js";
import { formatAmountUpper } from "../helpers/amount-upper.js";
import { edition2019, settlementCites2019 } from "./params-2019.js";

/** 表5-2 has two columns per row for changes (第1次, 第2次); 說明六 lets an agency add more. */
const sum = (amounts: readonly number[]): number => amounts.reduce((a, b) => a + b, 0);

/** The amounts of each change, in the order of the form's columns. */
const each = (amounts: readonly number[]) =>
  amounts.length === 0
    ? text("無", "none")
    : text(amounts.map((a, i) => `第${i + 1}次 ${num(a)}`).join("、"), amounts.map((a, i) => `change ${i + 1}: ${num(a)}`).join("; "));

/**
 * 表5-2 說明五: 結算總價 = 契約金額 + 增加金額 − 減少金額 − 驗收扣款. Late-delivery and
 * other penalties are booked as revenue outside the budget and never deducted (說明四), so
 * the calculator has no input for them.
 */
export const sppSettlementTotal = defineCalculator({
  id: "spp-settlement-total",
  program: "spp",
  editions: [{ edition: edition2019, params: settlementCites2019 }],
  title: { "zh-TW": "結算驗收證明書結算總價試算", en: "Settlement total of the final acceptance certificate" },
  input: z
    .object({
      contractAmount: money(),
      increases: z._default(z.array(money()), []),
      decreases: z._default(z.array(money()), []),
      inspectionDeductions: z._default(money(), 0),
      asOf: asOfField(),
    })
    // The total is printed in uppercase numerals, which reach 10^12 like every money value.
    .check(z.refine((d) => d.contractAmount + sum(d.increases) <= MONEY_MAX, {
      path: ["increases"],
      params: { text: text("契約金額加增加金額不得超過 1,000,000,000,000 元", "The contract amount plus increases cannot exceed NT$1,000,000,000,000") },
    }))
    .check(z.refine((d) => d.contractAmount + sum(d.increases) - sum(d.decreases) - d.inspectionDeductions >= 0, {
      path: ["inspectionDeductions"],
      params: {
        text: text(
          "減少金額與驗收扣款合計不得超過契約金額加增加金額（結算總價不得為負）",
          "Decreases and inspection deductions together cannot exceed the contract amount plus increases (the settlement total cannot be negative)",
        ),
      },
    })),
  compute({ contractAmount, increases, decreases, inspectionDeductions }, cites) {
    const increased = sum(increases);
    const decreased = sum(decreases);
    const settlementTotal = contractAmount + increased - decreased - inspectionDeductions;
    const settlementTotalUpper = formatAmountUpper(settlementTotal);
    return {
      value: { settlementTotal, settlementTotalUpper },
      steps: [
        step("t5-2-note-5-increases", text("增加金額合計", "Increases in total"), increased, cites.total, each(increases)),
        step("t5-2-note-5-decreases", text("減少金額合計", "Decreases in total"), decreased, cites.total, each(decreases)),
        step(
          "t5-2-note-5-settlement-total",
          text("結算總價", "Settlement total"),
          settlementTotal,
          cites.total,
          text(
            `契約金額 ${num(contractAmount)} + 增加金額 ${num(increased)} − 減少金額 ${num(decreased)} − 驗收扣款 ${num(inspectionDeductions)} = ${num(settlementTotal)}`,
            `Contract amount ${num(contractAmount)} + increases ${num(increased)} − decreases ${num(decreased)} − inspection deductions ${num(inspectionDeductions)} = ${num(settlementTotal)}`,
          ),
        ),
        step("t5-2-settlement-total-upper", text("結算總價（金額中文大寫）", "Settlement total in uppercase numerals"), settlementTotalUpper, cites.total),
      ],
      warnings: [
        warning(
          "penalties-not-deducted",
          text(
            "逾期違約金及其他違約金以預算外或營業外收入處理，不扣抵結算總價（說明四）；驗收扣款亦不包括這兩項。",
            "Late-delivery and other penalties are booked as revenue outside the budget and are not deducted from the settlement total (note 4); inspection deductions exclude them too.",
          ),
          cites.penaltiesOutside,
        ),
      ],
    };
  },
});
