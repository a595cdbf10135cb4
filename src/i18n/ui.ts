import { say } from "./say";
import { htmlLang, type Locale } from "./locales";
import type { Text } from "../rules/core/types";

/**
 * The site's own words (header, navigation, home, search, footer), in the one style every
 * dictionary of the site uses: each entry one Text, both languages side by side, placeholders
 * filled by say() (src/i18n/say.ts) like the calculators', forms' and checklists' words.
 */
export const ui = {
  "site.name": { "zh-TW": "中小企業與新創採購手冊", en: "SME & Startup Procurement Handbook" },
  "site.tagline": {
    "zh-TW": "台北好購、新創採購補助、臺灣雲市集：規則、試算與表單",
    en: "TOPS, startup procurement subsidies, Taiwan Cloud Marketplace: rules, calculators and forms",
  },
  "nav.skip": { "zh-TW": "跳到主要內容", en: "Skip to main content" },
  "nav.programs": { "zh-TW": "計畫", en: "Programs" },
  "nav.more": { "zh-TW": "更多", en: "More" },
  "nav.menu": { "zh-TW": "選單", en: "Menu" },
  "heading.link": { "zh-TW": "連結到本節：{title}", en: "Link to this section: {title}" },
  "nav.calculators": { "zh-TW": "試算", en: "Calculators" },
  "nav.forms": { "zh-TW": "表單", en: "Forms" },
  "nav.finder": { "zh-TW": "適用計畫", en: "Program finder" },
  "nav.breadcrumbs": { "zh-TW": "頁面路徑", en: "Breadcrumbs" },
  "nav.home": { "zh-TW": "首頁", en: "Home" },
  "nav.toc": { "zh-TW": "本計畫目錄", en: "Contents of this program" },
  "nav.prev": { "zh-TW": "上一頁", en: "Previous" },
  "nav.next": { "zh-TW": "下一頁", en: "Next" },
  "nav.pagination": { "zh-TW": "上一頁與下一頁", en: "Previous and next page" },
  "program.tops": { "zh-TW": "台北好購 TOPS", en: "Taipei TOPS" },
  "program.spp": { "zh-TW": "新創採購補助", en: "Startup procurement" },
  "program.tcloud": { "zh-TW": "臺灣雲市集", en: "Taiwan Cloud Marketplace" },
  "program.general": { "zh-TW": "綜合資訊", en: "General" },
  "lang.switch": { "zh-TW": "English", en: "中文" },
  "lang.switchLabel": { "zh-TW": "切換語言：English", en: "Switch language: 中文（臺灣）" },
  "search.label": { "zh-TW": "搜尋手冊", en: "Search the handbook" },
  "search.placeholder": { "zh-TW": "例如：財力分級、點數核銷", en: "e.g. financial tier, point redemption" },
  "search.submit": { "zh-TW": "搜尋", en: "Search" },
  "search.suggestions": { "zh-TW": "搜尋建議", en: "Suggestions" },
  "search.title": { "zh-TW": "搜尋結果", en: "Search results" },
  "search.loading": { "zh-TW": "搜尋中…", en: "Searching…" },
  "search.none": { "zh-TW": "找不到包含「{q}」的頁面。", en: "No page contains “{q}”." },
  "search.count": { "zh-TW": "共 {n} 頁包含「{q}」", en: "{n} page(s) contain “{q}”" },
  "search.words": {
    "zh-TW": "沒有頁面包含完整的「{q}」；以下 {n} 頁包含其中每個詞",
    en: "No page contains the exact phrase “{q}”; these {n} page(s) contain each of its words",
  },
  "search.empty": { "zh-TW": "請輸入要搜尋的詞。", en: "Type a word to search for." },
  "search.failed": { "zh-TW": "搜尋索引無法載入，請重新整理頁面。", en: "The search index could not be loaded; please reload the page." },
  "search.filterKind": { "zh-TW": "類型", en: "Kind" },
  "search.filterProgram": { "zh-TW": "計畫", en: "Program" },
  "search.any": { "zh-TW": "全部", en: "All" },
  "search.kind.handbook": { "zh-TW": "手冊", en: "Handbook" },
  "search.kind.calculator": { "zh-TW": "試算", en: "Calculator" },
  "search.kind.form": { "zh-TW": "表單", en: "Form" },
  "search.kind.checklist": { "zh-TW": "文件清單", en: "Checklist" },
  "search.noscript": {
    "zh-TW": "搜尋需要 JavaScript。也可以瀏覽所有頁面與工具的索引：",
    en: "Search needs JavaScript. You can also browse the index of every page and tool:",
  },
  "search.index": { "zh-TW": "所有頁面與工具", en: "Every page and tool" },
  "pages.title": { "zh-TW": "所有頁面與工具", en: "Every page and tool" },
  "pages.intro": {
    "zh-TW": "本站每一頁手冊、試算、表單與文件清單，依計畫排列；不需要 JavaScript。",
    en: "Every handbook page, calculator, form and checklist on this site, by program; no JavaScript needed.",
  },
  "page.sources": { "zh-TW": "本頁依據", en: "Sources for this page" },
  "page.onThisPage": { "zh-TW": "本頁章節", en: "On this page" },
  "page.edition": { "zh-TW": "版本", en: "Edition" },
  "page.lastReviewed": { "zh-TW": "最後檢視", en: "Last reviewed" },
  "page.historical": {
    "zh-TW": "本頁內容為歷史版本，所列期限均已屆滿。",
    en: "This page describes a past edition: every deadline in it has passed.",
  },
  "footer.disclaimer": {
    "zh-TW": "本網站為非官方指南，不構成法律意見。內容依據下列公開文件整理：{sources}。各版本均已結束；申請前請以主管機關最新公告為準。",
    en: "An unofficial guide, not legal advice. Based on these public documents: {sources}. Every edition has ended: check the agency's current notice before applying.",
  },
  "footer.sources": { "zh-TW": "資料來源說明", en: "About the sources" },
  "landing.choose": { "zh-TW": "請選擇語言", en: "Choose a language" },
  "notFound.title": { "zh-TW": "找不到這個頁面", en: "Page not found" },
  "notFound.body": { "zh-TW": "網址可能有誤，或頁面已移動。", en: "The address may be wrong, or the page has moved." },
  "notFound.home": { "zh-TW": "回到首頁", en: "Back to the home page" },
  "home.intro": {
    "zh-TW": "本站以中英雙語整理三項採購相關計畫的規則，每條規則皆引用來源條文。以下各版本均為歷史版本。",
    en: "This site explains the rules of three procurement programs in Chinese and English, each rule quoting its source clause. Every edition shown is historical.",
  },
  "home.programs": { "zh-TW": "三項計畫", en: "The three programs" },
  "home.general": { "zh-TW": "跨計畫資訊", en: "Across programs" },
  "home.tasks": { "zh-TW": "我想要…", en: "I want to…" },
  "home.task.finder": { "zh-TW": "找出適用的計畫", en: "Find the program that fits" },
  "home.task.finder.note": {
    "zh-TW": "回答幾個問題，看哪項計畫適合您的企業或機關。",
    en: "Answer a few questions to see which program suits your company or agency.",
  },
  "home.task.calculators": { "zh-TW": "檢查資格、試算金額", en: "Check eligibility, work out an amount" },
  "home.task.calculators.note": {
    "zh-TW": "資格、補助金額、獎勵級距、退款、分期、點數與期限，每一步都附條文。",
    en: "Eligibility, subsidies, award tiers, refunds, instalments, points and deadlines, each step with its clause.",
  },
  "home.task.forms": { "zh-TW": "填寫官方表單", en: "Fill in an official form" },
  "home.task.forms.note": {
    "zh-TW": "一次填好基本資料，印出 A4 官方格式或下載 .docx。",
    en: "Enter your details once, print the agency's A4 layout or download a .docx.",
  },
  "home.task.checklists": { "zh-TW": "備齊申請與請款文件", en: "Gather the documents to file" },
  "home.task.checklists.note": { "zh-TW": "逐項勾選要上傳或檢附的文件，並可列印。", en: "Tick off what to upload or attach, and print the list." },
} as const satisfies Record<string, Text>;

export type UiKey = keyof typeof ui;

export function t(locale: Locale, key: UiKey, vars: Record<string, string | number> = {}): string {
  return say(ui[key], htmlLang[locale], vars);
}
