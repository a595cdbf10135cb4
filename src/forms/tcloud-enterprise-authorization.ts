/**
 * 臺灣雲市集 附表2 企業授權書: tcloud-vendor-guidelines.txt 附表2, filled in by the
 * applying IT service vendor under 七(三)2. The text is the seed's, word for word; the
 * validity period, the two query items, the signatory block and the date are the
 * applicant's. One page.
 */
import { cell, check, columns, DocumentBuilder, fill, boxWidth, labelCell, para, row, table } from "./doc.js";
import { orgName, periodIssues, signingDate } from "./common.js";
import { rocDate } from "./format.js";
import { compact } from "./checks.js";
import { defineForm } from "./types.js";

const PARAGRAPHS = [
  "本處對於原介接單位，同意於其因相關業務自經濟部中小企業處移撥他單位(數位發展部數位產業署)且內部系統倘未完成轉移前，配合原介接單位持續提供現行串接作業並共同對外提供服務。",
  "本處、原介接單位，以及前揭機構之資料使用者對加值資料之使用，如有違法情事，致當事人權益受損害者，應負民事損害賠償及刑事責任。",
] as const;

const OPENING =
  "茲瞭解並同意經濟部中小企業處（下稱本處）、「經依『經濟部中小企業處中小企業融資服務平台介接公務及非公務機關電子資料使用管理規範』（下稱本規範）規定取得並使用加值資料之第二類及第三類單位」（係指臺灣雲市集平台，下稱原介接單位），以及前揭機構之資料使用者，得依本授權書及個人資料保護法或相關法規，於業務特定目的範圍內，查調、蒐集、處理及利用財政部財政資訊中心、勞動部勞工保險局、經濟部商業司、經濟部工業局、台灣電力股份有限公司、台灣自來水股份有限公司、臺北自來水事業處等介接機關提供之立書人一切業務往來之加值資料，惟該特定目的消失時，前揭機構之資料使用者應於合理作業期間內應停止處理及利用該加值資料。";

const QUERY_TAX = [
  "1. 查詢項目：無違章欠稅資料。",
  "2. 單次授權僅限發查一次，惟查詢未成功，且原因為後端系統問題者，得於授權期間重新查詢至成功查詢資料為止。",
  "3. 查詢結果可供列印及存取。",
] as const;

const QUERY_INVOICE = [
  "1. 查詢項目：發票比對驗證(發票號碼、發票日期、金額、發票狀態、發票開立公司名稱、賣方統編、消費明細、折讓資訊)。",
  "2. 單次授權得於授權期間多次或多張發票比對。",
  "3. 查詢結果可供列印及存取。",
] as const;

