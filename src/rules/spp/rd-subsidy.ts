import * as z from "zod/mini";
import { href } from "../anchors.js";
import { defineCalculator, step, warning } from "../core/calculator.js";
import { num, pct, text } from "../core/format.js";
import { asOfField, money } from "../core/schema.js";
import { manualCite } from "./manual-2019.js";
import { edition2019, rdParams2019 } from "./params-2019.js";

/** 研發型「政府出題‧新創解題」: at most NT$1,000,000 and 50% of the total budget per case. */
export const sppRdSubsidy = defineCalculator({
  id: "spp-rd-subsidy",
  program: "spp",
  editions: [{ edition: edition2019, params: rdParams2019 }],
  title: { "zh-TW": "研發型補助上限試算", en: "R&D track subsidy ceiling" },
  input: z.object({ totalBudget: money(), asOf: asOfField() }),
  compute({ totalBudget }, P) {
    const byRate = Math.floor(totalBudget * P.rate.value);
    const maxSubsidy = Math.min(P.cap.value, byRate);
    const capped = byRate > P.cap.value;
    // 「以100萬元即總經費50%為限」 reads as two limits (this calculator) or as describing a budget of
    // exactly cap ÷ rate; below that budget the second reading would allow up to the cap itself.
    const bothLimitsBudget = P.cap.value / P.rate.value;
    const otherReading = Math.min(P.cap.value, totalBudget);
    const warnings =
      otherReading > maxSubsidy
        ? [
            warning(
              "rd-cap-two-readings",
              text(
                `手冊「每案補助新創業者經費以${num(P.cap.value)}元即總經費${pct(P.rate.value)}為限」可讀作兩項上限（${num(P.cap.value)} 元且不超過總經費 ${pct(P.rate.value)}，本試算採此讀法），也可讀作描述總經費 ${num(bothLimitsBudget)} 元的情形。總經費未達 ${num(bothLimitsBudget)} 元時兩種讀法不同：本試算為 ${num(maxSubsidy)} 元，另一讀法可達 ${num(otherReading)} 元。請向中小企業處確認。`,
                `The manual's "up to NT$${num(P.cap.value)}, i.e. ${pct(P.rate.value)} of the total budget, per case" reads as two limits (NT$${num(P.cap.value)} and no more than ${pct(P.rate.value)} of the budget: this calculator's reading) or as describing a budget of NT$${num(bothLimitsBudget)}. Below NT$${num(bothLimitsBudget)} the readings differ: NT$${num(maxSubsidy)} here, up to NT$${num(otherReading)} under the other. Confirm with the SMEA.`,
              ),
              P.rate.cite,
            ),
          ]
        : [];
    return {
      value: { maxSubsidy, selfFunded: totalBudget - maxSubsidy, capped },
      steps: [
        step("rd-total-budget", { "zh-TW": "計畫總經費", en: "Total budget" }, totalBudget, manualCite("研發型 第二節 二", href("spp/rd-track", "rd-subsidy"))),
        step(
          "rd-rate-limit",
          P.rate.label,
          byRate,
          P.rate.cite,
          text(
            `${num(totalBudget)} × ${pct(P.rate.value)} = ${num(byRate)}（無條件捨去）`,
            `${num(totalBudget)} × ${pct(P.rate.value)} = ${num(byRate)} (rounded down)`,
          ),
        ),
        step(
          "rd-cap",
          P.cap.label,
          maxSubsidy,
          P.cap.cite,
          capped
            ? text(`超過每案上限 ${num(P.cap.value)} 元，以上限計`, `Above the cap of NT$${num(P.cap.value)} per case: the cap applies`)
            : text(`未超過每案上限 ${num(P.cap.value)} 元`, `Within the cap of NT$${num(P.cap.value)} per case`),
        ),
        step("rd-self-funded", { "zh-TW": "自籌款（總經費 − 補助）", en: "Self-funded (budget − subsidy)" }, totalBudget - maxSubsidy, P.rate.cite),
      ],
      warnings,
    };
  },
});
