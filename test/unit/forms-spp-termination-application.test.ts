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
  it("第五節 二(二)1: after force majeure refunds the unexecuted part and only that part's interest, as spp-termination-refund computes", () => {
    const { doc, computation, issues } = evaluateForm(def, { ...amounts, forceMajeure: "yes", unexecutedSubsidy: "200,000", unexecutedInterest: "494" }, profile);
    expect(issues).toEqual([]);
    const expected = run("spp-termination-refund", { reason: "force-majeure", subsidyReceived: 500_000, unexecutedSubsidy: 200_000, interest: 494 });
    if (!expected.ok) throw new Error("calculator refused the input");
    expect(computation?.data?.refundDue).toBe(expected.value["refundDue"]);
    expect(computation?.data?.refundDue).toBe(200_494);
    const page2 = pageText(doc.pages[1]!);
    expect(page2).toContain(`連同該部分之孳息494元，試算應繳回新臺幣${formatAmountUpper(200_494)}（200,494元）`);
    // The table's own interest row still shows all the interest to the application date.
    expect(page2).toContain("孳息\n（截至申請日） | 1.234 | ");
    expect(page2).toContain("3.不可抗力因素：□無　■有");
    expect(doc.pages).toHaveLength(2);
  });

  it("第五節 二(二)1: waits for the unexecuted part's interest after force majeure, and refuses more than all the interest", () => {
    const pending = evaluateForm(def, { ...amounts, forceMajeure: "yes", unexecutedSubsidy: "200,000" }, profile).computation;
    expect(pending?.data).toBeNull();
    expect(pending?.pending?.["zh-TW"]).toContain("其中未執行部分之孳息");
    expect(pending?.pending?.en).toContain("Of which earned by the unexecuted part");
    expect(evaluateForm(def, { ...amounts, forceMajeure: "yes", unexecutedSubsidy: "200,000", unexecutedInterest: "1,234" }, profile).issues).toEqual([]);
    const over = evaluateForm(def, { ...amounts, forceMajeure: "yes", unexecutedSubsidy: "200,000", unexecutedInterest: "1,235" }, profile).issues;
    expect(over.map((i) => i.key)).toEqual(["unexecutedInterest"]);
    expect(over[0]?.message.en).toContain("cannot exceed");
    // Without force majeure the question is not asked, so its answer cannot block the form.
    expect(evaluateForm(def, { ...amounts, forceMajeure: "no", unexecutedInterest: "9,999" }, profile).issues).toEqual([]);
  });

  it("refunds everything received and its interest otherwise, and passes on the manual's interest discrepancy", () => {
    const { doc, computation } = evaluateForm(def, { ...amounts, forceMajeure: "no", unexecutedSubsidy: "200,000" }, profile);
    expect(computation?.data?.refundDue).toBe(501_234);
    expect(computation?.warnings.map((w) => w.en).join(" ")).toMatch(/sources disagree/);
    expect(pageText(doc.pages[1]!)).toContain("3.不可抗力因素：■無　□有");
  });

  it("表5-6 補充說明二: the printed refund note names both readings, so the page does not contradict its own note", () => {
    const page2 = pageText(evaluateForm(def, { ...amounts, forceMajeure: "no" }, profile).doc.pages[1]!);
    expect(page2).toContain(`依作業手冊第五節二(二)2試算應繳回新臺幣${formatAmountUpper(501_234)}（501,234元）`);
    expect(page2).toContain(`本表補充說明二及要點十(二)2未列孳息，依其計算為新臺幣${formatAmountUpper(500_000)}（500,000元）`);
    expect(page2).toContain("二、非因前述事由申請補助計畫終止，經本處廢止補助之核定後，已領取之補助款須於通知期限內全部繳回。");
  });

  it("accepts an unexecuted part equal to what was received, and refuses one dollar more", () => {
    expect(evaluateForm(def, { ...amounts, forceMajeure: "yes", unexecutedSubsidy: "500,000", unexecutedInterest: "0" }, profile).issues).toEqual([]);
    const { issues } = evaluateForm(def, { ...amounts, forceMajeure: "yes", unexecutedSubsidy: "500,001", unexecutedInterest: "0" }, profile);
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
