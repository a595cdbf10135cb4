/**
 * Phone-first layout (issue 12), at 320, 390, 768 and 1280 px in both languages, over one page
 * of each kind that lays out differently, with a calculator's result and its errors shown:
 * - nothing overflows the page sideways (a wide table scrolls inside its own box);
 * - no amount, percentage, date or Latin word is broken across two lines: every such token
 *   on the page is measured with Range.getClientRects() (a compound may break at its hyphen,
 *   as in print).
 * Screenshots go to test-results/layout/ so that a person can look at them.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { pageTypes } from "../support/pages";
import { chooseOptions, pageType, reachReview, RESULT, ready, setTextFields, settle, showErrorSummary, sitemapPages, useSite, withExample } from "../support/crawl";

const WIDTHS = [320, 390, 768, 1280] as const;
const SHOTS = join(import.meta.dirname, "../../test-results/layout");
const site = useSite();

type State = "page" | "result" | "errors" | "review";
const cases: readonly { path: string; state: State }[] = (["zh-tw", "en"] as const).flatMap((lang) => [
  { path: `/${lang}/`, state: "page" },
  { path: `/${lang}/tops/supplier-eligibility/`, state: "page" },
  { path: `/${lang}/spp/mature-subsidy/`, state: "page" },
  { path: `/${lang}/calculators/tops-award/`, state: "result" },
  { path: `/${lang}/calculators/tops-award/`, state: "errors" },
  { path: `/${lang}/calculators/tcloud-points/`, state: "result" },
  { path: `/${lang}/calculators/tops-supplier-eligibility/`, state: "errors" },
  { path: `/${lang}/calculators/spp-mature-subsidy/`, state: "result" },
  { path: `/${lang}/forms/spp-mature-proposal/`, state: "errors" },
  { path: `/${lang}/forms/spp-mature-proposal/`, state: "review" },
  { path: `/${lang}/drafts/tcloud-promotion/`, state: "errors" },
  { path: `/${lang}/finder/`, state: "page" },
]);

/** The page in the state to look at. */
async function open(page: Page, path: string, state: State): Promise<void> {
  if (state === "errors") {
    await showErrorSummary(page, site.url, path);
    return;
  }
  if (state === "review") {
    // Every field answered, long words and amounts included, then "check your answers".
    await page.goto(site.url + path, { waitUntil: "load" });
    await ready(page, path);
    for (let pass = 0; pass < 2; pass += 1) {
      await chooseOptions(page, (n) => Math.min(1, n - 1));
      await setTextFields(page, ["測試 authorization 1,250,000"]);
    }
    expect(await reachReview(page), `${path} reaches its review step`).toBe(true);
    await settle(page);
    return;
  }
  const url = state === "result" ? (withExample(path) ?? path) : path;
  await page.goto(site.url + url, { waitUntil: "load" });
  await ready(page, url);
  if (state === "result") await page.waitForSelector(RESULT);
  await settle(page);
}

/** Tokens that must stay whole, each with how many lines it takes (only those over one). */
function brokenTokens(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const token = /NT\$\s?[\d,]+(?:\.\d+)?|\d[\d,]*(?:\.\d+)?\s?%|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{4}-\d{2}-\d{2}|[A-Za-z][A-Za-z']{3,}/g;
    const broken: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest("script, style, noscript, .visually-hidden, [hidden], .sheet, option")) continue;
      // checkVisibility() also skips the contents of a closed <details> (the phone menu), which
      // the browser does not lay out, so their rects mean nothing.
      if (!parent.checkVisibility({ visibilityProperty: true })) continue;
      // Visually hidden text (a 1 px clipped box, for screen readers) wraps by design.
      if (parent.getBoundingClientRect().width <= 1) continue;
      // Dates inside a computed result may still break at a hyphen: wrapping each one there would
      // cost the calculator pages bytes they do not have under the 100 KB budget (issue 12 note).
      const inResult = parent.closest(".calc-result, .calc-unofficial");
      for (const match of (node.textContent ?? "").matchAll(token)) {
        const range = document.createRange();
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0.5).map((r) => Math.round(r.top)));
        if (tops.size > 1 && !(inResult && /^\d{4}-/.test(match[0]))) broken.push(`${match[0]} (${tops.size} lines, in <${parent.localName} class="${parent.className}">)`);
      }
    }
    return broken;
  });
}

