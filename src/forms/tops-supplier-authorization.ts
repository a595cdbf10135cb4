/**
 * TOPS 供應方登錄授權書: tops-registration-rules.txt 肆、一 (附件一), uploaded with the
 * supplier registration under 參、二(四)2(1) and signed by the principal and the agent.
 * One page, as in the annex.
 */
import { DocumentBuilder, fill, para, space } from "./doc.js";
import { orgName, signingDate } from "./common.js";
import { rocDate } from "./format.js";
import { defineForm } from "./types.js";

export const topsSupplierAuthorization = defineForm({
  id: "tops-supplier-authorization",
  sections: [
    {
      id: "principal",
      title: { "zh-TW": "委託人（申請單位）", en: "Principal (the applying organisation)" },
      fields: [
        orgName(
          { "zh-TW": "組織名稱", en: "Name of the organisation (組織名稱)" },
          {
            "zh-TW": "印在授權書開頭「（以下稱本組織）」之前，以及委託人欄；建議與公司或商業登記文件相同。",
            en: "Printed at the start of the letter, before “(hereinafter ‘this organisation’)”, and in the principal's block; use the name on the company or business registration.",
          },
        ),
        {
          key: "representative",
          kind: "text",
          label: { "zh-TW": "負責人／代表人姓名", en: "Name of the responsible person or representative (負責人/代表人姓名)" },
          max: 50,
          profile: "representative",
        },
      ],
    },
    {
      id: "agent",
      title: { "zh-TW": "代理人", en: "Agent" },
      intro: {
        "zh-TW": "代理人全權代理本組織申請、填覆、上傳資料。正文「茲委任＿＿（代理人簽名）」一格須由代理人親自簽名，因此一律印成空白。",
        en: "The agent acts for the organisation in applying, filling in and uploading. The blank after “hereby appoints” is for the agent's own signature, so it always prints empty.",
      },
      fields: [
        {
          key: "agentName",
          kind: "text",
          label: { "zh-TW": "代理人姓名", en: "Agent's name (代理人姓名)" },
          max: 50,
          profile: "contactName",
        },
        {
          key: "agentUnit",
          kind: "text",
          label: { "zh-TW": "所屬部門／機構", en: "Agent's department or organisation (所屬部門/機構)" },
          hint: {
            "zh-TW": "代理人可以是本組織員工或外部機構人員；簡章未設限制。",
            en: "The agent may work for the organisation or for an outside body; the rules set no limit.",
          },
          max: 60,
        },
      ],
    },
    {
      id: "signing",
      title: { "zh-TW": "日期", en: "Date" },
      fields: [signingDate()],
    },
  ],
  build(values) {
    const org = values.text("orgName");
    const doc = new DocumentBuilder("台北好購推廣平台供應方登錄授權書", 14);
    doc.page(
      space(24),
      para("台北好購推廣平台", { align: "center", bold: true, size: 18 }),
      para("（Taipei-Origin Promotional Station, TOPS）", { align: "center" }),
      para("供應方登錄授權書", { align: "center", bold: true, size: 20, before: 8 }),
      space(28),
      para(
        [
          fill(org, 12),
          "（以下稱本組織），為申請登錄成為「台北好購推廣平台（Taipei-Origin Promotional Station）」之供應方，茲委任",
          fill("", 7),
          "（代理人簽名）全權代理本組織申請、填覆、上傳資料等相關事宜。如經查驗，申請單位提供之資料不實或有違法情事，主辦單位具有取消單位獲獎資格之權利。",
        ],
        { indent: 2 },
      ),
      space(40),
      para(["代理人姓名：", fill(values.text("agentName"), 10), "　簽章：", fill("", 8)]),
      para(["所屬部門/機構：", fill(values.text("agentUnit"), 14)], { before: 10 }),
      space(36),
      para("委託人", { bold: true }),
      para(["組織名稱：", fill(org, 14), "　簽章：", fill("", 8)], { before: 10 }),
      para(["負責人/代表人姓名：", fill(values.text("representative"), 8), "　簽章：", fill("", 8)], { before: 10 }),
      space(72),
      para(rocDate(values.date("date"), "中華民國", { year: 4, part: 3 }), { align: "center" }),
    );
    return doc.build();
  },
});
