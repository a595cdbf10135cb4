import * as z from "zod/mini";
import { defineCalculator, step, warning } from "../core/calculator.js";
import { isWithin } from "../core/dates.js";
import { num, text } from "../core/format.js";
import { asOfField, isoDate, money, yesNo } from "../core/schema.js";
import type { Text } from "../core/types.js";
import {
  awardParams2024,
  councilApprovalCite,
  purchaseContributionCite,
  registeredSuppliersCite,
  sustainabilityThemes2024,
} from "./award-params-2024.js";
import { edition2024, eligibilityParams2024 } from "./params-2024.js";

export type AwardTier = "gold" | "silver" | "bronze";

interface TopsAward {
  countedTotal: number;
  tier: AwardTier | null;
  startupTotal: number;
  pioneerStartupTotal: number;
  excludedCount: number;
}

/** The award names, as the letter gives them; the calculator page shows the same words. */
export const TIER_NAMES: Record<AwardTier, Text> = {
  gold: { "zh-TW": "金獎", en: "Gold" },
  silver: { "zh-TW": "銀獎", en: "Silver" },
  bronze: { "zh-TW": "銅獎", en: "Bronze" },
};

const purchase = z.object({
  date: isoDate(),
  amount: money(),
  supplierRegistered: yesNo(),
  supplierIsStartup: yesNo(),
});

/** Sums above 2^53 would no longer be exact whole dollars; about 9,000 purchases of NT$10^12 each are needed to get there. */
const purchases = z.array(purchase).check(z.refine((list) => list.reduce((sum, p) => sum + p.amount, 0) <= Number.MAX_SAFE_INTEGER, {
  params: {
    text: {
      "zh-TW": "採購金額合計過大，無法精確計算",
      en: "The purchases add up to more than can be counted exactly",
    },
  },
}));

