import { gzipSync } from "node:zlib";
import type { Page, Response } from "playwright-core";
import { describe, expect, it } from "vitest";
import { useSite } from "../support/crawl";

/**
 * What a search costs in a fresh browser (issue 16): bytes of everything the search page loads
 * for a query besides its own HTML and CSS (its script, the site's index, Pagefind's script,
 * WebAssembly, index and fragments), and the time from submit to results. Text files count
 * gzip-compressed, as a host sends them; Pagefind's own files are gzip already and count as stored.
 */
const FIRST_MAX = 180 * 1024;
const LATER_MAX = 60 * 1024;
const TIME_MAX_MS = 300;

const queries = {
  "zh-tw": ["授權書", "點數", "財力分級", "試算", "共同供應契約", "補助上限", "驗收"],
  en: ["authorization letter", "calculator", "digital points", "financial tier", "subsidy", "force majeure", "acceptance"],
} as const;

const site = useSite();

function counted(res: Response): boolean {
  const type = res.request().resourceType();
  return type !== "document" && type !== "stylesheet" && type !== "font" && type !== "image";
}

/** Bytes of what the page loads until `done` resolves. */
async function bytesDuring(page: Page, done: () => Promise<unknown>): Promise<{ bytes: number; files: string[] }> {
  const pending: Promise<number>[] = [];
  const files: string[] = [];
  const onResponse = (res: Response) => {
    if (!counted(res) || res.status() !== 200) return;
    const path = new URL(res.url()).pathname;
    files.push(path);
    const stored = /\.(pf_\w+|pagefind)$/.test(path);
    pending.push(res.body().then((b) => (stored ? b.length : gzipSync(b, { level: 9 }).length)));
  };
  page.on("response", onResponse);
  await done();
  page.off("response", onResponse);
  const sizes = await Promise.all(pending);
  return { bytes: sizes.reduce((a, b) => a + b, 0), files };
}

async function query(page: Page, q: string): Promise<number> {
  await page.fill("#search-page-input", q);
  const start = Date.now();
  await page.click(".search-page-form button[type=submit]");
  await page.waitForFunction((want) => {
    const root = document.querySelector<HTMLElement>("[data-search-results]");
    return root?.dataset.state === "done" && new URLSearchParams(location.search).get("q") === want;
  }, q);
  return Date.now() - start;
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

describe.each(Object.entries(queries))("search cost in %s", (lang, list) => {
  it(`first query ≤ ${kb(FIRST_MAX)}, each further query ≤ ${kb(LATER_MAX)}, results within ${TIME_MAX_MS} ms of submit`, async () => {
    const firsts: number[] = [];
    const laters: number[] = [];
    const times: number[] = [];
    const over: string[] = [];
    // Each first query in a browser context of its own: nothing cached.
    for (const first of list) {
      const context = await site.browser.newContext();
      const page = await context.newPage();
      // The first query as a link or the header's search box sends it: the page's own script counts too.
      const one = await bytesDuring(page, async () => {
        await page.goto(`${site.url}/${lang}/search/?q=${encodeURIComponent(first)}`);
        await page.waitForSelector("[data-search-results][data-state=done]");
      });
      firsts.push(one.bytes);
      if (one.bytes > FIRST_MAX) over.push(`first ${first}: ${kb(one.bytes)} (${one.files.join(", ")})`);
      for (const next of list.filter((q) => q !== first).slice(0, 3)) {
        let ms = 0;
        const later = await bytesDuring(page, async () => {
          ms = await query(page, next);
        });
        laters.push(later.bytes);
        times.push(ms);
        if (later.bytes > LATER_MAX) over.push(`${first} then ${next}: ${kb(later.bytes)} (${later.files.join(", ")})`);
      }
      await context.close();
    }
    console.log(
      `SEARCHCOST ${JSON.stringify({ lang, firstMedian: median(firsts), firstMax: Math.max(...firsts), laterMedian: median(laters), laterMax: Math.max(...laters), msMedian: median(times), msMax: Math.max(...times) })}`,
    );
    expect(over).toEqual([]);
    expect(median(times)).toBeLessThanOrEqual(TIME_MAX_MS);
  });
});
