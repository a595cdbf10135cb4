/**
 * 表5-3 補助款納入預算證明 (spp-subsidy-manual-2019.txt 表5-3): the county or city proves that
 * the central subsidy and its own share are in its expenditure budget, a document every claim
 * needs (第五節 一(三)) and without which the plan is cancelled (第五節 二(三)3). The subsidy
 * and the local share, with their 大寫 amounts, come from the spp-mature-subsidy calculator;
 * each side has its year (年度別) and its kind of budget (預算別). One page.
 */
import { text as bi, ntd as ntdText } from "../rules/core/format.js";
import type { Text } from "../rules/core/types.js";
import { boxWidth, cell, check, columns, DocumentBuilder, fill, labelCell, para, row, space, table, text, type Para } from "./doc.js";
import { numberFill, PLAN_MAX, signingDate } from "./common.js";
import { ntdWords, rocDate } from "./format.js";
import { matureParams2019 } from "../rules/spp/params-2019.js";
import { matureSubsidyFields, requestedSubsidy, runMatureSubsidy, subsidyField } from "./spp-mature-proposal.js";
import { defineForm, type Answers, type FieldSpec, type Values } from "./types.js";

export interface BudgetMoney {
  subsidy: number;
  localShare: number;
}

/** The two columns of 納入歲出預算情形: the subsidy's budget and the local share's. */
const budgetSides = [
  { key: "subsidyBudget", title: "補助款", label: bi("補助款", "The subsidy") },
  { key: "shareBudget", title: "分擔款", label: bi("分擔款", "The local share") },
] as const;

const budgetTypes = [
  { value: "general", label: bi("總預算", "General budget (總預算)") },
  { value: "special", label: bi("特別預算", "A special budget (特別預算)") },
  { value: "general-supplement", label: bi("總預算追加減預算", "A supplementary general budget (總預算第○次追加減預算)") },
  { value: "special-supplement", label: bi("特別預算追加減預算", "A supplementary special budget (特別預算第○次追加減預算)") },
  { value: "subsidiary", label: bi("附屬單位預算", "A subsidiary unit's budget (附屬單位預算)") },
  { value: "council-advance", label: bi("議會同意以墊付款先行支用", "The council agreed to advance payment (墊付款先行支用)") },
] as const;

const typeIs =
  (key: string, ...types: string[]) =>
  (answers: Answers): boolean =>
    types.includes(answers[`${key}.type`] ?? "");

function sideFields(key: string, side: Text): FieldSpec[] {
  const of = (zh: string, en: string): Text => bi(`${side["zh-TW"]}：${zh}`, `${side.en}: ${en}`);
  return [
    { key: `${key}.year`, kind: "integer", min: 100, max: 200, label: of("年度別（民國）", "budget year (ROC)"), width: "short" },
    { key: `${key}.type`, kind: "choice", label: of("預算別", "kind of budget"), options: budgetTypes },
    {
      key: `${key}.name`,
      kind: "text",
      max: 12,
      label: of("特別預算或附屬單位預算名稱", "name of the special or subsidiary budget"),
      showIf: typeIs(key, "special", "special-supplement", "subsidiary"),
    },
    { key: `${key}.round`, kind: "integer", min: 1, max: 20, label: of("第幾次追加減預算", "which supplementary budget"), showIf: typeIs(key, "general-supplement", "special-supplement"), width: "short" },
    { key: `${key}.councilDate`, kind: "date", label: of("議會同意函日期", "date of the council's letter"), showIf: typeIs(key, "council-advance"), width: "short" },
    { key: `${key}.councilWord`, kind: "text", max: 8, label: of("議會函：○○字", "council's letter: the 字 part"), showIf: typeIs(key, "council-advance"), width: "short" },
    { key: `${key}.councilNumber`, kind: "text", max: 14, label: of("議會函：第○○號", "council's letter: the number"), showIf: typeIs(key, "council-advance"), width: "medium" },
  ];
}

/** The 預算別 boxes of one side, the chosen one ticked and its blanks filled. */
function budgetBoxes(values: Values, key: string): Para[] {
  const type = values.text(`${key}.type`);
  const on = (t: string) => check(type === t);
  const name = (...types: string[]) => fill(types.includes(type) ? values.text(`${key}.name`) : "", 5);
  const round = (t: string) => numberFill(type === t ? values.integer(`${key}.round`) : null, 1);
  const advance = type === "council-advance";
  const size = { size: 10 };
  return [
    para([on("general"), "總預算／", on("special"), name("special"), "特別預算"], size),
    para([on("general-supplement"), "總預算第", round("general-supplement"), "次追加減預算"], size),
    para([on("special-supplement"), name("special-supplement"), "特別預算第", round("special-supplement"), "次追加減預算"], size),
    para([on("subsidiary"), name("subsidiary"), "附屬單位預算"], size),
    para([
      on("council-advance"),
      "業經本縣（市）議會以",
      ...rocDate(advance ? values.date(`${key}.councilDate`) : "", "", { year: 2, part: 1 }),
      fill(advance ? values.text(`${key}.councilWord`) : "", 3),
      "字第",
      fill(advance ? values.text(`${key}.councilNumber`) : "", 4),
      "號函同意以墊付款先行支用",
    ], size),
  ];
}