describe("layout at phone, tablet and desktop widths", () => {
  mkdirSync(SHOTS, { recursive: true });
  for (const width of WIDTHS) {
    it(`${width} px: no page overflows sideways and no amount, date or word breaks across lines`, async () => {
      await site.tab.setViewportSize({ width, height: 900 });
      const problems: string[] = [];
      for (const { path, state } of cases) {
        await open(site.tab, path, state);
        const overflow = await site.tab.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        if (overflow > 0) problems.push(`${path} (${state}): ${overflow} px wider than the screen`);
        for (const b of await brokenTokens(site.tab)) problems.push(`${path} (${state}): ${b}`);
        await site.tab.screenshot({ path: join(SHOTS, `${width}-${path.replace(/\W+/g, "_")}-${state}.png`), fullPage: true });
      }
      expect(problems).toEqual([]);
    });
  }
});

describe("phone header", () => {
  const PHONE = { width: 390, height: 844 };
  const headerPaths = ["/", "/zh-tw/", "/en/", "/en/spp/mature-subsidy/", "/zh-tw/calculators/tops-award/"];

  it("takes at most a quarter of the first screen, with the language switch in view outside the closed menu", async () => {
    await site.tab.setViewportSize(PHONE);
    const problems: string[] = [];
    for (const path of headerPaths) {
      await site.tab.goto(site.url + path, { waitUntil: "load" });
      const header = await site.tab.locator(".site-header").boundingBox();
      if (!header || header.height > PHONE.height / 4) problems.push(`${path}: header ${header?.height} px high`);
      const lang = site.tab.locator("[data-lang-switch]");
      const box = await lang.boundingBox();
      const inMenu = await lang.evaluate((a) => a.closest("details") !== null);
      if (!(await lang.isVisible()) || !box || box.y + box.height > header!.height || inMenu) problems.push(`${path}: language switch not in view (${JSON.stringify(box)}, in menu: ${inMenu})`);
      if (await site.tab.locator(".site-menu").evaluate((d) => (d as HTMLDetailsElement).open)) problems.push(`${path}: menu open on arrival`);
      // One row: the name, the language switch and the search and menu buttons share a line.
      const rows = await site.tab.$$eval(".site-name, [data-lang-switch], summary.site-search__button, summary.site-menu__button", (els) =>
        els.map((el) => {
          const r = el.getBoundingClientRect();
          return { top: r.top, bottom: r.bottom };
        }),
      );
      const middle = (r: { top: number; bottom: number }) => (r.top + r.bottom) / 2;
      if (rows.length !== 4 || rows.some((r) => Math.abs(middle(r) - middle(rows[0]!)) > 8)) problems.push(`${path}: header not one row (${JSON.stringify(rows)})`);
    }
    expect(problems).toEqual([]);
  });

  for (const lang of ["zh-tw", "en"] as const) {
    it(`${lang}: the search button opens the box with the caret in it, and the menu closes it`, async () => {
      await site.tab.setViewportSize(PHONE);
      await site.tab.goto(`${site.url}/${lang}/tops/`, { waitUntil: "load" });
      expect(await site.tab.locator("#site-search").isVisible()).toBe(false);
      await site.tab.focus("summary.site-search__button");
      await site.tab.keyboard.press("Enter");
      await site.tab.waitForFunction(() => document.activeElement?.id === "site-search");
      await site.tab.keyboard.type(lang === "en" ? "points" : "點數");
      // Opening the menu closes search: both panels would sit in the same place.
      await site.tab.click("summary.site-menu__button");
      expect(await site.tab.locator("#site-search").isVisible()).toBe(false);
      expect(await site.tab.locator(".program-nav a").first().isVisible()).toBe(true);
      await site.tab.click("summary.site-search__button");
      expect(await site.tab.locator(".program-nav a").first().isVisible()).toBe(false);
      // The words typed are still there.
      expect(await site.tab.inputValue("#site-search")).toBe(lang === "en" ? "points" : "點數");
      await site.tab.keyboard.press("Enter");
      await site.tab.waitForURL(/\/search\/\?q=/);
      expect(new URL(site.tab.url()).pathname).toBe(`/${lang}/search/`);
    });
  }

  for (const lang of ["zh-tw", "en"] as const) {
    it(`${lang}: the menu opens from the keyboard and its links are then reached with Tab`, async () => {
      await site.tab.setViewportSize(PHONE);
      await site.tab.goto(`${site.url}/${lang}/tops/awards/`, { waitUntil: "load" });
      const focused = () => site.tab.evaluate(() => document.activeElement?.matches("summary.site-menu__button") ?? false);
      for (let i = 0; i < 10 && !(await focused()); i++) await site.tab.keyboard.press("Tab");
      expect(await focused()).toBe(true);
      const links = site.tab.locator(".program-nav a");
      expect(await links.first().isVisible()).toBe(false);
      await site.tab.keyboard.press("Enter");
      expect(await site.tab.locator(".site-menu").evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
      const reached: string[] = [];
      for (let i = 0; i < (await links.count()); i++) {
        await site.tab.keyboard.press("Tab");
        reached.push(await site.tab.evaluate(() => (document.activeElement?.closest(".program-nav") ? (document.activeElement as HTMLAnchorElement).pathname : "")));
      }
      expect(reached).toEqual(await links.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname)));
      expect(reached.every((p) => p.startsWith(`/${lang}/`))).toBe(true);
    });
  }

  it("works with JavaScript off: the menu and search open on a tap and the language switch is in view", async () => {
    const context: BrowserContext = await site.browser.newContext({ javaScriptEnabled: false, viewport: PHONE });
    try {
      const page = await context.newPage();
      for (const path of ["/", "/en/tcloud/review/", "/zh-tw/forms/"]) {
        await page.goto(site.url + path, { waitUntil: "load" });
        expect(await page.locator("[data-lang-switch]").isVisible()).toBe(true);
        await page.click("summary.site-menu__button");
        expect(await page.locator(".program-nav a").first().isVisible()).toBe(true);
        await page.click("summary.site-menu__button");
        expect(await page.locator(".program-nav a").first().isVisible()).toBe(false);
        await page.click("summary.site-search__button");
        expect(await page.locator("#site-search").isVisible()).toBe(true);
        await page.click("summary.site-search__button");
      }
    } finally {
      await context.close();
    }
  });

  it("at 1280 px the navigation is shown in the header, on a row under the name, search and language switch, with no menu button", async () => {
    await site.tab.setViewportSize({ width: 1280, height: 900 });
    for (const path of ["/zh-tw/", "/en/spp/mature-subsidy/"]) {
      await site.tab.goto(site.url + path, { waitUntil: "load" });
      expect(await site.tab.locator("summary.site-menu__button").isVisible()).toBe(false);
      expect(await site.tab.locator(".program-nav a").first().isVisible()).toBe(true);
      expect(await site.tab.locator("[data-lang-switch]").isVisible()).toBe(true);
      const top = async (selector: string) => (await site.tab.locator(selector).first().boundingBox())!.y;
      expect(await top(".program-nav")).toBeGreaterThan(await top(".site-name"));
      expect(Math.abs((await top("[data-lang-switch]")) - (await top(".search-form")))).toBeLessThan(10);
    }
  });
});

