import { mkdirSync } from "node:fs";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checklists } from "../../src/rules/checklists/index";
import { launchChromium } from "../support/browser";
import { DIST } from "../support/site";
import { serveDir } from "../support/static-server";

let browser: Browser;
let server: Awaited<ReturnType<typeof serveDir>>;
const SHOTS = "test-results/checklists";

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
  "zh-tw": { restored: "已載入", otherTab: "另一個分頁", unreadable: "無法讀取", cleared: "已清除", progress: (n: number, all: number) => `已勾選 ${n} / ${all} 項` },
  en: { restored: "Loaded the ticks", otherTab: "Another tab", unreadable: "could not be read", cleared: "All ticks cleared", progress: (n: number, all: number) => `${n} of ${all} ticked` },
} as const;

describe("document checklists in Chromium", () => {
  for (const lang of ["zh-tw", "en"] as const) {
    for (const list of checklists) {
      it(`${list.id} (${lang}): every item of the rules, ticks kept over a reload, another tab's ticks shown, clear with undo`, async () => {
        const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
        const page = await context.newPage();
        const url = `${server.url}/${lang}/checklists/${list.id}/`;
        await page.goto(url);
        const all = list.groups.reduce((n, g) => n + g.items.length, 0);
        expect(await page.locator("form[data-checklist] input[type=checkbox]").count()).toBe(all);
        for (const g of list.groups) {
          const label = g.items[0]!.label[lang === "en" ? "en" : "zh-TW"];
          await expect.poll(() => page.getByLabel(label, { exact: false }).first().isVisible()).toBe(true);
        }

        // Ticking by keyboard, as without a mouse.
        const first = page.locator("input[type=checkbox]").first();
        await first.focus();
        await page.keyboard.press("Space");
        await page.locator("input[type=checkbox]").nth(1).check();
        await expect.poll(() => page.locator("[data-progress]").textContent()).toBe(words[lang].progress(2, all));
        await page.reload();
        await expect.poll(() => page.locator("[data-status]").textContent()).toContain(words[lang].restored);
        expect(await first.isChecked()).toBe(true);
        expect(await page.locator("input[type=checkbox]").nth(1).isChecked()).toBe(true);
        await page.screenshot({ path: `${SHOTS}/${list.id}-${lang}-390.png`, fullPage: true });
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        expect(width).toBeLessThanOrEqual(390);

        // A second tab ticks the last box: the first tab shows it and says so.
        const other = await context.newPage();
        await other.goto(url);
        await other.locator("input[type=checkbox]").last().check();
        await expect.poll(() => page.locator("input[type=checkbox]").last().isChecked()).toBe(true);
        expect(await page.locator("[data-status]").textContent()).toContain(words[lang].otherTab);
        await other.close();

        // Clear, then undo brings the three ticks back.
        await page.getByRole("button", { name: lang === "en" ? "Clear the ticks" : "清除勾選" }).click();
        await expect.poll(() => page.locator("[data-status]").textContent()).toContain(words[lang].cleared);
        expect(await page.locator("input:checked").count()).toBe(0);
        await page.getByRole("button", { name: lang === "en" ? "Undo" : "復原" }).click();
        expect(await page.locator("input:checked").count()).toBe(3);

        await page.setViewportSize({ width: 1280, height: 900 });
        await page.screenshot({ path: `${SHOTS}/${list.id}-${lang}-1280.png`, fullPage: true });
        await context.close();
      });
    }

    it(`keeps unreadable saved ticks aside, never overwritten, and offers them for download (${lang})`, async () => {
      const context = await browser.newContext();
      const page = await context.newPage();
      const id = checklists[0]!.id;
      const url = `${server.url}/${lang}/checklists/${id}/`;
      await page.goto(url);
      await page.evaluate((key) => localStorage.setItem(key, "{not json"), `checklist:${id}`);
      await page.reload();
      await expect.poll(() => page.locator("[data-status]").textContent()).toContain(words[lang].unreadable);
      const download = page.waitForEvent("download");
      await page.locator("[data-status] a").click();
      const file = await download;
      const body = await (await file.createReadStream()).toArray();
      expect(Buffer.concat(body).toString()).toBe("{not json");
      await page.locator("input[type=checkbox]").first().check();
      const kept = await page.evaluate(() => Object.entries(localStorage).filter(([k]) => k.includes(":unreadable:")).map(([, v]) => v));
      expect(kept).toEqual(["{not json"]);
      await page.screenshot({ path: `${SHOTS}/unreadable-${lang}.png` });
      await context.close();
    });
  }
});
