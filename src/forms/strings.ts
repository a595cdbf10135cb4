/**
 * Words of the form pages, in both site languages. The forms themselves print in
 * Chinese (their text lives in each form's module); these are the page around them.
 */
import type { Text } from "../rules/core/types.js";

// Placeholders are filled the same way as on the calculator pages.
export { say } from "../i18n/say.js";
import { draftWords } from "./draft-strings.js";

export const strings = {
  ...draftWords,
  indexTitle: { "zh-TW": "表單產生器", en: "Form generators" },
  indexIntro: {
    "zh-TW": "基本資料輸入一次，即可填好各計畫的官方表單，依原格式以 A4 列印或下載 Word 檔。金額由試算工具依規定計算；所有欄位都可留空，列印後手寫。各表單版本均已結束，使用前請確認主管機關仍採用相同格式。",
    en: "Enter your details once and fill in the programs' official forms, printed on A4 in the agencies' layout or downloaded as Word files. Amounts are worked out by the calculators under the rules; any field may be left empty and written by hand. Every edition has ended: check that the agency still uses the same form before sending it.",
  },
  printsInChinese: {
    "zh-TW": "表單依主管機關要求一律以中文列印；本頁的說明、提示與錯誤訊息依您選擇的語言顯示。",
    en: "The form itself always prints in Chinese, as the agency requires; the labels, hints and messages on this page follow your language.",
  },
  pages: { "zh-TW": "正式格式 {n} 頁（A4）", en: "{n} A4 page(s) in the official layout" },
  edition: { "zh-TW": "版本：", en: "Edition: " },
  layoutFrom: { "zh-TW": "版面依據：", en: "Layout from: " },
  inHandbook: { "zh-TW": "手冊中的欄位說明", en: "Field-by-field explanation in the handbook" },
  noscript: {
    "zh-TW": "表單產生器需要 JavaScript 才能填寫、預覽與列印；您仍可閱讀手冊中的欄位說明。",
    en: "The form generator needs JavaScript to fill in, preview and print the form; the handbook's explanation of each field still reads without it.",
  },
  loading: { "zh-TW": "正在載入表單…", en: "Loading the form…" },
  loadFailed: { "zh-TW": "表單無法載入，請重新整理頁面。", en: "The form could not be loaded; please reload the page." },
  blankAllowed: {
    "zh-TW": "所有欄位都可留空：空白欄位會印成適當長度的空白線，方便手寫。",
    en: "Every field may be left empty: it prints as a blank line of the right length, for handwriting.",
  },

  profileTitle: { "zh-TW": "基本資料（存在本瀏覽器）", en: "Your details (kept in this browser)" },
  profileIntro: {
    "zh-TW": "輸入一次，每張表單都會自動帶入；在表單中修改只影響該表單。資料只存在這台裝置的瀏覽器，不會傳送到任何伺服器。",
    en: "Entered once, filled into every form; changing a value on a form changes that form only. It stays in this device's browser and is never sent to any server.",
  },
  profileExport: { "zh-TW": "匯出基本資料（JSON 檔）", en: "Save the details to a file (JSON)" },
  profileImport: { "zh-TW": "匯入基本資料或備份檔", en: "Load details or a backup from a file" },
  profileImportHint: {
    "zh-TW": "選擇先前由本站匯出的 .json 檔；只填入檔案中有的內容，其餘不變；檔案有誤時不會變更現有資料。",
    en: "Choose a .json file saved from this site earlier. Only what the file holds is filled in and the rest stays; a bad file changes nothing.",
  },
  profileImported: {
    "zh-TW": "已從檔案填入：{fields}；其他基本資料未變更。",
    en: "Filled in from the file: {fields}. Your other details are unchanged.",
  },
  draftsImported: { "zh-TW": "並合併了 {n} 份表單草稿。", en: "The drafts of {n} form(s) are merged in." },
  none: { "zh-TW": "（無）", en: "(none)" },
  undoImport: { "zh-TW": "復原匯入", en: "Undo the import" },
  importUndone: { "zh-TW": "已復原：資料回到匯入檔案之前。", en: "Undone: everything is as it was before the file was loaded." },
  backupExport: {
    "zh-TW": "下載完整備份（基本資料與各表單草稿，JSON 檔）",
    en: "Save a backup of your details and every form's draft (JSON)",
  },
  backupFileName: { "zh-TW": "採購手冊備份-{date}.json", en: "handbook-backup-{date}.json" },
  profileImportFailed: {
    "zh-TW": "無法匯入，現有資料未變更：",
    en: "The file was not loaded and your details are unchanged:",
  },
  profileExported: { "zh-TW": "已匯出 {name}。", en: "Saved {name}." },
  profileFileName: { "zh-TW": "基本資料.json", en: "profile.json" },

  fromProfile: { "zh-TW": "取自基本資料", en: "From your details" },
  overridden: { "zh-TW": "只在本表單修改過", en: "Changed on this form only" },
  useProfile: { "zh-TW": "改回基本資料的值", en: "Use the value from your details" },

  draftRestored: { "zh-TW": "已載入先前儲存的草稿。", en: "The draft saved earlier is loaded." },
  lastSaved: { "zh-TW": "最後一次成功儲存於 {time}。", en: "The last save that worked was at {time}." },
  cannotUse: {
    "zh-TW": "儲存的草稿中有本頁無法使用的內容，表單先以空白顯示。請下載草稿保存，再清除本表單。",
    en: "The saved draft holds something this page cannot use, so the form is shown empty. Download the draft to keep it, then clear this form.",
  },
  heldProfile: {
    "zh-TW": "先前儲存的基本資料有部分無法讀取，而瀏覽器的儲存空間已滿，無法另存一份：請下載或刪除這份資料。在此之前，基本資料的修改只留在本頁，不會儲存。",
    en: "Part of your saved details could not be read, and this browser has no room to keep a copy of them: download them or delete them. Until then changes to your details stay on this page only and are not saved.",
  },
  releasedDraft: {
    "zh-TW": "無法讀取的草稿已下載，並恢復儲存：本瀏覽器中的原內容會被您的修改取代。",
    en: "The draft that could not be read is downloaded and saving has resumed: your edits replace it in this browser.",
  },
  releasedProfile: {
    "zh-TW": "無法讀取的基本資料已下載，並恢復儲存：本瀏覽器中的原內容會被您的修改取代。",
    en: "The details that could not be read are downloaded and saving them has resumed: your changes replace them in this browser.",
  },
  downloadAsideProfile: { "zh-TW": "下載無法讀取的資料：基本資料", en: "Download the data that could not be read: your details" },
  otherTab: {
    "zh-TW": "本表單在另一個分頁中有修改，已更新到這裡：{fields}",
    en: "This form was changed in another tab; its values are shown here: {fields}",
  },
  otherTabMerged: {
    "zh-TW": "本表單在另一個分頁中有修改，已合併：{fields}；本分頁未能儲存的修改保留本分頁的內容。",
    en: "This form was changed in another tab and the changes are merged in: {fields}; the edits this tab could not save keep this tab's values.",
  },
  otherTabProfile: {
    "zh-TW": "基本資料在另一個分頁中有修改，已更新。",
    en: "Your details were changed in another tab and are updated here.",
  },
  fillWith: { "zh-TW": "以此結果填寫「{form}」", en: "Fill in “{form}” with these figures" },
  prefilled: {
    "zh-TW": "已依「{calculator}」的試算答案填入：{fields}。金額依本表單的規定重新計算。",
    en: "Filled in from the calculator “{calculator}”: {fields}. The amounts are worked out again by this form's rules.",
  },
  prefillReplaced: {
    "zh-TW": "您先前儲存的草稿中，這些欄位原為：{fields}；已改為試算的答案。",
    en: "Your saved draft had other values here: {fields}; they are replaced by the calculator's.",
  },
  prefillUndo: { "zh-TW": "復原：保留原來的草稿", en: "Undo: keep my saved draft" },
  prefillUndone: { "zh-TW": "已復原，草稿回到填入試算答案之前。", en: "Undone: the draft is as it was before the calculator's answers were filled in." },
  prefillRefused: {
    "zh-TW": "「{calculator}」的試算答案無法用於本表單，表單未變更：{reasons}",
    en: "The answers from the calculator “{calculator}” could not be used on this form, and nothing was changed: {reasons}",
  },
  continue: { "zh-TW": "繼續：檢查您的答案", en: "Continue: check your answers" },
  clearTitle: { "zh-TW": "確定要清除本表單的所有內容嗎？", en: "Clear everything on this form?" },
  clearBody: {
    "zh-TW": "本表單的草稿會刪除，基本資料不受影響。此動作無法復原。",
    en: "This form's draft is deleted; your details stay. This cannot be undone.",
  },
  errorSummary: { "zh-TW": "有些答案需要修正", en: "There is a problem" },
  computed: { "zh-TW": "自動計算", en: "Worked out for you" },
  computedIntro: {
    "zh-TW": "以下金額由試算工具依規定計算並填入表單，不需自行輸入。",
    en: "These amounts are worked out by the calculators under the rules and filled into the form; you do not type them.",
  },
  warnings: { "zh-TW": "請注意", en: "Please note" },
  addendum: {
    "zh-TW": "部分文字超出欄位大小，超出部分會接續印在附頁，不會被截斷。",
    en: "Some text is longer than its box; the rest continues on an addendum page and nothing is cut off.",
  },

  reviewTitle: { "zh-TW": "檢查您的答案", en: "Check your answers" },
  reviewIntro: {
    "zh-TW": "列印或下載前請核對以下內容。空白欄位會印成空白線，可於列印後手寫。",
    en: "Check these before printing or downloading. Empty fields print as blank lines to write on by hand.",
  },
  change: { "zh-TW": "修改", en: "Change" },
  blank: { "zh-TW": "（空白，可手寫）", en: "(blank, to write by hand)" },
  blankRows: { "zh-TW": "其餘各列空白。", en: "The other rows are blank." },
  ticked: { "zh-TW": "勾選", en: "Ticked" },
  unticked: { "zh-TW": "未勾選", en: "Not ticked" },
  computedNoChange: {
    "zh-TW": "這些金額依上方答案計算；要改變它們，請修改相關金額。",
    en: "These follow from your answers; to change them, change the amounts they come from.",
  },
  print: { "zh-TW": "列印或另存 PDF", en: "Print or save as PDF" },
  printHint: {
    "zh-TW": "在列印視窗選擇 A4、「無邊界」以外的預設邊界，並取消頁首頁尾。",
    en: "In the print dialog choose A4, default margins and no headers or footers.",
  },
  docx: { "zh-TW": "下載 Word 檔（.docx）", en: "Download as Word (.docx)" },
  docxBuilding: { "zh-TW": "正在產生 Word 檔…", en: "Building the Word file…" },
  docxDone: { "zh-TW": "已下載 {name}。", en: "Downloaded {name}." },
  docxFailed: { "zh-TW": "無法產生 Word 檔，請再試一次。", en: "The Word file could not be built; please try again." },
  back: { "zh-TW": "返回修改", en: "Back to the form" },

  preview: { "zh-TW": "預覽（A4，與列印及 Word 檔相同）", en: "Preview (A4; the same as the printout and the Word file)" },
  page: { "zh-TW": "第 {n} 頁", en: "Page {n}" },
  addendumPage: { "zh-TW": "附頁", en: "Addendum" },

  choose: { "zh-TW": "請選擇", en: "Choose" },
  row: { "zh-TW": "{item} {n}", en: "{item} {n}" },
  addRow: { "zh-TW": "新增一列", en: "Add a row" },
  removeRow: { "zh-TW": "刪除第 {n} 列", en: "Remove row {n}" },
  maxRows: { "zh-TW": "最多 {n} 列。", en: "At most {n} rows." },
  readAs: { "zh-TW": "讀作 {value}", en: "Read as {value}" },
  rocDate: { "zh-TW": "印成：{value}", en: "Prints as: {value}" },
  count: { "zh-TW": "{n} / {max} 字", en: "{n} / {max} characters" },
} as const satisfies Record<string, Text>;
