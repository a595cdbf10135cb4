/**
 * 新創採購成熟型 提案計畫書: the cover (spp-subsidy-manual-2019.txt 第三節 三 封面格式;
 * numbering -k/n from 第三節 二) and the 綜合資料表 that follows it (第三節 三 綜合資料表格式,
 * fields explained in 第三節 二(二)). Two pages. The budget is in NT$ thousands (千元) as
 * the sheet says; the subsidy and the local share come from the spp-mature-subsidy calculator.
 */
import { runCalculator } from "../rules/core/calculator.js";
import { sppMatureSubsidy } from "../rules/spp/mature-subsidy.js";
import { matureParams2019, reviewParams2019 } from "../rules/spp/params-2019.js";
import { num, pct, text as both } from "../rules/core/format.js";
import type { Text } from "../rules/core/types.js";
import { cell, columns, DocumentBuilder, fill, boxWidth, labelCell, para, row, space, table, text, type Inline } from "./doc.js";
import {
  contactFields,
  contactRows,
  numberFill,
  orgName,
  periodIssues,
  planPeriod,
  runWhenReady,
  sequenceFields,
  sequenceIssues,
  signingDate,
} from "./common.js";
import { aboveCeiling } from "./ceiling.js";
import { ntd, rocDate, thousands } from "./format.js";
import { defineForm, type Answers, type FieldSpec, type Figure, type Issue, type Values } from "./types.js";

export interface MatureMoney {
  totalCost: number;
  eligibleAmount: number;
  maxRate: number;
  maxSubsidy: number;
  /** The subsidy asked for: the ceiling, or less when a lower amount is typed. */
  subsidy: number;
  /** Total cost less the subsidy asked for. */
  localShare: number;
  capped: boolean;
  /** 資本門 as entered, and 經常門, the rest of the calculator's total cost. */
  capital: number;
  current: number;
}

const oneOff = (a: Answers) => a["purchaseKind"] === "one-off";
const continuous = (a: Answers) => a["purchaseKind"] === "continuous";

const LABELS = {
  financialTier: { "zh-TW": "財力級次", en: "Financial tier" },
  purchaseKind: { "zh-TW": "採購型態", en: "Kind of purchase" },
  contractAmount: { "zh-TW": "契約金額", en: "Contract amount" },
  monthlyPrice: { "zh-TW": "每月價格", en: "Monthly price" },
  months: { "zh-TW": "契約月數", en: "Contract months" },
} as const satisfies Record<string, Text>;

const money = (n: number): Text => both(`${ntd(n)} 元（${thousands(n)} 千元）`, `NT$${ntd(n)} (${thousands(n)} thousand)`);

/** "108年度採購新創產品或服務計畫-臺南市智慧路燈採購案-2/3", blanks where parts are missing. */
function matureTitle(values: Values): Inline[] {
  return [
    numberFill(values.integer("rocYear"), 2),
    text("年度採購新創產品或服務計畫-"),
    fill(values.text("county"), 3),
    fill(values.text("caseName").replace(/採購案$/, ""), 4),
    text("採購案-"),
    numberFill(values.integer("seq"), 1),
    text("/"),
    numberFill(values.integer("of"), 1),
  ];
}

/** The questions of the spp-mature-subsidy calculator, as the forms that print its result ask them. */
export const matureSubsidyFields: FieldSpec[] = [
  {
    key: "financialTier",
    kind: "choice",
    label: LABELS.financialTier,
    hint: {
      "zh-TW": "依行政院主計總處該年度「各直轄市及縣（市）政府財力分級表」。",
      en: "From the DGBAS table of local governments' financial tiers for the year.",
    },
    options: [1, 2, 3, 4, 5].map((n) => ({ value: String(n), label: both(`第 ${n} 級`, `Tier ${n}`) })),
  },
  {
    key: "purchaseKind",
    kind: "choice",
    label: LABELS.purchaseKind,
    options: [
      { value: "one-off", label: both("一次性採購", "One-off purchase") },
      { value: "continuous", label: both("持續性服務（按月計價）", "Continuous service (priced by the month)") },
    ],
  },
  { key: "contractAmount", kind: "amount", label: LABELS.contractAmount, showIf: oneOff, width: "medium" },
  { key: "monthlyPrice", kind: "amount", label: LABELS.monthlyPrice, showIf: continuous, width: "medium" },
  { key: "months", kind: "integer", min: 1, max: 600, label: LABELS.months, showIf: continuous, width: "short" },
];

