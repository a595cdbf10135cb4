/**
 * Program finder: who you are, then the few facts that decide which programs may
 * fit. Each answer is a path segment (/en/finder/taipei-company/sme-yes/under-5/),
 * so every step is a static page and the flow works without JavaScript.
 * The verdicts restate the programs' entry conditions; each names its clause.
 */
import { href } from "../../rules/anchors.js";
import { ntd, num, pct } from "../../rules/core/format.js";
import type { Text } from "../../rules/core/types.js";
import { startupParams2019 } from "../../rules/spp/manual-2019.js";
import { pointsParams2023 } from "../../rules/tcloud/params-2023.js";
import { vendorParams2023 } from "../../rules/tcloud/vendor-params-2023.js";
import { eligibilityParams2024 } from "../../rules/tops/params-2024.js";
import type { Audience } from "../../lib/audiences.js";

export interface Answer {
  id: string;
  label: Text;
  hint?: Text;
}

export interface Question {
  id: string;
  title: Text;
  hint?: Text;
  answers: readonly Answer[];
}

const t = (zh: string, en: string): Text => ({ "zh-TW": zh, en });

// The verdicts restate the programs' thresholds: read from src/rules, never retyped here.
const smeCapital = ntd(eligibilityParams2024.smeCapitalMax.value);
const smeEmployees = num(eligibilityParams2024.smeEmployeesBelow.value);
const topsYears = num(eligibilityParams2024.startupYears.value);
const sppYears = num(startupParams2019.maxYears.value);
const vendorCapitalMin = ntd(vendorParams2023.minPaidInCapital.value);
const points = num(pointsParams2023.pointsPerSme.value);
const pointsShare = pct(pointsParams2023.maxPointsShare.value);

export const who: Question = {
  id: "who",
  title: t("您是哪一類？", "Who are you?"),
  answers: [
    { id: "taipei-company", label: t("登記在臺北市的公司或商號", "A company or business registered in Taipei City") },
    { id: "other-company", label: t("登記在其他縣市的公司或商號", "A company or business registered elsewhere in Taiwan") },
    { id: "local-government", label: t("直轄市或縣（市）政府（含所屬機關、學校）", "A city or county government (or one of its agencies or schools)") },
    { id: "central-agency", label: t("中央機關或公營事業", "A central government agency or state-owned enterprise") },
    { id: "it-vendor", label: t("提供雲端解決方案的資訊服務廠商", "An IT service vendor offering cloud solutions") },
    { id: "sme-buyer", label: t("想購買雲端軟體的中小企業", "A small or medium business buying cloud software") },
  ],
};

const sme: Question = {
  id: "sme",
  title: t("是中小企業嗎？", "Is it a small or medium-sized enterprise (SME)?"),
  hint: t(
    `實收資本額${smeCapital["zh-TW"]}以下，或經常僱用員工未滿 ${smeEmployees} 人（中小企業認定標準第2條）。`,
    `Paid-in capital of ${smeCapital.en} or less, or fewer than ${smeEmployees} regular employees (SME standard, Art. 2).`,
  ),
  answers: [
    { id: "sme-yes", label: t("是", "Yes") },
    { id: "sme-no", label: t("否，兩項都超過", "No, it is over both limits") },
    { id: "sme-unsure", label: t("不確定", "I don't know"), hint: t("員工數看最近一期勞保繳費清單。", "For employees, see the latest Labour Insurance bill.") },
  ],
};

const age: Question = {
  id: "age",
  title: t("公司成立多久了？", "How long ago was the company established?"),
  answers: [
    { id: "under-5", label: t(`未滿 ${sppYears} 年`, `Under ${sppYears} years`) },
    { id: "5-to-8", label: t(`${sppYears} 年以上、未滿 ${topsYears} 年`, `${sppYears} years or more, but under ${topsYears}`) },
    { id: "8-plus", label: t(`${topsYears} 年以上`, `${topsYears} years or more`) },
  ],
};

const goal: Question = {
  id: "goal",
  title: t("想做什麼？", "What do you want to do?"),
  answers: [
    { id: "buy-listed", label: t("採購已上架於共同供應契約的新創產品或服務", "Buy a startup product or service already on the joint supply contract") },
    { id: "challenge", label: t("出題請新創研發解決方案", "Ask startups to develop a solution to a problem") },
    { id: "goal-unsure", label: t("還不確定", "Not sure yet") },
  ],
};