export const tcloudEnterpriseAuthorization = defineForm({
  id: "tcloud-enterprise-authorization",
  sections: [
    {
      id: "signatory",
      title: { "zh-TW": "立書人", en: "Signatory (立書人)" },
      intro: {
        "zh-TW": "立書人即申請的資訊服務業者（須知 七(三)2）。",
        en: "The signatory is the applying IT service vendor (guidelines 七(三)2).",
      },
      fields: [
        orgName({ "zh-TW": "公司／行號名稱", en: "Company or business name (公司/行號名稱)" }),
        {
          key: "ubn",
          kind: "text",
          label: { "zh-TW": "公司／行號統一編號", en: "Company or business UBN (公司/行號統一編號)" },
          max: 20,
          check: "ubn",
          profile: "ubn",
          width: "short",
        },
        {
          key: "representative",
          kind: "text",
          label: { "zh-TW": "負責人姓名", en: "Responsible person's name (負責人姓名)" },
          max: 50,
          profile: "representative",
        },
        {
          key: "representativeId",
          kind: "text",
          label: { "zh-TW": "負責人身分證字號", en: "Responsible person's national ID number (負責人身分證字號)" },
          hint: {
            "zh-TW": "只存在本表單的草稿中，不會存入基本資料或匯出檔；留空可於列印後手寫。",
            en: "Kept only in this form's draft in this browser, never in the profile or its file; leave it empty to write it by hand after printing.",
          },
          max: 20,
          check: "national-id",
          width: "short",
        },
      ],
    },
    {
      id: "validity",
      title: { "zh-TW": "授權有效期限", en: "Validity period of the letter" },
      fields: [
        { key: "validFrom", kind: "date", label: { "zh-TW": "自（開始日）", en: "Valid from" }, width: "short" },
        { key: "validTo", kind: "date", label: { "zh-TW": "至（結束日）", en: "Valid until" }, width: "short" },
      ],
    },
    {
      id: "queries",
      title: { "zh-TW": "授權查詢項目", en: "What may be queried" },
      intro: {
        "zh-TW": "勾選的項目在授權書上印成 ■，未勾選者印成 □，可列印後再勾。",
        en: "A ticked item prints as ■, an unticked one as □, which can still be ticked by hand.",
      },
      fields: [
        {
          key: "queryTax",
          kind: "checkbox",
          label: { "zh-TW": "查詢項目一", en: "Query item 1" },
          option: { "zh-TW": "無違章欠稅資料（限發查一次）", en: "No tax violation or arrears records (one query per authorization)" },
        },
        {
          key: "queryInvoice",
          kind: "checkbox",
          label: { "zh-TW": "查詢項目二", en: "Query item 2" },
          option: { "zh-TW": "發票比對驗證（授權期間可多次比對）", en: "Invoice matching (several queries within the period)" },
        },
        {
          key: "readNotice",
          kind: "checkbox",
          label: { "zh-TW": "個人資料告知事項", en: "Personal data notice" },
          option: {
            "zh-TW": "我已詳閱「中小企業融資服務平台蒐集個人資料告知事項暨個人資料提供同意書」",
            en: "I have read the SME financing service platform's notice on collecting personal data and consent to provide it",
          },
        },
      ],
    },
    { id: "signing", title: { "zh-TW": "日期", en: "Date" }, fields: [signingDate()] },
  ],
  check: (values) => periodIssues(values, "validFrom", "validTo"),
  build(values) {
    const size = 11;
    const doc = new DocumentBuilder("企業授權書", size);
    const ubn = compact(values.text("ubn"));
    const id = compact(values.text("representativeId")).toUpperCase();
    const signatory = columns(22, 30, 24, 24);
    doc.page(
      para("附表2：企業授權書", { size: 10 }),
      para("企業授權書", { align: "center", bold: true, size: 18, before: 4 }),
      para(["立書人", fill(values.text("orgName"), 10), OPENING], { indent: 2, before: 8 }),
      ...PARAGRAPHS.map((p) => para(p, { indent: 2 })),
      para("本件授權書有效期限", { indent: 2 }),
      para(["自", ...rocDate(values.date("validFrom")), "起至", ...rocDate(values.date("validTo"), "民國"), "止。"], { indent: 2 }),
      table(columns(6, 94), [
        row(cell([check(values.checked("queryTax"))], { align: "center", valign: "middle" }), cell(QUERY_TAX.map((q) => para(q)))),
        row(cell([check(values.checked("queryInvoice"))], { align: "center", valign: "middle" }), cell(QUERY_INVOICE.map((q) => para(q)))),
      ]),
      para("此致　經濟部中小企業處", { before: 6 }),
      para("立書人", { before: 4 }),
      table(signatory, [
        row(
          labelCell("公司/行號名稱"),
          doc.valueCell(values.text("orgName"), { name: "公司/行號名稱", width: boxWidth(signatory[1]!), lines: 2, valign: "middle" }),
          labelCell("公司/行號統一編號"),
          cell(ubn, { valign: "middle" }),
        ),
        row(
          labelCell("負責人姓名"),
          doc.valueCell(values.text("representative"), { name: "負責人姓名", width: boxWidth(signatory[1]!), lines: 2, valign: "middle" }),
          labelCell("負責人身分證字號"),
          cell(id, { valign: "middle" }),
        ),
        row(labelCell("簽章欄"), cell("", { span: 3, lines: 5 })),
      ]),
      para([check(values.checked("readNotice")), "我已詳閱「中小企業融資服務平台蒐集個人資料告知事項暨個人資料提供同意書」。"], { before: 6 }),
      para(rocDate(values.date("date"), "中華民國", { year: 4, part: 3 }), { align: "center", before: 10 }),
    );
    return doc.build();
  },
});
