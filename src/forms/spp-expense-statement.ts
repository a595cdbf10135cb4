/**
 * 表5-1 費用支出明細表 (spp-subsidy-manual-2019.txt 表5-1), sent with every payment claim
 * (第五節 一(三)). Income (the approved subsidy and self-raised funds with their source)
 * against expense lines, in NT$ (單位：新臺幣元). Both totals are sums of what was entered,
 * never typed; when they differ the page says by how much. One page: seven rows as on the
 * form, more when more expense lines are entered (up to ten).
 */
import { ntd as ntdText, text as bi } from "../rules/core/format.js";
import { cell, columns, DocumentBuilder, boxWidth, labelCell, para, row, table, type Row } from "./doc.js";
import { ceilingWarning } from "./ceiling.js";
import { orgName, PLAN_MAX, signatureRows } from "./common.js";
import { ntd, sum } from "./format.js";
import { defineForm, type Values } from "./types.js";

/** Rows of the printed table: seven on the form; longer lists grow the table on the same page, up to ten. */
export const EXPENSE_ROWS = 7;
export const EXPENSE_MAX = 10;

/** The table is set in 11 pt so that ten two-line expense lines still fit the page. */
const SIZE = 11;

export interface ExpenseTotals {
  income: number;
  expense: number;
  /** Income minus expense: 0 when the statement balances. */
  difference: number;
}

function expenseLines(values: Values): { item: string; amount: number | null }[] {
  return Array.from({ length: values.rows("expenses") }, (_, i) => ({
    item: values.text(`expenses.${i}.item`),
    amount: values.amount(`expenses.${i}.amount`),
  }));
}