const vendorItems: Question = {
  id: "vendor-items",
  title: t("公司登記的營業項目有 I301010、I301020 或 I301030 嗎？", "Does the company's registration list business item I301010, I301020 or I301030?"),
  hint: t("資訊軟體服務業、資料處理服務業、電子資訊供應服務業；見經濟部商工登記公示資料。", "Software services, data processing or electronic information supply; see the MOEA company registry."),
  answers: [
    { id: "items-yes", label: t("有", "Yes") },
    { id: "items-no", label: t("沒有", "No") },
    { id: "items-unsure", label: t("不確定", "I don't know") },
  ],
};

const vendorCapital: Question = {
  id: "vendor-capital",
  title: t(`實收資本額有${vendorCapitalMin["zh-TW"]}以上嗎？`, `Is its paid-in capital ${vendorCapitalMin.en} or more?`),
  answers: [
    { id: "capital-yes", label: t("有", "Yes") },
    { id: "capital-no", label: t("沒有", "No") },
  ],
};

/** The questions asked after "who", in order. */
export const flows: Record<string, readonly Question[]> = {
  "taipei-company": [sme, age],
  "other-company": [sme, age],
  "local-government": [goal],
  "central-agency": [],
  "it-vendor": [vendorItems, vendorCapital],
  "sme-buyer": [sme],
};

type Fit = "yes" | "maybe" | "no";

interface Verdict {
  program: Audience;
  name: Text;
  fit: Fit;
  why: Text;
  /** Language-neutral handbook link ("/tops/awards/#tiers"). */
  page: string;
}

/** A step of the flow: the next question, or the outcome once every question is answered. */
export type Step =
  | { kind: "question"; question: Question; answers: readonly string[] }
  | { kind: "outcome"; verdicts: Verdict[]; answers: readonly string[] }
  | { kind: "invalid" };

export function stepAt(path: readonly string[]): Step {
  if (path.length === 0) return { kind: "question", question: who, answers: [] };
  const [role, ...rest] = path as [string, ...string[]];
  const flow = flows[role];
  if (!flow || rest.length > flow.length) return { kind: "invalid" };
  for (const [i, answer] of rest.entries()) {
    if (!flow[i]!.answers.some((a) => a.id === answer)) return { kind: "invalid" };
  }
  if (rest.length < flow.length) return { kind: "question", question: flow[rest.length]!, answers: path };
  return { kind: "outcome", verdicts: verdicts(role, rest), answers: path };
}

/** Every path the flow can reach, for the static pages. */
export function allPaths(): string[][] {
  const out: string[][] = [[]];
  for (const [role, flow] of Object.entries(flows)) {
    let level: string[][] = [[role]];
    out.push(...level);
    for (const q of flow) {
      level = level.flatMap((p) => q.answers.map((a) => [...p, a.id]));
      out.push(...level);
    }
  }
  return out;
}

/** The question and answer labels of a path, for "your answers". */
export function answered(path: readonly string[]): { question: Question; answer: Answer; upTo: string[] }[] {
  const [role] = path;
  const questions = [who, ...(role ? (flows[role] ?? []) : [])];
  return path.map((id, i) => ({
    question: questions[i]!,
    answer: questions[i]!.answers.find((a) => a.id === id)!,
    upTo: path.slice(0, i),
  }));
}

const NAMES: Record<Audience, Text> = {
  "tops-supplier": t("台北好購（TOPS）供應方登錄", "TOPS supplier registration"),
  "tops-buyer": t("台北好購（TOPS）採購方註冊與獎勵", "TOPS buyer registration and awards"),
  "spp-supplier": t("新創採購：以新創身分銷售", "Startup procurement: selling as a startup"),
  "spp-mature": t("新創採購補助：成熟型", "Startup procurement subsidy: mature track"),
  "spp-rd": t("新創採購補助：研發型（政府出題‧新創解題）", "Startup procurement subsidy: R&D track"),
  "tcloud-vendor": t("臺灣雲市集：資訊服務廠商", "Taiwan Cloud Marketplace: IT service vendor"),
  "tcloud-sme": t("臺灣雲市集：中小企業數位點數", "Taiwan Cloud Marketplace: digital points for SMEs"),
};

/** The handbook section each verdict links; its tools come from their own manifests (tools.ts). */
const PAGES: Record<Audience, string> = {
  "tops-supplier": href("tops/supplier-eligibility", "conditions"),
  "tops-buyer": href("tops/buyer-registration", "buyer-eligibility"),
  "spp-supplier": href("spp", "startup-procurement-definition"),
  "spp-mature": href("spp/mature-subsidy", "applicants"),
  "spp-rd": href("spp/rd-track", "rd-applicants"),
  "tcloud-vendor": href("tcloud/vendor-eligibility", "vendor-eligibility"),
  "tcloud-sme": href("tcloud", "digital-points"),
};

const v = (program: Audience, fit: Fit, why: Text): Verdict => ({ program, name: NAMES[program], fit, why, page: PAGES[program] });

