/**
 * 表5-4 初驗紀錄 (spp-subsidy-manual-2019.txt 表5-4): the record of a first inspection, sent
 * with the first installment of a contract over six months (附錄一 九(二)2(1)) and with the
 * current year's claim of a cross-year payment (第五節 一(三)2). Every field and box of the
 * seed's layout, and its closing note that the layout is a reference an agency may adapt.
 * One page.
 */
import { text as bi } from "../rules/core/format.js";
import type { Text } from "../rules/core/types.js";
import { boxWidth, cell, check, columns, DocumentBuilder, fill, labelCell, para, row, table, text, type Cell, type Row } from "./doc.js";
import { choiceBoxes, orgName, procurementSize, procurementSizes } from "./common.js";
import { ntd, rocDate } from "./format.js";
import { defineForm, type Answers } from "./types.js";

/** Inspectors printed: four rows of two on the form. */
const INSPECTOR_ROWS = 4;
export const INSPECTORS_MAX = INSPECTOR_ROWS * 2;

const choice = (key: string, label: Text, options: readonly { value: string; label: Text }[], hint?: Text) =>
  ({ key, kind: "choice", label, options, ...(hint ? { hint } : {}) }) as const;

const nonconforming = (a: Answers) => a["result"] === "nonconforming";

export const sppInitialInspection = defineForm<null>({
  id: "spp-initial-inspection",
  sections: [
    {
      id: "heading",
      title: bi("機關、時間與地點", "Agency, time and place"),
      fields: [
        orgName(bi("機關全銜", "Full name of the agency (機關全銜)")),
        choice("scope", bi("初驗範圍", "What was inspected"), [
          { value: "all", label: bi("全部", "All of it (全部)") },
          { value: "part", label: bi("部分", "Part of it (部分)") },
        ]),
        { key: "inspectedOn", kind: "date", label: bi("初驗日期", "Date of the inspection"), width: "short" },
        choice("halfDay", bi("上午或下午", "Morning or afternoon"), [
          { value: "am", label: bi("上午", "Morning (上午)") },
          { value: "pm", label: bi("下午", "Afternoon (下午)") },
        ]),
        { key: "hour", kind: "integer", min: 1, max: 12, label: bi("時", "Hour (1–12)"), width: "short" },
        { key: "minute", kind: "integer", min: 0, max: 59, label: bi("分", "Minute"), width: "short" },
        { key: "place", kind: "text", max: 24, label: bi("地點", "Place (地點)") },
      ],
    },
    {
      id: "contract",
      title: bi("採購案", "The procurement"),
      fields: [
        { key: "caseNo", kind: "text", max: 30, label: bi("案號及契約號", "Case and contract number") },
        { key: "vendor", kind: "text", max: 30, label: bi("廠商名稱", "Supplier (廠商名稱)") },
        { key: "subject", kind: "textarea", rows: 2, max: 60, label: bi("標的名稱及數量摘要", "What was bought, and how many") },
        { key: "batch", kind: "text", max: 20, label: bi("驗收批次", "Acceptance batch (驗收批次)") },
        procurementSize,
        { key: "term", kind: "text", max: 40, label: bi("履約期限", "Performance period (履約期限)") },
        { key: "completedOn", kind: "date", label: bi("完成履約日期", "Performance completed on"), width: "short" },
        choice("overdue", bi("履約有無逾期", "Was performance late?"), [
          { value: "late", label: bi("逾期", "Late (逾期)") },
          { value: "on-time", label: bi("未逾期", "On time (未逾期)") },
        ]),
        { key: "contractAmount", kind: "amount", label: bi("契約金額", "Contract amount (契約金額)"), width: "medium" },
        { key: "changes", kind: "integer", min: 0, max: 99, label: bi("契約變更或加減價次數", "Number of contract changes or price changes"), width: "short" },
      ],
    },
    {
      id: "findings",
      title: bi("初驗經過與結果", "Inspection and findings"),
      fields: [
        { key: "process", kind: "textarea", rows: 4, max: 300, label: bi("初驗經過", "How the inspection went (初驗經過)") },
        choice("result", bi("初驗結果", "Result (初驗結果)"), [
          { value: "conforming", label: bi("與契約、圖說、貨樣規定相符", "Conforms to the contract, drawings and samples") },
          { value: "nonconforming", label: bi("與契約、圖說、貨樣規定不符", "Does not conform to the contract, drawings and samples") },
        ]),
        { key: "nonconformity", kind: "textarea", rows: 3, max: 200, label: bi("不符之情形", "How it does not conform"), showIf: nonconforming },
        { key: "remedy", kind: "textarea", rows: 2, max: 150, label: bi("改善、拆除、重作、退貨、換貨之期限", "Deadline to remedy, remove, redo, return or replace") },
        { key: "remarks", kind: "textarea", rows: 2, max: 150, label: bi("備註", "Remarks (備註)") },
      ],
    },
    {
      id: "people",
      title: bi("記錄與初驗人員", "Recorder and inspectors"),
      intro: bi("簽章欄印出空白供親簽；姓名可先填入。", "The signature boxes print blank for signing; names may be typed in."),
      fields: [
        { key: "recorder", kind: "text", max: 12, label: bi("記錄人員姓名", "Recorder's name") },
        {
          key: "inspectors",
          kind: "rows",
          max: INSPECTORS_MAX,
          itemLabel: bi("初驗人員", "Inspector"),
          label: bi("初驗人員", "Inspectors"),
          columns: [
            { key: "unit", kind: "text", max: 12, label: bi("單位", "Unit") },
            { key: "title", kind: "text", max: 10, label: bi("職稱", "Job title") },
            { key: "name", kind: "text", max: 10, label: bi("姓名", "Name") },
          ],
        },
      ],
    },
  ],
  build(values) {
    const SIZE = 11;
    const doc = new DocumentBuilder("初驗紀錄", SIZE);
    const w = columns(22, 30, 20, 28);
    const [, w1, w2, w3] = w as [number, number, number, number];
    const value = (key: string, name: string, width: number, lines = 1, span = 1) => doc.valueCell(values.text(key), { name, width, lines, size: SIZE, span, valign: "middle" });
    const wide = boxWidth(w1, w2, w3);
    const full = boxWidth(...w);
    const section = (title: string, body: Cell["paras"], lines: number): Row => row({ paras: [para(title, { bold: true }), ...body], span: 4, lines });
    const scope = values.text("scope");
    const half = values.text("halfDay");
    const result = values.text("result");
    const overdue = values.text("overdue");
    const amount = values.amount("contractAmount");
    const changes = values.integer("changes");

    const person = (i: number): Cell[] => (["unit", "title", "name"] as const).map((k) => cell(values.text(`inspectors.${i}.${k}`), { valign: "middle", lines: 2 }));
    const sw = columns(16, 13, 13, 16, 13, 13, 16);
    const people: Row[] = Array.from({ length: INSPECTOR_ROWS }, (_, i) =>
      row(...(i === 0 ? [cell(values.text("recorder"), { rowSpan: INSPECTOR_ROWS, valign: "middle", align: "center" })] : []), ...person(i), ...person(i + INSPECTOR_ROWS)),
    );

    doc.page(
      para([fill(values.text("orgName"), 8), text("　初驗紀錄　"), check(scope === "all"), text("全部/"), check(scope === "part"), text("部分")], { align: "center", bold: true, size: 16 }),
      para(
        [
          "時間：",
          ...rocDate(values.date("inspectedOn"), "", { year: 2, part: 2 }),
          fill(half === "am" ? "上" : half === "pm" ? "下" : "", 1),
          "午",
          fill(values.integer("hour")?.toString() ?? "", 1.5),
          "時",
          fill(values.integer("minute")?.toString() ?? "", 1.5),
          "分　　地點：",
          fill(values.text("place"), 8),
        ],
        { before: 4 },
      ),
      table(w, [
        row(labelCell("案號及契約號"), value("caseNo", "案號及契約號", boxWidth(w1), 2), labelCell("廠商名稱"), value("vendor", "廠商名稱", boxWidth(w3), 2)),
        row(labelCell("標的名稱及數量摘要"), value("subject", "標的名稱及數量摘要", boxWidth(w1), 2), labelCell("驗收批次"), value("batch", "驗收批次", boxWidth(w3), 2)),
        row(labelCell("採購金額"), cell([para(choiceBoxes(values.text("procurementSize"), procurementSizes), { size: 10 })], { span: 3, valign: "middle" })),
        row(labelCell("履約期限"), value("term", "履約期限", wide, 1, 3)),
        row(
          labelCell("完成履約日期"),
          cell([para(rocDate(values.date("completedOn"), "", { year: 3, part: 2 }))], { valign: "middle" }),
          labelCell("履約有無逾期"),
          cell([para([check(overdue === "late"), "逾期　", check(overdue === "on-time"), "未逾期"])], { valign: "middle" }),
        ),
        row(labelCell("契約金額"), cell(ntd(amount), { align: "right", valign: "middle" }), labelCell("契約變更或加減價次數"), cell(changes === null ? "" : String(changes), { align: "right", valign: "middle" })),
        section("[初驗經過]：", doc.box(values.text("process"), { name: "初驗經過", width: full, lines: 5 }), 6),
        section(
          "[初驗結果]：",
          [
            para([check(result === "conforming"), " 與契約、圖說、貨樣規定相符。"]),
            para([check(result === "nonconforming"), " 與契約、圖說、貨樣規定不符及其情形："]),
            ...doc.box(result === "nonconforming" ? values.text("nonconformity") : "", { name: "與契約、圖說、貨樣規定不符及其情形", width: full, lines: 3 }),
          ],
          6,
        ),
        section("[改善、拆除、重作、退貨、換貨之期限]：", doc.box(values.text("remedy"), { name: "改善、拆除、重作、退貨、換貨之期限", width: full, lines: 2 }), 3),
        section("[備註]：", doc.box(values.text("remarks"), { name: "備註", width: full, lines: 2 }), 3),
      ], SIZE),
      table(sw, [
        row(labelCell("記 錄 (簽章)"), labelCell("單位"), labelCell("職稱"), labelCell("初驗人員姓名及簽章"), labelCell("單位"), labelCell("職稱"), labelCell("初驗人員姓名及簽章")),
        ...people,
      ], 10),
      para("本紀錄所定格式僅供參考，使用機關得視實際需要自行調整。", { size: 10, before: 4 }),
    );
    return doc.build();
  },
});

