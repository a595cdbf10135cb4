/**
 * The service worker (issue 17), in Chromium with service workers allowed: after one visit
 * the site works offline, pages never visited included: a handbook page, a calculator (with
 * its answers in the URL, computed), a form (filled and reviewed) in both languages; nothing
 * from another origin is cached; and a new version announces itself on the open page and is
 * what a reload shows.
 */
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "../support/browser";
import { RESULT, ready, reachReview, watch, withExample } from "../support/crawl";
import { DIST } from "../support/site";
import { serveDir } from "../support/static-server";

let server: Awaited<ReturnType<typeof serveDir>>;
let other: Awaited<ReturnType<typeof serveDir>>;
let browser: Browser;
let context: BrowserContext;
let tab: Page;
/** Set to serve a new version of sw.js, as a deploy would. */
let newWorker: string | undefined;

beforeAll(async () => {
  server = await serveDir(DIST, { override: (path) => (path === "/sw.js" ? newWorker : undefined) });
  other = await serveDir(DIST);
  browser = await launchChromium();
  context = await browser.newContext({ serviceWorkers: "allow" });
  tab = await context.newPage();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  await other?.close();
});

/** Waits until the page is controlled by an activated worker, whose cache names it returns. */
async function controlled(page: Page): Promise<string[]> {
  await page.waitForFunction(() => navigator.serviceWorker.controller?.state === "activated", null, { timeout: 60_000 });
  return page.evaluate(() => caches.keys());
}

describe("offline, after one visit", () => {
  it("stores the site on the first visit (landing page only)", async () => {
    await tab.goto(`${server.url}/`);
    const keys = await controlled(tab);
    expect(keys.filter((k) => /^handbook-[0-9a-f]{16}$/.test(k))).toHaveLength(1);
  });

  it("opens pages never visited, with the network gone: handbook, calculator with a result, form to its review", async () => {
    await context.setOffline(true);
    try {
      const w = watch(tab, server.url);
      for (const path of ["/en/tops/awards/", "/zh-tw/spp/mature-subsidy/"]) {
        await tab.goto(server.url + path);
        expect(await tab.locator("main h1").count(), path).toBe(1);
      }
      for (const path of ["/zh-tw/calculators/tops-award/", "/en/calculators/spp-mature-subsidy/"]) {
        const url = withExample(path)!;
        await tab.goto(server.url + url);
        await ready(tab, url);
        await tab.locator(RESULT).first().waitFor({ timeout: 15_000 });
      }
      // An embedded calculator opens inside a handbook page.
      await tab.goto(`${server.url}/en/tops/awards/`);
      const summary = tab.locator("main details:has(astro-island) > summary").first();
      if (await summary.count()) {
        await summary.click();
        await tab.waitForSelector("main details astro-island:not([ssr]) form[data-calculator]");
      }
      for (const path of ["/en/forms/spp-mature-proposal/", "/zh-tw/forms/tops-supplier-authorization/"]) {
        await tab.goto(server.url + path);
        await ready(tab, path);
        expect(await reachReview(tab), path).toBe(true);
      }
      await w.stop();
      expect(w.problems).toEqual([]);
    } finally {
      await context.setOffline(false);
    }
  });

  it("caches nothing from another origin", async () => {
    // The pages' CSP already stops any request to another origin; a context that bypasses it
    // shows that the worker would not store one either.
    const open = await browser.newContext({ serviceWorkers: "allow", bypassCSP: true });
    const page = await open.newPage();
    await page.goto(`${server.url}/en/`);
    await controlled(page);
    await page.evaluate((url) => fetch(url, { mode: "no-cors" }).then(() => undefined), `${other.url}/favicon.svg`);
    await page.evaluate((url) => fetch(url).then((r) => r.text()), `${other.url}/en/`).catch(() => undefined);
    const cached = await page.evaluate(async () => {
      const urls: string[] = [];
      for (const key of await caches.keys()) for (const req of await (await caches.open(key)).keys()) urls.push(req.url);
      return urls;
    });
    expect(cached.length).toBeGreaterThan(100);
    expect(cached.filter((u) => new URL(u).origin !== server.url)).toEqual([]);
    await open.close();
  });
});

describe("a new version", () => {
  it("announces itself on the open page, and a reload shows it", async () => {
    await tab.goto(`${server.url}/en/tops/`);
    const before = await controlled(tab);
    const old = await (await fetch(`${server.url}/sw.js`)).text();
    // A deploy: another version of the files, so another version of the worker.
    newWorker = old.replace(/"version":"[0-9a-f]{16}"/, '"version":"0000000000000000"');
    await tab.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    const note = tab.locator("[data-sw-update][role=status]");
    await note.waitFor({ timeout: 60_000 });
    expect(await note.textContent()).toMatch(/new version/);
    await Promise.all([tab.waitForEvent("load"), note.locator("button").click()]);
    const after = await controlled(tab);
    expect(after).toContain("handbook-0000000000000000");
    // The previous version stays one generation, for pages still open on it.
    expect(after.filter((k) => before.includes(k) && /^handbook-[0-9a-f]{16}$/.test(k))).toHaveLength(1);
    expect(await tab.locator("[data-sw-update]").count()).toBe(0);
  });
});
