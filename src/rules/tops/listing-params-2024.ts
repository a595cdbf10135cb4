import { href, type AnchorId } from "../anchors.js";
import { param } from "../core/params.js";
import type { Cite, Text } from "../core/types.js";
import { period2024, rulesCite } from "./params-2024.js";

/** A clause of the registration rules and the section of the pavilions page that explains it. */
const cite = (clause: string, anchor: AnchorId<"tops/supplier-pavilions">): Cite => rulesCite(clause, href("tops/supplier-pavilions", anchor));

/** Registration rules (tops-registration-rules.txt 參、二(一)2), 2024 edition: pavilions and listing limits. */
export const pavilionIds = ["living", "biotech-health", "service-tech", "sustainability-esg", "culture-design"] as const;
export type PavilionId = (typeof pavilionIds)[number];

/** 參、二(一)2: the five themed pavilions (館別) a listed product or service goes in. */
export const pavilions2024: Record<PavilionId, Text> = {
  living: { "zh-TW": "生活良品", en: "Living goods" },
  "biotech-health": { "zh-TW": "生技健康", en: "Biotech and health" },
  "service-tech": { "zh-TW": "服務科技", en: "Services and technology" },
  "sustainability-esg": { "zh-TW": "永續 ESG", en: "Sustainability and ESG" },
  "culture-design": { "zh-TW": "文創設計", en: "Culture and design" },
};

export const listingParams2024 = {
  perPavilionMax: param(
    2,
    "count",
    period2024,
    cite("參、二(一)2", "listing-limits"),
    { "zh-TW": "每一館別上架上限（含）", en: "Most items per pavilion (inclusive)" },
  ),
  totalMax: param(
    10,
    "count",
    period2024,
    cite("參、二(一)2", "listing-limits"),
    { "zh-TW": "單一廠商上架總數上限（含）", en: "Most items per supplier in total (inclusive)" },
  ),
};

/** 參、二(一)2 「每 1 件產品服務以上架單一館別為原則」. */
export const onePavilionCite: Cite = cite("參、二(一)2", "one-pavilion-per-item");
