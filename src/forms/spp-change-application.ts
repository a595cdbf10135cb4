/**
 * 表5-5 計畫變更申請表 (spp-subsidy-manual-2019.txt 表5-5; 第五節 二(一)). The
 * (C)=(A)+(B) table before and after the change and the refund come from the
 * spp-change-refund calculator; the two printed notes on the subsidy are ticked from
 * its result. Two pages: the applicant's account of the change, then the money,
 * the attachments and the signatures.
 *
 * In the seed the notes and attachments 1–3 begin with a gap where the other tables
 * print □; the gap is read as a tick box lost in extraction and printed as □.
 */
import { runCalculator } from "../rules/core/calculator.js";
import { ntd as ntdText, text as bi } from "../rules/core/format.js";
import { sppChangeRefund } from "../rules/spp/change-refund.js";
import type { Text } from "../rules/core/types.js";
import { cell, check, columns, DocumentBuilder, fill, boxWidth, labelCell, para, row, table, type Para } from "./doc.js";
import { ceilingWarning } from "./ceiling.js";
import { applicationDate, ORG_MAX, periodIssues, PLAN_MAX, planPeriod, runWhenReady, signatureRows } from "./common.js";
import { ntd, ntdWords, rocDate } from "./format.js";
import { defineForm, type Figure } from "./types.js";

export interface ChangeMoney {
  approvedSubsidy: number;
  approvedLocalShare: number;
  /** (C) of the approved plan: the calculator's step "table-5-5-approved-total". */
  approvedTotal: number;
  revisedTotal: number;
  revisedSubsidy: number;
  borneByGrantee: number;
  refundDue: number;
  /** Which note of 補助經費異動說明 applies (第五節 二(一)). */
  change: "increase" | "decrease" | "same";
}

const LABELS = {
  approvedSubsidy: bi("原核定補助款 (A)", "Approved subsidy (A)"),
  approvedLocalShare: bi("原核定分擔款 (B)", "Approved local share (B)"),
  revisedTotal: bi("變更後支出費用 (C)", "Cost after the change (C)"),
  subsidyReceived: bi("已領取之補助款", "Subsidy received so far"),
} as const satisfies Record<string, Text>;

const INCREASE = "計畫變更致原核定計畫支出費用增加，仍維持原核定計畫之經費，不另追加補助款。";
const DECREASE = "計畫變更致原核定計畫支出費用減列者，受補助機關應按補助比例於通知期限內繳回已領取之補助款。";

