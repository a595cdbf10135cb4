import { describe, expect, it } from "vitest";
import { run } from "../../src/rules/index";
import { documentText, pageText } from "../../src/forms/doc";
import { emptyProfile, type Profile } from "../../src/forms/profile";
import { sppMatureProposal as def } from "../../src/forms/spp-mature-proposal";
import { evaluateForm } from "../../src/forms/values";

const profile: Profile = { ...emptyProfile, orgName: "臺南市政府經濟發展局", contactName: "林小華", contactTitle: "科員", email: "hua@example.gov.tw", phone: "06-2991111" };
const cover = { rocYear: "108", county: "臺南市", caseName: "智慧路燈", seq: "2", of: "3", date: "2019-04-20" };

describe("SPP mature-track cover and summary sheet (spp-subsidy-manual-2019 第三節 三)", () => {
  it("writes the cover title as the manual's pattern, with the applicant and the ROC date", () => {
    const { doc, issues } = evaluateForm(def, cover, profile);
    expect(issues).toEqual([]);
    const page1 = pageText(doc.pages[0]!);
    expect(page1).toContain("108年度採購新創產品或服務計畫-臺南市智慧路燈採購案-2/3");
    expect(page1).toContain("申請機關：臺南市政府經濟發展局");
    expect(page1).toContain("中華民國108年4月20日");
    expect(pageText(doc.pages[1]!)).toContain("計畫名稱 | 108年度採購新創產品或服務計畫-臺南市智慧路燈採購案-2/3");
    expect(doc.pages).toHaveLength(2);
  });

  it("does not double 採購案 when the applicant types it", () => {
    const text = documentText(evaluateForm(def, { ...cover, caseName: "智慧路燈採購案" }, profile).doc);
    expect(text).toContain("臺南市智慧路燈採購案-2/3");
    expect(text).not.toContain("採購案採購案");
  });

  it("accepts k equal to n and refuses k one above n", () => {
    expect(evaluateForm(def, { ...cover, seq: "3" }, profile).issues).toEqual([]);
    expect(evaluateForm(def, { ...cover, seq: "4" }, profile).issues.map((i) => i.key)).toEqual(["seq"]);
  });

  it("takes the subsidy and local share from spp-mature-subsidy and prints them in NT$ thousands without rounding", () => {
    // Tier 1 (75%): 5,333,333 × 0.75 = 3,999,999.75, rounded down, just under the NT$4,000,000 cap (第一節 二).
    const answers = { ...cover, financialTier: "1", purchaseKind: "one-off", contractAmount: "5,333,333", capital: "1,000,000", shareUnit: "臺南市政府" };
    const { doc, computation, issues } = evaluateForm(def, answers, profile);
    expect(issues).toEqual([]);
    const expected = run("spp-mature-subsidy", { financialTier: 1, purchaseKind: "one-off", contractAmount: 5_333_333 });
    if (!expected.ok) throw new Error("calculator refused the input");
    expect(expected.value["maxSubsidy"]).toBe(3_999_999);
    expect(computation?.data).toMatchObject({ maxSubsidy: 3_999_999, localShare: 1_333_334, totalCost: 5_333_333, capital: 1_000_000, current: 4_333_333 });
    const sheet = pageText(doc.pages[1]!);
    expect(sheet).toContain("5,333.333 | 4,333.333 | 1,000");
    expect(sheet).toContain("3,999.999 | 臺南市政府 | 1,333.334");
  });

  it("reaches the NT$4,000,000 cap exactly at 5,333,334 and is capped one dollar later", () => {
    const at = evaluateForm(def, { financialTier: "1", purchaseKind: "one-off", contractAmount: "5333334" }, profile);
    expect(at.computation?.data).toMatchObject({ maxSubsidy: 4_000_000, capped: false, localShare: 1_333_334 });
    const past = evaluateForm(def, { financialTier: "1", purchaseKind: "one-off", contractAmount: "5333335" }, profile);
    expect(past.computation?.data).toMatchObject({ maxSubsidy: 4_000_000, capped: true, localShare: 1_333_335 });
    expect(pageText(past.doc.pages[1]!)).toContain("4,000 | 臺南市政府經濟發展局 | 1,333.335");
  });

  it("counts a continuous service for twelve months at most, as the calculator does", () => {
    const { computation, doc } = evaluateForm(def, { financialTier: "3", purchaseKind: "continuous", monthlyPrice: "100000", months: "18" }, profile);
    expect(computation?.data).toMatchObject({ totalCost: 1_800_000, eligibleAmount: 1_200_000, maxSubsidy: 1_080_000, localShare: 720_000 });
    // The local share's funding unit defaults to the applying agency (the profile's organisation).
    expect(pageText(doc.pages[1]!)).toContain("1,080 | 臺南市政府經濟發展局 | 720");
    expect(computation?.warnings.map((w) => w.en).join(" ")).toMatch(/first 12 months/);
  });

  it("splits the total into capital and current spending, capital at most the total", () => {
    const base = { financialTier: "2", purchaseKind: "one-off", contractAmount: "2000000" };
    expect(evaluateForm(def, { ...base, capital: "2000000" }, profile).computation?.data).toMatchObject({ capital: 2_000_000, current: 0 });
    const over = evaluateForm(def, { ...base, capital: "2000001" }, profile);
    expect(over.issues.map((i) => i.key)).toEqual(["capital"]);
    expect(over.computation?.data).toBeNull();
  });

  it("leaves the money blank and says what is missing until the calculator can run", () => {
    const { computation, doc } = evaluateForm(def, { purchaseKind: "one-off", contractAmount: "1000000" }, profile);
    expect(computation?.data).toBeNull();
    expect(computation?.pending?.en).toContain("Financial tier");
    expect(pageText(doc.pages[1]!)).toContain("全程總經費 | 經常門 | 資本門\n |  | ");
  });

  it("reports the calculator's own refusal on the field it names", () => {
    const { issues } = evaluateForm(def, { financialTier: "2", purchaseKind: "continuous", monthlyPrice: "10000000000", months: "600" }, profile);
    expect(issues.map((i) => i.key)).toContain("months");
  });

  it("fills the contact row from the profile and continues a long intended use on an addendum page", () => {
    const { doc } = evaluateForm(def, { use: "甲".repeat(400) }, profile);
    const text = documentText(doc);
    expect(text).toContain("林小華 | 科員 | hua@example.gov.tw | 06-2991111");
    expect(doc.pages).toHaveLength(3);
    expect(text).toContain("（續見附頁一）");
    expect(pageText(doc.pages[2]!)).toContain("附頁一：預定用途（續）");
    expect(text.replace(/[^甲]/g, "")).toHaveLength(400);
  });
});
