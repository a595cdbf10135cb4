/** Words of the program finder, in both site languages. */
import type { Text } from "../../rules/core/types.js";

export const finderStrings = {
  title: { "zh-TW": "適用計畫查詢", en: "Program finder" },
  intro: {
    "zh-TW": "回答幾個問題，看看台北好購、新創採購補助與臺灣雲市集中哪些計畫可能適合您。",
    en: "Answer a few questions to see which of TOPS, the startup procurement subsidies and the Taiwan Cloud Marketplace may fit you.",
  },
  back: { "zh-TW": "上一步", en: "Back" },
  startAgain: { "zh-TW": "重新開始", en: "Start again" },
  outcomeTitle: { "zh-TW": "查詢結果", en: "Your results" },
  yourAnswers: { "zh-TW": "您的回答", en: "Your answers" },
  change: { "zh-TW": "修改", en: "Change" },
  mayFit: { "zh-TW": "可能適合的計畫", en: "Programs that may fit" },
  noneFit: { "zh-TW": "依您的回答，沒有計畫適合。", en: "From your answers, no program fits." },
  doNotFit: { "zh-TW": "不適合的計畫", en: "Programs that do not fit" },
  fit: {
    yes: { "zh-TW": "適合", en: "Fits" },
    maybe: { "zh-TW": "可能適合，請確認", en: "May fit: check" },
    no: { "zh-TW": "不適合", en: "Does not fit" },
  },
  why: { "zh-TW": "原因：", en: "Why: " },
  handbook: { "zh-TW": "手冊說明", en: "Read the handbook" },
  calculator: { "zh-TW": "試算", en: "Calculator" },
  form: { "zh-TW": "填寫表單", en: "Form to fill in" },
  drafter: { "zh-TW": "線上表單檢查與草稿", en: "Online form check and draft" },
  checklist: { "zh-TW": "文件清單", en: "Document checklist" },
  allForms: { "zh-TW": "所有申請與請款表單", en: "All application and claim forms" },
  editions: {
    "zh-TW": "注意：各計畫資料均為已結束的版本（{editions}）；申請前請查閱主管機關最新公告。",
    en: "Note: every program here is described in an edition that has ended ({editions}); check the agency's current notice before applying.",
  },
  editionsLink: { "zh-TW": "各計畫版本與期間", en: "Editions and their dates" },
} as const satisfies Record<string, Text | Record<string, Text>>;
