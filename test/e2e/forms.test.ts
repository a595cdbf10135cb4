/**
 * The form generators in Chromium over the built site: each form is filled through its
 * page, printed to PDF and checked with poppler (A4, page count, the values and the
 * computed amounts, an embedded CJK font), downloaded as .docx and read back, and
 * laid out by LibreOffice on the same number of A4 pages, and reloaded to see the draft
 * survive. Needs `npx astro build` first; poppler-utils and LibreOffice (soffice) on PATH.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { gzipSync } from "node:zlib";
import { strFromU8, unzipSync } from "fflate";
import type { Browser, BrowserContext, Download, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { forms } from "../../src/forms/registry";
import { formatAmountUpper } from "../../src/rules/helpers/amount-upper";
import { launchChromium } from "../support/browser";
import { DIST } from "../support/site";
import { serveDir } from "../support/static-server";

let browser: Browser;
let server: Awaited<ReturnType<typeof serveDir>>;
let work: string;

beforeAll(async () => {
  server = await serveDir(DIST);
  browser = await launchChromium();
  work = mkdtempSync(join(tmpdir(), "forms-e2e-"));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

/** Whitespace out, so text broken across lines or cells by the PDF or Word layout still matches. */
const squash = (s: string) => s.replace(/\s+/g, "");

interface Opened {
  page: Page;
  context: BrowserContext;
  problems: string[];
}

async function open(path: string): Promise<Opened> {
  const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1400, height: 1000 } });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on("console", (m) => m.type() === "error" && problems.push(m.text()));
  page.on("pageerror", (e) => problems.push(e.message));
  await page.goto(server.url + path);
  await page.locator("form.form-fields").waitFor();
  // The A4 sheets are drawn in a task after the first frame: a print before it has none of them.
  await page.locator(".sheets .sheet").first().waitFor();
  return { page, context, problems };
}

const label = (page: Page, text: string) => page.getByLabel(text, { exact: true });

async function fillProfile(page: Page, profile: Record<string, string>) {
  for (const [key, value] of Object.entries(profile)) await page.locator(`[name="profile.${key}"]`).fill(value);
}

async function toReview(page: Page) {
  await page.locator("button.calc-primary[type=submit]").click();
  await expect.poll(() => page.locator(".form-review").isVisible()).toBe(true);
}

interface PdfCheck {
  pages: number;
  text: string;
  fonts: string;
  raw: string;
}

/** Page count of a PDF, after checking that its pages are A4 (595.28 × 841.89 pt). */
function a4Pages(file: string): number {
  const info = execFileSync("pdfinfo", [file], { encoding: "utf8" });
  const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info);
  expect(Number(size?.[1]), `${file} width`).toBeCloseTo(595.28, 0);
  expect(Number(size?.[2]), `${file} height`).toBeCloseTo(841.89, 0);
  return Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
}

async function printPdf(page: Page, name: string): Promise<PdfCheck> {
  const file = join(work, `${name}.pdf`);
  writeFileSync(file, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  return {
    pages: a4Pages(file),
    text: execFileSync("pdftotext", ["-raw", file, "-"], { encoding: "utf8" }),
    fonts: execFileSync("pdffonts", [file], { encoding: "utf8" }),
    raw: readFileSync(file).toString("latin1"),
  };
}

/**
 * The .docx laid out by a word processor: LibreOffice (the one that runs here) converts it to
 * PDF, and the download must keep the official page count on A4 as the print does. Its own
 * profile folder, so a LibreOffice the developer has open does not take the job.
 */
function docxPages(file: string): number {
  const out = join(work, "docx-pdf");
  execFileSync("soffice", [`-env:UserInstallation=file://${join(work, "soffice-profile")}`, "--headless", "--convert-to", "pdf", "--outdir", out, file], {
    stdio: "ignore",
    timeout: 120_000,
  });
  return a4Pages(join(out, basename(file).replace(/\.docx$/, ".pdf")));
}

/**
 * Every font is embedded, and the faces named by the font descriptors are CJK faces of the
 * forms.css stack. (Chromium embeds CFF-based CJK faces as Type 3 fonts, which pdffonts lists
 * without a name; their descriptors still carry /FontName and /FontFamily.)
 */
function expectCjkFontEmbedded(pdf: PdfCheck) {
  const rows = pdf.fonts.split("\n").slice(2).filter((l) => l.trim());
  expect(rows.length).toBeGreaterThan(0);
  for (const row of rows) expect(row).toMatch(/\byes\s+(?:yes|no)\s+(?:yes|no)\s+\d+\s+\d+\s*$/);
  const names = [...pdf.raw.matchAll(/\/(?:FontName|BaseFont)\s*\/(?:[A-Z]{6}\+)?([^\s/<>]+)/g)].map((m) => m[1]);
  expect(names.some((n) => /CJK|MingLiU|JhengHei|PingFang|Ming|Hei|SourceHan/i.test(n ?? ""))).toBe(true);
}

async function downloadDocx(page: Page): Promise<{ name: string; file: string; text: string; xml: string }> {
  const [download]: [Download, void] = await Promise.all([page.waitForEvent("download"), page.locator("[data-action=docx]").click()]);
  const file = join(work, download.suggestedFilename());
  await download.saveAs(file);
  const xml = strFromU8(unzipSync(readFileSync(file))["word/document.xml"]!);
  const text = [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)]
    .map((m) => m[1]!)
    .join("")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
  return { name: download.suggestedFilename(), file, text, xml };
}

