/**
 * The build under a base path (issue 17): `npm run build:base` builds the site for
 * https://example.org/handbook/ into dist-base/ (BASE_DIST). Every URL in every built page
 * (links, scripts, islands, icons, manifest, canonical and alternates) points below the base
 * and at a file of the build; the sitemap, robots.txt, _headers and the service worker's
 * precache say the same; and in Chromium a calculator computes, a form reaches its review,
 * search finds pages and links them below the base, with nothing fetched outside it. Lean on
 * purpose: the full crawl runs over the root build (sitemap.test.ts).
 */
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "../support/browser";
import { RESULT, reachReview, ready, watch, withExample } from "../support/crawl";
import { serveDir } from "../support/static-server";

const DIST = resolve(process.env.BASE_DIST ?? resolve(import.meta.dirname, "../../dist-base"));
const BASE = "/handbook/";
const ORIGIN = "https://example.org";

const htmlFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return name === "_astro" || name === "pagefind" ? [] : htmlFiles(full);
    return name.endsWith(".html") ? [full] : [];
  });

/** The file a URL path below the base names, or null. */
function fileOf(pathname: string): string | null {
  if (!pathname.startsWith(BASE)) return null;
  const file = join(DIST, decodeURIComponent(pathname.slice(BASE.length)));
  if (existsSync(file) && statSync(file).isFile()) return file;
  return existsSync(join(file, "index.html")) ? join(file, "index.html") : null;
}

describe.skipIf(!existsSync(join(DIST, "sitemap.xml")))(`the build under ${BASE}`, () => {
  let server: Awaited<ReturnType<typeof serveDir>>;
  let browser: Browser;
  let tab: Page;
  beforeAll(async () => {
    server = await serveDir(DIST, { base: BASE });
    browser = await launchChromium();
    tab = await browser.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("points every URL of every page below the base path, at a file of the build", () => {
    const wrong: string[] = [];
    const files = htmlFiles(DIST);
    expect(files.length).toBeGreaterThan(100);
    for (const file of files) {
      const html = readFileSync(file, "utf8");
      const page = `/${relative(DIST, file)}`;
      for (const m of html.matchAll(/\s(href|src|action|component-url|renderer-url)="([^"]*)"/g)) {
        const value = m[2]!.replace(/&amp;/g, "&");
        if (value.startsWith("#") || /^(mailto|tel):/.test(value)) continue;
        if (/^https?:/.test(value) && !value.startsWith(ORIGIN)) continue;
        const url = new URL(value, `${ORIGIN}${BASE}${page.slice(1)}`);
        if (url.origin !== ORIGIN || !fileOf(url.pathname)) wrong.push(`${page}: ${m[1]}="${value}"`);
      }
      const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
      if (!page.startsWith("/404") && !canonical?.startsWith(`${ORIGIN}${BASE}`)) wrong.push(`${page}: canonical ${canonical}`);
    }
    expect(wrong).toEqual([]);
  });

  it("names the base in the sitemap, robots.txt, manifest, _headers and the service worker", () => {
    const locs = [...readFileSync(join(DIST, "sitemap.xml"), "utf8").matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    expect(locs.length).toBeGreaterThan(100);
    expect(locs.filter((u) => !u.startsWith(`${ORIGIN}${BASE}`) || !fileOf(new URL(u).pathname))).toEqual([]);
    expect(readFileSync(join(DIST, "robots.txt"), "utf8")).toContain(`Sitemap: ${ORIGIN}${BASE}sitemap.xml`);
    const manifest = JSON.parse(readFileSync(join(DIST, "manifest.webmanifest"), "utf8")) as { start_url: string; icons: { src: string }[] };
    for (const src of [manifest.start_url, ...manifest.icons.map((i) => i.src)]) expect(fileOf(new URL(src, `${ORIGIN}${BASE}manifest.webmanifest`).pathname), src).not.toBeNull();
    const headers = readFileSync(join(DIST, "_headers"), "utf8");
    expect(headers).toMatch(new RegExp(`^${BASE}\\*$`, "m"));
    expect(headers).toMatch(new RegExp(`^${BASE}_astro/\\*$`, "m"));
    const precache = JSON.parse(/^self\.__PRECACHE = (.*);$/m.exec(readFileSync(join(DIST, "sw.js"), "utf8"))![1]!) as { base: string; urls: string[] };
    expect(precache.base).toBe(BASE);
    expect(precache.urls.filter((u) => !fileOf(u))).toEqual([]);
  });

  it("runs a calculator, a form and search in Chromium with nothing fetched outside the base", async () => {
    const outside: string[] = [];
    const onRequest = (req: { url(): string }) => {
      const url = new URL(req.url());
      if (url.protocol.startsWith("http") && !url.pathname.startsWith(BASE)) outside.push(req.url());
    };
    tab.on("request", onRequest);
    const w = watch(tab, server.url);
    const calculator = withExample("/en/calculators/tops-award/")!;
    await tab.goto(server.url + BASE + calculator.slice(1));
    await ready(tab, calculator);
    await tab.locator(RESULT).first().waitFor({ timeout: 15_000 });
    const cites = await tab.$$eval(".calc-result a[data-cite]", (as) => as.map((a) => a.getAttribute("href")!));
    expect(cites.length).toBeGreaterThan(0);
    expect(cites.filter((h) => !h.startsWith(`${BASE}en/`))).toEqual([]);

    await tab.goto(`${server.url}${BASE}zh-tw/forms/spp-mature-proposal/`);
    await ready(tab, "/zh-tw/forms/spp-mature-proposal/");
    expect(await reachReview(tab)).toBe(true);

    await tab.goto(`${server.url}${BASE}en/search/?q=subsidy`);
    await ready(tab, "/en/search/?q=subsidy");
    const hits = await tab.$$eval("[data-search-results] a", (as) => as.map((a) => a.getAttribute("href")!));
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.filter((h) => !fileOf(new URL(h, server.url).pathname))).toEqual([]);
    await w.stop();
    tab.off("request", onRequest);
    expect(w.problems).toEqual([]);
    expect(outside).toEqual([]);
  });
});