const COMPANIES = new Set(["taipei-company", "other-company"]);
const GOVERNMENTS = new Set(["local-government", "central-agency"]);

function topsSupplier(role: string, a: Record<string, string>): Verdict {
  if (role === "other-company") {
    return v("tops-supplier", "no", t("供應方須登記設址於臺北市（登錄簡章 參、二(一)1(1)）。", "Suppliers must be registered at a Taipei City address (registration rules 參、二(一)1(1))."));
  }
  if (role === "taipei-company") {
    const group = a.age === "8-plus" ? t("中小企業組", "the SME group") : t(`新創事業組（設立未滿 ${topsYears} 年）`, `the startup group (under ${topsYears} years)`);
    if (a.sme === "sme-no") return v("tops-supplier", "no", t("供應方須符合中小企業認定標準（參、二(一)1(2)）。", "Suppliers must be SMEs under the SME standard (參、二(一)1(2))."));
    const fit: Fit = a.sme === "sme-yes" ? "yes" : "maybe";
    return v(
      "tops-supplier",
      fit,
      t(
        `登記在臺北市${fit === "yes" ? "且為中小企業" : "，若為中小企業"}即可登錄，列入${group["zh-TW"]}；另須能開立發票或收據、無違規紀錄（參、二(一)1）。`,
        `Registered in Taipei${fit === "yes" ? " and an SME" : "; if it is an SME"}, it can register, in ${group.en}; it must also issue invoices or receipts and have no listed violations (參、二(一)1).`,
      ),
    );
  }
  if (role === "it-vendor") {
    return v("tops-supplier", "maybe", t("若公司登記在臺北市且為中小企業，也可登錄為供應方（參、二(一)1）。", "If the company is registered in Taipei and is an SME, it can also register as a supplier (參、二(一)1)."));
  }
  return v("tops-supplier", "no", t("供應方為臺北市的中小企業與新創（參、二(一)1）；您可註冊為採購方。", "Suppliers are Taipei SMEs and startups (參、二(一)1); you can register as a buyer."));
}

function topsBuyer(role: string): Verdict {
  return v(
    "tops-buyer",
    "yes",
    GOVERNMENTS.has(role)
      ? t("採購方包括中央及地方各級政府機關、公營及國營事業（參、一(一)）；採購平台供應方可參加獎勵機制。", "Buyers include government agencies at every level and state-owned enterprises (參、一(一)); buying from TOPS suppliers counts towards the awards.")
      : t("依法登記之企業及法人組織均可註冊為採購方（參、一(一)）；採購平台供應方可參加獎勵機制。", "Any registered company or legal person can register as a buyer (參、一(一)); buying from TOPS suppliers counts towards the awards."),
  );
}

function sppSupplier(role: string, a: Record<string, string>): Verdict {
  if (COMPANIES.has(role)) {
    if (a.age === "under-5") {
      return v("spp-supplier", "maybe", t(`成立 ${sppYears} 年內；產品或服務須上架於中小企業處的新創共同供應契約（手冊 二；附錄一 二）。`, `Within ${sppYears} years of establishment; its product or service must be on SMEA's startup joint supply contract (manual 二; Appendix 1 point 2).`));
    }
    return v(
      "spp-supplier",
      "maybe",
      t(
        `成立已滿 ${sppYears} 年，須經主管機關認定為新創，且產品或服務上架於共同供應契約（手冊 二）。${a.age === "5-to-8" ? `注意：TOPS 以未滿 ${topsYears} 年為新創，兩計畫定義不同。` : ""}`,
        `Established ${sppYears} years ago or more: only if the competent authority recognises it as a startup and its product is on the joint supply contract (manual 二).${a.age === "5-to-8" ? ` Note: TOPS counts under ${topsYears} years as a startup; the programs differ.` : ""}`,
      ),
    );
  }
  if (role === "it-vendor") {
    return v("spp-supplier", "maybe", t(`若為成立 ${sppYears} 年內（或經認定）的新創，且產品上架於共同供應契約（手冊 二）。`, `If it is a startup within ${sppYears} years (or recognised) and its product is on the joint supply contract (manual 二).`));
  }
  return v("spp-supplier", "no", t("此為新創事業銷售給政府的管道（手冊 二）。", "This is how startups sell to governments (manual 二)."));
}

const sppApplicants = t(
  "補助對象為直轄市及縣（市）政府（附錄一 三）",
  "Only city and county governments can apply (Appendix 1 point 3)",
);

