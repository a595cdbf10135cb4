/**
 * 新創採購研發型「政府出題‧新創解題」機關提案書: the cover (spp-subsidy-manual-2019.txt,
 * 研發型 第三節 三 封面格式) and the 提案表 placed after it (研發型 第三節 三, "以2頁為限";
 * fields explained in 研發型 第三節 二(二)). The 提案表 has one page of boxes; what does not
 * fit continues on an addendum page, and the page warns when that would pass two pages.
 */
import { text as both } from "../rules/core/format.js";
import { cell, columns, DocumentBuilder, fill, boxWidth, labelCell, para, row, space, table } from "./doc.js";
import { contactFields, contactRows, numberFill, orgName, periodIssues, planPeriod, sequenceFields, sequenceIssues, signingDate } from "./common.js";
import { rocDate } from "./format.js";
import { defineForm } from "./types.js";

/** Shown on the page when the 提案表 continues on an addendum: it may take two pages at most. */
export const RD_PAGE_LIMIT = both(
  "提案表以 2 頁為限（研發型 第三節 三）：附頁若超過 1 頁，請精簡內容。",
  "The proposal form may take 2 pages at most (R&D track, Section 3 三): if the addendum runs past one page, shorten the text.",
);

/** Fixed words of the 預計期程 box. */
export const RD_SCHEDULE = "依經濟部中小企業處補助契約所定契約期間。（以6個月為原則）";

export const sppRdProposal = defineForm({
  id: "spp-rd-proposal",
  sections: [
    {
      id: "cover",
      title: both("封面", "Cover"),
      intro: both(
        "封面為「○○○年度經濟部中小企業處 新創採購-政府出題‧新創解題 機關提案書-○/n」；同一機關提出多案時依序編號，n 為總案數。",
        "The cover reads “[ROC year]年度經濟部中小企業處 新創採購-政府出題‧新創解題 機關提案書-k/n”; an agency sending several proposals numbers them, n being its total.",
      ),
      fields: [
        ...sequenceFields,
        orgName(both("提案機關", "Proposing agency (提案機關)"), both("直轄市、縣（市）政府。", "A special municipality or county (city) government.")),
        signingDate(),
      ],
    },
    {
      id: "proposal",
      title: both("提案表", "Proposal form"),
      intro: both(
        "提案表置於封面後首頁，以 2 頁為限（研發型 第三節 三）。",
        "The proposal form is the first page after the cover and is limited to 2 pages (R&D track, Section 3 三).",
      ),
      fields: [
        {
          key: "title",
          kind: "text",
          max: 80,
          label: both("提案名稱", "Proposal name (提案名稱)"),
          hint: both("應清楚表明實證項目，以利後續公告徵案。", "It must make the trial clear, so that startups can be invited to it."),
        },
        {
          key: "partner",
          kind: "textarea",
          rows: 2,
          max: 300,
          label: both("配合單位", "Partner units (配合單位)"),
          hint: both("未來協同業者進行試作、實證之主要局處、單位。", "The main bureaus or units that will work with the startup on the trial."),
        },
        {
          key: "summary",
          kind: "textarea",
          rows: 8,
          max: 3000,
          label: both("提案概要", "Summary (提案概要)"),
          hint: both("具體並簡要說明實證背景、主題。", "The background and theme of the trial, concretely and briefly."),
        },
        {
          key: "support",
          kind: "textarea",
          rows: 4,
          max: 2000,
          label: both("提供之行政協處內容", "Administrative support offered (提供之行政協處內容)"),
          hint: both(
            "例如：提供資料、隨行試行或實證進行之人員、辦理所需許可或核可等有關協助措施或資源。",
            "For example data, staff accompanying the trial, or the permits and approvals it needs.",
          ),
        },
        ...planPeriod(both("預計期程：開始日（選填）", "Planned period: start (optional)"), both("預計期程：結束日（選填）", "Planned period: end (optional)")),
      ],
    },
    {
      id: "contacts",
      title: both("申請機關聯絡窗口及主管", "Contact person and head of unit"),
      fields: contactFields,
    },
  ],
  check: (values) => [...periodIssues(values, "periodFrom", "periodTo"), ...sequenceIssues(values)],
  build(values) {
    const doc = new DocumentBuilder("政府出題‧新創解題 機關提案書", 12);
    const org = values.text("orgName");
    doc.page(
      space(150),
      para([numberFill(values.integer("rocYear"), 2), "年度經濟部中小企業處"], { align: "center", bold: true, size: 22 }),
      para("新創採購-政府出題‧新創解題", { align: "center", bold: true, size: 22, before: 8 }),
      para(["機關提案書-", numberFill(values.integer("seq"), 1), "/", numberFill(values.integer("of"), 1)], { align: "center", bold: true, size: 22, before: 8 }),
      space(300),
      para(["提案機關：", fill(org, 10)], { align: "center", size: 16 }),
      para(rocDate(values.date("date"), "中華民國", { year: 3, part: 2 }), { align: "center", size: 16, before: 16 }),
    );

    const w = columns(82, 68, 60, 60, 124, 99);
    const wide = boxWidth(...w.slice(1));
    const from = values.date("periodFrom");
    const to = values.date("periodTo");
    doc.page(
      para("提案表", { align: "center", bold: true, size: 16 }),
      table(w, [
        row(labelCell("提案機關"), doc.valueCell(org, { name: "提案機關", width: wide, lines: 2, span: 5, valign: "middle" })),
        row(labelCell("提案名稱"), doc.valueCell(values.text("title"), { name: "提案名稱", width: wide, lines: 2, span: 5, valign: "middle" })),
        row(
          labelCell("配合單位"),
          cell(doc.box(values.text("partner"), { name: "配合單位", prompt: "（未來協同業者進行試作、實證之主要局處、單位）", width: wide, lines: 3 }), { span: 5 }),
        ),
        row(
          labelCell("提案概要\n（具體並簡要\n說明實證背\n景、主題）"),
          cell(doc.box(values.text("summary"), { name: "提案概要", width: wide, lines: 17 }), { span: 5, lines: 17 }),
        ),
        row(
          labelCell("提供之行\n政協處內\n容"),
          cell(
            doc.box(values.text("support"), {
              name: "提供之行政協處內容",
              prompt: "（例如：提供資料、隨行試行或實證進行之人員、辦理所需許可或核可等有關協助措施或資源）",
              width: wide,
              lines: 7,
            }),
            { span: 5, lines: 7 },
          ),
        ),
        row(
          labelCell("預計期程"),
          cell([para(RD_SCHEDULE), ...(from || to ? [para(["預計：民國", ...rocDate(from, ""), "至", ...rocDate(to, "")])] : [])], { span: 5, lines: 2 }),
        ),
        ...contactRows(doc, values, labelCell("申請機關\n聯絡窗口\n及主管"), "申請機關聯絡窗口及主管", w.slice(1)),
      ]),
    );
    return doc.build();
  },
});
