/**
 * The TCloud drafters' checks (附表1, 附表3, 附表4) at every limit: a complete draft passes,
 * and each limit is tried at its value and one past it, in both languages.
 */
import { describe, expect, it } from "vitest";
import { charCount, checkDraft, readDuration } from "../../src/drafts/check";
import { printedDraft } from "../../src/drafts/print";
import { drafters } from "../../src/drafts/registry";
import { tcloudApplication } from "../../src/drafts/tcloud-application";
import { tcloudPromotion } from "../../src/drafts/tcloud-promotion";
import { tcloudTechnical } from "../../src/drafts/tcloud-technical";
import type { Draft, DrafterDefinition } from "../../src/drafts/types";

const zh = (n: number) => "字".repeat(n);

const application: Draft = {
  companyName: "雲端示範股份有限公司",
  ubn: "04595257",
  businessItems: ["I301010"],
  registeredOn: "2015-03-01",
  age: "3+",
  paidInCapital: "5,000,000",
  website: "https://example.com.tw/",
  profile: zh(120),
  capacity: "101-300",
  repName: "王大明",
  repTitle: "董事長",
  contactName: "林小華",
  contactTitle: "經理",
  contactPhone: "02-2720-8889",
  contactMobile: "0912-345-678",
  contactEmail: "a@example.com",
  address: "臺北市信義區市府路1號",
  privacyConsent: true,
  dataUndertaking: true,
  declarations: true,
};

const technical: Draft = {
  solutionName: "雲端進銷存",
  architecture: "public",
  publicClouds: ["aws"],
  fileDiagram: true,
  fileLease: true,
  fileTraffic: true,
  connections: zh(50),
  computation: zh(50),
  elasticity: zh(50),
  continuity: zh(50),
  loadBalancing: zh(50),
  security: zh(50),
  privacy: zh(50),
  fileStressTest: true,
  fileSecurityTest: true,
  availability: "99.5",
  supportHours: zh(40),
  compensation: zh(40),
  responseLevels: ["一級（無法登入）問題，2小時內回應", "二級（功能異常）問題，8小時內回應"],
  rpo: zh(30),
  backupHours: "24",
};

const promotion: Draft = {
  solutionName: "雲端進銷存",
  origin: "original",
  categories: ["inventory-management"],
  industries: ["retail"],
  sizes: ["1-9"],
  features: ["庫存即時同步", "多倉管理"],
  strengths: zh(200),
  successStory: zh(200),
  price: "36,000",
  months: "12",
  seats: "5",
  renewal: "no",
  customers: "101-300",
  revenue: "3m-10m",
  fileSalesRecord: true,
  plan: zh(200),
  salesTeam: "6-10",
  resellers: "none",
  unsignedResellers: "no",
  payments: ["card"],
  orderProcess: zh(400),
  supportStaff: "1-5",
  supportCapacity: zh(50),
  usageLog: true,
  fileUsageChart: true,
  portability: true,
  filePortability: true,
  videoUrl: "https://example.com.tw/demo",
  videoLength: "3:30",
};

const keys = (def: DrafterDefinition, draft: Draft) => checkDraft(def, draft).map((p) => p.key);

