import { describe, expect, it } from "vitest";
import { documentText } from "../../src/forms/doc";
import { emptyProfile, type Profile } from "../../src/forms/profile";
import { INSPECTORS_MAX, sppInitialInspection as def } from "../../src/forms/spp-initial-inspection";
import { evaluateForm } from "../../src/forms/values";

const profile: Profile = { ...emptyProfile, orgName: "花蓮縣政府" };
const filled = {
  scope: "part",
  inspectedOn: "2019-08-15",
  halfDay: "pm",
  hour: "2",
  minute: "30",
  place: "花蓮縣政府第一會議室",
  caseNo: "108-WM-03",
  vendor: "水資源科技有限公司",
  subject: "智慧水表100具",
  batch: "第1批",
  procurementSize: "below-announcement",
  term: "108年6月1日至109年5月31日",
  completedOn: "2019-08-10",
  overdue: "on-time",
  contractAmount: "1,200,000",
  changes: "0",
  process: "抽驗10具，功能正常。",
  result: "nonconforming",
  nonconformity: "2具外殼刮傷。",
  remedy: "108年8月30日前換貨。",
  recorder: "高文華",
  "inspectors.rows": "2",
  "inspectors.0.unit": "建設處",
  "inspectors.0.title": "技正",
  "inspectors.0.name": "李大明",
  "inspectors.1.unit": "主計處",
  "inspectors.1.title": "科員",
  "inspectors.1.name": "王小美",
};

describe("SPP Table 5-4 record of the first inspection (spp-subsidy-manual-2019 表5-4)", () => {
  it("prints every field and box of the seed's layout", () => {
    const { doc, issues } = evaluateForm(def, filled, profile);
    expect(issues).toEqual([]);
    const text = documentText(doc);
    expect(text).toContain("花蓮縣政府　初驗紀錄　□全部/■部分");
    expect(text).toContain("時間：108年8月15日下午2時30分　　地點：花蓮縣政府第一會議室");
    expect(text).toContain("案號及契約號 | 108-WM-03 | 廠商名稱 | 水資源科技有限公司");
    expect(text).toContain("標的名稱及數量摘要 | 智慧水表100具 | 驗收批次 | 第1批");
    expect(text).toContain("採購金額 | ■未達公告金額 □公告金額以上未達查核金額 □查核金額以上未達巨額 □巨額");
    expect(text).toContain("完成履約日期 | 108年8月10日 | 履約有無逾期 | □逾期　■未逾期");
    expect(text).toContain("契約金額 | 1,200,000 | 契約變更或加減價次數 | 0");
    expect(text).toContain("[初驗經過]：\n抽驗10具，功能正常。");
    expect(text).toContain("□ 與契約、圖說、貨樣規定相符。\n■ 與契約、圖說、貨樣規定不符及其情形：\n2具外殼刮傷。");
    expect(text).toContain("[改善、拆除、重作、退貨、換貨之期限]：\n108年8月30日前換貨。");
    expect(text).toContain("記 錄 (簽章) | 單位 | 職稱 | 初驗人員姓名及簽章 | 單位 | 職稱 | 初驗人員姓名及簽章");
    expect(text).toContain("高文華 | 建設處 | 技正 | 李大明 |  |  | ");
    expect(text).toContain("本紀錄所定格式僅供參考，使用機關得視實際需要自行調整。");
    expect(doc.pages).toHaveLength(1);
  });

  it("prints the fifth to eighth inspectors in the right-hand columns, and takes no more than eight", () => {
    const rows = (n: number) => ({ "inspectors.rows": String(n), ...Object.fromEntries(Array.from({ length: n }, (_, i) => [`inspectors.${i}.name`, `人員${i + 1}`])) });
    const text = documentText(evaluateForm(def, rows(INSPECTORS_MAX + 1), profile).doc);
    expect(text).toContain("人員1 |  |  | 人員5");
    expect(text).toContain("人員4 |  |  | 人員8");
    expect(text).not.toContain("人員9");
  });

  it("hides the nonconformity text when the result conforms, and leaves a blank form blank", () => {
    const text = documentText(evaluateForm(def, { ...filled, result: "conforming" }, profile).doc);
    expect(text).toContain("■ 與契約、圖說、貨樣規定相符。");
    expect(text).not.toContain("2具外殼刮傷");
    const blank = documentText(evaluateForm(def, {}, emptyProfile).doc);
    expect(blank).not.toContain("■");
    expect(blank).toContain("時間：＿＿年＿＿月＿＿日＿午");
  });

  it.each([
    ["hour", "0"],
    ["hour", "13"],
    ["minute", "60"],
  ])("reports %s = %s on its field", (key, value) => {
    expect(evaluateForm(def, { ...filled, [key]: value }, profile).issues.map((i) => i.key)).toEqual([key]);
  });
});
