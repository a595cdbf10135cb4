import type { Text } from "../../rules/core/types.js";

/** The checklist pages' own words; the items and their clauses come from src/rules/checklists. */
export const strings = {
  indexTitle: { "zh-TW": "文件檢核清單", en: "Document checklists" },
  indexIntro: {
    "zh-TW": "申請或請款前，逐項勾選要備齊的文件。勾選結果只存在這個瀏覽器裡，可以列印帶去核對。",
    en: "Tick off the documents to gather before you apply or claim. Your ticks stay in this browser only, and the list prints for checking on paper.",
  },
  source: { "zh-TW": "依據：", en: "Source: " },
  appliesWhen: { "zh-TW": "適用：", en: "Applies when: " },
  inHandbook: { "zh-TW": "手冊中的說明與條文", en: "The rules and clauses in the handbook" },
  print: { "zh-TW": "列印清單", en: "Print the checklist" },
  clear: { "zh-TW": "清除勾選", en: "Clear the ticks" },
  undo: { "zh-TW": "復原", en: "Undo" },
  progress: { "zh-TW": "已勾選 {done} / {all} 項", en: "{done} of {all} ticked" },
  noscript: {
    "zh-TW": "未啟用 JavaScript：仍可勾選與列印，但勾選結果不會保存。",
    en: "JavaScript is off: you can still tick and print, but the ticks are not saved.",
  },
  saved: { "zh-TW": "已儲存於本瀏覽器（{time}）", en: "Saved in this browser ({time})" },
  restored: { "zh-TW": "已載入 {time} 儲存的勾選。", en: "Loaded the ticks saved at {time}." },
  cleared: { "zh-TW": "已清除所有勾選。", en: "All ticks cleared." },
  otherTab: { "zh-TW": "另一個分頁更新了這份清單，已同步顯示。", en: "Another tab changed this checklist; it now shows those ticks." },
  full: {
    "zh-TW": "瀏覽器的儲存空間已滿，這次的勾選沒有存下。請清出空間（例如刪除其他網站資料）後再勾選一次。",
    en: "This browser's storage is full, so this tick was not saved. Free some space (for example, other sites' data) and tick again.",
  },
  blocked: {
    "zh-TW": "瀏覽器不允許本站儲存資料（可能是隱私設定或無痕模式），勾選在關閉頁面後不會保留；請列印保存。",
    en: "This browser does not let the site store data (a privacy setting or private mode), so the ticks will be gone when the page closes: print the list to keep it.",
  },
  unreadable: {
    "zh-TW": "先前存下的勾選無法讀取，已另外保留，沒有覆蓋。",
    en: "The ticks saved earlier could not be read; they are kept aside, not overwritten.",
  },
  download: { "zh-TW": "下載無法讀取的資料", en: "Download the unreadable data" },
} as const satisfies Record<string, Text>;