/** Awards letter 三: the 113 round of the 「台北好購獎勵機制」 for one buyer's purchases. */
export const topsAward = defineCalculator({
  id: "tops-award",
  program: "tops",
  editions: [
    {
      edition: edition2024,
      params: { ...awardParams2024, startupYears: eligibilityParams2024.startupYears, themes: sustainabilityThemes2024 },
    },
  ],
  title: { "zh-TW": "台北好購獎勵機制：採購貢獻獎級距試算", en: "TOPS purchase awards: contribution tier" },
  input: z.object({ purchases, asOf: asOfField() }),
  compute({ purchases: list }, P) {
    const { startupYears, themes } = P;
    // Highest tier first, so the first threshold reached is the tier (三(一)1–3, each 「（含）以上」).
    const tiers = [
      ["gold", P.gold],
      ["silver", P.silver],
      ["bronze", P.bronze],
    ] as const;
    const counting = P.countingPeriod.value;
    const pioneer = P.pioneerPeriod.value;
    const numbered = list.map((p, i) => ({ ...p, n: i + 1 }));
    const inPeriod = numbered.filter((p) => isWithin(p.date, counting.from, counting.to));
    const outOfPeriod = numbered.filter((p) => !isWithin(p.date, counting.from, counting.to));
    const counted = inPeriod.filter((p) => p.supplierRegistered);
    const unregistered = inPeriod.filter((p) => !p.supplierRegistered);
    const startups = counted.filter((p) => p.supplierIsStartup);
    const pioneers = startups.filter((p) => isWithin(p.date, pioneer.from, pioneer.to));

    const sum = (ps: readonly { amount: number }[]) => ps.reduce((total, p) => total + p.amount, 0);
    const countedTotal = sum(counted);
    const startupTotal = sum(startups);
    const pioneerStartupTotal = sum(pioneers);
    const excludedCount = list.length - counted.length;
    const reached = tiers.find(([, threshold]) => countedTotal >= threshold.value);
    const tier: AwardTier | null = reached ? reached[0] : null;
    const numbers = (ps: readonly { n: number }[]) => (ps.length ? ps.map((p) => `#${p.n}`).join(", ") : "—");

    const steps = [
      step(
        "awards-3-counting-period",
        text("計算期間內的採購筆數", "Purchases dated in the counting period"),
        inPeriod.length,
        P.countingPeriod.cite,
        text(
          `${counting.from} 至 ${counting.to} 期間內：${num(inPeriod.length)} 筆；期間外不計：${numbers(outOfPeriod)}`,
          `Dated ${counting.from} to ${counting.to}: ${num(inPeriod.length)}; outside the period, not counted: ${numbers(outOfPeriod)}`,
        ),
      ),
      step(
        "awards-3-registered-suppliers",
        { "zh-TW": "採購對象為平台登錄供應方之筆數", en: "Purchases from suppliers registered on TOPS" },
        counted.length,
        registeredSuppliersCite,
        text(
          `計入 ${num(counted.length)} 筆；供應方未登錄而不計：${numbers(unregistered)}；共排除 ${num(excludedCount)} 筆`,
          `${num(counted.length)} counted; supplier not registered, not counted: ${numbers(unregistered)}; ${num(excludedCount)} excluded in all`,
        ),
      ),
      step(
        "awards-3-1-counted-total",
        { "zh-TW": "採購金額累計", en: "Counted purchase total" },
        countedTotal,
        purchaseContributionCite,
        text(
          `${counted.map((p) => num(p.amount)).join(" + ") || "0"} = ${num(countedTotal)} 元`,
          `${counted.map((p) => num(p.amount)).join(" + ") || "0"} = NT$${num(countedTotal)}`,
        ),
      ),
      step(
        "awards-3-1-tiers",
        { "zh-TW": "採購貢獻獎級距", en: "Purchase contribution tier" },
        tier,
        reached ? reached[1].cite : P.bronze.cite,
        text(
          `${num(countedTotal)} 元；金獎 ≥ ${num(P.gold.value)}、銀獎 ≥ ${num(P.silver.value)}、銅獎 ≥ ${num(P.bronze.value)} → ${tier ? TIER_NAMES[tier]["zh-TW"] : "未達銅獎門檻"}`,
          `NT$${num(countedTotal)}; gold ≥ ${num(P.gold.value)}, silver ≥ ${num(P.silver.value)}, bronze ≥ ${num(P.bronze.value)} → ${tier ? TIER_NAMES[tier].en : "below the bronze threshold"}`,
        ),
        tier ? TIER_NAMES[tier] : text("未達銅獎門檻", "None (below bronze)"),
      ),
      step(
        "awards-3-2-startup-total",
        { "zh-TW": "採購新創企業金額累計（採購新創貢獻獎依據）", en: "Counted purchases from startups (startup contribution award)" },
        startupTotal,
        P.startupTop.cite,
        text(
          `計入之採購中，供應方為新創企業者：${numbers(startups)}，合計 ${num(startupTotal)} 元`,
          `Counted purchases whose supplier is a startup: ${numbers(startups)}, NT$${num(startupTotal)} in all`,
        ),
      ),
      step(
        "awards-3-3-pioneer-startup-total",
        { "zh-TW": "率先期間採購新創企業金額累計（採購新創開拓獎依據）", en: "Startup purchases made early, in the pioneer window (startup pioneer award)" },
        pioneerStartupTotal,
        P.pioneerPeriod.cite,
        text(
          `${pioneer.from} 至 ${pioneer.to} 期間之新創採購：${numbers(pioneers)}，合計 ${num(pioneerStartupTotal)} 元`,
          `Startup purchases dated ${pioneer.from} to ${pioneer.to}: ${numbers(pioneers)}, NT$${num(pioneerStartupTotal)} in all`,
        ),
      ),
    ];

    const warnings = [
      warning(
        "upload-required",
        text(
          "僅計入「於該平台上傳登錄」之採購；本試算假設每筆採購均已上傳登錄。",
          "Only purchases uploaded to the platform count; this estimate assumes every purchase listed has been uploaded.",
        ),
        P.countingPeriod.cite,
      ),
      warning(
        "purchase-date-undefined",
        text(
          "函文只說「於113年9月1日起至114年2月28日止之期間採購」，未說明以訂約、交貨、開立發票或付款哪一日為採購日；本試算以所填日期為準，跨越期間首尾日的採購請向執行單位確認。",
          "The letter only says purchases made \"from 1 September 113 to 28 February 114\"; it does not say whether the contract, delivery, invoice or payment date is the purchase date. This estimate uses the date you enter; for a purchase near either end of the period, confirm with the executing agency.",
        ),
        P.countingPeriod.cite,
      ),
      warning(
        "amount-tax-undefined",
        text(
          "函文的「採購金額」未說明含稅或未稅；本試算直接加總所填金額，請全部以同一基準（例如發票含稅總額）填寫，門檻附近請向執行單位確認。",
          "The letter's \"purchase amount\" does not say whether tax is included; this estimate adds up the amounts as entered, so enter them all on one basis (for example the tax-inclusive invoice total) and, near a threshold, confirm with the executing agency.",
        ),
        purchaseContributionCite,
      ),
      warning(
        "registered-when-undefined",
        text(
          "函文只說採購「該平台供應方」之產品與服務，未說明供應方須在採購當日已登錄，或上傳登錄時已登錄即可；本試算依所填「供應方已在平台登錄」計入，請以採購日的登錄狀態填寫，若不同請向執行單位確認。",
          "The letter only says purchases of \"the platform's suppliers'\" products and services; it does not say whether the supplier must be registered on the purchase date or only when the purchase is uploaded. This estimate counts what you mark as \"supplier registered on TOPS\"; answer for the purchase date, and confirm with the executing agency if the two differ.",
        ),
        registeredSuppliersCite,
      ),
      warning(
        "taipei-startup-reading",
        text(
          `函文所稱「臺北市新創企業」未有定義；本站理解為平台供應方之新創事業組（設立未滿 ${num(startupYears.value)} 年），此為本站的解讀，請向執行單位確認。「率先」指於採購新創開拓獎期間（${pioneer.from} 至 ${pioneer.to}）內及早採購，不是指第一位採購者。`,
          `The letter does not define "Taipei startups" (臺北市新創企業); this site reads it as the platform's startup group of suppliers (under ${num(startupYears.value)} years since establishment). That is the site's own reading: confirm it with the executing agency. 率先 means buying early, within the pioneer window (${pioneer.from} to ${pioneer.to}), not being the first buyer.`,
        ),
        P.startupTop.cite,
        P.pioneerPeriod.cite,
      ),
      warning(
        "ranks-not-computed",
        text(
          `採購金額累計最高前 ${num(P.buybackTop.value)} 名之回購獎勵金、採購新創貢獻獎前 ${num(P.startupTop.value)} 名及採購新創開拓獎前 ${num(P.pioneerTop.value)} 名，均依所有採購方之排名決定，無法以單一採購方的資料判斷；本試算只提供排名所依據的金額。`,
          `The buy-back rewards for the top ${num(P.buybackTop.value)} totals, the startup contribution award (top ${num(P.startupTop.value)}) and the startup pioneer award (top ${num(P.pioneerTop.value)}) depend on how all buyers rank, which one buyer's data cannot decide; this estimate only gives the amounts the ranking uses.`,
        ),
        P.buybackTop.cite,
        P.startupTop.cite,
        P.pioneerTop.cite,
      ),
      warning(
        "sustainability-judged",
        text(
          `永續共榮獎分 ${num(themes.length)} 大組別主題（${themes.map((t) => t["zh-TW"]).join("、")}），各組別優選 ${num(P.perTheme.value)} 案，由評選決定，無法試算。`,
          `The sustainability award has ${num(themes.length)} themes (${themes.map((t) => t.en).join("; ")}), with ${num(P.perTheme.value)} case chosen per theme by judges: it cannot be computed.`,
        ),
        P.perTheme.cite,
      ),
      warning(
        "council-approval",
        text(
          "回購獎勵金或獎勵金額預計經臺北市議會審議通過後公告實施，本試算不估算金額。",
          "Buy-back rewards and reward amounts were to be announced after approval by the Taipei City Council; this estimate does not put a figure on them.",
        ),
        councilApprovalCite,
      ),
    ];

    return {
      value: { countedTotal, tier, startupTotal, pioneerStartupTotal, excludedCount } satisfies TopsAward,
      steps,
      warnings,
    };
  },
});
