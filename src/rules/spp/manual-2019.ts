import { href } from "../anchors.js";
import { param } from "../core/params.js";
import type { Cite, Period } from "../core/types.js";

/**
 * 108年度「新創採購—成熟型及研發型補助計畫推動作業手冊」 (spp-subsidy-manual-2019.txt): how its
 * clauses are cited, its year, and its startup definition. Kept apart from params-2019.ts so
 * that TOPS, which compares its own startup group with this definition, loads only this much.
 * Clauses of the mature track are written as in the manual ("第一節 二(三)"), those of the
 * R&D part with the prefix "研發型", and those of the 要點 with "附錄一".
 */
const MANUAL = "spp-subsidy-manual-2019" as const;

/** A clause of the 2019 manual and the handbook anchor that quotes it. */
export const manualCite = (clause: string, link: string): Cite => ({ doc: MANUAL, clause, href: link });

/** The 2019 manual's year; the 要點 pilot itself ran ROC 107–109 (要點 十二). */
export const manualYear: Period = { from: "2019-01-01", to: "2019-12-31" };

/** 二 新創採購定義, repeating 要點 二. */
export const startupParams2019 = {
  maxYears: param(5, "years", manualYear, manualCite("二; 附錄一 二", href("spp", "startup-procurement-definition")), {
    "zh-TW": "成立年限（成立五年內）",
    en: "Age limit (established within five years)",
  }),
  listing: manualCite("二; 附錄一 二", href("spp", "startup-procurement-definition")),
  certification: manualCite("二; 附錄一 二 第二項", href("spp/guidelines", "point-2")),
  products: manualCite("二; 附錄一 二", href("spp/guidelines", "point-2")),
};

