/**
 * The TCloud drafters (issue 14) in Chromium: counters and the "still missing" list follow the
 * typing, at a limit and past it; the draft survives a reload; unreadable saved data is kept;
 * print shows the review copy alone. Both languages.
 */
import { mkdirSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { drafters } from "../../src/drafts/registry";
import { launchChromium } from "../support/browser";
import { DIST } from "../support/site";
import { serveDir } from "../support/static-server";

let browser: Browser;
let server: Awaited<ReturnType<typeof serveDir>>;
const SHOTS = "test-results/drafts";

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  server = await serveDir(DIST);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const words = {
  "zh-tw": {
    count: (n: number, max: number) => `${n} / ${max} 字`,
    over: "超過 1 字",
    missing: "尚缺或需修正",
    profileOver: "「公司簡介」301 字，超過 300 字",
    profileMissing: "「公司簡介」尚未填寫",
    saved: "已儲存",
    restored: "已載入",
    unreadable: "無法讀取",
    check: "檢查",
    add: "新增一項",
    featureOver: "第 2 項 16 字，超過 15 字",
    tooMany: "最多勾選 3 項（已勾選 4 項）",
    categories: ["進銷存管理", "財會管理", "雲端客服", "電子發票"],
  },
  en: {
    count: (n: number, max: number) => `${n} / ${max} characters`,
    over: "1 over",
    missing: "Still missing or to fix",
    profileOver: "Company profile: 301 characters, over the 300-character limit",
    profileMissing: "Company profile: not filled in yet",
    saved: "Saved",
    restored: "Loaded the draft saved at",
    unreadable: "could not be read",
    check: "Check",
    add: "Add an item",
    featureOver: "item 2: 16 characters, over the 15-character limit",
    tooMany: "tick at most 3 (4 ticked)",
    categories: ["Purchase, sales and inventory management", "Finance and accounting", "Cloud customer service", "E-invoicing"],
  },
} as const;

async function open(lang: "zh-tw" | "en", id: string, width = 390): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  page.on("pageerror", (e) => {
    throw e;
  });
  await page.goto(`${server.url}/${lang}/drafts/${id}/`);
  await page.waitForSelector("form[data-drafter][data-hydrated]");
  return page;
}

const missingList = (page: Page) => page.locator(".draft-missing li").allTextContents();

