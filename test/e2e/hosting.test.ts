/**
 * Host configuration shipped in the build (issue 17): the build is served with the headers of
 * its own `_headers` file applied, as Netlify or Cloudflare Pages would, and every kind of
 * response carries the CSP frame-ancestors, nosniff, Referrer-Policy and Permissions-Policy
 * headers, hashed assets a year's cache and the service worker none. The nginx snippet says
 * the same. Chromium then refuses to frame a page and logs nothing about the headers; and
 * 'wasm-unsafe-eval' is allowed only where search runs.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "../support/browser";
import { pageType, sitemapPages, watch } from "../support/crawl";
import { headersFor, readHeaderRules } from "../support/headers";
import { builtHtml } from "../support/html";
import { DIST } from "../support/site";
import { serveDir } from "../support/static-server";

const rules = readHeaderRules(DIST);
let server: Awaited<ReturnType<typeof serveDir>>;
let other: Awaited<ReturnType<typeof serveDir>>;
let browser: Browser;

beforeAll(async () => {
  server = await serveDir(DIST, { headers: (path) => headersFor(rules, path) });
  // Another origin, to try framing the site from.
  other = await serveDir(DIST);
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  await other?.close();
});

const SECURITY = ["content-security-policy", "x-content-type-options", "referrer-policy", "permissions-policy"];
const asset = (pattern: RegExp) => `/_astro/${readdirSync(join(DIST, "_astro")).find((f) => pattern.test(f))}`;

describe("headers served with the build's _headers applied", () => {
  const samples = () => ({
    landing: "/",
    handbook: "/en/tops/awards/",
    calculator: "/zh-tw/calculators/tops-award/",
    form: "/en/forms/spp-mature-proposal/",
    search: "/en/search/",
    "missing page": "/en/no-such-page/",
    "hashed script": asset(/^react\..*\.js$/),
    "service worker": "/sw.js",
    manifest: "/manifest.webmanifest",
    icon: "/icon-192.png",
  });

  it("sends frame-ancestors 'none', nosniff, Referrer-Policy and Permissions-Policy on every kind of response", async () => {
    const wrong: string[] = [];
    for (const [kind, path] of Object.entries(samples())) {
      const res = await fetch(server.url + path);
      for (const name of SECURITY) if (!res.headers.get(name)) wrong.push(`${kind} ${path}: no ${name}`);
      const csp = res.headers.get("content-security-policy") ?? "";
      if (!/(^|;)\s*frame-ancestors 'none'\s*(;|$)/.test(csp)) wrong.push(`${kind}: CSP ${csp}`);
      // A header script-src without the pages' hashes would block their inline scripts.
      if (/script-src|style-src|default-src/.test(csp)) wrong.push(`${kind}: the header CSP restricts scripts or styles: ${csp}`);
      if (res.headers.get("x-content-type-options") !== "nosniff") wrong.push(`${kind}: nosniff`);
      if (!/^(no-referrer|same-origin|strict-origin(-when-cross-origin)?)$/.test(res.headers.get("referrer-policy") ?? "")) wrong.push(`${kind}: Referrer-Policy`);
      if (!/camera=\(\)/.test(res.headers.get("permissions-policy") ?? "")) wrong.push(`${kind}: Permissions-Policy`);
      await res.arrayBuffer();
    }
    expect(wrong).toEqual([]);
  });

  it("caches hashed assets for a year and makes the service worker and pages revalidate", async () => {
    const cacheOf = async (path: string) => (await fetch(server.url + path)).headers.get("cache-control");
    expect(await cacheOf(asset(/^react\..*\.js$/))).toBe("public, max-age=31536000, immutable");
    expect(await cacheOf("/sw.js")).toBe("no-cache");
    // Pages and unhashed files keep the host's default (revalidated), never a long lifetime.
    for (const path of ["/en/", "/manifest.webmanifest", "/sw-notice.js"]) expect(await cacheOf(path) ?? "").not.toMatch(/max-age=[1-9]/);
  });

  it("says the same in the nginx snippet, in every location (add_header there replaces the server's)", () => {
    const conf = readFileSync(join(DIST, "nginx.conf"), "utf8");
    const locations = [...conf.matchAll(/location ([^{]+)\{([^}]*)\}/g)];
    expect(locations.map((m) => m[1]!.trim())).toEqual(["^~ /_astro/", "= /sw.js", "^~ /"]);
    const netlify = headersFor(rules, "/en/");
    for (const [, , body] of locations) {
      for (const name of ["Content-Security-Policy", "X-Content-Type-Options", "Referrer-Policy", "Permissions-Policy"]) {
        expect(body).toContain(`add_header ${name} "${netlify[name]}" always;`);
      }
    }
    expect(locations[0]![2]).toContain('add_header Cache-Control "public, max-age=31536000, immutable" always;');
    expect(locations[1]![2]).toContain('add_header Cache-Control "no-cache" always;');
  });
});

describe("in Chromium, with the headers", () => {
  it("refuses to show a page in a frame on another site, and logs nothing about the headers", async () => {
    const page = await browser.newPage();
    const w = watch(page, server.url);
    await page.goto(`${server.url}/en/calculators/tops-award/`, { waitUntil: "load" });
    await w.stop();
    expect(w.problems).toEqual([]);
    await page.goto(`${other.url}/en/`);
    const framedForms = async (origin: string) => {
      await page.evaluate((src) => {
        const frame = document.createElement("iframe");
        frame.src = src;
        document.body.append(frame);
        return new Promise((done) => frame.addEventListener("load", done));
      }, `${origin}/en/forms/spp-mature-proposal/`);
      const framed = page.frames().find((f) => f.url().startsWith(origin) && f !== page.mainFrame());
      // A refused frame stays empty (Chromium shows its error page, with no form in it).
      return framed ? await framed.locator("form").count().catch(() => 0) : 0;
    };
    // The control: the same page served without the headers shows in a frame.
    expect(await framedForms(other.url)).toBeGreaterThan(0);
    expect(await framedForms(server.url)).toBe(0);
    await page.close();
  });
});

describe("'wasm-unsafe-eval'", () => {
  it("is allowed on the search pages only, where Pagefind's WebAssembly runs", () => {
    const allowing = [...sitemapPages(), "/404.html"].filter((path) => builtHtml(path).includes("'wasm-unsafe-eval'") || builtHtml(path).includes("&#39;wasm-unsafe-eval&#39;"));
    expect(allowing.sort()).toEqual(sitemapPages().filter((p) => pageType(p) === "search").sort());
    expect(rules.some((r) => Object.values(r.headers).some((v) => v.includes("wasm")))).toBe(false);
  });
});
