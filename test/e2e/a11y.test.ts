/**
 * Accessibility gate of issue 6: axe-core with the WCAG 2.1 A and AA rules reports nothing on
 * any page of the sitemap, nor on the states a reader reaches by using a page: the error
 * summary of every calculator and form, a form's review step, a calculator's result, search results, and the
 * calculators embedded (closed) in handbook pages once opened. The states are checked on each
 * calculator and form in one language, alternating; every page as built is checked in both.
 */
import { describe, expect, it } from "vitest";
import { axeViolations, chooseOptions, inputPages, onePerLanguage, pageType, reachReview, ready, RESULT, showErrorSummary, setTextFields, sitemapPages, useSite, withExample } from "../support/crawl";
import { lighthousePages } from "../support/pages";

const site = useSite();

async function check(path: string, failures: string[], act?: () => Promise<void>) {
  await site.tab.goto(site.url + path, { waitUntil: "load" });
  await ready(site.tab, path);
  if (act) await act();
  failures.push(...(await axeViolations(site.tab)).map((v) => `${path}: ${v}`));
}

/** Opens every calculator embedded (closed) in a handbook page and waits until each has hydrated. */
async function openEmbeds(): Promise<number> {
  const summaries = site.tab.locator("main details:has(astro-island) > summary");
  const count = await summaries.count();
  for (let i = 0; i < count; i += 1) await summaries.nth(i).click();
  if (count) await site.tab.waitForFunction((n) => document.querySelectorAll("main details form[data-calculator][data-hydrated]").length >= n, count);
  return count;
}

describe("axe (WCAG 2.1 AA)", () => {
  it("finds no violation on any page of the sitemap (handbook pages with their calculators opened), nor on the 404 page", async () => {
    const failures: string[] = [];
    let embeds = 0;
    for (const path of [...sitemapPages(), "/en/no-such-page/"]) {
      await check(path, failures, async () => {
        if (pageType(path) === "handbook") embeds += await openEmbeds();
      });
    }
    expect(embeds).toBeGreaterThan(0);
    expect(failures).toEqual([]);
  }, 1_200_000);

  it("finds none on calculators and forms once the error summary is shown", async () => {
    const failures: string[] = [];
    for (const path of onePerLanguage(inputPages())) {
      await showErrorSummary(site.tab, site.url, path);
      failures.push(...(await axeViolations(site.tab)).map((v) => `${path} (error summary): ${v}`));
    }
    expect(failures).toEqual([]);
  }, 900_000);

  it("finds none on each form's review step, with answers in every field", async () => {
    const failures: string[] = [];
    for (const path of onePerLanguage(sitemapPages().filter((p) => pageType(p) === "form"))) {
      await check(path, failures, async () => {
        for (let pass = 0; pass < 2; pass += 1) {
          await chooseOptions(site.tab, (n) => Math.min(1, n - 1));
          await setTextFields(site.tab, ["測試 test"]);
        }
        expect(await reachReview(site.tab), `${path} reaches its review step`).toBe(true);
      });
    }
    expect(failures).toEqual([]);
  }, 600_000);

  it("finds none on a calculator's result, for each calculator's first example", async () => {
    const failures: string[] = [];
    const calculators = onePerLanguage(sitemapPages().filter((p) => pageType(p) === "calculator"));
    for (const path of calculators) {
      const url = withExample(path);
      expect(url, `${path} has a worked example`).not.toBeNull();
      await check(url!, failures, async () => {
        await site.tab.waitForSelector(RESULT);
      });
    }
    expect(failures).toEqual([]);
  }, 900_000);

  // Issue 12: dark mode follows prefers-color-scheme, so its colours are checked as well: a
  // page of each type in both languages, every calculator's result and error summary (in the
  // language the light checks above do not use), search results and the header's suggestions.
  it("finds none in dark mode on each page type, on results, error summaries and search", async () => {
    const context = await site.browser.newContext({ colorScheme: "dark" });
    const tab = await context.newPage();
    const failures: string[] = [];
    const other = (path: string) => path.replace(/^\/(zh-tw|en)\//, (_, l: string) => (l === "en" ? "/zh-tw/" : "/en/"));
    const inDark = async (path: string, act?: () => Promise<void>) => {
      await tab.goto(site.url + path, { waitUntil: "load" });
      await ready(tab, path.split("?")[0]!);
      if (act) await act();
      failures.push(...(await axeViolations(tab)).map((v) => `${path} (dark): ${v}`));
    };
    expect(await tab.evaluate(() => matchMedia("(prefers-color-scheme: dark)").matches)).toBe(true);
    for (const { path } of lighthousePages) await inDark(path);
    const calculators = onePerLanguage(sitemapPages().filter((p) => pageType(p) === "calculator")).map(other);
    for (const path of calculators) await inDark(withExample(path)!, () => tab.waitForSelector(RESULT).then(() => undefined));
    for (const path of onePerLanguage(inputPages()).map(other)) {
      await showErrorSummary(tab, site.url, path);
      failures.push(...(await axeViolations(tab)).map((v) => `${path} (dark, error summary): ${v}`));
    }
    await inDark("/en/search/?q=subsidy", () => tab.waitForSelector(".search-results li").then(() => undefined));
    await inDark("/zh-tw/", async () => {
      await tab.focus("#site-search");
      await tab.keyboard.type("授權書");
      await tab.waitForSelector("#site-search-suggestions [role=option]");
    });
    await context.close();
    expect(failures).toEqual([]);
  }, 900_000);

  it("finds none on search results, in both languages", async () => {
    const failures: string[] = [];
    for (const [lang, q] of [["zh-tw", "補助"], ["en", "subsidy"]] as const) {
      await check(`/${lang}/search/?q=${encodeURIComponent(q)}`, failures, async () => {
        await site.tab.waitForSelector(".search-results li");
      });
    }
    expect(failures).toEqual([]);
  });
});
