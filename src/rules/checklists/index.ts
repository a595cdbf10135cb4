import { href } from "../anchors.js";
import type { Audience } from "../../lib/audiences.js";
import type { Cite, Text } from "../core/types.js";

/**
 * The documents an applicant files, as the seeds list them: one checklist per filing, each
 * group one case the seed distinguishes (entity type, payment case, a young company's
 * alternatives), each item with the clause that asks for it. The checklist pages, their
 * saved ticks and the tests all read this list; nothing here is the site's invention, and
 * where the site words an item more plainly than the seed, the cited clause is the authority.
 */
interface ChecklistItem {
  /** Stable within its checklist: saved ticks are keyed by it. */
  id: string;
  label: Text;
  cite: Cite;
}

interface ChecklistGroup {
  id: string;
  title: Text;
  /** When this group applies, in the seed's terms; absent when it always does. */
  when?: Text;
  items: readonly ChecklistItem[];
}

export interface Checklist {
  id: string;
  program: "tops" | "spp" | "tcloud";
  /** Who files it: finder outcomes for these audiences link the checklist. */
  for: readonly Audience[];
  title: Text;
  intro: Text;
  /** The handbook section that quotes the clauses. */
  handbook: string;
  groups: readonly ChecklistGroup[];
}

const tops = (clause: string): Cite => ({
  doc: "tops-registration-rules",
  clause,
  href: href("tops/supplier-application", "documents"),
});
const spp = (clause: string, anchor: "disbursement" | "installments"): Cite => ({
  doc: "spp-subsidy-manual-2019",
  clause,
  href: href("spp/mature-execution", anchor),
});
const tcloud = (clause: string): Cite => ({
  doc: "tcloud-vendor-guidelines",
  clause,
  href: href("tcloud/application", "documents"),
});

const receipt = (clause: string, anchor: "disbursement" | "installments"): ChecklistItem => ({
  id: "receipt",
  label: { "zh-TW": "請款領據（正本）", en: "Claim receipt (original)" },
  cite: spp(clause, anchor),
});
const expenses = (clause: string, anchor: "disbursement" | "installments"): ChecklistItem => ({
  id: "expense-statement",
  label: { "zh-TW": "費用支出明細表（表5-1）", en: "Expense statement (Form 5-1)" },
  cite: spp(clause, anchor),
});
const settlement = (clause: string, anchor: "disbursement" | "installments"): ChecklistItem => ({
  id: "settlement-certificate",
  label: { "zh-TW": "結算驗收證明書（表5-2）", en: "Settlement and acceptance certificate (Form 5-2)" },
  cite: spp(clause, anchor),
});
const budget = (clause: string, anchor: "disbursement" | "installments"): ChecklistItem => ({
  id: "budget-certificate",
  label: { "zh-TW": "補助款納入預算證明（表5-3）", en: "Proof that the subsidy is in the budget (Form 5-3)" },
  cite: spp(clause, anchor),
});