export const sppBudgetCertificate = defineForm<BudgetMoney>({
  id: "spp-budget-certificate",
  sections: [
    {
      id: "plan",
      title: bi("補助計畫", "The subsidised plan"),
      fields: [
        { key: "county", kind: "text", max: 10, label: bi("縣（市）", "County or city"), hint: bi("印在標題「○○○縣(市)接受中央計畫型補助款納入預算證明」。", "Printed in the title, for example 臺南市"), width: "short" },
        { key: "grantor", kind: "text", max: 30, label: bi("補助機關", "Granting agency (補助機關)"), hint: bi("108 年度為經濟部中小企業處。", "For 2019, 經濟部中小企業處 (SMEA).") },
        { key: "approvalRef", kind: "text", max: 40, label: bi("核定日期文號", "Date and reference of the approval letter") },
        { key: "planName", kind: "text", max: PLAN_MAX, label: bi("補助計畫名稱", "Plan name (補助計畫名稱)") },
        { key: "budgetAgency", kind: "text", max: 30, profile: "orgName", label: bi("納入歲出預算機關", "Agency whose expenditure budget holds it") },
      ],
    },
    {
      id: "money",
      title: bi("補助款與分擔款", "Subsidy and local share"),
      intro: bi(
        "補助款與分擔款由「成熟型補助上限與地方分擔款試算」計算並以大寫印出，與提案計畫書所用的數字相同。",
        "The subsidy and the local share are worked out by the mature-track subsidy calculator and printed in uppercase numerals, the same figures as the proposal.",
      ),
      fields: [...matureSubsidyFields, subsidyField(
          bi("補助款（核定數）", "Subsidy (as approved)"),
          bi(
            `留空即印補助上限；中小企業處核定較少時（${matureParams2019.adjustment.clause}），填核定函所載金額。`,
            `Empty prints the ceiling; when SMEA approved less (${matureParams2019.adjustment.clause}), type the amount in the approval letter.`,
          ),
        )],
    },
    ...budgetSides.map((side) => ({
      id: side.key,
      title: bi(`${side.title}納入歲出預算情形`, `How ${side.label.en.toLowerCase()} is budgeted`),
      fields: sideFields(side.key, side.label),
    })),
    {
      id: "signing",
      title: bi("備註與日期", "Remarks and date"),
      fields: [{ key: "remarks", kind: "textarea", rows: 2, max: 100, label: bi("備註", "Remarks (備註)") }, signingDate()],
    },
  ],
  compute(values) {
    const ran = runMatureSubsidy(values);
    if (!ran.outcome) return { data: null, figures: [], issues: ran.issues, warnings: [], ...(ran.pending ? { pending: ran.pending } : {}) };
    const { subsidy, localShare, issues } = requestedSubsidy(values, ran.outcome.value, values.integer("financialTier"));
    return {
      data: issues.length ? null : { subsidy, localShare },
      figures: [
        { label: bi("補助款", "Subsidy"), value: ntdText(subsidy) },
        { label: bi("分擔款", "Local share"), value: ntdText(localShare) },
      ],
      issues,
      warnings: ran.outcome.warnings.filter((w) => w.id !== "edition-ended").map((w) => w.message),
    };
  },
  build(values, m) {
    const SIZE = 11;
    const doc = new DocumentBuilder("接受中央計畫型補助款納入預算證明", SIZE);
    const w = columns(22, 11, 28, 11, 28);
    const [, w1, w2, w3, w4] = w as [number, number, number, number, number];
    const wide = boxWidth(w1, w2, w3, w4);
    const value = (key: string, name: string) => doc.valueCell(values.text(key), { name, width: wide, lines: 2, size: SIZE, span: 4, valign: "middle" });
    const words = (n: number | undefined) => cell(m && n !== undefined ? ntdWords(n) : "", { span: 2, valign: "middle", lines: 2 });
    const year = (key: string) => cell([para(numberFill(values.integer(`${key}.year`), 3))], { valign: "middle" });
    const [sub, share] = budgetSides;
    doc.page(
      para([fill(values.text("county"), 6), text("接受中央計畫型補助款納入預算證明")], { align: "center", bold: true, size: 16 }),
      space(6),
      table(w, [
        row(labelCell("補助機關"), value("grantor", "補助機關")),
        row(labelCell("核定日期文號"), value("approvalRef", "核定日期文號")),
        row(labelCell("補助計畫名稱"), value("planName", "補助計畫名稱")),
        row(labelCell("納入歲出預算\n金額(大寫)", { rowSpan: 2 }), labelCell("補助款", { span: 2 }), labelCell("分擔款", { span: 2 })),
        row(words(m?.subsidy), words(m?.localShare)),
        row(labelCell("納入歲出預算\n機關"), value("budgetAgency", "納入歲出預算機關")),
        row(labelCell("納入歲出預算\n情形", { rowSpan: 3 }), labelCell(sub.title, { span: 2 }), labelCell(share.title, { span: 2 })),
        row(labelCell("年度別"), year(sub.key), labelCell("年度別"), year(share.key)),
        row(labelCell("預算別"), cell(budgetBoxes(values, sub.key)), labelCell("預算別"), cell(budgetBoxes(values, share.key))),
        row(labelCell("備註"), doc.valueCell(values.text("remarks"), { name: "備註", width: wide, lines: 3, size: SIZE, span: 4 })),
      ], SIZE),
      space(36),
      para("機關首長職銜簽字章", { align: "right", size: 14 }),
      space(90),
      para(rocDate(values.date("date"), "中華民國"), { align: "center", size: 14 }),
    );
    return doc.build();
  },
});
