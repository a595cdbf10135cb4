import { describe, expect, it } from "vitest";
import { run } from "../../src/rules/index";
import { formatAmountUpper } from "../../src/rules/helpers/amount-upper";
import { documentText, pageText } from "../../src/forms/doc";
import { emptyProfile, type Profile } from "../../src/forms/profile";
import { sppChangeApplication as def } from "../../src/forms/spp-change-application";
import { evaluateForm } from "../../src/forms/values";

const profile: Profile = { ...emptyProfile, orgName: "臺南市政府經濟發展局", contactName: "林小華", phone: "(06) 299-1111" };
// Approved: subsidy (A) 750,000 + local share (B) 250,000 = (C) 1,000,000; all of the subsidy received.
const approved = { approvedSubsidy: "750,000", approvedLocalShare: "250,000", subsidyReceived: "750,000" };

describe("SPP Table 5-5 change application (spp-subsidy-manual-2019 表5-5; 第五節 二(一))", () => {
  it("fills the (C)=(A)+(B) table before and after a decrease from spp-change-refund, ticks the decrease note and states the refund", () => {
    const { doc, computation, issues } = evaluateForm(def, { ...approved, revisedTotal: "800,000", applicationDate: "2019-08-01" }, profile);
    expect(issues).toEqual([]);
    const expected = run("spp-change-refund", { approvedSubsidy: 750_000, approvedLocalShare: 250_000, revisedTotal: 800_000, subsidyReceived: 750_000 });
    if (!expected.ok) throw new Error("calculator refused the input");
    expect(computation?.data).toMatchObject({ ...expected.value, approvedTotal: 1_000_000, change: "decrease" });
    const money = pageText(doc.pages[1]!);
    expect(money).toContain("原核定計畫 | 1,000,000 | 750,000 | 250,000");
    expect(money).toContain("變更後計畫 | 800,000 | 600,000 | 200,000");
    expect(money).toContain("□計畫變更致原核定計畫支出費用增加");
    expect(money).toContain("■計畫變更致原核定計畫支出費用減列者");
    expect(money).toContain(`應繳回已領取之補助款新臺幣${formatAmountUpper(150_000)}（150,000元）`);
    expect(pageText(doc.pages[0]!)).toContain("申請日期：108年8月1日");
    expect(doc.pages).toHaveLength(2);
  });

  it("keeps the approved subsidy and ticks the increase note when the cost rises", () => {
    const { doc, computation } = evaluateForm(def, { ...approved, revisedTotal: "1,000,001" }, profile);
    expect(computation?.data).toMatchObject({ revisedSubsidy: 750_000, borneByGrantee: 250_001, refundDue: 0, change: "increase" });
    const money = pageText(doc.pages[1]!);
    expect(money).toContain("變更後計畫 | 1,000,001 | 750,000 | 250,001");
    expect(money).toContain("■計畫變更致原核定計畫支出費用增加");
    expect(money).not.toContain("應繳回已領取之補助款新臺幣");
  });

  it("ticks neither note when the cost stays the same, and the decrease note one dollar below it", () => {
    expect(evaluateForm(def, { ...approved, revisedTotal: "1,000,000" }, profile).computation?.data?.change).toBe("same");
    expect(documentText(evaluateForm(def, { ...approved, revisedTotal: "1,000,000" }, profile).doc)).not.toContain("■計畫變更");
    expect(evaluateForm(def, { ...approved, revisedTotal: "999,999" }, profile).computation?.data).toMatchObject({ change: "decrease", revisedSubsidy: 749_999 });
  });

  it("puts the calculator's refusal on the field: received above the approved subsidy", () => {
    const { issues, computation } = evaluateForm(def, { ...approved, subsidyReceived: "750,001", revisedTotal: "800,000" }, profile);
    expect(issues.map((i) => i.key)).toEqual(["subsidyReceived"]);
    expect(computation?.data).toBeNull();
  });

  it("leaves every amount blank and prints the blank grantee line until the amounts are in", () => {
    const { doc, computation } = evaluateForm(def, { approvedSubsidy: "750,000" }, emptyProfile);
    expect(computation?.pending?.["zh-TW"]).toContain("原核定分擔款 (B)");
    const text = documentText(doc);
    expect(text).toContain("原核定計畫 |  |  | ");
    expect(text).toContain("＿＿＿＿縣／市　＿＿＿＿＿局／處");
  });

  it("ticks the attachments and the force-majeure answer", () => {
    const text = documentText(evaluateForm(def, { att1: "true", att3: "true", forceMajeure: "yes" }, profile).doc);
    expect(text).toContain("■1.計畫核定函(影本)");
    expect(text).toContain("□2.變更後補助計畫書");
    expect(text).toContain("■3.補助計畫變更差異對照表");
    expect(text).toContain("□無");
    expect(text).toContain("■有（應敘明不可抗力事由並檢具證明資料）");
  });
});
