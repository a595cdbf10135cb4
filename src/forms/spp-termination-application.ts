/**
 * 表5-6 計畫終止申請表 (spp-subsidy-manual-2019.txt 表5-6; 第五節 二(二)). Ten rows of
 * work status in NT$ thousands (the table's 單位：新臺幣千元), the grantee's box of
 * approved amounts, and the refund from the spp-termination-refund calculator, written
 * into 補助經費異動說明. The double-lined column 核算應退回金額 is SMEA's and always
 * prints empty. Two pages.
 */
import { runCalculator } from "../rules/core/calculator.js";
import { ntd as ntdText, text as bi } from "../rules/core/format.js";
import { sppTerminationRefund } from "../rules/spp/termination-refund.js";
import type { Text } from "../rules/core/types.js";
import { cell, check, columns, DocumentBuilder, fill, boxWidth, labelCell, para, row, table, text, type Para, type Row } from "./doc.js";
import { ceilingWarning } from "./ceiling.js";
import { applicationDate, ORG_MAX, periodIssues, PLAN_MAX, planPeriod, runWhenReady, signatureRows } from "./common.js";
import { ntd, ntdWords, rocDate, sum, thousands } from "./format.js";
import { defineForm, type Answers, type Values } from "./types.js";

export const WORK_ROWS = 10;

export interface TerminationMoney {
  forceMajeure: boolean;
  subsidyReceived: number;
  unexecutedSubsidy: number | null;
  /** The interest refunded: all of it, or after force majeure only what the unexecuted part earned. */
  interest: number;
  refundDue: number;
}

const LABELS = {
  forceMajeure: bi("不可抗力因素", "Force majeure"),
  subsidyReceived: bi("已領取之補助款", "Subsidy received"),
  unexecutedSubsidy: bi("其中未執行部分之補助款", "Of which for unexecuted work"),
  interest: bi("孳息（截至申請日）", "Interest (to the application date)"),
  unexecutedInterest: bi("其中未執行部分之孳息", "Of which earned by the unexecuted part"),
} as const satisfies Record<string, Text>;

const isForceMajeure = (a: Answers) => a["forceMajeure"] === "yes";

const NOTES = [
  "一、因遭遇不可抗力事由(如天災)申請補助計畫終止，經本處廢止補助之核定後，應就終止之計畫工作項目核計未執行部分之受補助經費，於通知期限內繳回該未執行部分已領取之補助款及孳息。",
  "二、非因前述事由申請補助計畫終止，經本處廢止補助之核定後，已領取之補助款須於通知期限內全部繳回。",
] as const;

/**
 * The sentence written into 補助經費異動說明 from the calculator's result. For a termination on other grounds the
 * estimate includes interest (第五節 二(二)2) while this very table's note 二 leaves it out, so the page says which
 * source the figure follows and gives the other figure too: the printed form must not contradict itself.
 */
function refundSentence(m: TerminationMoney): string {
  if (m.forceMajeure) {
    return `因不可抗力事由申請終止：已領取補助款${ntd(m.subsidyReceived)}元，其中未執行部分${ntd(m.unexecutedSubsidy)}元，連同該部分之孳息${ntd(m.interest)}元，試算應繳回${ntdWords(m.refundDue)}；實際金額以經濟部中小企業處核算為準。`;
  }
  return `非因不可抗力事由申請終止：已領取補助款${ntd(m.subsidyReceived)}元全部，連同孳息${ntd(m.interest)}元，依作業手冊第五節二(二)2試算應繳回${ntdWords(m.refundDue)}；本表補充說明二及要點十(二)2未列孳息，依其計算為${ntdWords(m.subsidyReceived)}。實際金額以經濟部中小企業處核算為準。`;
}

const WORK_COLUMNS = columns(30, 42, 10, 18);
const WORK_SIZE = 11;

