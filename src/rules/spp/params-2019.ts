import { href } from "../anchors.js";
import { param } from "../core/params.js";
import type { Cite, Edition } from "../core/types.js";

/**
 * 108年度「新創採購—成熟型及研發型補助計畫推動作業手冊」 (spp-subsidy-manual-2019.txt),
 * with its Appendix 1, the 「新創產品及服務採購補助試行作業要點」.
 */
const MANUAL = "spp-subsidy-manual-2019" as const;

const cite = (clause: string, link: string): Cite => ({ doc: MANUAL, clause, href: link });

/** The 2019 manual's year; the 要點 pilot itself ran ROC 107–109 (要點 十二). */
export const edition2019: Edition = {
  id: "2019",
  program: "spp",
  title: {
    "zh-TW": "108年度新創採購—成熟型及研發型補助計畫推動作業手冊",
    en: "2019 Startup Procurement subsidy manual (mature and R&D tracks), SMEA",
  },
  period: { from: "2019-01-01", to: "2019-12-31" },
  cite: cite("封面; 附錄一 十二", href("editions", "spp-2019")),
};

const period2019 = edition2019.period;

export const rdParams2019 = {
  cap: param(1_000_000, "NTD", period2019, cite("研發型 第二節 二", href("spp/rd-track", "rd-cap")), {
    "zh-TW": "每案補助上限",
    en: "Subsidy cap per case",
  }),
  rate: param(0.5, "ratio", period2019, cite("研發型 第二節 二", href("spp/rd-track", "rd-cap")), {
    "zh-TW": "補助比例上限（總經費）",
    en: "Maximum share of the total budget",
  }),
};
