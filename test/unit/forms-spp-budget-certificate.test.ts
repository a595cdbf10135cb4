import { describe, expect, it } from "vitest";
import { documentText } from "../../src/forms/doc";
import { emptyProfile, type Profile } from "../../src/forms/profile";
import { sppBudgetCertificate as def } from "../../src/forms/spp-budget-certificate";
import { evaluateForm } from "../../src/forms/values";
import { formatAmountUpper } from "../../src/rules/index";

const profile: Profile = { ...emptyProfile, orgName: "臺南市政府經濟發展局" };
const base = {
  county: "臺南市",
  grantor: "經濟部中小企業處",
  approvalRef: "108年5月10日經企字第10800000001號",
  planName: "108年度採購新創產品或服務計畫-臺南市智慧路燈採購案",
  financialTier: "5",
  purchaseKind: "one-off",
  contractAmount: "1,000,000",
  "subsidyBudget.year": "108",
  "subsidyBudget.type": "general",
  "shareBudget.year": "108",
  "shareBudget.type": "council-advance",
  "shareBudget.councilDate": "2019-06-03",
  "shareBudget.councilWord": "南議",
  "shareBudget.councilNumber": "1080000567",
};

describe("SPP Table 5-3 proof that the subsidy is in the budget (spp-subsidy-manual-2019 表5-3)", () => {
  it("prints the subsidy and the local share of spp-mature-subsidy in 大寫, tier 5 at 90%", () => {
    const { doc, computation, issues } = evaluateForm(def, base, profile);
    expect(issues).toEqual([]);
    expect(computation?.data).toEqual({ subsidy: 900_000, localShare: 100_000 });
    const text = documentText(doc);
    expect(text).toContain("臺南市接受中央計畫型補助款納入預算證明");
    expect(text).toContain("補助機關 | 經濟部中小企業處");
    expect(text).toContain(`新臺幣${formatAmountUpper(900_000)}（900,000元） | 新臺幣${formatAmountUpper(100_000)}（100,000元）`);
    expect(text).toContain("納入歲出預算\n機關 | 臺南市政府經濟發展局");
    expect(text).toContain("年度別 | 108 | 年度別 | 108");
    expect(text).toContain("■總預算／□＿＿＿＿＿特別預算");
    expect(text).toContain("■業經本縣（市）議會以108年6月3日南議字第1080000567號函同意以墊付款先行支用");
    expect(doc.pages).toHaveLength(1);
  });

  it.each([
    ["1", 750_000, 250_000],
    ["2", 900_000, 100_000],
  ])("tier %s: subsidy %i and local share %i (第一節 二(三))", (financialTier, subsidy, localShare) => {
    expect(evaluateForm(def, { ...base, financialTier }, profile).computation?.data).toEqual({ subsidy, localShare });
  });

  it.each([
    ["5,333,333", 3_999_999],
    ["5,333,334", 4_000_000],
    ["6,000,000", 4_000_000],
  ])("tier 1, contract %s: the subsidy never exceeds NT$4,000,000 (%i)", (contractAmount, subsidy) => {
    expect(evaluateForm(def, { ...base, financialTier: "1", contractAmount }, profile).computation?.data?.subsidy).toBe(subsidy);
  });

  it("fills the name and the round of a supplementary special budget on its own line only", () => {
    const text = documentText(evaluateForm(def, { ...base, "subsidyBudget.type": "special-supplement", "subsidyBudget.name": "前瞻基礎建設", "subsidyBudget.round": "2" }, profile).doc);
    expect(text).toContain("■前瞻基礎建設特別預算第2次追加減預算");
    expect(text).toContain("□總預算／□＿＿＿＿＿特別預算");
  });

  it("prints blank amounts and unticked boxes on a blank form, and says what is missing", () => {
    const { doc, computation } = evaluateForm(def, {}, emptyProfile);
    expect(computation?.data).toBeNull();
    expect(computation?.pending?.["zh-TW"]).toContain("財力級次");
    const text = documentText(doc);
    expect(text).toContain("＿＿＿＿＿＿接受中央計畫型補助款納入預算證明");
    expect(text).not.toContain("■");
    expect(text).toContain("中華民國＿＿＿年＿＿月＿＿日");
  });

  it("reports a bad year on its field", () => {
    const { issues } = evaluateForm(def, { ...base, "subsidyBudget.year": "99" }, profile);
    expect(issues.map((i) => i.key)).toEqual(["subsidyBudget.year"]);
  });
});