function workRow(doc: DocumentBuilder, values: Values, i: number): Row {
  const key = (k: string) => `work.${i}.${k}`;
  const status = values.text(key("status"));
  const pct = values.integer(key("percent"));
  const spent = values.amount(key("spent"));
  const number = `${String(i + 1).padStart(2, "0")}.`;
  return row(
    doc.valueCell(`${number} ${values.text(key("item"))}`.trim(), {
      name: `執行項目${number}`,
      width: boxWidth(WORK_COLUMNS[0]!),
      lines: 2,
      size: WORK_SIZE,
      valign: "middle",
    }),
    cell([para([check(status === "done"), "（", fill(values.text(key("note")), 9), "）", fill(pct === null ? "" : String(pct), 2), "%"])], { valign: "middle" }),
    cell([check(status === "not-done")], { align: "center", valign: "middle" }),
    cell(thousands(spent), { align: "right", valign: "middle" }),
  );
}

export const sppTerminationApplication = defineForm<TerminationMoney>({
  id: "spp-termination-application",
  sections: [
    {
      id: "plan",
      title: bi("計畫", "The plan"),
      fields: [
        applicationDate,
        { key: "orgName", kind: "text", max: ORG_MAX, profile: "orgName", label: bi("受補助機關", "Grantee (受補助機關)") },
        { key: "planName", kind: "text", max: PLAN_MAX, label: bi("計畫名稱", "Plan name (計畫名稱)") },
        { key: "contactName", kind: "text", max: 30, profile: "contactName", label: bi("聯絡人", "Contact person (聯絡人)") },
        {
          key: "phone",
          kind: "text",
          max: 40,
          check: "phone",
          profile: "phone",
          label: bi("聯絡電話（含區碼、分機）", "Phone (with area code and extension)"),
        },
        ...planPeriod(bi("執行期間：開始日", "Period: start"), bi("執行期間：結束日", "Period: end")),
        {
          key: "terminateFrom",
          kind: "date",
          label: bi("申請自何日起計畫終止", "The plan ends from"),
          width: "short",
        },
        { key: "reason", kind: "textarea", rows: 5, max: 3000, label: bi("申請計畫終止之具體事由說明", "Specific reasons for terminating") },
      ],
    },
    {
      id: "work",
      title: bi("計畫工作內容執行現況", "Status of the work"),
      intro: bi(
        "最多 10 項；已動支金額輸入新臺幣元，表上以千元列印。未填的列印成空白。",
        "Up to 10 items. Enter the amount spent in NT$; the form prints it in thousands. Rows left empty print blank.",
      ),
      fields: [
        {
          key: "work",
          kind: "rows",
          fixed: WORK_ROWS,
          itemLabel: bi("執行項目", "Work item"),
          label: bi("執行項目", "Work items"),
          columns: [
            { key: "item", kind: "text", max: 20, label: bi("執行項目", "Work item") },
            {
              key: "status",
              kind: "choice",
              label: bi("執行情形", "Status"),
              options: [
                { value: "done", label: bi("已執行", "Done") },
                { value: "not-done", label: bi("未執行", "Not done") },
              ],
            },
            { key: "note", kind: "text", max: 20, label: bi("執行現況說明", "Status described") },
            { key: "percent", kind: "integer", min: 0, max: 100, label: bi("執行比例 %", "Share done (%)"), width: "short" },
            { key: "spent", kind: "amount", label: bi("已動支金額（元）", "Amount spent (NT$)"), width: "medium" },
          ],
        },
      ],
    },
    {
      id: "money",
      title: bi("經費", "Funding"),
      intro: bi(
        "左欄「原核定金額」由受補助機關填寫，右欄「核算應退回金額」由經濟部中小企業處填寫並一律空白；試算的應繳回金額寫在「補助經費異動說明」。",
        "The left column (approved amounts) is the grantee's; the right column (refund due) is SMEA's and prints empty. The estimated refund is written under “notes on the change in subsidy”.",
      ),
      fields: [
        {
          key: "forceMajeure",
          kind: "choice",
          label: bi("3. 不可抗力因素", "3. Force majeure"),
          hint: bi("選「有」時，應敘明不可抗力事由並檢具證明資料。", "If yes, state the event and attach proof."),
          options: [
            { value: "no", label: bi("無", "No") },
            { value: "yes", label: bi("有", "Yes") },
          ],
        },
        { key: "approvedSubsidy", kind: "amount", label: bi("原核定補助款", "Approved subsidy"), width: "medium" },
        { key: "interest", kind: "amount", label: LABELS.interest, width: "medium" },
        { key: "other", kind: "amount", label: bi("其他", "Other"), width: "medium" },
        { key: "subsidyReceived", kind: "amount", label: LABELS.subsidyReceived, width: "medium" },
        { key: "unexecutedSubsidy", kind: "amount", label: LABELS.unexecutedSubsidy, showIf: isForceMajeure, width: "medium" },
        {
          key: "unexecutedInterest",
          kind: "amount",
          label: LABELS.unexecutedInterest,
          hint: bi(
            "不可抗力終止只繳回未執行部分已領取之補助款「及孳息」（第五節 二(二)1）：填該部分所生之孳息，不是全部孳息。",
            "After force majeure only the unexecuted part and its interest go back (第五節 二(二)1): enter the interest that part earned, not all the interest.",
          ),
          showIf: isForceMajeure,
          width: "medium",
        },
        {
          key: "changeNote",
          kind: "textarea",
          rows: 3,
          max: 1000,
          label: bi("補助經費異動說明（補充）", "Notes on the change in subsidy (your own words)"),
          hint: bi("印在試算的應繳回金額之後。", "Printed after the estimated refund."),
        },
      ],
    },
  ],
  compute(values) {
    const fm = values.text("forceMajeure");
    // The calculator's `interest` is the interest refunded: after force majeure, that of the unexecuted part only.
    const interestKey = fm === "yes" ? "unexecutedInterest" : "interest";
    const keys = fm === "yes" ? (["subsidyReceived", "unexecutedSubsidy", interestKey] as const) : (["subsidyReceived", interestKey] as const);
    const input = {
      reason: fm === "yes" ? "force-majeure" : "other",
      subsidyReceived: values.amount("subsidyReceived"),
      ...(fm === "yes" ? { unexecutedSubsidy: values.amount("unexecutedSubsidy") } : {}),
      interest: values.amount(interestKey),
    };
    const ran = runWhenReady(
      [{ key: "forceMajeure", present: fm !== "", label: LABELS.forceMajeure }, ...keys.map((key) => ({ key, present: values.amount(key) !== null, label: LABELS[key] }))],
      () => runCalculator(sppTerminationRefund, input),
      (path) => (path === "reason" || !path ? "forceMajeure" : path === "interest" ? interestKey : path),
    );
    // No local share is asked here, so only the per-case cap can be checked.
    const overCeiling = [ceilingWarning(values.amount("approvedSubsidy"), null)].filter((w) => w !== null);
    if (!ran.outcome) return { data: null, figures: [], issues: ran.issues, warnings: overCeiling, ...(ran.pending ? { pending: ran.pending } : {}) };
    const data: TerminationMoney = {
      forceMajeure: fm === "yes",
      subsidyReceived: values.amount("subsidyReceived")!,
      unexecutedSubsidy: fm === "yes" ? values.amount("unexecutedSubsidy") : null,
      interest: values.amount(interestKey)!,
      refundDue: ran.outcome.value.refundDue,
    };
    return {
      data,
      figures: [{ label: bi("試算應繳回金額", "Estimated refund"), value: ntdText(data.refundDue) }],
      issues: [],
      warnings: [...ran.outcome.warnings.map((w) => w.message), ...overCeiling],
    };
  },
  check: (values) => {
    const part = values.amount("unexecutedInterest");
    const all = values.amount("interest");
    const tooMuch = isForceMajeure({ forceMajeure: values.text("forceMajeure") }) && part !== null && all !== null && part > all;
    return [
      ...periodIssues(values, "periodFrom", "periodTo"),
      ...(tooMuch ? [{ key: "unexecutedInterest", message: bi("未執行部分之孳息不得超過孳息總額", "The unexecuted part's interest cannot exceed all the interest") }] : []),
    ];
  },
  build(values, m) {
    const doc = new DocumentBuilder("計畫終止申請表", 12);
    const w = columns(20, 40, 14, 26);
    const full = boxWidth(...w);
    const wide = boxWidth(...w.slice(1));
    const phone = values.text("phone");
    doc.page(
      para("計畫終止申請表", { align: "center", bold: true, size: 18 }),
      para(["申請日期：", ...rocDate(values.date("applicationDate"), "", { year: 3, part: 2 })], { align: "right" }),
      table(w, [
        row(labelCell("受補助機關"), doc.valueCell(values.text("orgName"), { name: "受補助機關", width: wide, lines: 2, span: 3, valign: "middle" })),
        row(labelCell("計畫名稱"), doc.valueCell(values.text("planName"), { name: "計畫名稱", width: wide, lines: 2, span: 3, valign: "middle" })),
        row(
          labelCell("聯 絡 人"),
          doc.valueCell(values.text("contactName"), { name: "聯絡人", width: boxWidth(w[1]!), lines: 2, valign: "middle" }),
          labelCell("聯絡電話"),
          phone ? doc.valueCell(phone, { name: "聯絡電話", width: boxWidth(w[3]!), lines: 2, valign: "middle" }) : cell([text("(　　)　　　　分機")], { lines: 2, valign: "middle" }),
        ),
        row(labelCell("執行期間"), cell([para(["自民國", ...rocDate(values.date("periodFrom"), ""), "至", ...rocDate(values.date("periodTo"), "")])], { span: 3 })),
        row(labelCell("申請終止"), cell([para(["自", ...rocDate(values.date("terminateFrom"), ""), "起計畫終止"])], { span: 3 })),
        row(
          cell([para("申請計畫終止之具體事由說明："), ...doc.box(values.text("reason"), { name: "申請計畫終止之具體事由說明", width: full, lines: 4 })], {
            span: 4,
            lines: 5,
          }),
        ),
      ]),
      para("計畫工作內容執行現況：　　　　　　　　單位：新臺幣千元", { before: 8 }),
      table(
        WORK_COLUMNS,
        [
          row(labelCell("執行項目"), labelCell("已執行（說明執行現況與比例）"), labelCell("未執行"), labelCell("已動支金額")),
          ...Array.from({ length: WORK_ROWS }, (_, i) => workRow(doc, values, i)),
        ],
        WORK_SIZE,
      ),
    );

    const sideNote = "（以下左側框內「原核定金額」由受補助機關填寫，右側雙線框內由經濟部中小企業處填寫）";
    const approved = [values.amount("approvedSubsidy"), values.amount("interest"), values.amount("other")];
    const any = approved.some((n) => n !== null);
    const amountRow = (label: string, n: number | null) =>
      row(labelCell(label), cell(thousands(n), { align: "right", valign: "middle", lines: 2 }), cell("", { double: true }));
    const lower = columns(22, 78);
    const notes: Para[] = [
      ...(m ? [para(refundSentence(m))] : []),
      ...doc.box(values.text("changeNote"), { name: "補助經費異動說明", width: boxWidth(lower[1]!), lines: m ? 3 : 5 }),
    ];
    const fm = values.text("forceMajeure");
    doc.page(
      para(sideNote, { size: 11 }),
      para("單位：新臺幣千元", { align: "right", size: 11 }),
      table(columns(30, 35, 35), [
        row(cell(""), labelCell("原核定金額"), labelCell("核算應退回金額", { double: true })),
        amountRow("補助款", approved[0]!),
        amountRow("孳息\n（截至申請日）", approved[1]!),
        amountRow("其　　他", approved[2]!),
        amountRow("合　　計", any ? sum(approved) : null),
      ]),
      table(lower, [
        row(labelCell("補助經費\n異動說明"), cell(notes, { lines: 5 })),
        row(
          labelCell("受補助機關\n應檢具之附件"),
          cell([
            para("1.計畫核定函（影本）"),
            para("2.原核定補助計畫書"),
            para(["3.不可抗力因素：", check(fm === "no"), "無　", check(fm === "yes"), "有"]),
            para("（應敘明不可抗力事由並檢具證明資料）", { indent: 1 }),
          ]),
        ),
      ]),
      para("補充說明：", { before: 8, size: 11 }),
      ...NOTES.map((n) => para(n, { size: 11 })),
      table(columns(25, 25, 25, 25), signatureRows(["承辦人", "業務主管", "主辦會計", "機關首長"], 4)),
    );
    return doc.build();
  },
});
