import type { Browser, Page } from "playwright-core";
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

/** Opens a page, recording console errors, page errors and requests that leave the origin. */
async function visit(page: Page, path: string) {
  const problems: string[] = [];
  const foreign: string[] = [];
  page.on("console", (msg) => msg.type() === "error" && problems.push(`console: ${msg.text()}`));
  page.on("pageerror", (err) => problems.push(`pageerror: ${err.message}`));
  page.on("request", (req) => {
    const url = new URL(req.url());
    if (url.origin !== server.url && url.protocol !== "data:") foreign.push(req.url());
  });
  const response = await page.goto(server.url + path, { waitUntil: "load" });
  return { status: response?.status(), problems, foreign };
}

describe("built site in Chromium", () => {
  it("loads every page in both languages with status 200, no console error and no third-party request", async () => {
    const failures: string[] = [];
    const context = await browser.newContext();
    const page = await context.newPage();
    for (const path of builtPages()) {
      const { status, problems, foreign } = await visit(page, path);
      page.removeAllListeners();
      if (status !== 200) failures.push(`${path}: status ${status}`);
      failures.push(...problems.map((p) => `${path}: ${p}`), ...foreign.map((f) => `${path}: request to ${f}`));
    }
    await context.close();
    expect(failures).toEqual([]);
  }, 600_000);

  it("sets lang, title, description and hreflang alternates on each page (read from the built HTML)", () => {
    const failures: string[] = [];
    for (const path of builtPages().filter((p) => p !== "/")) {
      const html = builtHtml(path);
      const lang = /<html[^>]*\slang="([^"]+)"/.exec(html)?.[1];
      const expected = path.startsWith("/en/") ? "en" : "zh-TW";
      if (lang !== expected) failures.push(`${path}: lang ${lang}`);
      if (!/<title>[^<]*\S[^<]*<\/title>/.test(html)) failures.push(`${path}: no title`);
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

  it("ships no JavaScript on handbook pages", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const withScripts: string[] = [];
    for (const path of builtPages().filter((p) => !/\/(search|calculators|forms|finder)\//.test(p))) {
      const scripts: string[] = [];
      page.on("request", (req) => req.resourceType() === "script" && scripts.push(req.url()));
      await page.goto(server.url + path, { waitUntil: "load" });
      page.removeAllListeners("request");
      if (scripts.length) withScripts.push(`${path}: ${scripts.join(", ")}`);
    }
    await context.close();
    expect(withScripts).toEqual([]);
  }, 600_000);

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
