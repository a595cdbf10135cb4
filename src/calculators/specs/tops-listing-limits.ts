import { listingParams2024 as P, pavilionIds, pavilions2024, type PavilionId } from "../../rules/tops/listing-params-2024.js";
import { topsListingLimits, type ListingReason } from "../../rules/tops/listing-limits.js";
import { num } from "../../rules/core/format.js";
import { list, yesNo } from "../format.js";
import { defineSpec, pageOnly } from "../types.js";

function reason(id: ListingReason, lang: "zh-TW" | "en"): string {
  if (id === "total-limit") return lang === "en" ? `more than ${num(P.totalMax.value)} items in all` : `總數超過 ${num(P.totalMax.value)} 件`;
  const pavilion = pavilions2024[id.slice("pavilion-limit:".length) as PavilionId][lang];
  return lang === "en" ? `more than ${num(P.perPavilionMax.value)} items in ${pavilion}` : `${pavilion}館超過 ${num(P.perPavilionMax.value)} 件`;
}

export default defineSpec(topsListingLimits, {
  group: "eligible",
  question: import.meta.env.SSR ? { "zh-TW": "我要上架的產品服務件數符合規定嗎？", en: "Are my TOPS listings within the limits?" } : pageOnly,
  intro: import.meta.env.SSR ? {
    "zh-TW": `每件產品或服務選一個館別；每館最多 ${num(P.perPavilionMax.value)} 件、總數最多 ${num(P.totalMax.value)} 件（參、二(一)2）。`,
    en: `Choose one pavilion for each product or service; at most ${num(P.perPavilionMax.value)} per pavilion and ${num(P.totalMax.value)} in all (參、二(一)2).`,
  } : pageOnly,
  handbook: "tops/supplier-pavilions",
  fields: [
    {
      key: "items",
      kind: "list",
      label: { "zh-TW": "要上架的產品或服務", en: "Products or services to list" },
      itemLabel: { "zh-TW": "產品或服務", en: "Product or service" },
      item: [
        {
          key: "pavilion",
          kind: "choice",
          display: "select",
          label: { "zh-TW": "館別", en: "Pavilion" },
          options: pavilionIds.map((id) => ({ value: id, label: pavilions2024[id] })),
        },
      ],
    },
  ],
  headline: (v, lang) =>
    v.ok
      ? lang === "en"
        ? "Yes: these listings are within the limits."
        : "符合：上架件數未超過上限。"
      : lang === "en"
        ? `No: ${list(v.failed.map((f) => reason(f, lang)), lang)}.`
        : `不符合：${list(v.failed.map((f) => reason(f, lang)), lang)}。`,
  outputs: {
    ok: { label: { "zh-TW": "符合上架件數規定", en: "Within the limits" }, format: yesNo },
    perPavilion: {
      label: { "zh-TW": "各館件數", en: "Items per pavilion" },
      format: (counts, lang) => list(pavilionIds.map((id) => `${pavilions2024[id][lang]} ${num(counts[id])}`), lang),
    },
    failed: { label: { "zh-TW": "超過的上限", en: "Limits exceeded" }, format: (ids, lang) => list(ids.map((id) => reason(id, lang)), lang) },
  },
  examples: import.meta.env.SSR
    ? [
        {
          label: { "zh-TW": "三件（兩館）", en: "Three items in two pavilions" },
          state: { "items.0.pavilion": "living", "items.1.pavilion": "living", "items.2.pavilion": "service-tech" },
        },
        {
          label: { "zh-TW": "同一館三件", en: "Three items in one pavilion" },
          state: { "items.0.pavilion": "culture-design", "items.1.pavilion": "culture-design", "items.2.pavilion": "culture-design" },
        },
      ]
    : [],
});
