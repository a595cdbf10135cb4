import { describe, expect, it } from "vitest";
import { documentText } from "../../src/forms/doc";
import { emptyProfile, type Profile } from "../../src/forms/profile";
import { topsSupplierAuthorization as def } from "../../src/forms/tops-supplier-authorization";
import { evaluateForm } from "../../src/forms/values";

const profile: Profile = { ...emptyProfile, orgName: "好物設計有限公司", representative: "陳美麗", contactName: "張小明" };

describe("TOPS supplier authorization letter (tops-registration-rules 肆、一)", () => {
  it("fills the organisation into the opening blank and the principal's block, from the profile", () => {
    const { doc, issues } = evaluateForm(def, { agentUnit: "行銷部", date: "2024-09-19" }, profile);
    const text = documentText(doc);
    expect(issues).toEqual([]);
    expect(text.match(/好物設計有限公司/g)).toHaveLength(2);
    expect(text).toContain("好物設計有限公司（以下稱本組織）");
    expect(text).toContain("代理人姓名：張小明");
    expect(text).toContain("所屬部門/機構：行銷部");
    expect(text).toContain("負責人/代表人姓名：陳美麗");
    expect(text).toContain("中華民國113年9月19日");
    expect(doc.pages).toHaveLength(1);
  });

  it("uses a value changed on the form instead of the profile's", () => {
    const { doc } = evaluateForm(def, { orgName: "另一家公司", agentName: "李四" }, profile);
    const text = documentText(doc);
    expect(text).toContain("另一家公司（以下稱本組織）");
    expect(text).not.toContain("好物設計有限公司");
    expect(text).toContain("代理人姓名：李四");
  });

  it("leaves the agent's signature blank even when the agent is named, and prints blanks for handwriting", () => {
    const { doc } = evaluateForm(def, {}, emptyProfile);
    const text = documentText(doc);
    expect(text).toContain("茲委任＿＿＿＿＿＿＿（代理人簽名）");
    expect(text).toMatch(/^＿{12}（以下稱本組織）/m);
    expect(text).toContain("中華民國＿＿＿＿年＿＿＿月＿＿＿日");
    expect(documentText(evaluateForm(def, { agentName: "李四" }, emptyProfile).doc)).toContain("茲委任＿＿＿＿＿＿＿（代理人簽名）");
  });

  it("refuses a date that does not exist, in both languages", () => {
    const { issues } = evaluateForm(def, { date: "2023-02-29" }, profile);
    expect(issues.map((i) => i.key)).toEqual(["date"]);
    expect(issues[0]!.message["zh-TW"]).toContain("日期不存在");
    expect(evaluateForm(def, { date: "2024-02-29" }, profile).issues).toEqual([]);
  });

  it("refuses an organisation name one character over 60, not one at 60", () => {
    expect(evaluateForm(def, { orgName: "字".repeat(60) }, profile).issues).toEqual([]);
    expect(evaluateForm(def, { orgName: "字".repeat(61) }, profile).issues.map((i) => i.key)).toEqual(["orgName"]);
  });
});
