/**
 * 表5-2 結算驗收證明書 (spp-subsidy-manual-2019.txt 表5-2), sent with a one-off claim and with
 * the balance of a cross-year claim (第五節 一(三)). Its 結算總價 and the 大寫 amount come from
 * the spp-settlement-total calculator (說明五); penalties are printed but never deducted
 * (說明四). One page: the table as the seed lays it out, then its seven 說明 notes verbatim.
 * The form gives two columns of price changes (第1次, 第2次); 說明六 lets an agency add more.
 */
import { runCalculator } from "../rules/core/calculator.js";
import { ntd as ntdText, text as bi } from "../rules/core/format.js";
import { sppSettlementTotal } from "../rules/spp/settlement-total.js";
import type { Text } from "../rules/core/types.js";
import { boxWidth, cell, check, columns, DocumentBuilder, fill, labelCell, para, row, table, text } from "./doc.js";
import { choiceBoxes, orgName, procurementSize, procurementSizes, runWhenReady } from "./common.js";
import { ntd, ntdWords, rocDate } from "./format.js";
import { defineForm, type FieldSpec, type Issue, type Values } from "./types.js";

export interface Settlement {
  settlementTotal: number;
  settlementTotalUpper: string;
  increases: number;
  decreases: number;
}

/** The seven notes under the table, word for word. */
export const SETTLEMENT_NOTES = [
  "一、本證明書已含有結算內容者，得免附具「結算明細表」，以資簡化；依實做數量或自行購料僱工辦理者，應附具「結算明細表」。",
  "二、本證明書份數請各機關自行依需要備具，例如由主辦機關自存、送主(會)計單位製作憑證之用、報上級機關備查、交廠商收執。",
  "三、「驗收完畢/驗收合格日期」，指政府採購法第73條所定「驗收完畢」之日期，亦即參加驗收人員於驗收紀錄會同簽認廠商履約與契約、圖說、貨樣規定相符時之日期。惟其屬減價收受者，指依政府採購法第72條第2項報經上級機關核准(查核金額以上)或經機關首長或其授權人核准(未達查核金額)之日期。",
  "四、「逾期違約金」及「其他違約金」以預算外或營業外收入處理，不必扣抵結算總價；「其他違約金」，指例如政府採購法施行細則第98條第2項所定之減價收受懲罰性違約金。",
  "五、「結算總價」之計算方式為「契約金額」加「增加金額」減「減少金額」減「驗收扣款」。至主辦機關供給材料及管理費或作業費等契約以外之各項支出均不必合併結算。",
  "六、本證明書所定欄位如不敷使用，得新增其他欄位或增補續頁。",
  "七、本證明書原則不得塗改，並應循公文處理程序簽核後加蓋驗收機關印信；供機關自存者，得免加蓋機關印信。",
] as const;

const LABELS = {
  contractAmount: bi("契約金額", "Contract amount (契約金額)"),
  inspectionDeductions: bi("驗收扣款（不包括逾期違約金及其他違約金）", "Deductions at inspection (not penalties)"),
} as const satisfies Record<string, Text>;

const subjectKinds = [
  { value: "goods", label: bi("財物", "Goods (財物)") },
  { value: "services", label: bi("勞務", "Services (勞務)") },
] as const;

const changeRows = (key: string, label: Text, itemLabel: Text): FieldSpec => ({
  key,
  kind: "rows",
  fixed: 2,
  label,
  itemLabel,
  columns: [
    { key: "amount", kind: "amount", label: bi("金額（元）", "Amount (NT$)"), width: "medium" },
    { key: "ref", kind: "text", max: 24, label: bi("簽准日期或核准文號", "Date approved or approval reference") },
  ],
});

const days = (key: string, label: Text): FieldSpec => ({ key, kind: "integer", min: 0, max: 99_999, label, width: "short" });

const changeAmounts = (values: Values, key: string): number[] =>
  Array.from({ length: values.rows(key) }, (_, i) => values.amount(`${key}.${i}.amount`)).filter((n): n is number => n !== null);

