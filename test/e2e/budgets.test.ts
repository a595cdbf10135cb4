/**
 * Size budgets of issue 6, measured over every page of the sitemap:
 * - no page's HTML is over 100 KB gzip;
 * - a calculator page loads at most 100 KB gzip of JavaScript, React included, and a form page
 *   at most 110 KB (issue 11): the sum of the gzip
 *   sizes of every script the browser fetched for it, plus its inline scripts, once it has
 *   hydrated and shown a result (a calculator's first worked example) or, for a form, its
 *   error summary (the .docx writer, fetched only when a reader downloads, is not part of it);
 * - a calculator embedded in a handbook page stays within the same budget once opened.
 * (Handbook pages loading no script at all is asserted in site.test.ts.)
 * Prints the figures per page type; scripts/bench.mjs reads the line starting "BENCH ".
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { inlineScriptBytes, pageType, ready, RESULT, sitemapPages, submit, takesInput, useSite, waitForOutcome, watch, withExample } from "../support/crawl";
import { pageTypes, type PageType } from "../support/pages";
import { DIST } from "../support/site";

const HTML_BUDGET = 100 * 1024;
/** Issue 11: React 19 included, measured as the browser loads it. */
const JS_BUDGET = { calculator: 100 * 1024, form: 110 * 1024 } as const;
const budgetOf = (path: string) => (["form", "draft"].includes(pageType(path)) ? JS_BUDGET.form : JS_BUDGET.calculator);
const site = useSite();
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

function htmlFile(path: string): Buffer {
  return readFileSync(join(DIST, path === "/404/" ? "404.html" : join(path, "index.html")));
}

/**
 * Search is measured with a query, since that is when it fetches Pagefind, and a calculator
 * with its first worked example, since computing a result loads the rules.
 */
const measuredUrl = (path: string) =>
  pageType(path) === "search" ? `${path}?q=${path.startsWith("/en/") ? "subsidy" : "%E8%A3%9C%E5%8A%A9"}` : (withExample(path) ?? path);

interface Row {
  path: string;
  type: PageType;
  html: number;
  htmlGzip: number;
  js: number;
}

describe("budgets", () => {
  const rows: Row[] = [];

  it("keeps every page's HTML at or under 100 KB gzip", () => {
    const over: string[] = [];
    for (const path of [...sitemapPages(), "/404/"]) {
      const html = htmlFile(path);
      const gz = gzipSync(html, { level: 9 }).length;
      if (gz > HTML_BUDGET) over.push(`${path}: ${kb(gz)}`);
    }
    expect(over).toEqual([]);
  });

  it("keeps each calculator page at or under 100 KB and each form page at or under 110 KB gzip of JavaScript, after hydration and a submit", async () => {
    const over: string[] = [];
    for (const path of sitemapPages()) {
      const url = measuredUrl(path);
      const w = watch(site.tab, site.url);
      await site.tab.goto(site.url + url, { waitUntil: "load" });
      await ready(site.tab, url);
      if (pageType(path) === "calculator") await site.tab.waitForSelector(RESULT);
      if (pageType(path) === "form" || pageType(path) === "draft") {
        await submit(site.tab);
        await waitForOutcome(site.tab);
      }
      await w.stop();
      const js = [...w.scripts.values()].reduce((a, b) => a + b, 0) + (await inlineScriptBytes(site.tab));
      const html = htmlFile(path);
      rows.push({ path, type: pageType(path), html: html.length, htmlGzip: gzipSync(html, { level: 9 }).length, js });
      if (takesInput(path) && !(js <= budgetOf(path))) over.push(`${path}: ${kb(js)} (${[...w.scripts].map(([u, n]) => `${new URL(u).pathname} ${kb(n)}`).join(", ")})`);
    }
    expect(over).toEqual([]);
  }, 900_000);

  it("keeps a calculator opened inside a handbook page within the same budget", async () => {
    const over: string[] = [];
    const handbook = sitemapPages().filter((p) => pageType(p) === "handbook");
    let opened = 0;
    for (const path of handbook) {
      await site.tab.goto(site.url + path, { waitUntil: "load" });
      const summaries = site.tab.locator("main details:has(astro-island) > summary");
      const count = await summaries.count();
      if (count === 0) continue;
      const w = watch(site.tab, site.url);
      for (let i = 0; i < count; i += 1) await summaries.nth(i).click();
      await site.tab.waitForFunction((n) => document.querySelectorAll("main details form[data-calculator][data-hydrated]").length >= n, count);
      await w.stop();
      opened += 1;
      const js = [...w.scripts.values()].reduce((a, b) => a + b, 0) + (await inlineScriptBytes(site.tab));
      if (!(js <= JS_BUDGET.calculator)) over.push(`${path}: ${kb(js)} (${js} B) with ${count} calculator(s) open`);
    }
    expect(opened).toBeGreaterThan(0);
    expect(over).toEqual([]);
  }, 600_000);

  it("reports the figures per page type", () => {
    expect(rows.length).toBe(sitemapPages().length);
    const figures = pageTypes.map((type) => {
      const of = rows.filter((r) => r.type === type);
      const avg = (f: (r: Row) => number) => Math.round(of.reduce((a, r) => a + f(r), 0) / of.length);
      const max = (f: (r: Row) => number) => Math.max(...of.map(f));
      return { type, pages: of.length, html: avg((r) => r.html), htmlGzip: avg((r) => r.htmlGzip), htmlGzipMax: max((r) => r.htmlGzip), js: avg((r) => r.js), jsMax: max((r) => r.js) };
    });
    console.log(
      [
        "| page type | pages | HTML avg | HTML gzip avg | HTML gzip max | JS gzip avg | JS gzip max |",
        "|---|---|---|---|---|---|---|",
        ...figures.map((f) => `| ${f.type} | ${f.pages} | ${kb(f.html)} | ${kb(f.htmlGzip)} | ${kb(f.htmlGzipMax)} | ${kb(f.js)} | ${kb(f.jsMax)} |`),
      ].join("\n"),
    );
    console.log(`BENCH ${JSON.stringify(figures)}`);
  });
});
