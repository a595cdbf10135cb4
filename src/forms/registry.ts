import { href } from "../rules/anchors.js";
/**
 * The form generators as the site lists them: names in both languages, the seed
 * clause each layout comes from, the handbook section that explains it, and the number
 * of A4 pages of the official layout. Read at build time only; the page's script loads
 * one form definition (entry.ts), never this list.
 */
import { todayInTaiwan } from "../rules/core/dates.js";
import { edition2019 } from "../rules/spp/params-2019.js";
import { edition2023 } from "../rules/tcloud/params-2023.js";
import { registrationEdition2024 } from "../rules/tops/params-2024.js";
import type { Calculator, Cite, Edition, Lang, Program, Text } from "../rules/core/types.js";
import { sppChangeRefund } from "../rules/spp/change-refund.js";
import { sppMatureSubsidy } from "../rules/spp/mature-subsidy.js";
import { sppSettlementTotal } from "../rules/spp/settlement-total.js";
import { sppTerminationRefund } from "../rules/spp/termination-refund.js";
import { aside } from "../i18n/fill.js";
import type { Audience } from "../lib/audiences.js";
import { matureSubsidyFields } from "./spp-mature-proposal.js";
import type { PrefillSource } from "./prefill.js";
import type { FormId } from "./types.js";

/**
 * A calculator whose result fills a form: the calculator's page links to the form with its
 * answers (?from=<id>&<its query>), and the form takes those of `keys`, controls named as the
 * calculator's inputs, once it has computed them with the same rules.
 */
interface FilledFrom {
  calculator: Calculator;
  keys: readonly string[];
  choices?: PrefillSource["choices"];
  lists?: PrefillSource["lists"];
}

export interface FormInfo {
  id: FormId;
  program: Program;
  /** Who files it: finder outcomes for these audiences link the form. */
  for: readonly Audience[];
  /** The form's own Chinese title, as printed. */
  official: string;
  title: Text;
  summary: Text;
  /** Seed clause of the layout (the clause of shared/seeds) and the handbook section. */
  cite: Cite;
  /** A4 pages of the official layout; an addendum page adds to it only when a box overflows. */
  pages: number;
  /** How the page count was read from the flattened seed. */
  pagesNote: Text;
  edition: Text;
  filledFrom?: FilledFrom;
}

/** The source edition as the rules name it; "ended" only once its period is over, as of the build. */
export function editionNote(e: Edition): Text {
  // With no period of its own, an edition cannot end: the reader is asked to check it is still in use.
  const ended = e.period !== null && e.period.to < todayInTaiwan();
  const note = (lang: Lang, endedWord: string, stillInUse: string) =>
    e.period === null ? aside(e.title[lang], e.periodNote[lang], lang) + stillInUse : aside(e.title[lang], e.periodNote[lang] + (ended ? endedWord : ""), lang);
  return { "zh-TW": note("zh-TW", "，已結束", "；請確認平台仍使用同一版本。"), en: note("en", "; ended", "; check that the platform still uses this version.") };
}