export const checklists: readonly Checklist[] = [
  {
    id: "tops-supplier-documents",
    program: "tops",
    for: ["tops-supplier"],
    title: { "zh-TW": "供應方登錄：應上傳文件", en: "Supplier registration: documents to upload" },
    intro: {
      "zh-TW": "登錄台北好購供應方時須上傳的文件。公司與商號所附的登記證明不同，請依登記類型勾選。",
      en: "The documents a TOPS supplier uploads when registering. Companies and sole proprietorships or partnerships (商業) attach different registration proof: tick the group for yours.",
    },
    handbook: href("tops/supplier-application", "documents"),
    groups: [
      {
        id: "all",
        title: { "zh-TW": "所有供應方", en: "Every supplier" },
        items: [
          {
            id: "authorization",
            label: { "zh-TW": "委託代理授權書（附件一），由委託人（申請單位）與代理人簽章", en: "Letter of authorization (Annex 1), signed and sealed by the applicant and the agent" },
            cite: tops("參、二(四)2(1)"),
          },
          {
            id: "labour-insurance",
            label: { "zh-TW": "最近一期勞保繳費清單之投保人數資料（證明經常僱用員工數）", en: "Insured headcount from the latest labour insurance payment list (proves the regular headcount)" },
            cite: tops("參、二(四)2(3)"),
          },
          {
            id: "profile",
            label: { "zh-TW": "公司簡介，以及組織／產品／服務之基礎資訊及佐證檔案（如產品說明書、產品 DM、組織介紹）", en: "Company profile, basic information on the organization, products and services, and supporting files (product sheets, brochures, an organization overview)" },
            cite: tops("參、二(四)2(4)"),
          },
        ],
      },
      {
        id: "company",
        title: { "zh-TW": "公司（公司登記）", en: "Companies (company registration)" },
        when: { "zh-TW": "依公司法登記者", en: "Registered as a company" },
        items: [
          {
            id: "company-approval",
            label: { "zh-TW": "最新公司登記核准函影本", en: "Copy of the latest company registration approval letter" },
            cite: tops("參、二(四)2(2)A"),
          },
          {
            id: "company-form",
            label: { "zh-TW": "公司設立／變更登記表影本", en: "Copy of the company incorporation or amendment registration form" },
            cite: tops("參、二(四)2(2)A"),
          },
        ],
      },
      {
        id: "business",
        title: { "zh-TW": "商號（商業登記）", en: "Sole proprietorships and partnerships (business registration)" },
        when: { "zh-TW": "依商業登記法登記者", en: "Registered as a business (商業登記)" },
        items: [
          {
            id: "business-approval",
            label: { "zh-TW": "最新商業登記核准函影本", en: "Copy of the latest business registration approval letter" },
            cite: tops("參、二(四)2(2)B"),
          },
          {
            id: "business-transcript",
            label: { "zh-TW": "商業登記抄本", en: "Business registration transcript" },
            cite: tops("參、二(四)2(2)B"),
          },
        ],
      },
    ],
  },
  {
    id: "spp-claim-documents",
    program: "spp",
    for: ["spp-mature"],
    title: { "zh-TW": "新創採購補助：請款文件", en: "Startup procurement subsidy: claim documents" },
    intro: {
      "zh-TW": "受補助機關向經濟部請款時應檢附的文件，依支付方式分為四種情形；請勾選適用的一組。",
      en: "What a subsidised government attaches when it claims the subsidy. The manual sets four payment cases: tick the group that fits yours.",
    },
    handbook: href("spp/mature-execution", "disbursement"),
    groups: [
      {
        id: "one-off",
        title: { "zh-TW": "一次性支付", en: "Paid at once" },
        when: { "zh-TW": "契約價金一次支付：完成驗收後一個月內請款", en: "The contract price is paid at once: claim within one month of acceptance" },
        items: [
          receipt("第五節 一(三)1; 附錄一 九(一)", "disbursement"),
          expenses("第五節 一(三)1; 附錄一 九(一)", "disbursement"),
          settlement("第五節 一(三)1; 附錄一 九(一)", "disbursement"),
          budget("第五節 一(三)1; 附錄一 九(一)", "disbursement"),
        ],
      },
      {
        id: "up-to-six-months",
        title: { "zh-TW": "分期支付，契約期間未逾六個月", en: "Paid in instalments, contract of six months or less" },
        when: { "zh-TW": "持續性服務，契約期間未逾六個月：完成驗收後一個月內一次請領全額", en: "A continuing service contracted for six months or less: claim the whole subsidy at once within one month of acceptance" },
        items: [
          receipt("附錄一 九(二)1", "installments"),
          expenses("附錄一 九(二)1", "installments"),
          {
            id: "acceptance-proof",
            label: { "zh-TW": "驗收證明", en: "Proof of acceptance" },
            cite: spp("附錄一 九(二)1", "installments"),
          },
        ],
      },
      {
        id: "over-six-months",
        title: { "zh-TW": "分期支付，契約期間逾六個月", en: "Paid in instalments, contract over six months" },
        when: { "zh-TW": "持續性服務，契約期間逾六個月以上：二分之一契約期間後請第一期（50%），結案後請尾款", en: "A continuing service contracted for more than six months: the first 50% after half the contract term, the rest after the project closes" },
        items: [
          receipt("附錄一 九(二)2(1)", "installments"),
          {
            id: "initial-inspection",
            label: { "zh-TW": "第一期：該期間已履約內容之初驗紀錄（表5-4）", en: "First payment: initial inspection record of the work done so far (Form 5-4)" },
            cite: spp("附錄一 九(二)2(1)", "installments"),
          },
          expenses("附錄一 九(二)2(1)", "installments"),
          {
            id: "budget-certificate",
            label: { "zh-TW": "第一期：補助款與分擔款納入預算證明（表5-3）", en: "First payment: proof that the subsidy and the local share are in the budget (Form 5-3)" },
            cite: spp("附錄一 九(二)2(1)", "installments"),
          },
          {
            id: "final-settlement",
            label: { "zh-TW": "尾款：結算驗收證明書（表5-2）、請款領據正本、費用支出明細表", en: "Final payment: settlement and acceptance certificate (Form 5-2), original claim receipt, expense statement" },
            cite: spp("附錄一 九(二)2(2)", "installments"),
          },
        ],
      },
      {
        id: "cross-year",
        title: { "zh-TW": "跨年度支付", en: "Paid across two years" },
        when: { "zh-TW": "當年度 12 月 10 日前請領當年度實支經費，次年度驗收後一個月內請尾款", en: "Claim this year's actual spending by 10 December, and the balance within one month of next year's acceptance" },
        items: [
          receipt("第五節 一(三)2", "disbursement"),
          expenses("第五節 一(三)2", "disbursement"),
          {
            id: "initial-inspection",
            label: { "zh-TW": "當年度：初驗紀錄（表5-4）", en: "This year: initial inspection record (Form 5-4)" },
            cite: spp("第五節 一(三)2", "disbursement"),
          },
          {
            id: "budget-certificate",
            label: { "zh-TW": "當年度：補助款納入預算證明（表5-3）", en: "This year: proof that the subsidy is in the budget (Form 5-3)" },
            cite: spp("第五節 一(三)2", "disbursement"),
          },
          {
            id: "final-settlement",
            label: { "zh-TW": "次年度尾款：結算驗收證明書（表5-2）、請款領據（正本）、費用支出明細表", en: "Next year's balance: settlement and acceptance certificate (Form 5-2), original claim receipt, expense statement" },
            cite: spp("第五節 一(三)2", "disbursement"),
          },
        ],
      },
    ],
  },
  {
    id: "tcloud-application-documents",
    program: "tcloud",
    for: ["tcloud-vendor"],
    title: { "zh-TW": "雲市集廠商申請：應備資料", en: "Cloud Marketplace vendor application: documents" },
    intro: {
      "zh-TW": "資訊服務廠商申請上架雲端解決方案時須掃描上傳的文件，檔名標示文件名稱及申請單位。成立未滿一年或新設立的公司可用替代文件。",
      en: "What a vendor scans and uploads when applying to list a cloud solution, each file named after the document and the applicant. Companies under a year old or newly set up may use the alternatives.",
    },
    handbook: href("tcloud/application", "documents"),
    groups: [
      {
        id: "all",
        title: { "zh-TW": "所有申請廠商", en: "Every applicant" },
        items: [
          {
            id: "sales-record",
            label: { "zh-TW": "所申請之雲端解決方案實績至少 1 份：有效付費客戶（尚在履約期限內）之契約或銷售發票影本", en: "At least one sales record of this solution: a copy of the contract or sales invoice of a paying customer still under contract" },
            cite: tcloud("七(二)3"),
          },
          {
            id: "other-proof",
            label: { "zh-TW": "其他相關證明文件", en: "Other relevant supporting documents" },
            cite: tcloud("七(二)4"),
          },
        ],
      },
      {
        id: "established",
        title: { "zh-TW": "成立滿一年且已繳營業稅", en: "In business a year or more, VAT already paid" },
        items: [
          {
            id: "income-tax",
            label: { "zh-TW": "最近 1 年申報營利事業所得稅之年度損益及稅額計算表", en: "Last year's profit-seeking enterprise income tax return: income statement and tax computation" },
            cite: tcloud("七(二)1"),
          },
          {
            id: "vat-proof",
            label: { "zh-TW": "最近一期營業稅繳款書收據聯，或稅捐機關核章之最近一期 401 申報書收執聯（不及提出者得以前一期代之）", en: "Receipt of the latest business tax payment, or the tax office's stamped copy of the latest Form 401 (the period before may stand in if the latest is not yet available)" },
            cite: tcloud("七(二)2(1)(2)"),
          },
        ],
      },
      {
        id: "young",
        title: { "zh-TW": "未滿一年或新設立的公司（替代文件）", en: "Under a year old or newly set up (alternatives)" },
        when: { "zh-TW": "成立未滿 1 年，或新設立且未屆第一期營業稅繳納期限", en: "Less than a year old, or newly set up and its first business tax payment not yet due" },
        items: [
          {
            id: "vat-return",
            label: { "zh-TW": "未滿 1 年之新創公司可以最近一期「營業稅申報書」替代上列計算表", en: "The latest business tax return in place of the income tax statement" },
            cite: tcloud("七(二)1"),
          },
          {
            id: "setup-approval",
            label: { "zh-TW": "未屆第一期繳納期限者：營業稅主管稽徵機關核發之核准設立登記函", en: "First payment not yet due: the tax office's letter approving the business registration" },
            cite: tcloud("七(二)2(3)"),
          },
          {
            id: "invoice-permit",
            label: { "zh-TW": "經核定使用統一發票者：申領統一發票購票證相關文件", en: "If approved to issue uniform invoices: the documents for the uniform invoice purchase permit" },
            cite: tcloud("七(二)2(3)"),
          },
        ],
      },
      {
        id: "optional",
        title: { "zh-TW": "得另檢附（供審查參考）", en: "May also attach (for the reviewers)" },
        items: [
          {
            id: "quality-proof",
            label: { "zh-TW": "佐證營運實力或品質之證明文件，例如獲獎紀錄、專業認證、經濟部工業局技術服務機構能量登錄通過證書", en: "Proof of operating strength or quality: awards, professional certifications, a technical service provider registration certificate" },
            cite: tcloud("七(二)5"),
          },
        ],
      },
    ],
  },
];