describe("drafters in Chromium", () => {
  it("every drafter has a page in each language, listed in the forms index", async () => {
    const page = await browser.newPage();
    for (const lang of ["zh-tw", "en"] as const) {
      await page.goto(`${server.url}/${lang}/forms/`);
      for (const d of drafters) {
        const link = page.locator(`a[href$="/${lang}/drafts/${d.id}/"]`);
        expect(await link.count(), `${lang} forms index links ${d.id}`).toBe(1);
      }
    }
    await page.close();
  });

  for (const lang of ["zh-tw", "en"] as const) {
    const w = words[lang];

    it(`附表1 (${lang}): the counter and the missing list follow the typing at 300 and 301 characters, and the draft survives a reload`, async () => {
      const page = await open(lang, "tcloud-application");
      const profile = page.locator("#draft-profile");
      const count = page.locator("#draft-profile-count");
      expect(await count.textContent()).toBe(w.count(0, 300));
      expect(await missingList(page)).toContain(w.profileMissing);

      await profile.fill("字".repeat(300));
      await expect.poll(() => count.textContent()).toBe(w.count(300, 300));
      expect(await missingList(page)).not.toContain(w.profileMissing);
      expect(await missingList(page)).not.toContain(w.profileOver);

      await profile.press("End");
      await page.keyboard.type("多");
      await expect.poll(() => count.textContent()).toBe(`${w.count(301, 300)} ${w.over}`);
      await expect.poll(() => missingList(page)).toContain(w.profileOver);
      // Left, the field shows its own error too.
      await profile.blur();
      await expect.poll(() => page.locator("#draft-profile-error").textContent()).toContain(w.profileOver);
      expect(await profile.getAttribute("aria-invalid")).toBe("true");

      await page.locator("#draft-companyName").fill("雲端示範股份有限公司");
      await expect.poll(() => page.locator(".draft-status").textContent()).toContain(w.saved);
      await page.screenshot({ path: `${SHOTS}/application-${lang}-390-typing.png`, fullPage: true });

      await page.reload();
      await page.waitForSelector("form[data-drafter][data-hydrated]");
      await expect.poll(() => profile.inputValue()).toBe(`${"字".repeat(300)}多`);
      expect(await page.locator("#draft-companyName").inputValue()).toBe("雲端示範股份有限公司");
      expect(await page.locator(".draft-status").textContent()).toContain(w.restored);

      // Check: the summary takes focus, is announced, and each item links to its field.
      await page.getByRole("button", { name: w.check, exact: true }).click();
      const summary = page.locator(".draft-missing[role=alert]");
      await expect.poll(() => summary.evaluate((el) => el === document.activeElement)).toBe(true);
      await summary.getByRole("link", { name: w.profileOver }).click();
      await expect.poll(() => page.evaluate(() => location.hash)).toBe("#draft-profile");
      expect(await page.locator(".ctl-text__error").count()).toBeGreaterThan(5);
      await page.screenshot({ path: `${SHOTS}/application-${lang}-390-errors.png`, fullPage: true });
      await page.context().close();
    });

    it(`附表4 (${lang}): feature items at 15 and 16 characters, at most 10 items, at most 3 categories`, async () => {
      const page = await open(lang, "tcloud-promotion");
      await page.locator("#draft-features-1").fill("字".repeat(15));
      await page.getByRole("button", { name: w.add }).click();
      // Focus moves to the new item.
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("draft-features-2");
      await page.keyboard.type("字".repeat(16));
      await expect.poll(() => missingList(page)).toEqual(expect.arrayContaining([expect.stringContaining(w.featureOver)]));
      for (let i = 3; i <= 10; i += 1) {
        await page.getByRole("button", { name: w.add }).click();
        await page.keyboard.type(`f${i}`);
      }
      expect(await page.getByRole("button", { name: w.add }).count()).toBe(0);
      expect(await page.locator(".ctl-list__item").count()).toBe(10);

      for (const name of w.categories) await page.getByRole("checkbox", { name, exact: false }).first().check();
      await expect.poll(() => missingList(page)).toEqual(expect.arrayContaining([expect.stringContaining(w.tooMany)]));
      await page.getByRole("checkbox", { name: w.categories[3], exact: false }).first().uncheck();
      await expect.poll(() => missingList(page)).not.toEqual(expect.arrayContaining([expect.stringContaining(w.tooMany)]));
      await page.screenshot({ path: `${SHOTS}/promotion-${lang}-390-filled.png`, fullPage: true });
      await page.context().close();
    });
  }

  it("附表3: print shows the review copy with its Chinese field names and hides the controls", async () => {
    const page = await open("en", "tcloud-technical", 1280);
    await page.locator("#draft-solutionName").fill("Cloud ERP 雲端");
    await page.locator("#draft-availability").fill("97.99");
    await expect.poll(() => missingList(page)).toEqual(expect.arrayContaining([expect.stringContaining("at least 98%")]));
    await page.locator("#draft-availability").fill("99.9");
    await page.emulateMedia({ media: "print" });
    expect(await page.locator(".draft-print").isVisible()).toBe(true);
    expect(await page.locator("form[data-drafter]").isVisible()).toBe(false);
    expect(await page.locator(".site-header").isVisible()).toBe(false);
    const printed = await page.locator(".draft-print").innerText();
    expect(printed).toContain("附表3 雲端解決方案技術特性說明");
    expect(printed).toContain("方案名稱");
    expect(printed).toContain("Cloud ERP 雲端");
    expect(printed).toContain("一、系統可用性（%）");
    expect(printed).toContain("99.9");
    expect(printed).toContain("尚缺或需修正");
    await page.screenshot({ path: `${SHOTS}/technical-en-print.png`, fullPage: true });
    const pdf = await page.pdf({ format: "A4" });
    expect(pdf.length).toBeGreaterThan(1000);
    await page.context().close();
  });

  it("keeps unreadable saved data aside, offers it for download, and does not overwrite it", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const key = "tw-procurement-handbook:drafter:v1:tcloud-application";
    await page.goto(`${server.url}/zh-tw/`);
    await page.evaluate((k) => localStorage.setItem(k, "{broken"), key);
    await page.goto(`${server.url}/zh-tw/drafts/tcloud-application/`);
    await page.waitForSelector("form[data-drafter][data-hydrated]");
    await expect.poll(() => page.locator(".draft-storage").textContent()).toContain(words["zh-tw"].unreadable);
    const link = page.locator(".draft-storage a[download]");
    expect(await link.getAttribute("href")).toMatch(/^blob:/);
    await page.locator("#draft-companyName").fill("新公司");
    await expect.poll(() => page.locator(".draft-status").textContent()).toContain(words["zh-tw"].saved);
    const asides = await page.evaluate((k) => Object.keys(localStorage).filter((s) => s.startsWith(`${k}:unreadable:`)).map((s) => localStorage.getItem(s)), key);
    expect(asides).toEqual(["{broken"]);
    await context.close();
  });

  it("holds an unreadable draft that a full store cannot copy aside, and saves again once it is downloaded", async () => {
    const context = await browser.newContext();
    const key = "tw-procurement-handbook:drafter:v1:tcloud-application";
    await context.addInitScript((k) => {
      const real = Storage.prototype.setItem;
      if (!sessionStorage.getItem("planted")) {
        sessionStorage.setItem("planted", "1");
        real.call(localStorage, k, "{broken");
      }
      const w = window as unknown as { full: boolean };
      w.full = true;
      Storage.prototype.setItem = function (name: string, v: string) {
        if (w.full && name.includes(":drafter:")) throw new DOMException("full", "QuotaExceededError");
        return real.call(this, name, v);
      };
    }, key);
    const page = await context.newPage();
    await page.goto(`${server.url}/en/drafts/tcloud-application/`);
    await page.waitForSelector("form[data-drafter][data-hydrated]");
    await page.locator("#draft-companyName").fill("Acme");
    await expect.poll(() => page.locator(".draft-status").textContent()).toContain("no room to keep a copy");
    // The only copy of the earlier draft is still there: no save went over it.
    expect(await page.evaluate((k) => localStorage.getItem(k), key)).toBe("{broken");
    await page.evaluate(() => {
      (window as unknown as { full: boolean }).full = false;
    });
    const [download] = await Promise.all([page.waitForEvent("download"), page.locator(".draft-storage a[download]").first().click()]);
    expect(download.suggestedFilename()).toBe("tcloud-application-unreadable-1.json");
    await expect.poll(() => page.evaluate((k) => localStorage.getItem(k), key)).toContain("Acme");
    expect(await page.locator("#draft-companyName").inputValue()).toBe("Acme");
    await context.close();
  });

  it("shows what another tab saved, says so, and keeps this tab's unsaved typing on top", async () => {
    const context = await browser.newContext();
    const [a, b] = [await context.newPage(), await context.newPage()];
    for (const p of [a, b]) {
      await p.goto(`${server.url}/en/drafts/tcloud-application/`);
      await p.waitForSelector("form[data-drafter][data-hydrated]");
    }
    await a.locator("#draft-companyName").fill("Acme Cloud");
    await expect.poll(() => b.locator("#draft-companyName").inputValue()).toBe("Acme Cloud");
    expect(await b.locator(".draft-status").textContent()).toContain("Another tab changed this draft");
    // B types and, before its save, A saves another field: both survive in B, and B's save keeps both.
    await b.locator("#draft-companyName").fill("Acme Cloud Ltd");
    await a.locator("#draft-companyName").fill("Acme Cloud");
    await a.locator("#draft-ubn").fill("04595257");
    await expect.poll(() => b.locator("#draft-ubn").inputValue()).toBe("04595257");
    expect(await b.locator("#draft-companyName").inputValue()).toBe("Acme Cloud Ltd");
    await expect.poll(() => b.evaluate(() => localStorage.getItem("tw-procurement-handbook:drafter:v1:tcloud-application") ?? "")).toContain("Acme Cloud Ltd");
    expect(await b.evaluate(() => localStorage.getItem("tw-procurement-handbook:drafter:v1:tcloud-application"))).toContain("04595257");
    await context.close();
  });

  it("says so accurately when storage is full", async () => {
    const context = await browser.newContext();
    await context.addInitScript(() => {
      const real = Storage.prototype.setItem;
      Storage.prototype.setItem = function (k: string, v: string) {
        if (k.includes(":drafter:")) throw new DOMException("full", "QuotaExceededError");
        return real.call(this, k, v);
      };
      localStorage.setItem("other", "x");
    });
    const page = await context.newPage();
    await page.goto(`${server.url}/en/drafts/tcloud-application/`);
    await page.waitForSelector("form[data-drafter][data-hydrated]");
    await page.locator("#draft-companyName").fill("Acme");
    await expect.poll(() => page.locator(".draft-status").textContent()).toContain("storage for the site is full");
    expect(await page.locator(".draft-storage a[download]").getAttribute("download")).toBe("tcloud-application-draft.json");
    expect(await page.locator("#draft-companyName").inputValue()).toBe("Acme");
    await context.close();
  });
});