function sppTracks(role: string, a: Record<string, string>): Verdict[] {
  if (role !== "local-government") {
    const why: Text = { "zh-TW": `${sppApplicants["zh-TW"]}。`, en: `${sppApplicants.en}.` };
    return [v("spp-mature", "no", why), v("spp-rd", "no", why)];
  }
  const mature = a.goal !== "challenge";
  const rd = a.goal !== "buy-listed";
  return [
    v(
      "spp-mature",
      mature ? "yes" : "no",
      mature
        ? t("縣市政府採購共同供應契約上架之新創產品，可申請補助（第一節 一、二）。", "A city or county buying listed startup products can apply (第一節 一, 二).")
        : t("成熟型補助採購已上架的產品；出題研發請看研發型。", "The mature track pays for products already listed; for a new solution see the R&D track."),
    ),
    v(
      "spp-rd",
      rd ? "yes" : "no",
      rd
        ? t("縣市政府出題、由新創研發解決方案，可申請研發型補助（研發型 第一節）。", "A city or county posing a challenge for startups to solve can apply to the R&D track (研發型 第一節).")
        : t("研發型補助用於出題研發；採購已上架產品請看成熟型。", "The R&D track is for commissioning solutions; to buy listed products see the mature track."),
    ),
  ];
}

function tcloudVendor(role: string, a: Record<string, string>): Verdict {
  if (role !== "it-vendor") {
    return v("tcloud-vendor", "no", t("廠商須為登記有 I301010、I301020 或 I301030 營業項目的資訊服務廠商（四(一)）；若是，請選「資訊服務廠商」。", "Vendors are IT service companies with business item I301010, I301020 or I301030 (四(一)); if that is you, choose 'IT service vendor'."));
  }
  if (a["vendor-items"] === "items-no") {
    return v("tcloud-vendor", "no", t("須登記有 I301010、I301020 或 I301030 其中一項營業項目（四(一)；五(一)）。", "One of business items I301010, I301020 or I301030 is required (四(一); 五(一))."));
  }
  if (a["vendor-capital"] === "capital-no") {
    return v("tcloud-vendor", "no", t(`實收資本額須達${vendorCapitalMin["zh-TW"]}（五(二)）。`, `Paid-in capital must be at least ${vendorCapitalMin.en} (五(二)).`));
  }
  const sure = a["vendor-items"] === "items-yes";
  return v(
    "tcloud-vendor",
    sure ? "yes" : "maybe",
    t(
      `${sure ? "營業項目與資本額符合" : "若營業項目符合"}；另須有雲端服務銷售實績，且無重大違約、停權、欠稅、重大違規，非陸資或分公司（五(三)至(八)）。`,
      `${sure ? "Business item and capital are met" : "If the business item is met"}; it also needs a cloud sales record and none of the exclusions (breaches, suspension, tax arrears, serious violations, Chinese capital, branches) (五(三)–(八)).`,
    ),
  );
}

function tcloudSme(role: string, a: Record<string, string>): Verdict {
  if (GOVERNMENTS.has(role)) {
    return v("tcloud-sme", "no", t("數位點數發給中小微型企業（二(一)；四(二)）。", "Digital points go to small and medium businesses (二(一); 四(二))."));
  }
  if (role === "it-vendor") {
    return v("tcloud-sme", "maybe", t("若公司本身為中小企業，也可用點數購買其他廠商的方案（四(二)）。", "If the company is itself an SME, it can also use points to buy other vendors' solutions (四(二))."));
  }
  if (a.sme === "sme-no") {
    return v("tcloud-sme", "no", t("點數限中小企業認定標準所稱之中小企業，或僅有稅籍登記之營利事業（四(二)）。", "Points are for SMEs under the SME standard, or businesses with only a tax registration (四(二))."));
  }
  const sure = a.sme === "sme-yes";
  return v(
    "tcloud-sme",
    sure ? "yes" : "maybe",
    t(
      `${sure ? "中小企業" : "若為中小企業"}可獲 ${points} 點，購買方案時點數至多抵付價格的 ${pointsShare}，其餘自付（二(一)）。`,
      `${sure ? "An SME" : "If it is an SME, it"} gets ${points} points, which pay at most ${pointsShare} of each price; it pays the rest itself (二(一)).`,
    ),
  );
}

function verdicts(role: string, answers: readonly string[]): Verdict[] {
  const flow = flows[role] ?? [];
  const a: Record<string, string> = Object.fromEntries(flow.map((q, i) => [q.id, answers[i]!]));
  const all = [topsSupplier(role, a), topsBuyer(role), sppSupplier(role, a), ...sppTracks(role, a), tcloudVendor(role, a), tcloudSme(role, a)];
  const rank: Record<Fit, number> = { yes: 0, maybe: 1, no: 2 };
  return all.sort((x, y) => rank[x.fit] - rank[y.fit]);
}
