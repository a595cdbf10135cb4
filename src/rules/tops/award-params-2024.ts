import { href, type AnchorId } from "../anchors.js";
import { param } from "../core/params.js";
import type { Cite, Period, Text } from "../core/types.js";
import { awardsCite, countingPeriod2024, period2024 } from "./params-2024.js";

/** A clause of the awards letter and the section of the awards page that explains it. */
const cite = (clause: string, anchor: AnchorId<"tops/awards">): Cite => awardsCite(clause, href("tops/awards", anchor));

/** Awards letter (tops-awards-letter.txt 三): the 「台北好購獎勵機制」 of the 113 round. */
export const awardParams2024 = {
  countingPeriod: countingPeriod2024,
  pioneerPeriod: param<Period>(
    { from: "2024-09-01", to: "2024-11-30" },
    "date",
    period2024,
    cite("三(三)", "startup-pioneer"),
    { "zh-TW": "採購新創開拓獎期間（含首尾日）", en: "Startup pioneer award window (both days included)" },
  ),
  gold: param(5_000_000, "NTD", period2024, cite("三(一)1", "tiers"), {
    "zh-TW": "採購貢獻獎金獎門檻（含）",
    en: "Purchase contribution gold threshold (inclusive)",
  }),
  silver: param(1_000_000, "NTD", period2024, cite("三(一)2", "tiers"), {
    "zh-TW": "採購貢獻獎銀獎門檻（含）",
    en: "Purchase contribution silver threshold (inclusive)",
  }),
  bronze: param(500_000, "NTD", period2024, cite("三(一)3", "tiers"), {
    "zh-TW": "採購貢獻獎銅獎門檻（含）",
    en: "Purchase contribution bronze threshold (inclusive)",
  }),
  /** 三(一)4 top 3 by total, 三(二) top 3 by startup purchases, 三(三) top 10 pioneers. */
  buybackTop: param(3, "count", period2024, cite("三(一)4", "top-3-buyback"), {
    "zh-TW": "採購金額累計最高前幾名另頒回購獎勵金",
    en: "Highest totals that also receive buy-back rewards",
  }),
  startupTop: param(3, "count", period2024, cite("三(二)", "startup-contribution"), {
    "zh-TW": "採購新創貢獻獎名額（前幾名）",
    en: "Startup contribution award places",
  }),
  pioneerTop: param(10, "count", period2024, cite("三(三)", "startup-pioneer"), {
    "zh-TW": "採購新創開拓獎名額（前幾名）",
    en: "Startup pioneer award places",
  }),
  perTheme: param(1, "count", period2024, cite("三(四)", "sustainability-themes"), {
    "zh-TW": "永續共榮獎每組別主題優選案數",
    en: "Cases chosen per sustainability theme",
  }),
};

/** 三 「採購該平台供應方」: only suppliers registered on TOPS count. */
export const registeredSuppliersCite: Cite = cite("三", "registered-suppliers");
export const purchaseContributionCite: Cite = cite("三(一)", "purchase-contribution");
export const councilApprovalCite: Cite = cite("三(五)", "council-approval");

/** 三(四)1–6: themes judged by the organizers, one case chosen per theme. */
export const sustainabilityThemes2024: readonly Text[] = [
  { "zh-TW": "幸福職場", en: "Happy workplace (diversity, equity, inclusion)" },
  { "zh-TW": "淨零環保", en: "Net zero and environment" },
  { "zh-TW": "多元共善", en: "Social good" },
  { "zh-TW": "科技應用", en: "Technology applications" },
  { "zh-TW": "文化創意", en: "Culture and creativity" },
  { "zh-TW": "新創共榮", en: "Growing with startups" },
];
