/**
 * The crawl of issue 6, driven by the built sitemap.xml: the sitemap lists every page, each
 * page names itself and its twin correctly, and in the browser, once its scripts have run,
 * every page answers 200 with no console error and no request leaving the origin, handbook
 * pages load no script, and every link and anchor resolves. (lang, title, description and the
 * language switch are read from the built HTML by site.test.ts.)
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { isSwRegistration, pageType, ready, sitemapPages, useSite, watch } from "../support/crawl";
import { builtHtml, idsIn } from "../support/html";
import { builtPages, DIST } from "../support/site";

const SITE = "https://handbook.invalid";
const site = useSite();
/** "WxH" from a PNG's IHDR chunk. */
const pngSize = (file: string) => {
  const head = readFileSync(file).subarray(0, 24);
  expect(head.subarray(1, 4).toString("latin1")).toBe("PNG");
  return `${head.readUInt32BE(16)}x${head.readUInt32BE(20)}`;
};
const twin = (path: string) => (path.startsWith("/en/") ? path.replace(/^\/en\//, "/zh-tw/") : path.replace(/^\/zh-tw\//, "/en/"));

describe("sitemap.xml", () => {
  it("lists every built page exactly once, and nothing else", () => {
    const listed = sitemapPages();
    expect(new Set(listed).size).toBe(listed.length);
    expect([...listed].sort()).toEqual(builtPages());
    // Every type of page is present, so a route that stopped building would show here.
    expect(new Set(listed.map(pageType))).toEqual(new Set(["landing", "home", "handbook", "calculators", "calculator", "forms", "form", "draft", "checklists", "checklist", "finder", "search"]));
  });

  it("gives each page's twin in the other language as an hreflang alternate, matching the page's own <link>s", () => {
    const xml = readFileSync(join(DIST, "sitemap.xml"), "utf8");
    const wrong: string[] = [];
    for (const entry of xml.match(/<url>[\s\S]*?<\/url>/g) ?? []) {
      const path = new URL(/<loc>([^<]+)</.exec(entry)![1]!).pathname;
      const inSitemap = Object.fromEntries([...entry.matchAll(/hreflang="([^"]+)" href="([^"]+)"/g)].map((m) => [m[1]!, m[2]!]));
      const html = builtHtml(path);
      const onPage = Object.fromEntries(
        [...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].filter((m) => m[1] !== "x-default").map((m) => [m[1]!, m[2]!]),
      );
      const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
      if (canonical !== SITE + path) wrong.push(`${path}: canonical ${canonical}`);
      if (path === "/") continue;
      const expected = path.startsWith("/en/")
        ? { en: SITE + path, "zh-TW": SITE + twin(path) }
        : { "zh-TW": SITE + path, en: SITE + twin(path) };
      if (JSON.stringify(inSitemap, Object.keys(expected).sort()) !== JSON.stringify(expected, Object.keys(expected).sort())) wrong.push(`${path}: sitemap alternates ${JSON.stringify(inSitemap)}`);
      if (JSON.stringify(onPage, Object.keys(expected).sort()) !== JSON.stringify(expected, Object.keys(expected).sort())) wrong.push(`${path}: page alternates ${JSON.stringify(onPage)}`);
    }
    expect(wrong).toEqual([]);
  });

  it("is named in robots.txt, which lets crawlers in", () => {
    const robots = readFileSync(join(DIST, "robots.txt"), "utf8");
    expect(robots).toMatch(/^User-agent: \*$/m);
    expect(robots).not.toMatch(/^Disallow: \/\s*$/m);
    expect(robots).toMatch(new RegExp(`^Sitemap: ${SITE}/sitemap\\.xml$`, "m"));
  });
});

describe("web app manifest", () => {
  it("names the site in both languages, starts at the landing page, and lists icons that exist at the sizes they claim", () => {
    const manifest = JSON.parse(readFileSync(join(DIST, "manifest.webmanifest"), "utf8")) as {
      name: string;
      short_name: string;
      start_url: string;
      display: string;
      theme_color: string;
      icons: { src: string; sizes: string; type: string }[];
    };
    expect(manifest.name).toMatch(/\p{Script=Han}/u);
    expect(manifest.name).toMatch(/[A-Za-z]/);
    expect(manifest.short_name.length).toBeGreaterThan(0);
    // Relative to the manifest, so the site works under any base path (BASE_PATH).
    expect(manifest.start_url).toBe("./");
    expect(manifest.icons.length).toBeGreaterThan(0);
    for (const icon of manifest.icons) expect(existsSync(join(DIST, icon.src)) && !icon.src.startsWith("/"), icon.src).toBe(true);
    // Installers want raster icons of 192 and 512 pixels; each PNG is the size it claims.
    const png = manifest.icons.filter((i) => i.type === "image/png").map((i) => ({ sizes: i.sizes, actual: pngSize(join(DIST, i.src)) }));
    expect(png.map((i) => i.sizes).sort()).toEqual(["192x192", "512x512"]);
    for (const { sizes, actual } of png) expect(actual).toBe(sizes);
    expect(pngSize(join(DIST, "apple-touch-icon.png"))).toBe("180x180");
    // Every page links the manifest and states the same theme colour.
    const wrong = sitemapPages().filter((path) => {
      const html = builtHtml(path);
      return !html.includes('<link rel="manifest" href="/manifest.webmanifest">') || !html.includes('<link rel="apple-touch-icon" href="/apple-touch-icon.png">') || !html.includes(`<meta name="theme-color" content="${manifest.theme_color}">`);
    });
    expect(wrong).toEqual([]);
  });
});

describe("crawl of every sitemap page in Chromium", () => {
  it("answers 200 with no console error, no third-party request, no script on handbook pages, and every link and anchor resolving once scripts have run", async () => {
    const pages = new Set(sitemapPages());
    const broken: string[] = [];
    const idCache = new Map<string, Set<string>>();
    const idsOf = (path: string) => idCache.get(path) ?? idCache.set(path, idsIn(builtHtml(path))).get(path)!;
    for (const path of pages) {
      const w = watch(site.tab, site.url);
      const response = await site.tab.goto(site.url + path, { waitUntil: "load" });
      await ready(site.tab, path);
      await w.stop();
      if (response?.status() !== 200) broken.push(`${path}: status ${response?.status()}`);
      broken.push(...w.problems.map((p) => `${path}: ${p}`), ...w.foreign.map((f) => `${path}: request to ${f}`));
      // Handbook pages ship no JavaScript but the service worker's registration (at most 1 KB gzip):
      // their calculators load only when opened (issue 6's budget).
      if (["landing", "home", "handbook"].includes(pageType(path))) {
        const other = [...w.scripts.keys()].filter((u) => !isSwRegistration(u));
        if (other.length) broken.push(`${path}: loads ${other.join(", ")}`);
        const registration = [...w.scripts].filter(([u]) => isSwRegistration(u));
        if (registration.length !== 1 || !(registration[0]![1] <= 1024)) broken.push(`${path}: service worker registration ${JSON.stringify(registration)}`);
      }
      const { links, ids } = await site.tab.evaluate(() => ({
        links: [...document.querySelectorAll("a[href]")].map((a) => a.getAttribute("href")!),
        ids: [...document.querySelectorAll("[id]")].map((e) => e.id),
      }));
      const here = new Set(ids);
      for (const href of links) {
        if (/^(https?:|mailto:|tel:)/.test(href) && !href.startsWith(site.url)) continue;
        const url = new URL(href, site.url + path);
        const target = url.pathname;
        const fragment = decodeURIComponent(url.hash.slice(1));
        if (target === new URL(site.url + path).pathname) {
          if (fragment && !here.has(fragment)) broken.push(`${path} → ${href} (no #${fragment} on the page)`);
        } else if (!pages.has(target)) {
          broken.push(`${path} → ${href} (not a page of the sitemap)`);
        } else if (fragment && !idsOf(target).has(fragment)) {
          broken.push(`${path} → ${href} (no #${fragment})`);
        }
      }
    }
    expect(broken).toEqual([]);
  }, 900_000);
});

describe("404 page", () => {
  it("answers a missing URL with status 404 and a page in both languages that links both homes", async () => {
    const response = await fetch(`${site.url}/en/no-such-page/`);
    expect(response.status).toBe(404);
    const w = watch(site.tab, site.url);
    const page = await site.tab.goto(`${site.url}/zh-tw/no-such-page/`);
    await w.stop();
    expect(page?.status()).toBe(404);
    // Chromium logs the document's own 404 as a console error; nothing else may fail.
    expect(w.problems).toEqual(["console: Failed to load resource: the server responded with a status of 404 (Not Found)"]);
    expect(await site.tab.evaluate(() => document.styleSheets.length)).toBeGreaterThan(0);
    const info = await site.tab.evaluate(() => ({
      lang: document.documentElement.lang,
      title: document.title,
      english: document.querySelector('[lang="en"] h2')?.textContent ?? "",
      homes: [...document.querySelectorAll("main a")].map((a) => a.getAttribute("href")),
    }));
    expect(info.lang).toBe("zh-TW");
    expect(info.title).toMatch(/找不到/);
    expect(info.english).toMatch(/not found/i);
    expect(info.homes).toEqual(expect.arrayContaining(["/zh-tw/", "/en/"]));
  });
});
