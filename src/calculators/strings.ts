/**
 * Words of the calculator pages and islands, in both site languages. The island gets its
 * words in the page's language as a prop (`wordsIn`), so no dictionary ships as script.
 */
import type { DocId, Lang, Text } from "../rules/core/types.js";

/** Short names of the source documents that steps cite (rules' DocId). */
const docs = {
  "tops-registration-rules": { "zh-TW": "TOPS 登錄簡章", en: "TOPS registration rules" },
  "tops-awards-letter": { "zh-TW": "台北好購獎勵機制", en: "TOPS awards letter" },
  "spp-subsidy-manual-2019": { "zh-TW": "新創採購作業手冊（108年度）", en: "SPP manual (2019)" },
  "spp-policy-article": { "zh-TW": "新創採購政策專文", en: "SPP policy article" },
  "tcloud-vendor-guidelines": { "zh-TW": "雲市集申請須知", en: "TCloud guidelines" },
  "domain-facts": { "zh-TW": "外部資料", en: "Outside facts" },
} as const satisfies Record<DocId, Text>;

/** What the island says: every entry is one Text. */
const island = {
  calculate: { "zh-TW": "計算", en: "Calculate" },
  toCheck: { "zh-TW": "可查證：", en: "Where to check: " },
  choose: { "zh-TW": "請選擇", en: "Choose" },
  optional: { "zh-TW": "（選填）", en: " (optional)" },
  example: { "zh-TW": "例如：", en: "For example: " },
  errorSummary: { "zh-TW": "有些答案需要修正", en: "There is a problem" },
  errorPrefix: { "zh-TW": "錯誤：", en: "Error: " },
  result: { "zh-TW": "結果", en: "Result" },
  values: { "zh-TW": "各項數值", en: "Figures" },
  noResult: {
    "zh-TW": "回答所有必填問題後，結果會顯示在這裡。",
    en: "The result appears here once every question that needs an answer has one.",
  },
  staleResult: {
    "zh-TW": "目前的答案有誤，因此不顯示結果；請依上方說明修正。",
    en: "Some answers need fixing, so no result is shown; see the messages above.",
  },
  howWorkedOut: { "zh-TW": "計算過程", en: "How this was worked out" },
  source: { "zh-TW": "依據", en: "Source" },
  warnings: { "zh-TW": "請注意", en: "Please note" },
  unofficial: {
    "zh-TW": "非官方試算，依 {edition} 年版規定，僅供參考；實際以主管機關核定為準。{title}（{period}）",
    en: "An unofficial estimate under the {edition} edition; the agency's decision is what counts. {title} ({period})",
  },
  assumedNote: {
    "zh-TW": "您對{names}回答「不確定」；不論答案為何，結果都相同。下列計算過程以{values}的情形示範。",
    en: "You answered \"I don't know\" to {names}; the result is the same whichever the answer. The steps below show the case where {values}.",
  },
  dependsHeading: { "zh-TW": "結果取決於您不確定的答案", en: "The result depends on what you don't know yet" },
  dependsIntro: {
    "zh-TW": "您對{names}回答「不確定」，而不同答案的結果不同。請先查證，以下列出各種情形：",
    en: "You answered \"I don't know\" to {names}, and the answers lead to different results. Check first; here is each case:",
  },
  ifAnswer: { "zh-TW": "若 {answers}：", en: "If {answers}: " },
  copyLink: { "zh-TW": "複製本頁連結", en: "Copy link to this answer" },
  copied: { "zh-TW": "已複製連結，可貼給他人或加入書籤。", en: "Link copied: paste it to share or bookmark it." },
  copiedHere: {
    "zh-TW": "已複製連結。答案較長，保存在這個瀏覽器中：此連結只能在這個瀏覽器開啟這些答案。",
    en: "Link copied. The answers are long, so they are kept in this browser: the link opens them in this browser only.",
  },
  copyFailed: { "zh-TW": "無法自動複製，請從網址列複製。", en: "Could not copy; copy the address from the address bar." },
  print: { "zh-TW": "列印結果", en: "Print the result" },
  examples: { "zh-TW": "範例", en: "Examples" },
  clear: { "zh-TW": "清除所有答案", en: "Clear all answers" },
  addRow: { "zh-TW": "新增一列", en: "Add a row" },
  removeRow: { "zh-TW": "刪除第 {n} 列", en: "Remove row {n}" },
  row: { "zh-TW": "第 {n} 列", en: "Row {n}" },
  importCsv: { "zh-TW": "匯入 CSV", en: "Import CSV" },
  csvPaste: { "zh-TW": "貼上 CSV 內容", en: "Paste CSV" },
  csvFile: { "zh-TW": "或選擇 CSV 檔案", en: "Or choose a CSV file" },
  csvHint: {
    "zh-TW": "每列一筆，欄位依序為：{columns}（可含標題列；可直接從試算表複製貼上）。",
    en: "One per line, columns in this order: {columns} (a header row is optional; you can paste straight from a spreadsheet).",
  },
  csvAdd: { "zh-TW": "加入這些列", en: "Add these rows" },
  csvAdded: { "zh-TW": "已加入 {n} 列。", en: "{n} row(s) added." },
  csvBadLines: { "zh-TW": "下列各行未加入：", en: "These lines were not added:" },
  csvLine: { "zh-TW": "第 {n} 行：{reason}", en: "Line {n}: {reason}" },
  csvEmpty: { "zh-TW": "沒有可加入的資料列", en: "There are no rows to add" },
  savedElsewhere: {
    "zh-TW": "此連結的答案較長，保存在建立連結的瀏覽器中，這個瀏覽器裡找不到：請在原來的瀏覽器開啟，或重新填寫（可用 CSV 匯入）。",
    en: "This link's answers were long, so they were kept in the browser that made it, and this browser does not have them: open the link there, or fill in the form again (CSV import helps).",
  },
  csvBig5: {
    "zh-TW": "檔案不是 UTF-8 編碼，已依 Big5（繁體中文 Excel 儲存 CSV 的編碼）讀取。",
    en: "The file is not UTF-8: it was read as Big5, the encoding Traditional Chinese Excel saves CSV in.",
  },
  rocDate: { "zh-TW": "民國日期", en: "ROC date" },
  fullPage: { "zh-TW": "在獨立頁面開啟此試算", en: "Open this calculator on its own page" },
  parsedAs: { "zh-TW": "讀作 {value}", en: "Read as {value}" },
  skipped: { "zh-TW": "（空白列不計入）", en: "(blank rows are left out)" },
} as const satisfies Record<string, Text>;