const budgetCriterion = reviewParams2019.mature.value.find((c) => c.id === "budget")!;

const lowerAsk: Text = both(
  `留空即為補助上限。可填較少的金額，分擔款隨之增加：審查要項「${budgetCriterion.label["zh-TW"]}」占 ${budgetCriterion.weight}%（${budgetCriterion.clause}），採購金額較高者應提高分擔款比例（${matureParams2019.localShare.clause}）。`,
  `Empty means the ceiling. A lower amount is allowed and the local share grows by as much: the review gives ${budgetCriterion.weight}% to “${budgetCriterion.label.en}” (${budgetCriterion.clause}), and larger purchases should carry a larger local share (${matureParams2019.localShare.clause}).`,
);

/**
 * The subsidy asked for, on the forms that print it. Less than the ceiling is allowed: the
 * manual asks for a larger local share on larger purchases (第三節 二(二)5), and the review
 * weighs the share of matching funds (第四節 二(三)).
 */
export const subsidyField = (label: Text, hint: Text = lowerAsk): FieldSpec => ({ key: "requestedSubsidy", kind: "amount", label, hint, width: "medium" });

type MatureValue = { totalCost: number; eligibleAmount: number; maxRate: number; maxSubsidy: number };

/** The subsidy typed (or the ceiling) and the local share it leaves; a subsidy above the ceiling is refused, as 第一節 二 caps it. */
export function requestedSubsidy(values: Values, value: MatureValue, tier: number | null): { subsidy: number; localShare: number; issues: Issue[] } {
  const typed = values.amount("requestedSubsidy");
  const above = typed === null ? null : aboveCeiling(typed, value, tier);
  const subsidy = typed === null || above ? value.maxSubsidy : typed;
  return { subsidy, localShare: value.totalCost - subsidy, issues: above ? [{ key: "requestedSubsidy", message: above }] : [] };
}

/** Runs spp-mature-subsidy on those answers once they are all given. */
export function runMatureSubsidy(values: Values) {
  const kind = values.text("purchaseKind");
  const tier = values.integer("financialTier");
  const amounts = kind === "continuous" ? (["monthlyPrice", "months"] as const) : (["contractAmount"] as const);
  const needed = [
    { key: "financialTier", present: tier !== null, label: LABELS.financialTier },
    { key: "purchaseKind", present: kind !== "", label: LABELS.purchaseKind },
    ...(kind
      ? amounts.map((key) => ({ key, present: (key === "months" ? values.integer(key) : values.amount(key)) !== null, label: LABELS[key] }))
      : []),
  ];
  const input =
    kind === "continuous"
      ? { financialTier: tier, purchaseKind: kind, monthlyPrice: values.amount("monthlyPrice"), months: values.integer("months") }
      : { financialTier: tier, purchaseKind: kind, contractAmount: values.amount("contractAmount") };
  return runWhenReady(needed, () => runCalculator(sppMatureSubsidy, input), (path) => path || "purchaseKind");
}

