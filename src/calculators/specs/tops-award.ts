import { awardParams2024 as P } from "../../rules/tops/award-params-2024.js";
import { eligibilityParams2024 } from "../../rules/tops/params-2024.js";
import { TIER_NAMES as tiers, topsAward } from "../../rules/tops/award.js";
import { num } from "../../rules/core/format.js";
import { ntdUnit } from "../fields.js";
import { money } from "../format.js";
import { defineSpec, pageOnly } from "../types.js";

const counting = P.countingPeriod.value;
const startupYears = eligibilityParams2024.startupYears.value;

export default defineSpec(topsAward, {
  group: "award",
  question: import.meta.env.SSR ? { "zh-TW": "我們的採購可以得到台北好購哪一級採購貢獻獎？", en: "Which TOPS purchase contribution award do our purchases reach?" } : pageOnly,
  intro: import.meta.env.SSR ? {
    "zh-TW": `列出 ${counting.from} 至 ${counting.to} 向平台供應方的採購；金獎 ${num(P.gold.value)} 元、銀獎 ${num(P.silver.value)} 元、銅獎 ${num(P.bronze.value)} 元以上（獎勵機制 三）。`,
    en: `List purchases from TOPS suppliers dated ${counting.from} to ${counting.to}; gold from NT$${num(P.gold.value)}, silver from NT$${num(P.silver.value)}, bronze from NT$${num(P.bronze.value)} (awards letter 三).`,
  } : pageOnly,
  handbook: "tops/awards",
  fields: [
    {
      key: "purchases",
      kind: "list",
      label: { "zh-TW": "採購紀錄", en: "Purchases" },
      itemLabel: { "zh-TW": "採購", en: "Purchase" },
      hint: {
        "zh-TW": "每列一筆採購；可從試算表複製貼上或匯入 CSV。",
        en: "One purchase per row; paste from a spreadsheet or import a CSV file.",
      },
      csv: {
        columns: {
          date: ["date", "日期", "採購日期"],
          amount: ["amount", "金額", "採購金額"],
          supplierRegistered: ["registered", "已登錄", "登錄", "供應方已登錄"],
          supplierIsStartup: ["startup", "新創", "新創企業"],
        },
      },
      item: [
        {
          key: "date",
          kind: "date",
          label: { "zh-TW": "採購日期", en: "Date" },
          hint: { "zh-TW": "函文未說明以哪一日為採購日（見結果的提醒）。", en: "The letter does not say which date is the purchase date (see the notes in the result)." },
        },
        {
          key: "amount",
          kind: "amount",
          unit: ntdUnit,
          label: { "zh-TW": "金額", en: "Amount" },
          hint: { "zh-TW": "函文未說明含稅或未稅：每筆以同一基準填寫。", en: "The letter does not say whether tax is included: enter every amount on one basis." },
          example: { "zh-TW": "120萬", en: "1,200,000" },
        },
        {
          key: "supplierRegistered",
          kind: "yesno",
          label: { "zh-TW": "採購當日供應方已在平台登錄？", en: "Supplier registered on TOPS on the purchase date?" },
          hint: { "zh-TW": "函文未說明須於採購日或上傳時已登錄。", en: "The letter does not say whether registration on the purchase date or at upload is what counts." },
        },
        {
          key: "supplierIsStartup",
          kind: "yesno",
          label: { "zh-TW": "供應方為臺北市新創企業？", en: "Supplier is a Taipei startup?" },
          hint: {
            "zh-TW": `本站解讀為平台的新創事業組（設立未滿 ${num(startupYears)} 年），請向執行單位確認。`,
            en: `The site reads this as the platform's startup group (under ${num(startupYears)} years); confirm with the executing agency.`,
          },
        },
      ],
    },
  ],
  headline: (v, lang) =>
    v.tier
      ? lang === "en"
        ? `${tiers[v.tier].en}: counted purchases of ${money(v.countedTotal, lang)} reach the ${tiers[v.tier].en.toLowerCase()} tier.`
        : `${tiers[v.tier]["zh-TW"]}：計入的採購金額 ${money(v.countedTotal, lang)}，達${tiers[v.tier]["zh-TW"]}門檻。`
      : lang === "en"
        ? `No tier yet: counted purchases of ${money(v.countedTotal, lang)} are below the bronze threshold of ${money(P.bronze.value, lang)}.`
        : `尚未達獎項門檻：計入的採購金額 ${money(v.countedTotal, lang)}，低於銅獎門檻 ${money(P.bronze.value, lang)}。`,
  outputs: {
    countedTotal: { label: { "zh-TW": "計入的採購金額", en: "Counted purchase total" }, format: money },
    tier: {
      label: { "zh-TW": "採購貢獻獎級距", en: "Contribution tier" },
      format: (t, lang) => (t ? tiers[t][lang] : lang === "en" ? "none" : "未達門檻"),
    },
    startupTotal: { label: { "zh-TW": "向新創企業採購金額", en: "Purchases from startups" }, format: money },
    pioneerStartupTotal: {
      label: { "zh-TW": "開拓獎期間向新創採購金額", en: "Startup purchases in the pioneer window" },
      format: money,
    },
    excludedCount: {
      label: { "zh-TW": "未計入的筆數", en: "Purchases not counted" },
      format: (n, lang) => (lang === "en" ? `${num(n)}` : `${num(n)} 筆`),
    },
  },
  examples: import.meta.env.SSR
    ? [
        {
          label: { "zh-TW": "三筆採購，達銀獎", en: "Three purchases reaching silver" },
          state: {
            "purchases.0.date": "2024-09-15",
            "purchases.0.amount": "60萬",
            "purchases.0.supplierRegistered": "true",
            "purchases.0.supplierIsStartup": "true",
            "purchases.1.date": "2024-12-02",
            "purchases.1.amount": "450,000",
            "purchases.1.supplierRegistered": "true",
            "purchases.1.supplierIsStartup": "false",
            "purchases.2.date": "2025-03-05",
            "purchases.2.amount": "2,000,000",
            "purchases.2.supplierRegistered": "true",
            "purchases.2.supplierIsStartup": "false",
          },
        },
      ]
    : [],
});