export const sppChangeApplication = defineForm<ChangeMoney>({
  id: "spp-change-application",
  sections: [
    {
      id: "plan",
      title: bi("計畫", "The plan"),
      fields: [
        applicationDate,
        { key: "planName", kind: "text", max: PLAN_MAX, label: bi("計畫名稱", "Plan name (計畫名稱)") },
        {
          key: "orgName",
          kind: "text",
          max: ORG_MAX,
          profile: "orgName",
          label: bi("受補助機關", "Grantee (受補助機關)"),
          hint: bi("表上格式為「○○縣／市 ○○局／處」，請寫全名，例如：臺南市政府經濟發展局。", "The form reads “[county/city] [bureau/department]”: write the full name, for example 臺南市政府經濟發展局."),
        },
        { key: "contactName", kind: "text", max: 30, profile: "contactName", label: bi("聯絡人", "Contact person (聯絡人)") },
        { key: "phone", kind: "text", max: 40, check: "phone", profile: "phone", label: bi("聯絡電話", "Phone (聯絡電話)") },
        ...planPeriod(bi("執行期間：開始日", "Period of the whole plan: start"), bi("執行期間：結束日", "Period of the whole plan: end")),
      ],
    },
    {
      id: "change",
      title: bi("變更內容", "The change"),
      fields: [
        { key: "items", kind: "textarea", rows: 2, max: 300, label: bi("計畫變更項目", "Items changed (計畫變更項目)") },
        { key: "reason", kind: "textarea", rows: 6, max: 3000, label: bi("申請變更之具體事由說明", "Specific reasons for the change") },
        { key: "content", kind: "textarea", rows: 6, max: 3000, label: bi("申請變更項目之內容說明", "What the changed items are") },
        {
          key: "benefits",
          kind: "textarea",
          rows: 6,
          max: 3000,
          label: bi("申請變更後之預期效益（含具體數據）", "Expected benefits after the change (with concrete figures)"),
        },
      ],
    },
    {
      id: "money",
      title: bi("經費", "Funding"),
      intro: bi(
        "變更後的補助款、分擔款與應繳回金額由「計畫變更後補助款與應繳回金額試算」計算：經費增加時補助款不變，減列時按原核定補助比例調整（第五節 二(一)）。",
        "The revised subsidy, the grantee's share and the refund are worked out by the change calculator: an increase leaves the subsidy as approved; a decrease scales it by the approved ratio (Section 5 二(一)).",
      ),
      fields: [
        { key: "approvedSubsidy", kind: "amount", label: LABELS.approvedSubsidy, width: "medium" },
        { key: "approvedLocalShare", kind: "amount", label: LABELS.approvedLocalShare, width: "medium" },
        { key: "revisedTotal", kind: "amount", label: LABELS.revisedTotal, width: "medium" },
        {
          key: "subsidyReceived",
          kind: "amount",
          label: LABELS.subsidyReceived,
          hint: bi("不印在表上，只用於計算應繳回金額。", "Not printed on the form; used to work out the refund."),
          width: "medium",
        },
      ],
    },
    {
      id: "attachments",
      title: bi("應檢具之附件", "Attachments"),
      fields: [
        { key: "att1", kind: "checkbox", label: bi("附件 1", "Attachment 1"), option: bi("計畫核定函（影本）", "The plan's approval letter (copy)") },
        { key: "att2", kind: "checkbox", label: bi("附件 2", "Attachment 2"), option: bi("變更後補助計畫書", "The revised subsidy plan") },
        {
          key: "att3",
          kind: "checkbox",
          label: bi("附件 3", "Attachment 3"),
          option: bi("補助計畫變更差異對照表", "A comparison of the approved and changed items, with pros and cons"),
        },
        {
          key: "forceMajeure",
          kind: "choice",
          label: bi("4. 不可抗力因素", "4. Force majeure"),
          hint: bi("選「有」時，應敘明不可抗力事由並檢具證明資料。", "If yes, state the event and attach proof."),
          options: [
            { value: "no", label: bi("無", "No") },
            { value: "yes", label: bi("有", "Yes") },
          ],
        },
      ],
    },
  ],
  compute(values) {
    const keys = ["approvedSubsidy", "approvedLocalShare", "revisedTotal", "subsidyReceived"] as const;
    const input = Object.fromEntries(keys.map((k) => [k, values.amount(k)]));
    const ran = runWhenReady(
      keys.map((key) => ({ key, present: values.amount(key) !== null, label: LABELS[key] })),
      () => runCalculator(sppChangeRefund, input),
      (path) => path || "approvedSubsidy",
    );
    const share = values.amount("approvedLocalShare");
    const approved = values.amount("approvedSubsidy");
    // (A) was approved within 第一節 二's ceiling of (C) = (A) + (B).
    const overCeiling = [ceilingWarning(approved, share === null || approved === null ? null : approved + share)].filter((w) => w !== null);
    if (!ran.outcome) return { data: null, figures: [], issues: ran.issues, warnings: overCeiling, ...(ran.pending ? { pending: ran.pending } : {}) };
    const { value, steps, warnings } = ran.outcome;
    const approvedTotal = steps.find((s) => s.id === "table-5-5-approved-total")?.value;
    const revisedTotal = values.amount("revisedTotal")!;
    if (typeof approvedTotal !== "number") return { data: null, figures: [], issues: [], warnings: [] };
    const decrease = steps.some((s) => s.id === "s5-2-1-cost-decrease");
    const data: ChangeMoney = {
      approvedSubsidy: values.amount("approvedSubsidy")!,
      approvedLocalShare: values.amount("approvedLocalShare")!,
      approvedTotal,
      revisedTotal,
      ...value,
      change: decrease ? "decrease" : revisedTotal > approvedTotal ? "increase" : "same",
    };
    const figures: Figure[] = [
      { label: bi("原核定計畫 (C)=(A)+(B)", "Approved plan (C)=(A)+(B)"), value: ntdText(approvedTotal) },
      { label: bi("變更後補助款 (A)", "Subsidy after the change (A)"), value: ntdText(value.revisedSubsidy) },
      { label: bi("變更後分擔款 (B)", "Grantee's share after the change (B)"), value: ntdText(value.borneByGrantee) },
      { label: bi("應繳回已領取之補助款", "Subsidy received to be refunded"), value: ntdText(value.refundDue) },
    ];
    return { data, figures, issues: [], warnings: [...warnings.map((w) => w.message), ...overCeiling] };
  },
  check: (values) => periodIssues(values, "periodFrom", "periodTo"),
  build(values, m) {
    const doc = new DocumentBuilder("計畫變更申請表", 12);
    const w = columns(20, 38, 16, 26);
    const full = boxWidth(...w);
    const wide = boxWidth(...w.slice(1));
    const narrative = (key: string, name: string, lines: number) =>
      row(cell([para(`${name}：`), ...doc.box(values.text(key), { name, width: full, lines: lines - 1 })], { span: 4, lines }));
    const org = values.text("orgName");
    const phone = values.text("phone");
    doc.page(
      para("計畫變更申請表", { align: "center", bold: true, size: 18 }),
      para(["申請日期：", ...rocDate(values.date("applicationDate"), "", { year: 3, part: 2 })], { align: "right" }),
      table(w, [
        row(labelCell("計畫名稱"), doc.valueCell(values.text("planName"), { name: "計畫名稱", width: wide, lines: 2, span: 3, valign: "middle" })),
        row(
          labelCell("受補助機關"),
          org
            ? doc.valueCell(org, { name: "受補助機關", width: wide, lines: 2, span: 3, valign: "middle" })
            : cell([fill("", 4), "縣／市　", fill("", 5), "局／處"], { span: 3, lines: 2, valign: "middle" }),
        ),
        row(
          labelCell("聯 絡 人"),
          doc.valueCell(values.text("contactName"), { name: "聯絡人", width: boxWidth(w[1]!), lines: 2, valign: "middle" }),
          labelCell("聯絡電話"),
          phone ? doc.valueCell(phone, { name: "聯絡電話", width: boxWidth(w[3]!), lines: 2, valign: "middle" }) : cell("（　　）", { lines: 2, valign: "middle" }),
        ),
        row(labelCell("執行期間"), cell([para(["全程計畫：", ...rocDate(values.date("periodFrom"), ""), "至", ...rocDate(values.date("periodTo"), "")])], { span: 3 })),
        row(labelCell("計畫變更\n項　　目"), doc.valueCell(values.text("items"), { name: "計畫變更項目", width: wide, lines: 3, span: 3 })),
        narrative("reason", "申請變更之具體事由說明", 8),
        narrative("content", "申請變更項目之內容說明", 8),
        narrative("benefits", "申請變更後之預期效益（含具體數據）", 8),
      ]),
    );

    const amount = (n: number | undefined) => cell(m ? ntd(n) : "", { align: "right", valign: "middle", lines: 2 });
    const notes: Para[] = [
      para([check(m?.change === "increase"), INCREASE]),
      para([check(m?.change === "decrease"), DECREASE]),
      ...(m && m.refundDue > 0 ? [para(`依上表試算，應繳回已領取之補助款${ntdWords(m.refundDue)}。`)] : []),
    ];
    const fm = values.text("forceMajeure");
    doc.page(
      table(columns(22, 30, 24, 24), [
        row(labelCell("(C)=(A)+(B)\n（新臺幣元）"), labelCell("變更項目支出費用(C)"), labelCell("補助款(A)"), labelCell("分擔款(B)")),
        row(labelCell("原核定計畫"), amount(m?.approvedTotal), amount(m?.approvedSubsidy), amount(m?.approvedLocalShare)),
        row(labelCell("變更後計畫"), amount(m?.revisedTotal), amount(m?.revisedSubsidy), amount(m?.borneByGrantee)),
        row(labelCell("補助經費\n異動說明"), cell(notes, { span: 3, lines: 5 })),
        row(
          labelCell("受補助機關應檢具之附件"),
          cell(
            [
              para([check(values.checked("att1")), "1.計畫核定函(影本)"]),
              para([check(values.checked("att2")), "2.變更後補助計畫書"]),
              para([check(values.checked("att3")), "3.補助計畫變更差異對照表（含原核定計畫項目、變更後項目及差異、優劣比較說明等)"]),
              para("4.不可抗力因素："),
              para([check(fm === "no"), "無"], { indent: 2 }),
              para([check(fm === "yes"), "有（應敘明不可抗力事由並檢具證明資料）"], { indent: 2 }),
            ],
            { span: 3 },
          ),
        ),
      ]),
      table(columns(25, 25, 25, 25), signatureRows(["承辦人", "業務主管", "主辦會計", "機關首長"], 4)),
    );
    return doc.build();
  },
});