export const sppMatureProposal = defineForm<MatureMoney>({
  id: "spp-mature-proposal",
  sections: [
    {
      id: "cover",
      title: { "zh-TW": "封面與計畫名稱", en: "Cover and plan name" },
      intro: {
        "zh-TW": "計畫名稱格式為「○○○年度採購新創產品或服務計畫-○○縣(市)○○○○採購案-○/n」；同一機關提出多案時，依序編為 1/n、2/n…，n 為總案數（第三節 二）。",
        en: "The plan name reads “[ROC year]年度採購新創產品或服務計畫-[county or city][name]採購案-k/n”; an agency sending several proposals numbers them 1/n, 2/n … where n is its total (Section 3 二).",
      },
      fields: [
        sequenceFields[0]!,
        {
          key: "county",
          kind: "text",
          label: { "zh-TW": "縣（市）", en: "County or city" },
          hint: { "zh-TW": "例如：臺南市", en: "In Chinese, for example 臺南市" },
          max: 10,
          width: "short",
        },
        {
          key: "caseName",
          kind: "text",
          label: { "zh-TW": "採購案名稱（「採購案」三字自動加上）", en: "What is bought (採購案 is added)" },
          hint: { "zh-TW": "應清楚表明採購品項，例如：智慧路燈", en: "It must make the items clear, for example 智慧路燈 (smart streetlights)" },
          max: 40,
        },
        ...sequenceFields.slice(1),
        orgName(
          { "zh-TW": "申請機關", en: "Applying agency (申請機關)" },
          {
            "zh-TW": "直轄市、縣（市）政府一級單位、所屬一級機關或所轄鄉鎮市公所（含學校、醫院），須能提供補助款納入預算證明。",
            en: "A first-level unit or agency of a municipal or county (city) government, or a township office (schools and hospitals included), able to prove the subsidy is in its budget.",
          },
        ),
        signingDate(),
      ],
    },
    {
      id: "period",
      title: { "zh-TW": "計畫期程", en: "Project period" },
      intro: {
        "zh-TW": "全程計畫以核定公告次日起算；108 年度版規定至遲應於 108 年 12 月 10 日完成驗收（已結束）。",
        en: "The project starts the day after approval is announced; the 2019 edition required acceptance by 10 December 2019 (ended).",
      },
      fields: planPeriod({ "zh-TW": "開始日", en: "Start date" }, { "zh-TW": "結束日", en: "End date" }),
    },
    {
      id: "budget",
      title: { "zh-TW": "計畫經費與經費來源", en: "Budget and funding sources" },
      intro: {
        "zh-TW": "補助上限由「成熟型補助上限與地方分擔款試算」計算；申請補助款留空即以上限申請，也可填較少的金額，分擔款為其餘經費。表上以千元為單位。",
        en: "The subsidy ceiling is worked out by the mature-track subsidy calculator; leave the subsidy requested empty to ask for the ceiling, or type less, and the local share is the rest. The sheet shows them in NT$ thousands.",
      },
      fields: [
        ...matureSubsidyFields,
        subsidyField(both("申請補助款", "Subsidy requested")),
        {
          key: "capital",
          kind: "amount",
          label: { "zh-TW": "其中資本門金額", en: "Of which capital expenditure (資本門)" },
          hint: {
            "zh-TW": "購置設備等資本支出；其餘即為經常門。留空視為 0。",
            en: "Spending on equipment and other capital items; the rest of the total is current expenditure (經常門). Empty counts as 0.",
          },
          width: "medium",
        },
        {
          key: "shareUnit",
          kind: "text",
          label: { "zh-TW": "分擔款經費來源：單位", en: "Local share: funding unit" },
          max: 30,
          profile: "orgName",
        },
      ],
    },
    {
      id: "items",
      title: { "zh-TW": "計畫採購類別品項", en: "Items to be procured" },
      intro: {
        "zh-TW": "依序填寫中小企業處公告之共同供應契約品項名稱及數量，可為複數。",
        en: "The names and quantities of the joint supply contract items announced by SMEA, in order; more than one is fine.",
      },
      fields: [
        { key: "products", kind: "textarea", rows: 3, max: 600, label: { "zh-TW": "產品", en: "Products" } },
        { key: "services", kind: "textarea", rows: 3, max: 600, label: { "zh-TW": "服務", en: "Services" } },
      ],
    },
    {
      id: "plan",
      title: { "zh-TW": "計畫摘要", en: "Plan summary" },
      fields: [
        {
          key: "use",
          kind: "textarea",
          max: 2000,
          label: { "zh-TW": "預定用途", en: "Intended use" },
          hint: { "zh-TW": "摘要使用場合、時機、對象、範圍或頻率等情形。", en: "Where, when, for whom, how widely or how often it will be used." },
        },
        {
          key: "adoption",
          kind: "textarea",
          max: 2000,
          label: { "zh-TW": "採用規劃、相關資源整合及配套措施", en: "Adoption plan, integration of resources and supporting measures" },
          hint: {
            "zh-TW": "摘要敘明有無涉及結合或汰換既有資源，或與既有資源結合後功能互為提升等情形。",
            en: "Whether existing resources are combined or replaced, or whether combining with them improves both.",
          },
        },
        {
          key: "benefits",
          kind: "textarea",
          max: 2000,
          label: { "zh-TW": "預期效益", en: "Expected benefits" },
          hint: {
            "zh-TW": "摘要敘明降低成本、促進效率、提升公共服務品質或協助新創產品曝光等情形。",
            en: "Lower costs, greater efficiency, better public services or exposure for startup products.",
          },
        },
        {
          key: "monitoring",
          kind: "textarea",
          max: 2000,
          label: { "zh-TW": "管考機制規劃", en: "Monitoring plan" },
          hint: {
            "zh-TW": "摘要敘明如何確保計畫有效率之確實執行及後續維運計畫。",
            en: "How efficient, faithful execution and later operation and maintenance are ensured.",
          },
        },
      ],
    },
    {
      id: "contacts",
      title: { "zh-TW": "申請機關聯絡人員及主管", en: "Applying agency's contact person and head of unit" },
      fields: contactFields,
    },
  ],
  compute(values) {
    const ran = runMatureSubsidy(values);
    if (!ran.outcome) return { data: null, figures: [], issues: ran.issues, warnings: [], ...(ran.pending ? { pending: ran.pending } : {}) };

    const value = ran.outcome.value;
    const capital = values.amount("capital") ?? 0;
    const { issues: askIssues, ...asked } = requestedSubsidy(values, value, values.integer("financialTier"));
    const issues: Issue[] = [...askIssues];
    if (capital > value.totalCost) {
      issues.push({
        key: "capital",
        message: both(`資本門不可超過全程總經費 ${ntd(value.totalCost)} 元`, `Capital expenditure cannot exceed the total cost of NT$${ntd(value.totalCost)}`),
      });
    }
    const data: MatureMoney = { ...value, ...asked, capital, current: value.totalCost - capital };
    const share = value.totalCost ? pct(data.localShare / value.totalCost) : pct(0);
    const figures: Figure[] = [
      { label: both("全程總經費", "Total cost"), value: money(value.totalCost) },
      { label: both("補助比例上限", "Maximum subsidy rate"), value: both(`${Math.round(value.maxRate * 100)}%`, `${Math.round(value.maxRate * 100)}%`) },
      { label: both("補助上限", "Subsidy ceiling"), value: money(value.maxSubsidy) },
      {
        label: both("申請補助款", "Subsidy requested"),
        value: data.subsidy === value.maxSubsidy ? both(`${money(data.subsidy)["zh-TW"]}，即補助上限`, `${money(data.subsidy).en}, the ceiling`) : both(`${money(data.subsidy)["zh-TW"]}，低於上限 ${num(value.maxSubsidy - data.subsidy)} 元`, `${money(data.subsidy).en}, NT$${num(value.maxSubsidy - data.subsidy)} below the ceiling`),
      },
      { label: both("分擔款", "Local share"), value: both(`${money(data.localShare)["zh-TW"]}，占總經費 ${share}`, `${money(data.localShare).en}, ${share} of the total cost`) },
      { label: both("經常門", "Current expenditure"), value: money(data.current) },
      { label: both("資本門", "Capital expenditure"), value: money(capital) },
    ];
    return { data: issues.length ? null : data, figures, issues, warnings: ran.outcome.warnings.map((w) => w.message) };
  },
  check: (values) => [...periodIssues(values, "periodFrom", "periodTo"), ...sequenceIssues(values)],
  build(values, m) {
    const doc = new DocumentBuilder("採購新創產品或服務計畫 提案計畫書", 12);
    const title = matureTitle(values);
    const org = values.text("orgName");
    doc.page(
      space(170),
      para(title, { align: "center", bold: true, size: 20 }),
      space(330),
      para(["申請機關：", fill(org, 10)], { align: "center", size: 16 }),
      para(rocDate(values.date("date"), "中華民國", { year: 3, part: 2 }), { align: "center", size: 16, before: 16 }),
    );

    // Label column, then 單位 姓名 職稱 電子信箱 聯絡電話: the widest row of the sheet sets the grid.
    const w = columns(82, 68, 60, 60, 124, 99);
    const [, w1, w2, w3, w4, w5] = w as [number, number, number, number, number, number];
    const wide = boxWidth(w1, w2, w3, w4, w5);
    // 11 pt: the sheet's eleven rows and four summaries fit one page with room for long names.
    const size = 11;
    const k = (n: number | null | undefined) => (m ? thousands(n) : "");
    const box = (key: string, name: string, prompt: string, lines: number) =>
      row(labelCell(name), cell(doc.box(values.text(key), { name, prompt, width: wide, lines, size }), { span: 5, lines }));
    const items = (key: string, name: string, width: number) => doc.box(values.text(key), { name: `計畫採購類別品項（${name}）`, width, lines: 3, size });

    doc.page(
      para("綜合資料表", { align: "center", bold: true, size: 16 }),
      table(w, [
        row(labelCell("計畫名稱"), cell([para(title)], { span: 5, lines: 2, valign: "middle" })),
        row(labelCell("申請機關"), doc.valueCell(org, { name: "申請機關", width: wide, lines: 2, size, span: 5, valign: "middle" })),
        row(
          labelCell("計畫期程"),
          cell([para(["民國", ...rocDate(values.date("periodFrom"), ""), "至", ...rocDate(values.date("periodTo"), "")])], { span: 5 }),
        ),
        row(labelCell("計畫經費\n(千元)", { rowSpan: 2 }), labelCell("全程總經費", { span: 2 }), labelCell("經常門", { span: 2 }), labelCell("資本門")),
        row(cell(k(m?.totalCost), { span: 2, align: "right" }), cell(k(m?.current), { span: 2, align: "right" }), cell(k(m?.capital), { align: "right" })),
        row(labelCell("經費來源\n(千元)", { rowSpan: 3 }), labelCell("申請補助款", { span: 2, rowSpan: 2 }), labelCell("分擔款經費來源", { span: 3 })),
        row(labelCell("單位", { span: 2 }), labelCell("金額")),
        row(cell(k(m?.subsidy), { span: 2, align: "right" }), doc.valueCell(values.text("shareUnit"), { name: "分擔款經費來源單位", width: boxWidth(w3, w4), lines: 2, size, span: 2 }), cell(k(m?.localShare), { align: "right" })),
        row(labelCell("計畫採購\n類別品項\n(可為複數\n以上)", { rowSpan: 2 }), labelCell("產品", { span: 3 }), labelCell("服務", { span: 2 })),
        row(cell(items("products", "產品", boxWidth(w1, w2, w3)), { span: 3, lines: 3 }), cell(items("services", "服務", boxWidth(w4, w5)), { span: 2, lines: 3 })),
        box("use", "預定用途", "（摘要使用場合、時機、對象、範圍或頻率等情形）", 5),
        box("adoption", "採用規劃、相關資源整合及配套措施", "（摘要敘明有無涉及結合或汰換既有資源、或與既有資源結合後功能互為提升等情形）", 5),
        box("benefits", "預期效益", "（摘要敘明降低成本、促進效率、提升公共服務品質等情形）", 4),
        box("monitoring", "管考機制規劃", "（摘要敘明如何確保計畫有效率之確實執行）", 4),
        ...contactRows(doc, values, labelCell("申請機關\n聯絡人員\n及主管"), "申請機關聯絡人員及主管", w.slice(1)),
      ], size),
    );
    return doc.build();
  },
});
