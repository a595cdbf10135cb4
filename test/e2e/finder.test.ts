import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toolsFor } from "../../src/components/finder/tools";
import { allPaths, stepAt } from "../../src/components/finder/tree";
import { launchChromium } from "../support/browser";
import { isSearchSuggest, isSwRegistration } from "../support/crawl";
import { builtHtml, idsIn } from "../support/html";
import { DIST } from "../support/site";
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

const outcomes = allPaths().filter((p) => stepAt(p).kind === "outcome");

/** Walks from the first question to an outcome by following the answer links, as a reader would. */
async function walk(page: Page, lang: string, path: readonly string[]) {
  await page.goto(`${server.url}/${lang}/finder/`);
  for (const [i, answer] of path.entries()) {
    await page.click(`a[data-answer="${answer}"]`);
    await page.waitForURL(`${server.url}/${lang}/finder/${path.slice(0, i + 1).join("/")}/`);
  }
}

describe("program finder in Chromium", () => {
  for (const lang of ["zh-tw", "en"]) {
    it(`reaches every outcome (${lang}) with JavaScript off: each step links to the next, each outcome lists fitting and non-fitting programs with working links`, async () => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      const url = (p: readonly string[]) => `/${lang}/finder/${p.map((x) => `${x}/`).join("")}`;
      for (const path of allPaths()) {
        await page.goto(server.url + url(path));
        const step = stepAt(path);
        if (path.length) expect(await page.getAttribute("a.finder-back", "href")).toBe(url(path.slice(0, -1)));
        if (step.kind === "question") {
          const answers = await page.$$eval("a[data-answer]", (as) => as.map((a) => a.getAttribute("href")));
          expect(answers).toEqual(step.question.answers.map((a) => url([...path, a.id])));
          continue;
        }
        if (step.kind !== "outcome") throw new Error(`no step at ${url(path)}`);
        const shown = await page.$$eval("[data-program]", (els) => els.map((e) => [(e as HTMLElement).dataset.program, (e as HTMLElement).dataset.fit]));
        expect(shown, url(path)).toEqual(step.verdicts.map((v) => [v.program, v.fit]));
        const links = await page.$$eval("[data-program] a", (as) => as.map((a) => a.getAttribute("href")!));
        for (const href of links) {
          const [target, fragment] = href.split("#") as [string, string | undefined];
          const ids = idsIn(builtHtml(target));
          if (fragment) expect(ids.has(fragment), `${href} from ${url(path)}`).toBe(true);
        }
        expect(links.filter((h) => h.includes("/calculators/")).length).toBeGreaterThan(0);
      }
      await context.close();
    });
  }

  for (const lang of ["zh-tw", "en"]) {
    it(`reaches a form from every outcome (${lang}) in at most two clicks: the fitting programs' own forms directly, or the forms index`, async () => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      const formHref = new RegExp(`^/${lang}/forms/[a-z0-9-]+/$`);
      for (const path of outcomes) {
        const step = stepAt(path);
        if (step.kind !== "outcome") continue;
        const where = `/${lang}/finder/${path.join("/")}/`;
        await page.goto(server.url + where);
        const expected = step.verdicts.filter((v) => v.fit !== "no").flatMap((v) => toolsFor(v.program).forms.map((f) => `/${lang}/forms/${f.id}/`));
        const direct = await page.$$eval('[data-fit="yes"] a, [data-fit="maybe"] a', (as) => as.map((a) => a.getAttribute("href")!));
        expect(direct.filter((h) => formHref.test(h)), where).toEqual(expected);
        expect(await page.$$eval('[data-fit="no"] a', (as) => as.map((a) => a.getAttribute("href")!).filter((h) => h.includes("/forms/"))), where).toEqual([]);
        let clicks = 1;
        if (expected.length) {
          await page.click(`[data-program] a[href="${expected[0]}"]`);
        } else {
          await page.click("a[data-all-forms]");
          await page.waitForURL(`${server.url}/${lang}/forms/`);
          const first = await page.$$eval("main a", (as) => as.map((a) => a.getAttribute("href")!).find((h) => /\/forms\/[a-z0-9-]+\/$/.test(h)));
          await page.click(`main a[href="${first}"]`);
          clicks = 2;
        }
        await page.waitForURL(/\/forms\/[a-z0-9-]+\/$/);
        expect(await page.locator("[data-form]").count(), `${where} after ${clicks} click(s)`).toBeGreaterThan(0);
        expect(clicks).toBeLessThanOrEqual(2);
      }
      await context.close();
    });
  }

  it("follows answer links from the first question to an outcome, without JavaScript", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    for (const path of [outcomes[0]!, outcomes[outcomes.length - 1]!]) await walk(page, "zh-tw", path);
    expect(await page.locator("[data-program]").count()).toBe(7);
    await context.close();
  });

  it("goes back one question with the back link, and changes an answer from the outcome", async () => {
    const page = await browser.newPage();
    await walk(page, "en", ["taipei-company", "sme-yes", "under-5"]);
    expect(await page.locator("h1").textContent()).toBe("Your results");
    await page.click("a.finder-back");
    await page.waitForURL(`${server.url}/en/finder/taipei-company/sme-yes/`);
    expect(await page.locator("h1").textContent()).toBe("How long ago was the company established?");
    await page.click('a[data-answer="8-plus"]');
    await page.click(`.finder-answers a[href="/en/finder/taipei-company/"]`);
    await page.waitForURL(`${server.url}/en/finder/taipei-company/`);
    expect(await page.locator("[data-finder-question]").getAttribute("data-finder-question")).toBe("sme");
    await page.close();
  });

  it("can be used with the keyboard alone, and ships no JavaScript but the service worker's registration", async () => {
    const page = await browser.newPage();
    const scripts: string[] = [];
    // Tabbing through the header focuses the search box, which loads its suggestions by design.
    page.on("request", (r) => r.resourceType() === "script" && !isSwRegistration(r.url()) && !isSearchSuggest(r.url()) && scripts.push(r.url()));
    await page.goto(`${server.url}/zh-tw/finder/`);
    for (const answer of ["central-agency"]) {
      for (let i = 0; i < 60; i += 1) {
        await page.keyboard.press("Tab");
        if (await page.evaluate((a) => document.activeElement?.getAttribute("data-answer") === a, answer)) break;
      }
      await page.keyboard.press("Enter");
    }
    await page.waitForURL(`${server.url}/zh-tw/finder/central-agency/`);
    expect(await page.locator('[data-program="tops-buyer"]').getAttribute("data-fit")).toBe("yes");
    expect(await page.locator('[data-program="spp-mature"]').getAttribute("data-fit")).toBe("no");
    expect(scripts).toEqual([]);
    await page.close();
  });
});