export type Words = { readonly [K in keyof typeof island]: string } & { readonly docs: Readonly<Record<DocId, string>> };

/** The island's words in one language, for its `words` prop. */
export function wordsIn(lang: Lang): Words {
  const pick = (texts: Record<string, Text>) => Object.fromEntries(Object.entries(texts).map(([key, text]) => [key, text[lang]]));
  return { ...pick(island), docs: pick(docs) } as Words;
}

export const strings = {
  ...island,
  docs,
  group: {
    eligible: { "zh-TW": "我符合資格嗎？", en: "Am I eligible?" },
    money: { "zh-TW": "可以拿到多少錢？", en: "How much money?" },
    award: { "zh-TW": "可以得到哪個獎項？", en: "Which award?" },
  },
  indexTitle: { "zh-TW": "試算工具", en: "Calculators" },
  indexIntro: {
    "zh-TW": "回答幾個問題，即可依各計畫規定試算資格與金額；每一步都附上所依據的條文。各計畫版本均已結束，結果僅供參考。",
    en: "Answer a few questions to work out eligibility and amounts under each program's rules; every step links to the clause it applies. Every edition has ended, so results are for reference.",
  },
  byProgram: { "zh-TW": "依計畫", en: "By program" },
  byQuestion: { "zh-TW": "依問題", en: "By question" },
  inHandbook: { "zh-TW": "手冊說明", en: "In the handbook" },
  useCalculator: { "zh-TW": "試算：{title}", en: "Calculator: {title}" },
  noscript: {
    "zh-TW": "此試算需要 JavaScript 才能計算；您仍可閱讀各問題與手冊說明。",
    en: "This calculator needs JavaScript to work out a result; the questions and the handbook still read without it.",
  },
} as const satisfies Record<string, Text | Record<string, Text>>;
