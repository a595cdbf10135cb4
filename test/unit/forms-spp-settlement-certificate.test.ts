import { describe, expect, it } from "vitest";
import { documentText } from "../../src/forms/doc";
import { emptyProfile, type Profile } from "../../src/forms/profile";
import { SETTLEMENT_NOTES, sppSettlementCertificate as def } from "../../src/forms/spp-settlement-certificate";
import { evaluateForm } from "../../src/forms/values";
import { formatAmountUpper } from "../../src/rules/index";

const profile: Profile = { ...emptyProfile, orgName: "臺南市政府經濟發展局" };
const filled = {
  subjectKind: "goods",
  issuedOn: "2019-11-05",
  docWord: "南經",
  docNumber: "1080001234",
  caseNo: "108-SL-01",
  vendor: "光明智慧股份有限公司",
  subject: "智慧路燈控制器20組",
  procurementSize: "announcement",
  completedOn: "2019-10-20",
  inspectionFrom: "2019-10-25",
  acceptedOn: "2019-10-31",
  overdueDays: "3",
  exemptDays: "1",
  chargeableDays: "2",
  lateDamages: "6,000",
  contractAmount: "500萬",
  "increases.0.amount": "200,000",
  "increases.0.ref": "108.8.1 南經字第1號",
  "decreases.0.amount": "30,000",
  "decreases.1.amount": "20,000",
  inspectionDeductions: "50,000",
  opinion: "經驗收與契約規定相符。",
};

describe("SPP Table 5-2 final acceptance certificate (spp-subsidy-manual-2019 表5-2)", () => {
  it("prints the settlement total of 說明五 with its 大寫 amount, from spp-settlement-total", () => {
    const { doc, computation, issues } = evaluateForm(def, filled, profile);
    expect(issues).toEqual([]);
    expect(computation?.data).toEqual({ settlementTotal: 5_100_000, settlementTotalUpper: "伍佰壹拾萬元整", increases: 200_000, decreases: 50_000 });
    const text = documentText(doc);
    expect(text).toContain("臺南市政府經濟發展局　■財物□勞務結算驗收證明書");
    expect(text).toContain("填發日期：108年11月5日　　發文字號：南經字第1080001234號");
    expect(text).toContain("採購金額 | □未達公告金額 ■公告金額以上未達查核金額 □查核金額以上未達巨額 □巨額");
    expect(text).toContain("完成履約日期 | 108年10月20日 | 開始驗收日期 | 108年10月25日 | 驗收完畢/驗收合格日期 | 108年10月31日");
    expect(text).toContain("履約逾期總天數 | 3 | 不計違約金天數 | 1 | 應計違約金天數 | 2");
    expect(text).toContain("增加金額 | 200,000 | 108.8.1 南經字第1號 |  |  | 200,000");
    expect(text).toContain("減少金額 | 30,000 |  | 20,000 |  | 50,000");
    expect(text).toContain("新臺幣伍佰壹拾萬元整（5,100,000元）");
    expect(doc.pages).toHaveLength(1);
  });

  it("prints the seven 說明 notes word for word", () => {
    const text = documentText(evaluateForm(def, {}, emptyProfile).doc);
    expect(SETTLEMENT_NOTES).toHaveLength(7);
    for (const note of SETTLEMENT_NOTES) expect(text).toContain(note);
    expect(text).toContain("「結算總價」之計算方式為「契約金額」加「增加金額」減「減少金額」減「驗收扣款」");
  });

  it("leaves the total blank until the contract amount is given, and prints blank boxes", () => {
    const { doc, computation } = evaluateForm(def, {}, emptyProfile);
    expect(computation?.data).toBeNull();
    expect(computation?.pending?.en).toContain("Contract amount");
    expect(documentText(doc)).toContain("□財物□勞務結算驗收證明書");
    expect(documentText(doc)).toContain("□未達公告金額 □公告金額以上未達查核金額 □查核金額以上未達巨額 □巨額");
  });

  it.each([
    ["4,999,999", 0],
    ["5,000,000", 0],
    ["5,000,001", 1],
  ])("deductions of %s from 5,200,000 − 50,000 give an error when the total would go below 0: %i issue(s)", (deduction, n) => {
    const answers = { ...filled, inspectionDeductions: deduction, "decreases.0.amount": "150,000", "decreases.1.amount": "50,000" };
    const { computation } = evaluateForm(def, answers, profile);
    expect(computation?.issues).toHaveLength(n);
    if (n === 0) expect(computation?.data?.settlementTotalUpper).toBe(formatAmountUpper(5_000_000 - Number(deduction.replace(/,/g, ""))));
    else expect(computation?.issues[0]?.key).toBe("inspectionDeductions");
  });

  it.each([
    ["1", "2", []],
    ["2", "2", ["chargeableDays"]],
    ["0", "2", ["chargeableDays"]],
  ])("days without penalty %s + with penalty %s must add up to the 3 days late: %j", (exemptDays, chargeableDays, keys) => {
    const { issues } = evaluateForm(def, { ...filled, exemptDays, chargeableDays }, profile);
    expect(issues.map((i) => i.key)).toEqual(keys);
  });

  it("refuses an acceptance date before inspection started, in both languages", () => {
    const { issues } = evaluateForm(def, { ...filled, acceptedOn: "2019-10-24" }, profile);
    expect(issues).toEqual([{ key: "acceptedOn", message: { "zh-TW": "驗收完畢日期不可早於開始驗收日期", en: "Acceptance cannot be completed before inspection started" } }]);
  });
});