describe("complete drafts", () => {
  it.each([
    ["附表1", tcloudApplication, application],
    ["附表3", tcloudTechnical, technical],
    ["附表4", tcloudPromotion, promotion],
  ] as const)("%s: a complete draft has nothing missing", (_, def, draft) => {
    expect(checkDraft(def, draft)).toEqual([]);
  });

  it("an empty draft lists every required field, each with words in both languages and a clause", () => {
    for (const { definition } of drafters) {
      const problems = checkDraft(definition, {});
      expect(problems.length).toBeGreaterThan(5);
      for (const p of problems) {
        expect(p.kind).toBe("missing");
        expect(p.message["zh-TW"]).toMatch(/[\u4e00-\u9fff]/);
        expect(p.message.en).toMatch(/[a-z]/);
        expect(p.cite.doc).toBe("tcloud-vendor-guidelines");
        expect(p.cite.href).toMatch(/^\/tcloud\//);
      }
    }
  });
});

describe("problems name their field", () => {
  it("every problem's key is a field of the form (or an option's name under it), so the page can link it", () => {
    const drafts: [DrafterDefinition, Draft][] = [
      [tcloudApplication, {}],
      [tcloudTechnical, { architecture: "hybrid", privateHost: "own-room", migrationPlan: "not-planned", hybridReasons: ["other"] }],
      [tcloudPromotion, { origin: "reseller", payments: ["third-party", "mobile", "other"], renewal: "yes", industries: ["other"] }],
    ];
    for (const [def, draft] of drafts) {
      const fields = new Set(def.sections.flatMap((s) => s.fields.map((f) => f.key)));
      for (const p of checkDraft(def, draft)) expect(fields.has(p.key.split(".")[0]!), p.key).toBe(true);
    }
  });
});

describe("附表1 公司簡介 300字", () => {
  it("300 characters pass, 301 do not", () => {
    expect(keys(tcloudApplication, { ...application, profile: zh(300) })).toEqual([]);
    const over = checkDraft(tcloudApplication, { ...application, profile: zh(301) });
    expect(over.map((p) => p.key)).toEqual(["profile"]);
    expect(over[0]!.message["zh-TW"]).toBe("「公司簡介」301 字，超過 300 字");
    expect(over[0]!.message.en).toBe("Company profile: 301 characters, over the 300-character limit");
    expect(over[0]!.cite.clause).toBe("附表1 公司簡介");
  });

  it("counts a character outside the BMP as one", () => {
    expect(charCount("𠮷".repeat(300))).toBe(300);
    expect(keys(tcloudApplication, { ...application, profile: "𠮷".repeat(300) })).toEqual([]);
  });

  it("spaces alone are not a profile", () => {
    expect(keys(tcloudApplication, { ...application, profile: "   " })).toEqual(["profile"]);
  });
});

describe("附表1 other fields", () => {
  it("needs at least one registered business item (四(一))", () => {
    const [p] = checkDraft(tcloudApplication, { ...application, businessItems: [] });
    expect(p!.key).toBe("businessItems");
    expect(p!.cite.clause).toBe("四(一); 五(一)");
  });

  it("paid-in capital: NT$1,000,000 passes, 999,999 does not (五(二))", () => {
    expect(keys(tcloudApplication, { ...application, paidInCapital: "100萬" })).toEqual([]);
    const [p] = checkDraft(tcloudApplication, { ...application, paidInCapital: "999,999" });
    expect(p!.cite.clause).toBe("五(二)");
  });

  it("rejects an unreadable amount, a bad UBN, e-mail and website", () => {
    expect(keys(tcloudApplication, { ...application, paidInCapital: "abc", ubn: "12345678", contactEmail: "a@", website: "example" })).toEqual([
      "ubn",
      "paidInCapital",
      "website",
      "contactEmail",
    ]);
  });

  it("the three consents must be ticked; the profile's supporting file and the extension may be left out", () => {
    expect(keys(tcloudApplication, { ...application, privacyConsent: false, declarations: false })).toEqual(["privacyConsent", "declarations"]);
    expect(application["profileProof"]).toBeUndefined();
    expect(application["contactExtension"]).toBeUndefined();
  });
});

describe("附表3 SLA", () => {
  it("availability: 98 passes, 97.99 does not (九(二)2 SLA 1); over 100 is not a percentage", () => {
    expect(keys(tcloudTechnical, { ...technical, availability: "98" })).toEqual([]);
    expect(keys(tcloudTechnical, { ...technical, availability: "98%" })).toEqual([]);
    const [p] = checkDraft(tcloudTechnical, { ...technical, availability: "97.99" });
    expect(p!.key).toBe("availability");
    expect(p!.cite.clause).toBe("九(二)2 SLA 1");
    expect(keys(tcloudTechnical, { ...technical, availability: "100.1" })).toEqual(["availability"]);
    expect(keys(tcloudTechnical, { ...technical, availability: "about 99" })).toEqual(["availability"]);
  });

  it("backups: every 24 h passes, every 25 h does not (九(二)2 SLA 5)", () => {
    expect(keys(tcloudTechnical, { ...technical, backupHours: "24" })).toEqual([]);
    expect(keys(tcloudTechnical, { ...technical, backupHours: "1" })).toEqual([]);
    const [p] = checkDraft(tcloudTechnical, { ...technical, backupHours: "25" });
    expect(p!.cite.clause).toBe("九(二)2 SLA 5");
    expect(p!.message.en).toContain("at most 24 hours");
    expect(keys(tcloudTechnical, { ...technical, backupHours: "0" })).toEqual(["backupHours"]);
  });

  it("response levels: two pass, one does not (九(二)2 SLA 4); empty rows are not levels", () => {
    const one = checkDraft(tcloudTechnical, { ...technical, responseLevels: ["一級問題，2小時內回應", "  "] });
    expect(one.map((p) => p.key)).toEqual(["responseLevels"]);
    expect(one[0]!.cite.clause).toBe("九(二)2 SLA 4");
    expect(one[0]!.message["zh-TW"]).toContain("至少 2 項（目前 1 項）");
  });

  it("response levels: 100 characters in all pass, 101 do not", () => {
    // Two lines joined by a line break: 49 + 1 + 50 = 100.
    expect(keys(tcloudTechnical, { ...technical, responseLevels: [zh(49), zh(50)] })).toEqual([]);
    expect(keys(tcloudTechnical, { ...technical, responseLevels: [zh(50), zh(50)] })).toEqual(["responseLevels"]);
  });

  it("each technical characteristic and SLA text: 100 characters pass, 101 do not", () => {
    expect(keys(tcloudTechnical, { ...technical, connections: zh(100), rpo: zh(100) })).toEqual([]);
    expect(keys(tcloudTechnical, { ...technical, connections: zh(101), rpo: zh(101) })).toEqual(["connections", "rpo"]);
  });
});

describe("附表3 architecture and uploads", () => {
  it("a public cloud names at least one cloud; ticking Other asks for its name", () => {
    expect(keys(tcloudTechnical, { ...technical, publicClouds: [] })).toEqual(["publicClouds"]);
    expect(keys(tcloudTechnical, { ...technical, publicClouds: ["other"] })).toEqual(["publicClouds.other"]);
    expect(keys(tcloudTechnical, { ...technical, publicClouds: ["other"], "publicClouds.other": "Linode" })).toEqual([]);
  });

  it("a hybrid cloud asks the hybrid questions instead, and a server room's missing plan gives its reason", () => {
    const hybrid = { ...technical, architecture: "hybrid", publicClouds: [] };
    expect(keys(tcloudTechnical, hybrid)).toEqual(["hybridPublicUse", "hybridPublicClouds", "hybridPrivateUse", "privateHost", "hybridReasons"]);
    const room = { ...hybrid, hybridPublicUse: ["compute"], hybridPublicClouds: ["gcp"], hybridPrivateUse: ["storage"], privateHost: "own-room", hybridReasons: ["cost"] };
    expect(keys(tcloudTechnical, room)).toEqual(["migrationPlan"]);
    expect(keys(tcloudTechnical, { ...room, migrationPlan: "not-planned" })).toEqual(["migrationPlan.not-planned"]);
    expect(keys(tcloudTechnical, { ...room, migrationPlan: "not-planned", "migrationPlan.not-planned": "客戶資料須留在本地" })).toEqual([]);
  });

  it("every required upload is listed until it is ready", () => {
    const missing = checkDraft(tcloudTechnical, { ...technical, fileLease: false, fileStressTest: false });
    expect(missing.map((p) => p.key)).toEqual(["fileLease", "fileStressTest"]);
    expect(missing[0]!.message.en).toContain("file not ready yet");
  });
});

describe("附表4 limits", () => {
  it("feature items: 15 characters pass, 16 do not (附表4 四、1)", () => {
    expect(keys(tcloudPromotion, { ...promotion, features: [zh(15)] })).toEqual([]);
    const [p] = checkDraft(tcloudPromotion, { ...promotion, features: [zh(15), zh(16)] });
    expect(p!.message["zh-TW"]).toBe("「四、1. 功能規格、性能」第 2 項 16 字，超過 15 字");
    expect(p!.cite.clause).toBe("附表4 四、1");
  });

  it("feature items: 10 pass, 11 do not; none is missing", () => {
    const items = (n: number) => Array.from({ length: n }, (_, i) => `功能${i + 1}`);
    expect(keys(tcloudPromotion, { ...promotion, features: items(10) })).toEqual([]);
    expect(keys(tcloudPromotion, { ...promotion, features: items(11) })).toEqual(["features"]);
    expect(checkDraft(tcloudPromotion, { ...promotion, features: [] })[0]!.kind).toBe("missing");
  });

  it("subscription: 4 and 12 months pass, 3 and 13 do not, nor 6.5 (六(三))", () => {
    for (const months of ["4", "12"]) expect(keys(tcloudPromotion, { ...promotion, months })).toEqual([]);
    for (const months of ["3", "13", "6.5"]) expect(keys(tcloudPromotion, { ...promotion, months })).toEqual(["months"]);
    expect(checkDraft(tcloudPromotion, { ...promotion, months: "13" })[0]!.cite.clause).toBe("六(三)");
  });

  it("categories: 1 and 3 pass, 0 and 4 do not (六(四); 附表4 一)", () => {
    const cats = ["inventory-management", "erp", "crm", "pos"];
    expect(keys(tcloudPromotion, { ...promotion, categories: cats.slice(0, 1) })).toEqual([]);
    expect(keys(tcloudPromotion, { ...promotion, categories: cats.slice(0, 3) })).toEqual([]);
    const none = checkDraft(tcloudPromotion, { ...promotion, categories: [] });
    expect(none.map((p) => [p.key, p.kind, p.cite.clause])).toEqual([["categories", "missing", "六(四)"]]);
    const four = checkDraft(tcloudPromotion, { ...promotion, categories: cats });
    expect(four.map((p) => [p.key, p.kind, p.cite.clause])).toEqual([["categories", "invalid", "附表4 一"]]);
    expect(four[0]!.message.en).toBe("1. Solution category (up to three): tick at most 3 (4 ticked)");
  });

  it("online payment: at least one method; a third-party payment names its provider (附表4 八)", () => {
    expect(keys(tcloudPromotion, { ...promotion, payments: [] })).toEqual(["payments"]);
    expect(keys(tcloudPromotion, { ...promotion, payments: ["third-party"] })).toEqual(["payments.third-party"]);
    expect(keys(tcloudPromotion, { ...promotion, payments: ["third-party"], "payments.third-party": "綠界" })).toEqual([]);
  });

  it("video: 2:00 and 5:00 pass, 1:59 and 5:01 do not; other shapes are refused", () => {
    for (const videoLength of ["2:00", "5:00", "03:30", "4：10"]) expect(keys(tcloudPromotion, { ...promotion, videoLength })).toEqual([]);
    for (const videoLength of ["1:59", "5:01", "6:00"]) expect(keys(tcloudPromotion, { ...promotion, videoLength })).toEqual(["videoLength"]);
    for (const videoLength of ["3", "3:5", "3:60", "三分鐘"]) expect(keys(tcloudPromotion, { ...promotion, videoLength })).toEqual(["videoLength"]);
    expect(readDuration("5:00")).toBe(300);
    expect(checkDraft(tcloudPromotion, { ...promotion, videoLength: "5:01" })[0]!.message["zh-TW"]).toContain("應為 2 至 5 分鐘");
  });

  it("price: users or another specification, at least one (附表4 五、1)", () => {
    expect(keys(tcloudPromotion, { ...promotion, seats: "" })).toEqual(["seats"]);
    expect(keys(tcloudPromotion, { ...promotion, seats: "", otherSpec: "不限人數" })).toEqual([]);
  });

  it("text limits: 300 for strengths, story and plan, 500 for orders, 100 for renewal and support", () => {
    const at = { ...promotion, strengths: zh(300), successStory: zh(300), plan: zh(300), orderProcess: zh(500), supportCapacity: zh(100), renewal: "yes", "renewal.yes": zh(10) };
    expect(keys(tcloudPromotion, at)).toEqual([]);
    const over = { ...at, strengths: zh(301), successStory: zh(301), plan: zh(301), orderProcess: zh(501), supportCapacity: zh(101) };
    expect(keys(tcloudPromotion, over)).toEqual(["strengths", "successStory", "plan", "orderProcess", "supportCapacity"]);
  });

  it("a reseller names the original vendor and uploads its authorisation; the UBN may be left out", () => {
    expect(keys(tcloudPromotion, { ...promotion, origin: "reseller" })).toEqual(["originalName", "originalCountry", "fileResellerLicence"]);
    expect(keys(tcloudPromotion, { ...promotion, origin: "reseller", originalName: "Acme Inc.", originalCountry: "美國", fileResellerLicence: true })).toEqual([]);
  });

  it("the required uploads and confirmations are listed", () => {
    const draft = { ...promotion, fileSalesRecord: false, usageLog: false, fileUsageChart: false, portability: false, filePortability: false };
    expect(keys(tcloudPromotion, draft)).toEqual(["fileSalesRecord", "usageLog", "fileUsageChart", "portability", "filePortability"]);
  });
});

describe("the printed draft", () => {
  it("prints every shown field under its Chinese name, blank ones empty, in the form's order", () => {
    const printed = printedDraft(tcloudPromotion, { ...promotion, payments: ["third-party", "card"], "payments.third-party": "綠界" });
    const fields = printed.flatMap((s) => s.fields);
    expect(fields.map((f) => f.label)).toContain("一、方案類別（複選至多3項）");
    expect(fields.find((f) => f.key === "payments")!.lines).toEqual(["☑ 第三方支付：綠界", "☑ 線上信用卡"]);
    expect(fields.find((f) => f.key === "features")!.lines).toEqual(["(1) 庫存即時同步", "(2) 多倉管理"]);
    expect(fields.find((f) => f.key === "originalName")).toBeUndefined();
    expect(fields.find((f) => f.key === "otherSpec")!.lines).toEqual([]);
  });
});
