import { describe, expect, it } from "vitest";
import { run } from "../../src/rules/index";
import { formatAmountUpper } from "../../src/rules/helpers/amount-upper";
import { documentText, pageText } from "../../src/forms/doc";
import { emptyProfile, type Profile } from "../../src/forms/profile";
import { sppTerminationApplication as def, WORK_ROWS } from "../../src/forms/spp-termination-application";
import { evaluateForm } from "../../src/forms/values";

const profile: Profile = { ...emptyProfile, orgName: "花蓮縣政府", contactName: "高文華", phone: "(03) 822-7171 分機 123" };
const amounts = { approvedSubsidy: "1,000,000", interest: "1,234", other: "0", subsidyReceived: "500,000" };

describe("SPP Table 5-6 termination application (spp-subsidy-manual-2019 表5-6; 第五節 二(二))", () => {
  it("refunds the unexecuted part and its interest after force majeure, as spp-termination-refund computes", () => {
    const { doc, computation, issues } = evaluateForm(def, { ...amounts, forceMajeure: "yes", unexecutedSubsidy: "200,000" }, profile);
    expect(issues).toEqual([]);
    const expected = run("spp-termination-refund", { reason: "force-majeure", subsidyReceived: 500_000, unexecutedSubsidy: 200_000, interest: 1_234 });
    if (!expected.ok) throw new Error("calculator refused the input");
    expect(computation?.data?.refundDue).toBe(expected.value["refundDue"]);
    expect(computation?.data?.refundDue).toBe(201_234);
    const page2 = pageText(doc.pages[1]!);
    expect(page2).toContain(`試算應繳回新臺幣${formatAmountUpper(201_234)}（201,234元）`);
    expect(page2).toContain("3.不可抗力因素：□無　■有");
    expect(doc.pages).toHaveLength(2);
  });

  it("refunds everything received and its interest otherwise, and passes on the manual's interest discrepancy", () => {
    const { doc, computation } = evaluateForm(def, { ...amounts, forceMajeure: "no", unexecutedSubsidy: "200,000" }, profile);
    expect(computation?.data?.refundDue).toBe(501_234);
    expect(computation?.warnings.map((w) => w.en).join(" ")).toMatch(/sources disagree/);
    expect(pageText(doc.pages[1]!)).toContain("3.不可抗力因素：■無　□有");
  });

  it("accepts an unexecuted part equal to what was received, and refuses one dollar more", () => {
    expect(evaluateForm(def, { ...amounts, forceMajeure: "yes", unexecutedSubsidy: "500,000" }, profile).issues).toEqual([]);
    const { issues } = evaluateForm(def, { ...amounts, forceMajeure: "yes", unexecutedSubsidy: "500,001" }, profile);
    expect(issues.map((i) => i.key)).toEqual(["unexecutedSubsidy"]);
  });

  it("prints the grantee's approved amounts in NT$ thousands with their total, and leaves SMEA's column empty", () => {
    const page2 = pageText(evaluateForm(def, amounts, profile).doc.pages[1]!);
    expect(page2).toContain("補助款 | 1,000 | ");
    expect(page2).toContain("孳息\n（截至申請日） | 1.234 | ");
    expect(page2).toContain("合　　計 | 1,001.234 | \n");
  });

  it("prints ten work rows, with status, share done and the amount spent in thousands", () => {
    const answers = { "work.0.item": "感測器採購", "work.0.status": "done", "work.0.note": "已安裝 30 組", "work.0.percent": "60", "work.0.spent": "123,456", "work.1.item": "平台建置", "work.1.status": "not-done" };
    const text = documentText(evaluateForm(def, answers, profile).doc);
    expect(text).toContain("01. 感測器採購 | ■（已安裝 30 組）60% | □ | 123.456");
    expect(text).toContain("02. 平台建置 | □（＿＿＿＿＿＿＿＿＿）＿＿% | ■ | ");
    expect(text).toContain(`${String(WORK_ROWS).padStart(2, "0")}. | □（`);
    expect(evaluateForm(def, { "work.0.percent": "101" }, profile).issues.map((i) => i.key)).toEqual(["work.0.percent"]);
    expect(evaluateForm(def, { "work.0.percent": "100" }, profile).issues).toEqual([]);
  });

  it("prints the period, the end date and the contact from the profile", () => {
    const text = documentText(
      evaluateForm(def, { periodFrom: "2019-06-01", periodTo: "2019-12-10", terminateFrom: "2019-09-30", applicationDate: "2019-09-15" }, profile).doc,
    );
    expect(text).toContain("自民國108年6月1日至108年12月10日");
    expect(text).toContain("自108年9月30日起計畫終止");
    expect(text).toContain("聯 絡 人 | 高文華 | 聯絡電話 | (03) 822-7171 分機 123");
    expect(text).toContain("申請日期：108年9月15日");
  });
});
