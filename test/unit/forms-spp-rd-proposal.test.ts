import { describe, expect, it } from "vitest";
import { documentText, pageText } from "../../src/forms/doc";
import { emptyProfile, type Profile } from "../../src/forms/profile";
import { RD_SCHEDULE, sppRdProposal as def } from "../../src/forms/spp-rd-proposal";
import { evaluateForm } from "../../src/forms/values";

const profile: Profile = { ...emptyProfile, orgName: "新竹市政府", contactName: "吳佩珊", contactTitle: "專員" };

describe("SPP R&D-track cover and proposal form (spp-subsidy-manual-2019 研發型 第三節 三)", () => {
  it("writes the three-line cover with the sequence number, the agency and the ROC date", () => {
    const { doc, issues } = evaluateForm(def, { rocYear: "108", seq: "1", of: "2", date: "2019-04-25" }, profile);
    expect(issues).toEqual([]);
    const cover = pageText(doc.pages[0]!);
    expect(cover).toContain("108年度經濟部中小企業處\n新創採購-政府出題‧新創解題\n機關提案書-1/2");
    expect(cover).toContain("提案機關：新竹市政府");
    expect(cover).toContain("中華民國108年4月25日");
    expect(doc.pages).toHaveLength(2);
  });

  it("fills the proposal form, with the fixed words of 預計期程 and the planned dates when given", () => {
    const answers = { title: "智慧停車位偵測實證", partner: "交通處", summary: "以感測器偵測路邊停車位。", support: "提供路段與停車資料。", periodFrom: "2019-07-01", periodTo: "2019-12-20" };
    const form = pageText(evaluateForm(def, answers, profile).doc.pages[1]!);
    expect(form).toContain("提案機關 | 新竹市政府");
    expect(form).toContain("提案名稱 | 智慧停車位偵測實證");
    expect(form).toContain("交通處");
    expect(form).toContain("以感測器偵測路邊停車位。");
    expect(form).toContain(`${RD_SCHEDULE}\n預計：民國108年7月1日至108年12月20日`);
    expect(form).toContain("吳佩珊 | 專員");
    expect(pageText(evaluateForm(def, {}, profile).doc.pages[1]!)).not.toContain("預計：");
  });

  it("continues a summary longer than its box on an addendum instead of cutting it", () => {
    const { doc } = evaluateForm(def, { summary: "甲乙".repeat(300) }, profile);
    expect(doc.pages).toHaveLength(3);
    expect(documentText(doc).replace(/[^甲乙]/g, "")).toHaveLength(600);
    expect(pageText(doc.pages[2]!)).toContain("附頁一：提案概要（續）");
  });

  it("refuses k above n", () => {
    expect(evaluateForm(def, { seq: "3", of: "2" }, profile).issues.map((i) => i.key)).toEqual(["seq"]);
  });
});
