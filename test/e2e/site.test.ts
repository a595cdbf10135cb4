import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "../support/browser";
import { builtHtml } from "../support/html";
import { builtPages, DIST } from "../support/site";
import { serveDir } from "../support/static-server";

let browser: Browser;
let server: Awaited<ReturnType<typeof serveDir>>;

beforeAll(async () => {
  server = await serveDir(DIST);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/*
 * Status, console errors, third-party requests and "no JavaScript on handbook pages" are
 * checked over every page by the one browser crawl, in sitemap.test.ts.
 */
describe("built site", () => {
  it("sets lang, a title of its own, description and hreflang alternates on each page (read from the built HTML)", () => {
    const failures: string[] = [];
    const titles = new Map<string, string>();
    for (const path of builtPages().filter((p) => p !== "/")) {
      const html = builtHtml(path);
      const lang = /<html[^>]*\slang="([^"]+)"/.exec(html)?.[1];
      const expected = path.startsWith("/en/") ? "en" : "zh-TW";
      if (lang !== expected) failures.push(`${path}: lang ${lang}`);
      const title = /<title>([^<]*\S[^<]*)<\/title>/.exec(html)?.[1];
      if (!title) failures.push(`${path}: no title`);
      else if (titles.has(title)) failures.push(`${path}: same title as ${titles.get(title)}`);
      else titles.set(title, path);
      if (!/<meta name="description" content="[^"]*\S/.test(html)) failures.push(`${path}: no description`);
      const alternates = [...html.matchAll(/<link rel="alternate" hreflang="([^"]+)"/g)].map((m) => m[1]);
      if (!alternates.includes("zh-TW") || !alternates.includes("en")) failures.push(`${path}: hreflang ${alternates}`);
    }
    expect(failures).toEqual([]);
  });

  it("language switcher of every page links to the same page in the other language", () => {
    const failures: string[] = [];
    const pages = new Set(builtPages());
    for (const path of builtPages().filter((p) => /^\/(zh-tw|en)\//.test(p))) {
      const target = /<a[^>]*href="([^"]+)"[^>]*data-lang-switch/.exec(builtHtml(path))?.[1];
      const expected = path.startsWith("/en/") ? path.replace(/^\/en\//, "/zh-tw/") : path.replace(/^\/zh-tw\//, "/en/");
      if (target !== expected || !pages.has(expected)) failures.push(`${path}: switcher goes to ${target}`);
    }
    expect(failures).toEqual([]);
  });

  it("language switcher round-trips in the browser, with the keyboard", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    for (const path of ["/zh-tw/", "/zh-tw/tops/awards/", "/zh-tw/spp/guidelines/", "/zh-tw/tcloud/review/", "/zh-tw/glossary/"]) {
      await page.goto(server.url + path);
      await page.focus("[data-lang-switch]");
      await page.keyboard.press("Enter");
      await page.waitForURL(server.url + path.replace(/^\/zh-tw\//, "/en/"));
      expect(await page.evaluate(() => document.documentElement.lang)).toBe("en");
      await page.click("[data-lang-switch]");
      await page.waitForURL(server.url + path);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe("zh-TW");
    }
    await context.close();
  });

  it("language switcher keeps the section: the same #anchor on the other language's page", async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/zh-tw/tops/awards/#tiers`);
    await page.click("[data-lang-switch]");
    await page.waitForURL(`${server.url}/en/tops/awards/#tiers`);
    expect(await page.evaluate(() => document.querySelector(":target")?.id)).toBe("tiers");
    // A section link followed on the page changes the section the switch keeps.
    await page.locator('a.heading-anchor__link[href="#startup-pioneer"]').evaluate((a: HTMLAnchorElement) => a.click());
    expect(await page.getAttribute("[data-lang-switch]", "href")).toMatch(/\/zh-tw\/tops\/awards\/#startup-pioneer$/);
    await page.focus("[data-lang-switch]");
    await page.keyboard.press("Enter");
    await page.waitForURL(`${server.url}/zh-tw/tops/awards/#startup-pioneer`);
    await page.close();
  });

  it("reaches the search results page with the keyboard from the header search box", async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/en/`);
    await page.focus("#site-search");
    await page.keyboard.type("subsidy");
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/en\/search\/\?q=subsidy/);
    await page.waitForSelector(".search-results li");
    expect(await page.locator(".search-results li").count()).toBeGreaterThan(0);
    await page.close();
  });
});
