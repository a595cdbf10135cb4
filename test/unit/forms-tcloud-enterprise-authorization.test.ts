import { describe, expect, it } from "vitest";
import { documentText } from "../../src/forms/doc";
import { emptyProfile, type Profile } from "../../src/forms/profile";
import { tcloudEnterpriseAuthorization as def } from "../../src/forms/tcloud-enterprise-authorization";
import { evaluateForm } from "../../src/forms/values";

const profile: Profile = { ...emptyProfile, orgName: "雲端服務股份有限公司", ubn: "04595257", representative: "黃大同" };

describe("TCloud enterprise authorization letter (tcloud-vendor-guidelines 附表2)", () => {
  it("prints the signatory from the profile, the validity period in ROC dates and the ticked query items", () => {
    const { doc, issues } = evaluateForm(
      def,
      { validFrom: "2023-09-01", validTo: "2023-12-31", queryTax: "true", representativeId: "a123456789", date: "2023-08-15" },
      profile,
    );
    const text = documentText(doc);
    expect(issues).toEqual([]);
    expect(text).toContain("立書人雲端服務股份有限公司茲瞭解並同意經濟部中小企業處");
    expect(text).toContain("自中華民國112年9月1日起至民國112年12月31日止。");
    expect(text).toContain("■ | 1. 查詢項目：無違章欠稅資料。");
    expect(text).toContain("□ | 1. 查詢項目：發票比對驗證");
    expect(text).toContain("公司/行號統一編號 | 04595257");
    expect(text).toContain("負責人身分證字號 | A123456789");
    expect(text).toContain("□我已詳閱");
    expect(text).toContain("中華民國112年8月15日");
    expect(doc.pages).toHaveLength(1);
  });

  it("prints the UBN as digits whatever width they were typed in, and refuses one that fails the check", () => {
    expect(documentText(evaluateForm(def, { ubn: "０４５９５２５７" }, profile).doc)).toContain("| 04595257");
    const { issues } = evaluateForm(def, { ubn: "04595258" }, profile);
    expect(issues.map((i) => i.key)).toEqual(["ubn"]);
  });

  it("accepts a period that ends on the day it starts, not one that ends the day before", () => {
    expect(evaluateForm(def, { validFrom: "2023-09-01", validTo: "2023-09-01" }, profile).issues).toEqual([]);
    const { issues } = evaluateForm(def, { validFrom: "2023-09-01", validTo: "2023-08-31" }, profile);
    expect(issues.map((i) => i.key)).toEqual(["validTo"]);
  });

  it("prints blank lines for an empty period and unticked boxes", () => {
    const text = documentText(evaluateForm(def, {}, emptyProfile).doc);
    expect(text).toContain("自中華民國＿＿＿年＿＿月＿＿日起至民國＿＿＿年＿＿月＿＿日止。");
    expect(text).not.toContain("■");
  });
});