export const sppSettlementCertificate = defineForm<Settlement>({
  id: "spp-settlement-certificate",
  sections: [
    {
      id: "heading",
      title: bi("機關與文號", "Agency and reference"),
      fields: [
        orgName(bi("機關全銜", "Full name of the agency (機關全銜)")),
        { key: "subjectKind", kind: "choice", label: bi("採購標的", "What was bought"), options: subjectKinds },
        { key: "issuedOn", kind: "date", label: bi("填發日期", "Date issued (填發日期)"), hint: bi("印成民國年月日；留空則印出空白。", "Printed as an ROC date; leave it empty to write it by hand."), width: "short" },
        { key: "docWord", kind: "text", max: 10, label: bi("發文字號：○○字", "Reference: the 字 part"), width: "short" },
        { key: "docNumber", kind: "text", max: 16, label: bi("發文字號：第○○號", "Reference: the number"), width: "medium" },
      ],
    },
    {
      id: "contract",
      title: bi("採購案與履約", "The procurement and its performance"),
      fields: [
        { key: "caseNo", kind: "text", max: 30, label: bi("案號及契約號", "Case and contract number") },
        { key: "vendor", kind: "text", max: 30, label: bi("廠商名稱", "Supplier (廠商名稱)") },
        { key: "subject", kind: "textarea", rows: 2, max: 80, label: bi("標的名稱及數量摘要", "What was bought, and how many") },
        procurementSize,
        { key: "term", kind: "text", max: 24, label: bi("履約期限", "Performance period (履約期限)"), hint: bi("例如：決標次日起60日曆天", "In Chinese, for example 決標次日起60日曆天") },
        { key: "place", kind: "text", max: 24, label: bi("履約地點", "Place of performance") },
        { key: "completedOn", kind: "date", label: bi("完成履約日期", "Performance completed on"), width: "short" },
        { key: "inspectionFrom", kind: "date", label: bi("開始驗收日期", "Inspection started on"), width: "short" },
        {
          key: "acceptedOn",
          kind: "date",
          label: bi("驗收完畢/驗收合格日期", "Acceptance completed on"),
          hint: bi("政府採購法第73條之驗收完畢日（說明三）；請款期限由此起算。", "The completion date of Government Procurement Act Art. 73 (note 3); the claim period runs from it."),
          width: "short",
        },
      ],
    },
    {
      id: "overdue",
      title: bi("逾期與違約金", "Delay and penalties"),
      intro: bi("違約金以預算外或營業外收入處理，不扣抵結算總價（說明四）。", "Penalties are revenue outside the budget and are not deducted from the settlement total (note 4)."),
      fields: [
        days("overdueDays", bi("履約逾期總天數", "Days late in total")),
        days("exemptDays", bi("不計違約金天數", "Days without penalty")),
        days("chargeableDays", bi("應計違約金天數", "Days with penalty")),
        { key: "lateDamages", kind: "amount", label: bi("逾期違約金", "Late-delivery penalty"), width: "medium" },
        { key: "otherDamages", kind: "amount", label: bi("其他違約金", "Other penalties"), width: "medium" },
      ],
    },
    {
      id: "price",
      title: bi("契約金額與增減價款", "Contract amount and price changes"),
      intro: bi("結算總價＝契約金額＋增加金額－減少金額－驗收扣款（說明五），由「結算總價試算」計算。", "Settlement total = contract amount + increases − decreases − deductions (note 5), worked out by the settlement total calculator."),
      fields: [
        { key: "contractAmount", kind: "amount", label: LABELS.contractAmount, width: "medium" },
        changeRows("increases", bi("增加金額", "Increases (增加金額)"), bi("增加", "Increase")),
        changeRows("decreases", bi("減少金額", "Decreases (減少金額)"), bi("減少", "Decrease")),
        { key: "inspectionDeductions", kind: "amount", label: LABELS.inspectionDeductions, width: "medium" },
      ],
    },
    {
      id: "opinion",
      title: bi("驗收意見與監驗", "Acceptance opinion and supervision"),
      fields: [
        { key: "opinion", kind: "textarea", rows: 3, max: 150, label: bi("驗收意見", "Acceptance opinion (驗收意見)") },
        { key: "superiorRef", kind: "text", max: 24, label: bi("上級機關監驗人員或授權自辦文號", "Superior agency's supervisor, or the reference authorising self-inspection"), hint: bi("未達查核金額者免。", "Not needed below the supervision threshold.") },
      ],
    },
  ],
  compute(values) {
    const contractAmount = values.amount("contractAmount");
    const input = {
      contractAmount,
      increases: changeAmounts(values, "increases"),
      decreases: changeAmounts(values, "decreases"),
      inspectionDeductions: values.amount("inspectionDeductions") ?? 0,
    };
    const ran = runWhenReady(
      [{ key: "contractAmount", present: contractAmount !== null, label: LABELS.contractAmount }],
      () => runCalculator(sppSettlementTotal, input),
      (path) => (path.startsWith("increases") ? "increases.0.amount" : path.startsWith("decreases") ? "decreases.0.amount" : path || "contractAmount"),
    );
    if (!ran.outcome) return { data: null, figures: [], issues: ran.issues, warnings: [], ...(ran.pending ? { pending: ran.pending } : {}) };
    const { settlementTotal, settlementTotalUpper } = ran.outcome.value;
    const data: Settlement = { settlementTotal, settlementTotalUpper, increases: input.increases.reduce((a, b) => a + b, 0), decreases: input.decreases.reduce((a, b) => a + b, 0) };
    return {
      data,
      figures: [
        { label: bi("增加金額合計", "Increases in total"), value: ntdText(data.increases) },
        { label: bi("減少金額合計", "Decreases in total"), value: ntdText(data.decreases) },
        { label: bi("結算總價", "Settlement total"), value: ntdText(settlementTotal) },
        { label: bi("結算總價（金額中文大寫）", "In uppercase numerals"), value: bi(settlementTotalUpper, settlementTotalUpper) },
      ],
      issues: [],
      warnings: ran.outcome.warnings.filter((w) => w.id !== "edition-ended").map((w) => w.message),
    };
  },
  check(values) {
    const issues: Issue[] = [];
    const overdue = values.integer("overdueDays");
    const exempt = values.integer("exemptDays");
    const chargeable = values.integer("chargeableDays");
    if (overdue !== null && exempt !== null && chargeable !== null && exempt + chargeable !== overdue) {
      issues.push({
        key: "chargeableDays",
        message: bi(`不計與應計違約金天數合計應等於逾期總天數 ${overdue} 天`, `Days without and with penalty must add up to the ${overdue} days late`),
      });
    }
    const from = values.date("inspectionFrom");
    const accepted = values.date("acceptedOn");
    if (from && accepted && accepted < from) {
      issues.push({ key: "acceptedOn", message: bi("驗收完畢日期不可早於開始驗收日期", "Acceptance cannot be completed before inspection started") });
    }
    return issues;
  },
  build(values, s) {
    const SIZE = 10;
    const doc = new DocumentBuilder("結算驗收證明書", SIZE);
    // 增減價款 | 類別 | 第1次 金額 | 文號 | 第2次 金額 | 文號 | 合計: the widest part of the table sets the grid.
    const w = columns(24, 60, 62, 74, 62, 74, 70);
    // The first two columns (增減價款 and its 類別) are spanned by every other row's label.
    const [, , w2, w3, w4, w5, w6] = w as [number, number, number, number, number, number, number];
    const date = (key: string) => cell([para(rocDate(values.date(key), "", { year: 2, part: 1 }))], { valign: "middle" });
    const num = (key: string) => {
      const n = values.integer(key);
      return cell(n === null ? "" : String(n), { align: "right", valign: "middle" });
    };
    const money = (n: number | null) => cell(ntd(n), { align: "right", valign: "middle" });
    const value = (key: string, name: string, width: number, span: number, lines = 1) =>
      doc.valueCell(values.text(key), { name, width, lines, size: SIZE, span, valign: "middle" });
    const label = (t: string, span = 2) => labelCell(t, { span });
    const change = (key: string, title: string) => {
      const amount = (i: number) => values.amount(`${key}.${i}.amount`);
      const total = s ? (key === "increases" ? s.increases : s.decreases) : null;
      return row(
        labelCell(title),
        money(amount(0)),
        value(`${key}.0.ref`, `${title}第1次簽准日期或核准文號`, boxWidth(w3), 1, 2),
        money(amount(1)),
        value(`${key}.1.ref`, `${title}第2次簽准日期或核准文號`, boxWidth(w5), 1, 2),
        money(total !== null && total > 0 ? total : null),
      );
    };
    const kind = values.text("subjectKind");
    doc.page(
      para([fill(values.text("orgName"), 8), text("　"), check(kind === "goods"), text("財物"), check(kind === "services"), text("勞務"), text("結算驗收證明書")], { align: "center", bold: true, size: 14 }),
      para(["填發日期：", ...rocDate(values.date("issuedOn"), "", { year: 3, part: 2 }), "　　發文字號：", fill(values.text("docWord"), 4), "字第", fill(values.text("docNumber"), 6), "號"], { align: "right", size: SIZE, before: 4 }),
      table(w, [
        row(label("案號及契約號"), value("caseNo", "案號及契約號", boxWidth(w2, w3), 2, 2), labelCell("廠商名稱"), value("vendor", "廠商名稱", boxWidth(w5, w6), 2, 2)),
        row(label("標的名稱及數量摘要"), value("subject", "標的名稱及數量摘要", boxWidth(w2, w3, w4, w5, w6), 5, 2)),
        row(label("採購金額"), cell([para(choiceBoxes(values.text("procurementSize"), procurementSizes))], { span: 5, valign: "middle" })),
        row(label("履約期限"), value("term", "履約期限", boxWidth(w2, w3), 2, 2), labelCell("履約地點"), value("place", "履約地點", boxWidth(w5, w6), 2, 2)),
        row(label("完成履約日期"), date("completedOn"), labelCell("開始驗收日期"), date("inspectionFrom"), labelCell("驗收完畢/驗收合格日期"), date("acceptedOn")),
        row(label("履約逾期總天數"), num("overdueDays"), labelCell("不計違約金天數"), num("exemptDays"), labelCell("應計違約金天數"), num("chargeableDays")),
        row(label("逾期違約金"), { ...money(values.amount("lateDamages")), span: 2 }, labelCell("其他違約金"), { ...money(values.amount("otherDamages")), span: 2 }),
        row(label("契約金額"), { ...money(values.amount("contractAmount")), span: 5 }),
        row(labelCell("增\n減\n價\n款", { rowSpan: 3 }), labelCell("次別\n類別"), labelCell("第 1 次\n金　　額"), labelCell("第 1 次\n簽准日期或核准文號"), labelCell("第 2 次\n金　　額"), labelCell("第 2 次\n簽准日期或核准文號"), labelCell("合　　計")),
        change("increases", "增加金額"),
        change("decreases", "減少金額"),
        row(label("驗收扣款\n(不包括逾期違約金及其他違約金)"), { ...money(values.amount("inspectionDeductions")), span: 5 }),
        row(label("結算總價\n（金額中文大寫）"), cell(s ? ntdWords(s.settlementTotal) : "", { span: 5, valign: "middle" })),
        row(label("驗收意見"), value("opinion", "驗收意見", boxWidth(w2, w3, w4, w5, w6), 5, 3)),
        row(
          labelCell("承辦單位主管及人員簽章", { span: 2 }),
          labelCell("本機關監驗人員簽章"),
          labelCell("上級機關監驗人員簽章或授權自辦文號", { span: 2 }),
          labelCell("主驗人員簽章"),
          labelCell("(機關印信)"),
        ),
        row(
          cell("", { span: 2, lines: 3 }),
          cell("", { lines: 3 }),
          cell([para(values.text("superiorRef") || " "), para("(未達查核金額者免)", { size: 8 })], { span: 2, lines: 3, valign: "top" }),
          cell("", { lines: 3 }),
          cell("", { lines: 3 }),
        ),
      ], SIZE),
      para("說明：", { size: 8, before: 4 }),
      ...SETTLEMENT_NOTES.map((note) => para(note, { size: 8 })),
    );
    return doc.build();
  },
});