interface Case {
  id: string;
  lang: "zh-tw" | "en";
  profile: Record<string, string>;
  fill: (page: Page) => Promise<void>;
  pages: number;
  /** Text the PDF and the .docx must both contain (entered values and computed amounts). */
  expected: string[];
  /** Text only the .docx must contain: its cells follow one another, while a PDF lays them out side by side. */
  docxOnly?: string[];
  /** A control and the value it must hold again after a reload. */
  kept: [string, string];
  docxName: string;
}

const cases: Case[] = [
  {
    id: "tops-supplier-authorization",
    lang: "zh-tw",
    profile: { orgName: "好物設計有限公司", representative: "陳美麗", contactName: "張小明" },
    fill: async (page) => {
      await label(page, "所屬部門／機構").fill("行銷部");
      await label(page, "填表日期").fill("2024-09-19");
    },
    pages: 1,
    expected: ["好物設計有限公司（以下稱本組織）", "代理人姓名：張小明", "所屬部門/機構：行銷部", "負責人/代表人姓名：陳美麗", "中華民國113年9月19日"],
    kept: ["所屬部門／機構", "行銷部"],
    docxName: "台北好購推廣平台供應方登錄授權書.docx",
  },
  {
    id: "tcloud-enterprise-authorization",
    lang: "en",
    profile: { orgName: "雲端服務股份有限公司", ubn: "04595257", representative: "黃大同" },
    fill: async (page) => {
      await label(page, "Valid from").fill("2023-09-01");
      await label(page, "Valid until").fill("2023-12-31");
      await label(page, "No tax violation or arrears records (one query per authorization)").check();
      await label(page, "Responsible person's national ID number (負責人身分證字號)").fill("A123456789");
    },
    pages: 1,
    expected: ["立書人雲端服務股份有限公司茲瞭解並同意", "自中華民國112年9月1日起至民國112年12月31日止", "04595257", "黃大同", "A123456789", "■"],
    docxOnly: ["■1.查詢項目：無違章欠稅資料", "□1.查詢項目：發票比對驗證"],
    kept: ["Valid until", "2023-12-31"],
    docxName: "企業授權書.docx",
  },
  {
    id: "spp-mature-proposal",
    lang: "en",
    profile: { orgName: "臺南市政府經濟發展局", contactName: "林小華", contactTitle: "科員", email: "hua@example.gov.tw", phone: "06-2991111" },
    fill: async (page) => {
      await label(page, "Year (ROC)").fill("108");
      await label(page, "County or city").fill("臺南市");
      await label(page, "What is bought (採購案 is added)").fill("智慧路燈");
      await label(page, "This proposal's number k").fill("2");
      await label(page, "Total proposals n").fill("3");
      await label(page, "Tier 1").check();
      await label(page, "One-off purchase").check();
      // Tier 1 (75%) of 5,333,333 is 3,999,999.75: rounded down, just under the cap (第一節 二).
      await label(page, "Contract amount").fill("5,333,333");
      await label(page, "Of which capital expenditure (資本門)").fill("1000000");
      await label(page, "Intended use").fill("設置於安平區主要道路，夜間自動調光。");
    },
    pages: 2,
    expected: [
      "108年度採購新創產品或服務計畫-臺南市智慧路燈採購案-2/3",
      "申請機關：臺南市政府經濟發展局",
      "5,333.333",
      "4,333.333",
      "3,999.999",
      "1,333.334",
      "設置於安平區主要道路，夜間自動調光。",
      "林小華",
      "hua@example.gov.tw",
    ],
    kept: ["Contract amount", "5,333,333"],
    docxName: "採購新創產品或服務計畫 提案計畫書.docx",
  },
  {
    id: "spp-rd-proposal",
    lang: "zh-tw",
    profile: { orgName: "新竹市政府", contactName: "吳佩珊", contactTitle: "專員" },
    fill: async (page) => {
      await label(page, "年度（民國）").fill("108");
      await label(page, "本案編號 k").fill("1");
      await label(page, "總案數 n").fill("2");
      await label(page, "提案名稱").fill("智慧停車位偵測實證");
      await label(page, "提案概要").fill("以地磁感測器偵測路邊停車位，並即時提供空位資訊。");
    },
    pages: 2,
    expected: ["108年度經濟部中小企業處", "機關提案書-1/2", "提案機關：新竹市政府", "智慧停車位偵測實證", "以地磁感測器偵測路邊停車位，並即時提供空位資訊。", "依經濟部中小企業處補助契約所定契約期間。（以6個月為原則）", "吳佩珊"],
    kept: ["提案名稱", "智慧停車位偵測實證"],
    docxName: "政府出題‧新創解題 機關提案書.docx",
  },
  {
    id: "spp-expense-statement",
    lang: "zh-tw",
    profile: { orgName: "臺南市政府經濟發展局" },
    fill: async (page) => {
      await label(page, "計畫名稱").fill("108年度採購新創產品或服務計畫-臺南市智慧路燈採購案");
      await label(page, "經濟部中小企業處補助款（核定數）").fill("600,000");
      await label(page, "自籌款").fill("200000");
      await label(page, "自籌款來源").fill("本府108年度預算");
      await label(page, "支出 1 項目").fill("智慧路燈控制器");
      await label(page, "支出 1 金額（元）").fill("500,000");
      await page.getByRole("button", { name: "新增一列" }).click();
      await label(page, "支出 2 項目").fill("安裝與設定");
      await label(page, "支出 2 金額（元）").fill("30萬");
    },
    pages: 1,
    expected: ["費用支出明細表", "臺南市政府經濟發展局", "600,000", "智慧路燈控制器", "500,000", "(本府108年度預算)", "安裝與設定", "300,000", "合計800,000合計800,000"],
    kept: ["支出 2 項目", "安裝與設定"],
    docxName: "費用支出明細表.docx",
  },
  {
    id: "spp-settlement-certificate",
    lang: "zh-tw",
    profile: { orgName: "臺南市政府經濟發展局" },
    fill: async (page) => {
      await label(page, "財物").check();
      await label(page, "填發日期").fill("2019-11-05");
      await label(page, "案號及契約號").fill("108-SL-01");
      await label(page, "廠商名稱").fill("光明智慧股份有限公司");
      await label(page, "公告金額以上未達查核金額").check();
      await label(page, "驗收完畢/驗收合格日期").fill("2019-10-31");
      await label(page, "契約金額").fill("500萬");
      await label(page, "增加 01 金額（元）").fill("200,000");
      await label(page, "減少 01 金額（元）").fill("50,000");
      await label(page, "驗收扣款（不包括逾期違約金及其他違約金）").fill("50,000");
    },
    pages: 1,
    expected: [
      "臺南市政府經濟發展局　■財物□勞務結算驗收證明書",
      "光明智慧股份有限公司",
      "■公告金額以上未達查核金額",
      "108年10月31日",
      "新臺幣伍佰壹拾萬元整（5,100,000元）",
      "五、「結算總價」之計算方式為「契約金額」加「增加金額」減「減少金額」減「驗收扣款」。",
      "七、本證明書原則不得塗改",
    ],
    kept: ["契約金額", "500萬"],
    docxName: "結算驗收證明書.docx",
  },
  {
    id: "spp-budget-certificate",
    lang: "en",
    profile: { orgName: "臺南市政府經濟發展局" },
    fill: async (page) => {
      await label(page, "County or city").fill("臺南市");
      await label(page, "Granting agency (補助機關)").fill("經濟部中小企業處");
      await label(page, "Tier 5").check();
      await label(page, "One-off purchase").check();
      await label(page, "Contract amount").fill("1,000,000");
      await label(page, "The subsidy: budget year (ROC)").fill("108");
      await page.locator('[name="subsidyBudget.type"][value="general"]').check();
      await label(page, "The local share: budget year (ROC)").fill("108");
      await page.locator('[name="shareBudget.type"][value="subsidiary"]').check();
      await label(page, "The local share: name of the special or subsidiary budget").fill("產業發展基金");
    },
    pages: 1,
    expected: [
      "臺南市接受中央計畫型補助款納入預算證明",
      "經濟部中小企業處",
      `新臺幣${formatAmountUpper(900_000)}（900,000元）`,
      `新臺幣${formatAmountUpper(100_000)}（100,000元）`,
      "■總預算／",
      "■產業發展基金附屬單位預算",
      "機關首長職銜簽字章",
    ],
    kept: ["Contract amount", "1,000,000"],
    docxName: "接受中央計畫型補助款納入預算證明.docx",
  },
  {
    id: "spp-initial-inspection",
    lang: "zh-tw",
    profile: { orgName: "花蓮縣政府" },
    fill: async (page) => {
      await label(page, "部分").check();
      await label(page, "初驗日期").fill("2019-08-15");
      await label(page, "下午").check();
      await label(page, "時").fill("2");
      await label(page, "分").fill("30");
      await label(page, "標的名稱及數量摘要").fill("智慧水表100具");
      await label(page, "未逾期").check();
      await label(page, "與契約、圖說、貨樣規定相符").check();
      await label(page, "初驗經過").fill("抽驗10具，功能正常。");
    },
    pages: 1,
    expected: [
      "花蓮縣政府　初驗紀錄　□全部/■部分",
      "108年8月15日下午2時30分",
      "智慧水表100具",
      "■未逾期",
      "■ 與契約、圖說、貨樣規定相符。",
      "抽驗10具，功能正常。",
      "本紀錄所定格式僅供參考，使用機關得視實際需要自行調整。",
    ],
    kept: ["初驗經過", "抽驗10具，功能正常。"],
    docxName: "初驗紀錄.docx",
  },
  {
    id: "spp-change-application",
    lang: "en",
    profile: { orgName: "臺南市政府經濟發展局", contactName: "林小華", phone: "(06) 299-1111" },
    fill: async (page) => {
      await label(page, "Plan name (計畫名稱)").fill("108年度採購新創產品或服務計畫-臺南市智慧路燈採購案");
      await label(page, "Specific reasons for the change").fill("道路拓寬工程延後，路燈由 20 組改為 16 組。");
      await label(page, "Approved subsidy (A)").fill("750,000");
      await label(page, "Approved local share (B)").fill("250,000");
      await label(page, "Cost after the change (C)").fill("80萬");
      await label(page, "Subsidy received so far").fill("750000");
    },
    pages: 2,
    expected: [
      "道路拓寬工程延後，路燈由20組改為16組。",
      "原核定計畫1,000,000750,000250,000",
      "變更後計畫800,000600,000200,000",
      "■計畫變更致原核定計畫支出費用減列者",
      `新臺幣${formatAmountUpper(150_000)}（150,000元）`,
      "林小華",
    ],
    kept: ["Cost after the change (C)", "80萬"],
    docxName: "計畫變更申請表.docx",
  },
  {
    id: "spp-termination-application",
    lang: "zh-tw",
    profile: { orgName: "花蓮縣政府", contactName: "高文華", phone: "(03) 822-7171 分機 123" },
    fill: async (page) => {
      await label(page, "計畫名稱").fill("108年度採購新創產品或服務計畫-花蓮縣智慧水表採購案");
      await label(page, "執行項目 01 執行項目").fill("水表採購");
      await page.locator("#ff-work-0-status").check();
      await label(page, "執行項目 01 執行現況說明").fill("已安裝 30 組");
      await label(page, "執行項目 01 執行比例 %").fill("60");
      await label(page, "執行項目 01 已動支金額（元）").fill("123,456");
      await label(page, "有").check();
      await label(page, "原核定補助款").fill("1,000,000");
      await label(page, "孳息（截至申請日）").fill("1,234");
      await label(page, "已領取之補助款").fill("500,000");
      await label(page, "其中未執行部分之補助款").fill("200,000");
      await label(page, "其中未執行部分之孳息").fill("494");
    },
    pages: 2,
    expected: [
      "花蓮縣政府",
      "01.水表採購■（已安裝30組）60%",
      "123.456",
      "1,000",
      "1.234",
      "1,001.234",
      `試算應繳回新臺幣${formatAmountUpper(200_494)}（200,494元）`,
      "3.不可抗力因素：□無■有",
    ],
    kept: ["執行項目 01 已動支金額（元）", "123,456"],
    docxName: "計畫終止申請表.docx",
  },
];