describe("heading links", () => {
  it("every handbook h2/h3 with an id has a '#' link to it, named in the page's language, with JavaScript off", async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      const problems: string[] = [];
      const handbook = sitemapPages().filter((p) => pageType(p) === "handbook");
      expect(handbook.length).toBeGreaterThan(40);
      let linked = 0;
      for (const path of handbook) {
        await page.goto(site.url + path, { waitUntil: "domcontentloaded" });
        const found = await page.evaluate(() =>
          // The embedded calculators' own headings belong to their tool, not to a clause.
          [...document.querySelectorAll("article.handbook :is(h2, h3)[id]")].filter((h) => !h.closest(".calc-embed")).map((h) => {
            const link = h.nextElementSibling;
            const href = link?.getAttribute("href") ?? "";
            return {
              id: h.id,
              href,
              resolves: href.startsWith("#") && document.getElementById(decodeURIComponent(href.slice(1))) === h,
              text: link?.textContent ?? "",
              name: link?.getAttribute("aria-label") ?? "",
              title: h.textContent?.trim() ?? "",
            };
          }),
        );
        const en = path.startsWith("/en/");
        for (const f of found) {
          linked++;
          const named = f.name === (en ? `Link to this section: ${f.title}` : `連結到本節：${f.title}`);
          if (!f.resolves || f.text !== "#" || !named) problems.push(`${path}#${f.id}: link ${JSON.stringify(f)}`);
        }
      }
      expect(linked).toBeGreaterThan(500);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("at 1280 px a long handbook page lists its sections beside the text, in view while it scrolls; narrower, the list is not shown", async () => {
    for (const lang of ["zh-tw", "en"]) {
      await site.tab.setViewportSize({ width: 1280, height: 900 });
      await site.tab.goto(`${site.url}/${lang}/tops/awards/`, { waitUntil: "load" });
      const nav = site.tab.locator("nav.on-this-page");
      expect(await nav.isVisible()).toBe(true);
      const sections = await site.tab.locator("article.handbook .heading-anchor > h2[id]").evaluateAll((hs) => hs.map((h) => `#${h.id}`).filter((id) => id !== "#page-sources-title"));
      expect(await nav.locator("a").evaluateAll((as) => as.map((a) => a.getAttribute("href")))).toEqual(sections);
      const article = await site.tab.locator("article.handbook").boundingBox();
      const list = await nav.boundingBox();
      expect(list!.x).toBeGreaterThanOrEqual(article!.x + article!.width);
      expect(list!.x + list!.width).toBeLessThanOrEqual(1280);
      await site.tab.evaluate(() => window.scrollTo(0, document.body.scrollHeight / 2));
      const scrolled = await nav.boundingBox();
      expect(scrolled!.y).toBeGreaterThanOrEqual(0);
      expect(scrolled!.y).toBeLessThan(900);
      await site.tab.setViewportSize({ width: 768, height: 900 });
      expect(await nav.isVisible()).toBe(false);
    }
  });

  it("at 1280 px a calculator's result sits beside its questions and stays in view; narrower, it follows them", async () => {
    for (const lang of ["zh-tw", "en"]) {
      await site.tab.setViewportSize({ width: 1280, height: 900 });
      const url = withExample(`/${lang}/calculators/tops-supplier-eligibility/`)!;
      await site.tab.goto(site.url + url, { waitUntil: "load" });
      await site.tab.waitForSelector(RESULT);
      const result = site.tab.locator(".calc-page .calc-result");
      const controls = await site.tab.locator(".calc-page .calc-controls").boundingBox();
      const beside = await result.boundingBox();
      expect(beside!.x).toBeGreaterThanOrEqual(controls!.x + controls!.width);
      expect(beside!.x + beside!.width).toBeLessThanOrEqual(1280);
      // Half way down the questions, the result is still on screen.
      await site.tab.evaluate((y) => window.scrollTo(0, y), controls!.y + controls!.height / 2);
      const scrolled = await result.boundingBox();
      expect(scrolled!.y).toBeGreaterThanOrEqual(0);
      expect(await site.tab.locator(".calc-headline").isVisible()).toBe(true);
      await site.tab.setViewportSize({ width: 768, height: 900 });
      const below = await result.boundingBox();
      const actions = await site.tab.locator(".calc-page .calc-actions").boundingBox();
      expect(below!.y).toBeGreaterThan(actions!.y);
    }
  });

  it("the cited section's heading is marked when the address names it", async () => {
    await site.tab.setViewportSize({ width: 390, height: 844 });
    for (const lang of ["zh-tw", "en"]) {
      await site.tab.goto(`${site.url}/${lang}/spp/mature-subsidy/#cap`, { waitUntil: "load" });
      const marked = (id: string) =>
        site.tab.locator(`#${id}`).evaluate((h) => getComputedStyle(h.parentElement!).backgroundColor !== "rgba(0, 0, 0, 0)");
      expect(await marked("cap")).toBe(true);
      expect(await marked("rates")).toBe(false);
      await site.tab.click('a.heading-anchor__link[href="#rates"]');
      expect(new URL(site.tab.url()).hash).toBe("#rates");
      expect(await marked("rates")).toBe(true);
      expect(await marked("cap")).toBe(false);
    }
  });
});

/** One page of each type (test/support/pages.ts), calculators with their result shown. */
const typePages: readonly { path: string; state: State }[] = [
  { path: "/", state: "page" },
  ...(["zh-tw", "en"] as const).flatMap((lang) =>
    (
      [
        [`/${lang}/`, "page"],
        [`/${lang}/tops/awards/`, "page"],
        [`/${lang}/calculators/`, "page"],
        [`/${lang}/calculators/tops-award/`, "result"],
        [`/${lang}/calculators/tops-supplier-eligibility/`, "errors"],
        [`/${lang}/forms/`, "page"],
        [`/${lang}/forms/spp-mature-proposal/`, "page"],
        [`/${lang}/drafts/tcloud-promotion/`, "errors"],
        [`/${lang}/checklists/`, "page"],
        [`/${lang}/checklists/spp-claim-documents/`, "page"],
        [`/${lang}/finder/`, "page"],
        [`/${lang}/search/?q=${lang === "en" ? "subsidy" : "補助"}`, "page"],
      ] as const
    ).map(([path, state]) => ({ path, state })),
  ),
];

describe("target sizes (WCAG 2.5.8)", () => {
  it("every page type covered", () => {
    expect(new Set(typePages.map((p) => pageType(p.path.split("?")[0]!)))).toEqual(new Set(pageTypes));
  });

  for (const width of WIDTHS) {
    it(`${width} px: radios, check boxes, buttons, fields and the header's controls are at least 24 × 24 px`, async () => {
      await site.tab.setViewportSize({ width, height: 900 });
      const problems: string[] = [];
      for (const { path, state } of typePages) {
        await open(site.tab, path, state);
        const small = await site.tab.evaluate(() =>
          [...document.querySelectorAll<HTMLElement>('input:not([type="hidden"]), select, textarea, button, summary, [role="button"], .lang-switch, .heading-anchor__link')]
            .filter((el) => el.checkVisibility({ visibilityProperty: true }))
            .map((el) => ({ el, box: el.getBoundingClientRect() }))
            // The skip link waits off screen until focused; it is not a target until then.
            .filter(({ box }) => box.right > 0 && box.width > 1)
            .filter(({ box }) => box.width < 24 || box.height < 24)
            .map(({ el, box }) => `<${el.localName} ${el.getAttribute("type") ?? ""} name="${el.getAttribute("name") ?? el.className}"> ${Math.round(box.width)}×${Math.round(box.height)}`),
        );
        for (const s of new Set(small)) problems.push(`${path}: ${s}`);
      }
      expect(problems).toEqual([]);
    });
  }
});

/** Layout shift over the load and one second after it, as Lighthouse's CLS counts it (no input). */
function layoutShift(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let sum = 0;
        // buffered: the shifts before this script ran (while the page loaded) are counted too.
        new PerformanceObserver((list) => {
          for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!e.hadRecentInput) sum += e.value;
        }).observe({ type: "layout-shift", buffered: true });
        setTimeout(() => resolve(sum), 1000);
      }),
  );
}

describe("layout shift", () => {
  for (const width of WIDTHS) {
    it(`${width} px: every page type shifts by less than 0.1 while it loads and renders its tools`, async () => {
      await site.tab.setViewportSize({ width, height: 900 });
      const shifts: string[] = [];
      for (const { path, state } of typePages) {
        // A calculator opened with its answers in the address renders its result as it hydrates.
        const url = state === "result" ? (withExample(path) ?? path) : path;
        await site.tab.goto(site.url + url, { waitUntil: "load" });
        const cls = await layoutShift(site.tab);
        if (!(cls < 0.1)) shifts.push(`${url}: ${cls.toFixed(3)}`);
      }
      expect(shifts).toEqual([]);
    });
  }
});
