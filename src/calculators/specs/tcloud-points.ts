import { tcloudPoints } from "../../rules/tcloud/points.js";
import { pointsParams2023 as P } from "../../rules/tcloud/params-2023.js";
import { num, pct } from "../../rules/core/format.js";
import { ntdUnit, pointsUnit } from "../fields.js";
import { count, list, money } from "../format.js";
import { defineSpec, pageOnly } from "../types.js";

export default defineSpec(tcloudPoints, {
  group: "money",
  question: import.meta.env.SSR ? { "zh-TW": "用雲市集數位點數買雲端方案，要自付多少？", en: "How much do I pay myself when buying with TCloud digital points?" } : pageOnly,
  intro: import.meta.env.SSR ? {
    "zh-TW": `每家中小微型企業有 ${num(P.pointsPerSme.value)} 點（1 點折抵 ${num(P.ntdPerPoint.value)} 元），自付與點數 1 比 1，點數最多折抵價格的 ${pct(P.maxPointsShare.value)}（二(一)）。`,
    en: `Each SME has ${num(P.pointsPerSme.value)} points (one point = NT$${num(P.ntdPerPoint.value)}); self-pay and points are 1:1, so points cover at most ${pct(P.maxPointsShare.value)} of a price (二(一)).`,
  } : pageOnly,
  handbook: "tcloud",
  fields: [
    {
      key: "prices",
      kind: "list",
      label: { "zh-TW": "要購買的方案價格（含稅），依購買順序", en: "Prices of the solutions to buy (tax included), in the order bought" },
      itemLabel: { "zh-TW": "方案", en: "Solution" },
      item: { key: "", kind: "amount", unit: ntdUnit, label: { "zh-TW": "含稅價格", en: "Price incl. tax" }, example: { "zh-TW": "36,000", en: "36,000" } },
    },
    {
      key: "pointsAvailable",
      kind: "number",
      integer: true,
      optional: true,
      unit: pointsUnit,
      label: { "zh-TW": "目前可用點數", en: "Points available now" },
      hint: {
        "zh-TW": `留空即以全額 ${num(P.pointsPerSme.value)} 點計算；已用過點數者請填剩餘點數（雲市集平台會員頁可查）。`,
        en: `Leave empty for the full ${num(P.pointsPerSme.value)}; if some were used already, enter what is left (shown on your TCloud account page).`,
      },
    },
  ],
  headline: (v, lang) =>
    lang === "en"
      ? `You pay ${money(v.selfPayTotal, lang)} yourself and use ${count(v.pointsUsed, pointsUnit, lang)}; ${count(v.pointsLeft, pointsUnit, lang)} are left.`
      : `自付 ${money(v.selfPayTotal, lang)}，使用 ${count(v.pointsUsed, pointsUnit, lang)}，剩餘 ${count(v.pointsLeft, pointsUnit, lang)}。`,
  outputs: {
    items: {
      label: { "zh-TW": "各筆折抵", en: "Each purchase" },
      format: (items, lang) =>
        list(
          items.map((i) =>
            lang === "en"
              ? `${money(i.price, lang)}: ${num(i.points)} points + ${money(i.selfPay, lang)}`
              : `${money(i.price, lang)}：${num(i.points)} 點 + 自付 ${money(i.selfPay, lang)}`,
          ),
          lang,
        ),
    },
    pointsUsed: { label: { "zh-TW": "使用點數", en: "Points used" }, format: (n, lang) => count(n, pointsUnit, lang) },
    pointsLeft: { label: { "zh-TW": "剩餘點數", en: "Points left" }, format: (n, lang) => count(n, pointsUnit, lang) },
    selfPayTotal: { label: { "zh-TW": "自付合計", en: "Self-pay in total" }, format: money },
  },
  examples: import.meta.env.SSR
    ? [
        { label: { "zh-TW": "兩個方案", en: "Two solutions" }, state: { "prices.0": "36,000", "prices.1": "48,001" } },
        { label: { "zh-TW": "點數不足", en: "Not enough points" }, state: { "prices.0": "40,000", "prices.1": "30,000", pointsAvailable: "25000" } },
      ]
    : [],
});