describe("form generators in Chromium", () => {
  it("has a filled-in case for every form of the registry", () => {
    expect(cases.map((c) => c.id).sort()).toEqual(forms.map((f) => f.id).sort());
  });

  for (const c of cases) {
    it(`${c.id} (${c.lang}): filled through the page, printed on ${c.pages} A4 page(s), downloaded as .docx of as many pages, kept across a reload`, async () => {
      const { page, context, problems } = await open(`/${c.lang}/forms/${c.id}/`);
      await fillProfile(page, c.profile);
      await c.fill(page);
      await toReview(page);

      const pdf = await printPdf(page, c.id);
      expect(pdf.pages).toBe(c.pages);
      const pdfText = squash(pdf.text);
      for (const s of c.expected) expect(pdfText, `PDF of ${c.id}`).toContain(squash(s));
      expectCjkFontEmbedded(pdf);
      // No site chrome on paper.
      expect(pdfText).not.toContain(squash(c.lang === "en" ? "Check your answers" : "檢查您的答案"));

      const docx = await downloadDocx(page);
      expect(docx.name).toBe(c.docxName);
      const docxText = squash(docx.text);
      for (const s of [...c.expected, ...(c.docxOnly ?? [])]) expect(docxText, `.docx of ${c.id}`).toContain(squash(s));
      expect(docx.xml).toContain('w:w="11906"'); // A4 width in twips
      expect(docx.xml).toContain('w:h="16838"');
      expect(docxPages(docx.file), `.docx of ${c.id} in LibreOffice`).toBe(c.pages);

      await page.reload();
      await page.locator("form.form-fields").waitFor();
      expect(await label(page, c.kept[0]).inputValue()).toBe(c.kept[1]);
      expect(problems).toEqual([]);
      await context.close();
    });
  }

  it("continues a long answer on an addendum page instead of cutting it", async () => {
    const { page, context } = await open("/zh-tw/forms/spp-mature-proposal/");
    const long = "甲".repeat(380) + "尾";
    await label(page, "預定用途").fill(long);
    await expect.poll(() => page.locator(".form-addendum-note").isVisible()).toBe(true);
    const pdf = await printPdf(page, "addendum");
    expect(pdf.pages).toBe(3);
    const text = squash(pdf.text);
    expect(text).toContain("（續見附頁一）");
    expect(text).toContain("附頁一：預定用途（續）");
    expect(text.replace(/[^甲尾]/g, "")).toBe(long);
    await context.close();
  });

  it("prints a blank form on the official page count, blanks drawn as lines", async () => {
    for (const c of cases) {
      const { page, context } = await open(`/en/forms/${c.id}/`);
      const pdf = await printPdf(page, `${c.id}-blank`);
      expect(pdf.pages, c.id).toBe(c.pages);
      await context.close();
    }
  });

  it.each([
    [
      "spp-mature-proposal",
      2,
      async (page: Page) => {
        await label(page, "縣（市）").fill("字".repeat(10));
        await label(page, "採購案名稱（「採購案」三字自動加上）").fill("字".repeat(40));
        await label(page, "分擔款經費來源：單位").fill("字".repeat(40));
        for (const who of ["聯絡人員", "主管"]) {
          await label(page, `${who}：單位`).fill("字".repeat(20));
          await label(page, `${who}：電子信箱`).fill(`${"a".repeat(30)}@example.gov.tw`);
        }
      },
    ],
    [
      "spp-expense-statement",
      1,
      async (page: Page) => {
        await label(page, "計畫名稱").fill("字".repeat(60));
        await label(page, "自籌款來源").fill("字".repeat(40));
        for (let i = 1; i <= 10; i += 1) {
          if (i > 1) await page.getByRole("button", { name: "新增一列" }).click();
          await label(page, `支出 ${i} 項目`).fill("字".repeat(20));
          await label(page, `支出 ${i} 金額（元）`).fill("999,999,999");
        }
      },
    ],
    [
      "spp-termination-application",
      2,
      async (page: Page) => {
        await label(page, "計畫名稱").fill("字".repeat(60));
        for (let i = 0; i < 10; i += 1) {
          const row = `執行項目 ${String(i + 1).padStart(2, "0")}`;
          await label(page, `${row} 執行項目`).fill("字".repeat(20));
          await label(page, `${row} 執行現況說明`).fill("字".repeat(20));
          await label(page, `${row} 已動支金額（元）`).fill("999,999,999");
        }
      },
    ],
  ] as const)("keeps %s on %i page(s) with the longest values its fields take, anything longer on the addendum", async (id, pages, fill) => {
    const { page, context } = await open(`/zh-tw/forms/${id}/`);
    await fillProfile(page, { orgName: "字".repeat(60), contactName: "字".repeat(50), contactTitle: "字".repeat(50), phone: "(03) 822-7171 分機 12345678" });
    await fill(page);
    const addendum = await page.locator(".sheet--addendum").count();
    const pdf = await printPdf(page, `${id}-long`);
    expect(pdf.pages).toBe(pages + addendum);
    if (addendum) expect(squash(pdf.text)).toContain("附頁一");
    await context.close();
  });

  it("refuses a bad profile file with a clear message and keeps the current details", async () => {
    const { page, context } = await open("/en/forms/tcloud-enterprise-authorization/");
    await fillProfile(page, { orgName: "原本的公司", ubn: "04595257" });
    const before = await page.evaluate(() => localStorage.getItem("tw-procurement-handbook:profile:v1"));
    const input = page.locator("#profile-import");

    await input.setInputFiles({ name: "profile.json", mimeType: "application/json", buffer: Buffer.from("{ not json") });
    await expect.poll(() => page.locator(".form-profile__error").innerText()).toContain("it is not JSON");
    await input.setInputFiles({
      name: "profile.json",
      mimeType: "application/json",
      buffer: Buffer.from(JSON.stringify({ format: "tw-procurement-handbook/profile", version: 1, profile: { orgName: "壞檔案", ubn: "12345678" } })),
    });
    await expect.poll(() => page.locator(".form-profile__error").innerText()).toContain("check-digit");
    expect(await page.locator('[name="profile.orgName"]').inputValue()).toBe("原本的公司");
    expect(await page.evaluate(() => localStorage.getItem("tw-procurement-handbook:profile:v1"))).toBe(before);
    expect(await label(page, "Company or business name (公司/行號名稱)").inputValue()).toBe("原本的公司");

    // A good file replaces the details and every linked field follows.
    await input.setInputFiles({
      name: "profile.json",
      mimeType: "application/json",
      buffer: Buffer.from(JSON.stringify({ format: "tw-procurement-handbook/profile", version: 1, profile: { orgName: "新公司", ubn: "04595257" } })),
    });
    await expect.poll(() => label(page, "Company or business name (公司/行號名稱)").inputValue()).toBe("新公司");

    // And the exported file is one the import accepts.
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Save the details to a file (JSON)" }).click()]);
    const saved = JSON.parse(readFileSync(await download.path(), "utf8"));
    expect(saved).toMatchObject({ format: "tw-procurement-handbook/profile", version: 1, profile: { orgName: "新公司", ubn: "04595257" } });
    await context.close();
  });

  it("shares the profile between forms and lets one form change a value for itself only", async () => {
    const { page, context } = await open("/en/forms/tops-supplier-authorization/");
    await fillProfile(page, { orgName: "共用公司" });
    await page.goto(server.url + "/en/forms/spp-expense-statement/");
    await page.locator("form.form-fields").waitFor();
    const grantee = label(page, "Grantee (受補助機關)");
    expect(await grantee.inputValue()).toBe("共用公司");
    await grantee.fill("只在此表的機關");
    await expect.poll(() => page.locator(".sheet").first().innerText()).toContain("只在此表的機關");
    await page.goto(server.url + "/en/forms/tops-supplier-authorization/");
    await page.locator("form.form-fields").waitFor();
    expect(await label(page, "Name of the organisation (組織名稱)").inputValue()).toBe("共用公司");
    await context.close();
  });

  it("shows a GOV.UK error summary whose links move to the field, and inline errors", async () => {
    const { page, context } = await open("/en/forms/tcloud-enterprise-authorization/");
    const ubn = label(page, "Company or business UBN (公司/行號統一編號)");
    await ubn.fill("04595258");
    await label(page, "Valid from").fill("2023-09-01");
    await label(page, "Valid until").fill("2023-08-31");
    await page.locator("button.calc-primary[type=submit]").click();
    const summary = page.locator(".calc-error-summary[role=alert]");
    await expect.poll(() => summary.isVisible()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.classList.contains("calc-error-summary"))).toBe(true);
    expect(await summary.locator("li").count()).toBe(2);
    await summary.getByRole("link", { name: /UBN/ }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(await ubn.getAttribute("id"));
    expect(await ubn.getAttribute("aria-invalid")).not.toBeNull();
    expect(await page.locator(`#${await ubn.getAttribute("id")}-error`).innerText()).toContain("check-digit");
    expect(await page.locator(".form-review").isVisible()).toBe(false);
    await context.close();
  });

  it("does not lose the press of Continue when leaving a wrong field shows its error", async () => {
    const { page, context } = await open("/en/forms/tops-supplier-authorization/");
    await label(page, "Agent's department or organisation (所屬部門/機構)").fill("?");
    // Pressing the button blurs the field; its error must not move the button from under the pointer.
    await page.locator("button.calc-primary[type=submit]").click();
    await expect.poll(() => page.locator(".calc-error-summary[role=alert]").isVisible()).toBe(true);
    await context.close();
  });

  it("goes back from 'check your answers' to the field a change link names", async () => {
    const { page, context } = await open("/en/forms/tops-supplier-authorization/");
    await label(page, "Agent's department or organisation (所屬部門/機構)").fill("業務部");
    await toReview(page);
    await page.locator(".form-review").getByRole("link", { name: /Change Agent's department/ }).click();
    expect(await page.evaluate(() => document.activeElement?.getAttribute("name"))).toBe("agentUnit");
    await context.close();
  });

  it("asks before clearing a form, and clears only that form", async () => {
    const { page, context } = await open("/zh-tw/forms/tops-supplier-authorization/");
    await fillProfile(page, { orgName: "保留的公司" });
    await label(page, "所屬部門／機構").fill("要清除的部門");
    await page.getByRole("button", { name: "清除本表單" }).click();
    const dialog = page.locator("dialog.form-dialog");
    expect(await dialog.isVisible()).toBe(true);
    await dialog.getByRole("button", { name: "取消" }).click();
    expect(await label(page, "所屬部門／機構").inputValue()).toBe("要清除的部門");

    await page.getByRole("button", { name: "清除本表單" }).click();
    await dialog.getByRole("button", { name: "清除" }).click();
    expect(await label(page, "所屬部門／機構").inputValue()).toBe("");
    expect(await page.evaluate(() => localStorage.getItem("tw-procurement-handbook:draft:v1:tops-supplier-authorization"))).toBeNull();
    expect(await label(page, "組織名稱").inputValue()).toBe("保留的公司");
    await context.close();
  });

  it("labels every control and writes no user text as HTML", async () => {
    const { page, context } = await open("/en/forms/spp-termination-application/");
    await label(page, "Plan name (計畫名稱)").fill('<img src=x onerror="window.hacked=1">');
    const unlabelled = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLInputElement>("main input, main select, main textarea")]
        .filter((el) => el.type !== "hidden" && el.labels?.length === 0 && !el.getAttribute("aria-label"))
        .map((el) => el.outerHTML),
    );
    expect(unlabelled).toEqual([]);
    expect(await page.locator(".sheet img").count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { hacked?: number }).hacked)).toBeUndefined();
    await context.close();
  });

  it("loads at most 80 KB of script (gzip) on a form page, the .docx library only on download", async () => {
    const sizes: Record<string, number> = {};
    for (const c of cases) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const scripts: { url: string; body: Promise<Buffer> }[] = [];
      page.on("response", (r) => {
        if (r.request().resourceType() === "script") scripts.push({ url: r.url(), body: r.body() });
      });
      await page.goto(`${server.url}/en/forms/${c.id}/`, { waitUntil: "networkidle" });
      await page.locator("form.form-fields").waitFor();
      expect(scripts.some((s) => /\/docx\.[\w-]+\.js$/.test(s.url)), c.id).toBe(false);
      const bodies = await Promise.all(scripts.map((s) => s.body));
      sizes[c.id] = bodies.reduce((total, body) => total + gzipSync(body, { level: 9 }).length, 0);
      await context.close();
    }
    console.log("script per form page, gzip bytes:", sizes);
    for (const [id, size] of Object.entries(sizes)) expect(size, id).toBeLessThanOrEqual(80 * 1024);
  });
});