export const forms: readonly FormInfo[] = [
  {
    id: "tops-supplier-authorization",
    program: "tops",
    for: ["tops-supplier"],
    official: "台北好購推廣平台 供應方登錄授權書",
    title: { "zh-TW": "TOPS 供應方登錄授權書（附件一）", en: "TOPS supplier registration authorization letter (Annex 1)" },
    summary: {
      "zh-TW": "供應方登錄時上傳，由委託人（申請單位）與代理人簽章。",
      en: "Uploaded when registering as a supplier; signed and sealed by the organisation and its agent.",
    },
    cite: { doc: "tops-registration-rules", clause: "肆、一（附件一）; 參、二(四)2(1)", href: href("tops/annex-1-authorization", "authorization-letter") },
    pages: 1,
    pagesNote: { "zh-TW": "附件一為單頁授權書。", en: "Annex 1 is a one-page letter." },
    edition: editionNote(registrationEdition2024),
  },
  {
    id: "tcloud-enterprise-authorization",
    program: "tcloud",
    for: ["tcloud-vendor"],
    official: "附表2 企業授權書",
    title: { "zh-TW": "臺灣雲市集 企業授權書（附表2）", en: "Taiwan Cloud Marketplace enterprise authorization letter (Form 2)" },
    summary: {
      "zh-TW": "授權查詢無違章欠稅資料與發票比對驗證，含有效期限。",
      en: "Authorises queries of tax arrears records and invoice matching, for a stated period.",
    },
    cite: { doc: "tcloud-vendor-guidelines", clause: "附表2; 七(三)2", href: href("tcloud/forms", "form-2") },
    pages: 1,
    pagesNote: { "zh-TW": "附表2 為單頁授權書。", en: "Form 2 is a one-page letter." },
    edition: editionNote(edition2023),
  },
  {
    id: "spp-mature-proposal",
    program: "spp",
    for: ["spp-mature"],
    official: "採購新創產品或服務計畫 提案計畫書 封面、綜合資料表",
    title: { "zh-TW": "新創採購成熟型 提案計畫書封面與綜合資料表", en: "Startup procurement, mature track: proposal cover and summary sheet" },
    summary: {
      "zh-TW": "封面與綜合資料表；補助款與分擔款以千元自動計算。",
      en: "The cover and the summary sheet; the subsidy and the local share are worked out in NT$ thousands.",
    },
    cite: { doc: "spp-subsidy-manual-2019", clause: "第三節 二、三（封面格式、綜合資料表格式）", href: href("spp/mature-proposal", "summary-sheet") },
    pages: 2,
    pagesNote: {
      "zh-TW": "封面一頁，綜合資料表置於封面後首頁（第三節 三）。",
      en: "The cover, then the summary sheet as the first page after it (Section 3 三).",
    },
    edition: editionNote(edition2019),
    filledFrom: { calculator: sppMatureSubsidy, keys: matureSubsidyFields.map((f) => f.key) },
  },
  {
    id: "spp-rd-proposal",
    program: "spp",
    for: ["spp-rd"],
    official: "政府出題‧新創解題 機關提案書 封面、提案表",
    title: { "zh-TW": "新創採購研發型 機關提案書封面與提案表", en: "Startup procurement, R&D track: agency proposal cover and proposal form" },
    summary: {
      "zh-TW": "「政府出題‧新創解題」封面與提案表（以 2 頁為限）。",
      en: "The cover and the proposal form of the “government sets the problem, startups solve it” track (at most 2 pages).",
    },
    cite: { doc: "spp-subsidy-manual-2019", clause: "研發型 第三節 二、三（封面格式、提案表）", href: href("spp/rd-proposal", "rd-proposal-form") },
    pages: 2,
    pagesNote: {
      "zh-TW": "封面一頁，提案表一頁；提案表以 2 頁為限，超出部分印在附頁。",
      en: "A cover page and a one-page proposal form; the form may take 2 pages at most, and longer text continues on an addendum.",
    },
    edition: editionNote(edition2019),
  },
  {
    id: "spp-expense-statement",
    program: "spp",
    for: ["spp-mature"],
    official: "表5-1 費用支出明細表",
    title: { "zh-TW": "表5-1 費用支出明細表", en: "Table 5-1: expense statement" },
    summary: {
      "zh-TW": "請款時檢附；收入與支出合計自動加總，不相符時顯示差額。",
      en: "Sent with payment claims; both totals are added up for you, and any difference is shown.",
    },
    cite: { doc: "spp-subsidy-manual-2019", clause: "表5-1; 第五節 一(三)", href: href("spp/mature-tables", "table-5-1") },
    pages: 1,
    pagesNote: { "zh-TW": "表5-1 為單頁表格。", en: "Table 5-1 is a one-page table." },
    edition: editionNote(edition2019),
  },
  {
    id: "spp-settlement-certificate",
    program: "spp",
    for: ["spp-mature"],
    official: "表5-2 結算驗收證明書",
    title: { "zh-TW": "表5-2 結算驗收證明書", en: "Table 5-2: final acceptance certificate" },
    summary: {
      "zh-TW": "一次性請款及跨年度尾款時檢附；結算總價及其大寫依說明五自動計算。",
      en: "Sent with one-off claims and the balance of cross-year claims; the settlement total and its uppercase amount are worked out as note 5 says.",
    },
    cite: { doc: "spp-subsidy-manual-2019", clause: "表5-2; 第五節 一(三)", href: href("spp/mature-tables", "table-5-2") },
    pages: 1,
    pagesNote: { "zh-TW": "表5-2 為單頁表格，說明七點印在表下。", en: "Table 5-2 is a one-page table with its seven notes beneath it." },
    edition: editionNote(edition2019),
    // 表5-2 asks the contract amount and the deductions under the calculator's names, and its
    // increases and decreases as the amounts of its two rows each.
    filledFrom: {
      calculator: sppSettlementTotal,
      keys: ["contractAmount", "inspectionDeductions"],
      lists: { increases: { to: "increases", column: "amount" }, decreases: { to: "decreases", column: "amount" } },
    },
  },
  {
    id: "spp-budget-certificate",
    program: "spp",
    for: ["spp-mature"],
    official: "表5-3 補助款納入預算證明",
    title: { "zh-TW": "表5-3 補助款納入預算證明", en: "Table 5-3: proof that the subsidy is in the budget" },
    summary: {
      "zh-TW": "補助款與分擔款（大寫）依成熟型補助試算自動計算；勾選預算別並填年度別。",
      en: "The subsidy and the local share (in uppercase numerals) from the mature-track calculator; tick the kind of budget and give the years.",
    },
    cite: { doc: "spp-subsidy-manual-2019", clause: "表5-3; 第五節 一(三)", href: href("spp/mature-tables", "table-5-3") },
    pages: 1,
    pagesNote: { "zh-TW": "表5-3 為單頁證明。", en: "Table 5-3 is a one-page certificate." },
    edition: editionNote(edition2019),
  },
  {
    id: "spp-initial-inspection",
    program: "spp",
    for: ["spp-mature"],
    official: "表5-4 初驗紀錄",
    title: { "zh-TW": "表5-4 初驗紀錄", en: "Table 5-4: record of the first inspection" },
    summary: {
      "zh-TW": "逾六個月契約請領第一期款、跨年度請領當年度經費時檢附。",
      en: "Sent with the first installment of a contract over six months and with the current year's part of a cross-year claim.",
    },
    cite: { doc: "spp-subsidy-manual-2019", clause: "表5-4; 第五節 一(三)2; 附錄一 九(二)2(1)", href: href("spp/mature-tables", "table-5-4") },
    pages: 1,
    pagesNote: { "zh-TW": "表5-4 為單頁紀錄。", en: "Table 5-4 is a one-page record." },
    edition: editionNote(edition2019),
  },
  {
    id: "spp-change-application",
    program: "spp",
    for: ["spp-mature"],
    official: "表5-5 計畫變更申請表",
    title: { "zh-TW": "表5-5 計畫變更申請表", en: "Table 5-5: change application" },
    summary: {
      "zh-TW": "變更前後 (C)=(A)+(B) 經費表與應繳回金額，依計畫變更試算自動計算。",
      en: "The (C)=(A)+(B) funding table before and after, and any refund, worked out by the change calculator.",
    },
    cite: { doc: "spp-subsidy-manual-2019", clause: "表5-5; 第五節 二(一)", href: href("spp/mature-tables", "table-5-5") },
    pages: 2,
    pagesNote: {
      "zh-TW": "變更說明一頁，經費表、附件與核章一頁。",
      en: "One page for the account of the change, one for the funding table, attachments and signatures.",
    },
    edition: editionNote(edition2019),
    // 表5-5 asks the same four amounts, under the same names, as the change-refund calculator.
    filledFrom: { calculator: sppChangeRefund, keys: ["approvedSubsidy", "approvedLocalShare", "revisedTotal", "subsidyReceived"] },
  },
  {
    id: "spp-termination-application",
    program: "spp",
    for: ["spp-mature"],
    official: "表5-6 計畫終止申請表",
    title: { "zh-TW": "表5-6 計畫終止申請表", en: "Table 5-6: termination application" },
    summary: {
      "zh-TW": "十列執行現況（千元）與試算應繳回金額。",
      en: "Ten rows of work status (NT$ thousands) and the estimated refund.",
    },
    cite: { doc: "spp-subsidy-manual-2019", clause: "表5-6; 第五節 二(二)", href: href("spp/mature-tables", "table-5-6") },
    pages: 2,
    pagesNote: {
      "zh-TW": "申請資料與執行現況一頁，經費、附件、補充說明與核章一頁。",
      en: "One page for the application and the work status, one for the amounts, attachments, notes and signatures.",
    },
    edition: editionNote(edition2019),
    // 表5-6 asks the calculator's amounts under the same names, and its reason as 不可抗力因素 有 / 無.
    // Not the interest: the calculator's one figure is all the interest after another reason but
    // the unexecuted part's after force majeure, and 表5-6 asks for both, so the applicant enters them.
    filledFrom: {
      calculator: sppTerminationRefund,
      keys: ["subsidyReceived", "unexecutedSubsidy"],
      choices: { reason: { to: "forceMajeure", values: { "force-majeure": "yes", other: "no" } } },
    },
  },
];
