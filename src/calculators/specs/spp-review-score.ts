import { sppReviewScore } from "../../rules/spp/review-score.js";
import { reviewParams2019 as P, type ReviewCriterion } from "../../rules/spp/params-2019.js";
import { num } from "../../rules/core/format.js";
import { when } from "../fields.js";
import { defineSpec, type FieldSpec, pageOnly } from "../types.js";

const pointsUnit = { "zh-TW": "分（0–100）", en: "points (0–100)" };

const scores = (track: "mature" | "rd", criteria: readonly ReviewCriterion[]): FieldSpec => ({
  key: "scores",
  kind: "group",
  showIf: when("track", track),
  label: { "zh-TW": "各審查項目分數", en: "Score for each criterion" },
  hint: { "zh-TW": "每項以 0 至 100 分評分，再依權重加總。", en: "Each criterion is scored 0 to 100, then weighted." },
  fields: criteria.map((c) => ({
    key: c.id,
    kind: "number",
    unit: pointsUnit,
    label: { "zh-TW": `${c.label["zh-TW"]}（權重 ${c.weight}%）`, en: `${c.label.en} (weight ${c.weight}%)` },
  })),
});

export default defineSpec(sppReviewScore, {
  group: "award",
  question: import.meta.env.SSR ? { "zh-TW": "提案的加權審查分數是多少？", en: "What is a proposal's weighted review score?" } : pageOnly,
  intro: import.meta.env.SSR ? {
    "zh-TW": "依審查項目權重加總各項分數（成熟型 第四節 二；研發型 第四節 二）。手冊未訂及格分數。",
    en: "Adds up the criterion scores by their weights (mature track 第四節 二; R&D track 第四節 二). The manual sets no pass mark.",
  } : pageOnly,
  handbook: "spp/mature-review",
  fields: [
    {
      key: "track",
      kind: "choice",
      label: { "zh-TW": "補助類型", en: "Track" },
      options: [
        { value: "mature", label: { "zh-TW": "成熟型", en: "Mature track" } },
        { value: "rd", label: { "zh-TW": "研發型（政府出題‧新創解題）", en: "R&D track" } },
      ],
    },
    scores("mature", P.mature.value),
    scores("rd", P.rd.value),
  ],
  headline: (v, lang) => (lang === "en" ? `Weighted score: ${num(v.total)} out of 100.` : `加權總分 ${num(v.total)} 分（滿分 100）。`),
  outputs: {
    total: { label: { "zh-TW": "加權總分", en: "Weighted total" }, format: (t) => num(t) },
  },
  examples: import.meta.env.SSR
    ? [
        {
          label: { "zh-TW": "成熟型提案", en: "A mature-track proposal" },
          state: {
            track: "mature",
            "scores.relevance": "85",
            "scores.completeness": "78",
            "scores.budget": "80",
            "scores.benefits": "72",
            "scores.sustainability": "90",
          },
        },
        {
          label: { "zh-TW": "研發型提案", en: "An R&D proposal" },
          state: { track: "rd", "scores.foresight": "88", "scores.feasibility": "75", "scores.field": "70", "scores.support": "82" },
        },
      ]
    : [],
});
