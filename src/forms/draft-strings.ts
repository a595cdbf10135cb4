/**
 * What every kept draft says about itself (saved, restored, storage refused, set aside,
 * cleared): the form pages' words and the drafter pages' alike, in a module of its own so a
 * drafter page loads these and not the forms' other words.
 */
import type { Text } from "../rules/core/types.js";

export const draftWords = {
  draftSaved: { "zh-TW": "已儲存 {time}（草稿存在本瀏覽器）", en: "Saved {time} (the draft stays in this browser)" },
  draftRestoredAt: {
    "zh-TW": "已載入 {time} 儲存的草稿；之後未能儲存的修改不在其中。",
    en: "Loaded the draft saved at {time}; edits that could not be saved after that are not in it.",
  },
  storageFull: {
    "zh-TW": "瀏覽器的儲存空間已滿，最近的修改沒有儲存。請下載草稿備份，或清除其他表單的草稿後再試。",
    en: "This browser's storage for the site is full: your latest edits were not saved. Download a backup of the draft, or clear another form's draft and try again.",
  },
  storagePrivate: {
    "zh-TW": "這是私密瀏覽視窗，瀏覽器不讓本站儲存資料：關閉視窗後內容會消失。請下載草稿備份或列印。",
    en: "This private window does not let the site store anything: what you enter is lost when it closes. Download a backup of the draft, or print it.",
  },
  storageBlocked: {
    "zh-TW": "瀏覽器封鎖了本站的資料儲存（網站資料或 Cookie 設定）：關閉頁面後內容會消失。請下載草稿備份，或在設定中允許本站儲存資料。",
    en: "This browser blocks the site from storing data (its cookie and site-data settings): what you enter is lost when the page closes. Download a backup of the draft, or allow site data for this site.",
  },
  setAside: {
    "zh-TW": "部分儲存的資料無法讀取，已另外保存、不會被覆蓋；其餘欄位已載入。",
    en: "Part of the saved data could not be read; it is kept aside and will not be overwritten. The other fields are loaded.",
  },
  heldDraft: {
    "zh-TW": "先前儲存的草稿有部分無法讀取，而瀏覽器的儲存空間已滿，無法另存一份：請下載或刪除這份草稿。在此之前，您新的修改只留在本頁，不會儲存。",
    en: "Part of your earlier draft could not be read, and this browser has no room to keep a copy of it: download it or delete it. Until then your new edits stay on this page only and are not saved.",
  },
  downloadAsideDraft: { "zh-TW": "下載無法讀取的資料：本表單草稿", en: "Download the data that could not be read: this form's draft" },
  discardAside: { "zh-TW": "刪除無法讀取的資料", en: "Delete the data that could not be read" },
  asideDiscarded: { "zh-TW": "已刪除無法讀取的資料。", en: "The data that could not be read is deleted." },
  downloadDraft: { "zh-TW": "下載草稿備份（JSON 檔）", en: "Download a backup of the draft (JSON)" },
  clear: { "zh-TW": "清除本表單", en: "Clear this form" },
  clearYes: { "zh-TW": "清除", en: "Yes, clear it" },
  cancel: { "zh-TW": "取消", en: "Cancel" },
  cleared: { "zh-TW": "已清除本表單。", en: "The form is cleared." },
  errorPrefix: { "zh-TW": "錯誤：", en: "Error: " },
} as const satisfies Record<string, Text>;
