import * as z from "zod/mini";
import { defineCalculator, step } from "../core/calculator.js";
import { num, pct, text } from "../core/format.js";
import { asOfField, count, money } from "../core/schema.js";
import type { Step } from "../core/types.js";
import { edition2023, pointsParams2023 } from "./params-2023.js";

interface PointsItem {
  price: number;
  points: number;
  selfPay: number;
}

/**
 * 二(一): each SME holds 30,000 points worth NT$1 each and pays for a solution
 * 1:1, self-pay against points; once the points run out it may pay in full.
 * Purchases draw on the balance in the order given.
 */
export const tcloudPoints = defineCalculator({
  id: "tcloud-points",
  program: "tcloud",
  editions: [{ edition: edition2023, params: pointsParams2023 }],
  title: { "zh-TW": "臺灣雲市集數位點數折抵試算", en: "TCloud digital points and co-pay" },
  input: z.object({
    prices: z.array(money()),
    // A balance cannot exceed the grant of 二(一).
    pointsAvailable: z._default(count(0, pointsParams2023.pointsPerSme.value), pointsParams2023.pointsPerSme.value),
    asOf: asOfField(),
  }),
  compute({ prices, pointsAvailable }, P) {
    const share = P.maxPointsShare.value;
    const perPoint = P.ntdPerPoint.value;
    const steps: Step[] = [
      step("p2-1-points-available", text("可用點數", "Points available"), pointsAvailable, P.pointsPerSme.cite, text(
        `每家中小微型企業補助 ${num(P.pointsPerSme.value)} 點，1點折抵 ${num(perPoint)} 元；本次可用 ${num(pointsAvailable)} 點`,
        `Each SME is granted ${num(P.pointsPerSme.value)} points at NT$${num(perPoint)} each; ${num(pointsAvailable)} available here`,
      )),
    ];

    let left = pointsAvailable;
    const items: PointsItem[] = prices.map((price, index) => {
      const halfInPoints = Math.floor((price * share) / perPoint);
      const points = Math.min(left, halfInPoints);
      const selfPay = price - points * perPoint;
      left -= points;
      const n = index + 1;
      steps.push(
        step(
          `p2-1-co-pay-${n}`,
          text(`第 ${n} 筆採購（含稅 ${num(price)} 元）折抵點數`, `Purchase ${n} (NT$${num(price)} incl. tax): points used`),
          points,
          P.maxPointsShare.cite,
          text(
            `點數最多折抵價格之 ${pct(share)}：${num(price)} × ${pct(share)} = ${num(halfInPoints)} 點（無條件捨去，零頭由企業自付）；折抵 ${num(points)} 點（剩餘 ${num(points + left)} 點與上限 ${num(halfInPoints)} 點之較少者），自付 ${num(selfPay)} 元，剩餘 ${num(left)} 點`,
            `Points cover at most ${pct(share)} of a price: ${num(price)} × ${pct(share)} = ${num(halfInPoints)} points (rounded down; the SME pays the odd dollar); uses ${num(points)} points (the lesser of the ${num(points + left)} left and the ${num(halfInPoints)}-point limit), self-pay NT$${num(selfPay)}, ${num(left)} points left`,
          ),
        ),
      );
      return { price, points, selfPay };
    });

    const pointsUsed = pointsAvailable - left;
    const selfPayTotal = items.reduce((sum, item) => sum + item.selfPay, 0);
    steps.push(
      step("p2-1-points-used", text("使用點數合計", "Points used in total"), pointsUsed, P.pointsPerSme.cite),
      step("p2-1-points-left", text("剩餘點數", "Points left"), left, P.pointsPerSme.cite),
      step(
        "p2-1-self-pay-total",
        text("企業自付合計", "SME self-pay in total"),
        selfPayTotal,
        P.maxPointsShare.cite,
        text(
          "點數用罄後，企業仍可全額自付購買雲端解決方案",
          "Once the points run out, the SME may still buy solutions paying the full price",
        ),
      ),
    );

    return { value: { items, pointsUsed, pointsLeft: left, selfPayTotal }, steps, warnings: [] };
  },
});
