/** The drafter pages' own words; storage and error wording is the forms' (src/forms/strings.ts). */
import type { Text } from "../rules/core/types.js";

export const drafterStrings = {
  indexHeading: { "zh-TW": "線上填寫的表單：檢查與草稿", en: "Forms filled in online: check and draft" },
  indexIntro: {
    "zh-TW": "以下表單在計畫平台上線上填寫，不必列印：先在這裡檢查字數、必填欄位與規定，印出草稿核對後再逐欄貼上平台。",
    en: "These forms are filled in online on the programme's platform, not printed: check lengths, required fields and rules here, print the draft to read it over, then paste it in field by field.",
  },
  online: {
    "zh-TW": "本表在申請網站線上填寫，本頁不產生官方格式。每欄的字數上限與規定依申請須知檢查；草稿存在本瀏覽器。",
    en: "This form is filled in online on the application site, so this page makes no official layout. Each field is checked against the guidelines' limits; the draft stays in this browser.",
  },
  chineseNames: {
    "zh-TW": "印出的草稿以平台的中文欄位名稱排列，方便對照貼上。",
    en: "The printed draft uses the platform's Chinese field names, in the platform's order, so you can paste field by field.",
  },
  fieldsFrom: { "zh-TW": "欄位依據：", en: "Fields from: " },
  missingTitle: { "zh-TW": "尚缺或需修正：{n} 項", en: "Still missing or to fix: {n}" },
  missingIntro: { "zh-TW": "清單隨輸入更新；點選項目可跳到該欄。", en: "The list updates as you type; choose an item to go to its field." },
  allDone: {
    "zh-TW": "所有欄位都已填妥且符合規定：可以列印草稿核對，再貼上平台。",
    en: "Every field is filled in and within its limits: print the draft, read it over, then paste it into the platform.",
  },
  check: { "zh-TW": "檢查", en: "Check" },
  print: { "zh-TW": "列印草稿", en: "Print draft" },
  counter: { "zh-TW": "{n} / {max} 字", en: "{n} / {max} characters" },
  over: { "zh-TW": "超過 {over} 字", en: "{over} over" },
  ticked: { "zh-TW": "已勾選 {n} / {max} 項", en: "{n} of {max} ticked" },
  items: { "zh-TW": "{n} / {max} 項", en: "{n} of {max} items" },
  item: { "zh-TW": "第 {i} {unit}", en: "{unit} {i}" },
  add: { "zh-TW": "新增一項", en: "Add an item" },
  remove: { "zh-TW": "刪除第 {i} {unit}", en: "Remove {unit} {i}" },
  full: { "zh-TW": "已達 {max} 項上限。", en: "That is the most the form takes ({max})." },
  clearConfirm: { "zh-TW": "確定要清除本頁草稿的所有內容嗎？此動作無法復原。", en: "Clear everything in this draft? This cannot be undone." },
  source: { "zh-TW": "依據：", en: "Source: " },
  otherTab: { "zh-TW": "另一個分頁修改了這份草稿，已更新到這裡。", en: "Another tab changed this draft; its changes are shown here." },
  otherTabMerged: {
    "zh-TW": "另一個分頁修改了這份草稿，已更新到這裡；您在本頁尚未儲存的修改保留在上面。",
    en: "Another tab changed this draft; its changes are shown here, with the edits you had not yet saved on this page kept on top.",
  },
  printTitle: "草稿（貼上平台前核對用，非正式表單）",
  printBlank: "（未填）",
  printMissing: "尚缺或需修正",
  printSavedAt: "草稿儲存時間：",
} as const satisfies Record<string, Text | string>;