export const sppExpenseStatement = defineForm<ExpenseTotals>({
  id: "spp-expense-statement",
  sections: [
    {
      id: "plan",
      title: bi("計畫", "The plan"),
      fields: [
        {
          key: "planName",
          kind: "text",
          max: PLAN_MAX,
          label: bi("計畫名稱", "Plan name (計畫名稱)"),
          hint: bi(
            "與核定計畫相同，例如：108年度採購新創產品或服務計畫-臺南市智慧路燈採購案",
            "As approved, for example 108年度採購新創產品或服務計畫-臺南市智慧路燈採購案",
          ),
        },
        orgName(bi("受補助機關", "Grantee (受補助機關)")),
      ],
    },
    {
      id: "income",
      title: bi("收入來源", "Income"),
      fields: [
        { key: "subsidy", kind: "amount", label: bi("經濟部中小企業處補助款（核定數）", "SMEA subsidy (the approved amount)"), width: "medium" },
        { key: "selfFunding", kind: "amount", label: bi("自籌款", "Self-raised funds (自籌款)"), width: "medium" },
        {
          key: "selfFundingSource",
          kind: "text",
          // Two lines in parentheses under 自籌款, in the income column's three.
          max: 16,
          label: bi("自籌款來源", "Source of the self-raised funds"),
          hint: bi("表上註明「需註明來源」，例如：本府109年度預算", "The form asks for the source, for example the agency's own budget of the year"),
        },
      ],
    },
    {
      id: "expenses",
      title: bi("支出明細", "Expenses"),
      fields: [
        {
          key: "expenses",
          kind: "rows",
          max: EXPENSE_MAX,
          itemLabel: bi("支出", "Expense"),
          label: bi("支出明細", "Expense lines"),
          columns: [
            { key: "item", kind: "text", max: 20, label: bi("項目", "Item") },
            { key: "amount", kind: "amount", label: bi("金額（元）", "Amount (NT$)"), width: "medium" },
          ],
        },
      ],
    },
  ],
  compute(values) {
    const income = sum([values.amount("subsidy"), values.amount("selfFunding")]);
    const expense = sum(expenseLines(values).map((l) => l.amount));
    const difference = income - expense;
    // The self-raised funds are the rest of the plan's cost: with them, the rate can be checked too.
    const self = values.amount("selfFunding");
    const overCeiling = [ceilingWarning(values.amount("subsidy"), self === null ? null : income)].filter((w) => w !== null);
    return {
      data: { income, expense, difference },
      figures: [
        { label: bi("收入合計", "Total income"), value: ntdText(income) },
        { label: bi("支出合計", "Total expenses"), value: ntdText(expense) },
        {
          label: bi("收支差額", "Difference"),
          value:
            difference === 0
              ? bi("0 元（收支相符）", "NT$0 (the statement balances)")
              : bi(
                  `${difference > 0 ? "收入多於支出" : "支出多於收入"} ${ntd(Math.abs(difference))} 元`,
                  `${difference > 0 ? "Income exceeds expenses" : "Expenses exceed income"} by NT$${ntd(Math.abs(difference))}`,
                ),
        },
      ],
      issues: [],
      warnings: [
        ...(difference === 0
          ? []
          : [
              bi(
                `收入合計與支出合計不相符，差額 ${ntd(Math.abs(difference))} 元；送出前請核對各筆金額。`,
                `Total income and total expenses differ by NT$${ntd(Math.abs(difference))}; check each amount before sending.`,
              ),
            ]),
        ...overCeiling,
      ],
    };
  },
  build(values, totals) {
    const doc = new DocumentBuilder("費用支出明細表", 12);
    const lines = expenseLines(values);
    const w = columns(30, 20, 30, 20);
    const wide = boxWidth(...w.slice(1));
    const income: { label: string[]; amount: number | null }[] = [
      { label: ["經濟部中小企業處補助款", "(核定數)"], amount: values.amount("subsidy") },
      { label: ["自籌款", `(${values.text("selfFundingSource") || "需註明來源"})`], amount: values.amount("selfFunding") },
    ];
    const body: Row[] = Array.from({ length: Math.max(EXPENSE_ROWS, lines.length) }, (_, i) => {
      const line = lines[i];
      const source = income[i];
      return row(
        cell(source ? source.label.join("\n") : "", { valign: "middle", lines: i === 1 ? 3 : 2 }),
        cell(source ? ntd(source.amount) : "", { align: "right", valign: "middle" }),
        doc.valueCell(line?.item ?? "", { name: `支出明細第${i + 1}列項目`, width: boxWidth(w[2]!), lines: 2, size: SIZE, valign: "middle" }),
        cell(line ? ntd(line.amount) : "", { align: "right", valign: "middle" }),
      );
    });
    const hasIncome = income.some((s) => s.amount !== null);
    const hasExpense = lines.some((l) => l.amount !== null);
    doc.page(
      para("費用支出明細表", { align: "center", bold: true, size: 18 }),
      para("單位：新臺幣元", { align: "right", size: 11 }),
      table(w, [
        row(labelCell("計畫名稱"), doc.valueCell(values.text("planName"), { name: "計畫名稱", width: wide, lines: 2, size: SIZE, span: 3, valign: "middle" })),
        row(labelCell("受補助機關"), doc.valueCell(values.text("orgName"), { name: "受補助機關", width: wide, lines: 2, size: SIZE, span: 3, valign: "middle" })),
        row(labelCell("收入來源", { rowSpan: 2 }), labelCell("金額", { rowSpan: 2 }), labelCell("支　出　明　細", { span: 2 })),
        row(labelCell("項目"), labelCell("金額")),
        ...body,
        row(
          labelCell("合計"),
          cell(totals && hasIncome ? ntd(totals.income) : "", { align: "right", valign: "middle" }),
          labelCell("合計"),
          cell(totals && hasExpense ? ntd(totals.expense) : "", { align: "right", valign: "middle" }),
        ),
      ], SIZE),
      table(columns(20, 20, 20, 20, 20), signatureRows(["承辦人員", "承辦單位主管", "主辦會計主管", "機關首長", "(機關印信)"], 3)),
    );
    return doc.build();
  },
});
