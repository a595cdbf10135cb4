/**
 * Helpers for the quality-gate tests that visit every page (issue 6): the page list from
 * sitemap.xml, what a visit records, readiness of islands, filling every field, axe.
 */
import { gzipSync } from "node:zlib";
import AxeBuilder from "@axe-core/playwright";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { specs } from "../../src/calculators/catalog";
import { toQuery } from "../../src/calculators/url";
import { launchChromium } from "./browser";
import { pageType, sitemapPaths, takesInput } from "./pages";
import { DIST } from "./site";
import { serveDir } from "./static-server";

export { pageType, takesInput };

/** Every page the sitemap lists: the crawl's page list, so a new page is covered without editing a test. */
export const sitemapPages = (): string[] => sitemapPaths(DIST);

/**
 * The service worker's registration (src/components/site/ServiceWorker.astro), the one script
 * every page loads, handbook pages included.
 */
export const isSwRegistration = (url: string): boolean => /\/_astro\/ServiceWorker\.astro_astro_type_script_index_0_lang\.[\w-]+\.js$/.test(new URL(url).pathname);

/** The header's search suggestions (src/scripts/search-suggest.ts): loaded when the search box is first focused, on any page. */
export const isSearchSuggest = (url: string): boolean => /\/_astro\/search-suggest-[\w-]+\.js$/.test(new URL(url).pathname);

/** Calculator, form and drafter pages. */
export const inputPages = (): string[] => sitemapPages().filter(takesInput);

/**
 * Each page in one language only, the languages alternating down the list: for the slow
 * interactive checks, whose code paths are the same in both languages (the text differs),
 * every page is still covered and both languages are exercised.
 */
export function onePerLanguage(paths: readonly string[]): string[] {
  const neutral = [...new Set(paths.map((p) => p.replace(/^\/(zh-tw|en)\//, "/")))].sort();
  return neutral.map((p, i) => `/${i % 2 === 0 ? "zh-tw" : "en"}${p}`).filter((p) => paths.includes(p));
}

const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/**
 * One server and one browser per test file, and a single tab that the tests reuse: the
 * machine has two cores, and a new tab per page costs more than the page itself.
 */
export function useSite() {
  const site = {} as { url: string; browser: Browser; context: BrowserContext; tab: Page };
  let server: Awaited<ReturnType<typeof serveDir>>;
  beforeAll(async () => {
    server = await serveDir(DIST);
    site.url = server.url;
    site.browser = await launchChromium();
    site.context = await site.browser.newContext();
    site.tab = await site.context.newPage();
  });
  afterAll(async () => {
    await site.browser?.close();
    await server?.close();
  });
  return site;
}

export interface Watch {
  /** Console errors and uncaught exceptions. */
  problems: string[];
  /** Requests to any other origin (data: and blob: URLs stay in the page). */
  foreign: string[];
  /** Script URL → gzip size of its body, for every script the page loaded. */
  scripts: Map<string, number>;
  /** Waits for pending script bodies, then removes the listeners. */
  stop(): Promise<void>;
}

/** Records what a tab does from now on: errors, requests leaving the origin, scripts and their gzip size. */
export function watch(page: Page, origin: string): Watch {
  const w: Watch = { problems: [], foreign: [], scripts: new Map(), stop: async () => {} };
  const pending: Promise<void>[] = [];
  const onConsole = (m: { type(): string; text(): string }) => {
    if (m.type() === "error") w.problems.push(`console: ${m.text()}`);
  };
  const onError = (e: Error) => w.problems.push(`pageerror: ${e.message}`);
  const onRequest = (req: { url(): string }) => {
    const url = new URL(req.url());
    if (url.protocol !== "data:" && url.protocol !== "blob:" && url.origin !== origin) w.foreign.push(req.url());
  };
  const onResponse = (res: { url(): string; request(): { resourceType(): string }; body(): Promise<Buffer> }) => {
    if (res.request().resourceType() !== "script") return;
    pending.push(
      res.body().then(
        (body) => void w.scripts.set(res.url(), gzipSync(body, { level: 9 }).length),
        () => void w.scripts.set(res.url(), Number.NaN),
      ),
    );
  };
  page.on("console", onConsole);
  page.on("pageerror", onError);
  page.on("request", onRequest);
  page.on("response", onResponse);
  w.stop = async () => {
    await Promise.all(pending);
    page.off("console", onConsole);
    page.off("pageerror", onError);
    page.off("request", onRequest);
    page.off("response", onResponse);
  };
  return w;
}

/** Inline scripts of the document itself (Astro's island loader), gzip bytes: they ship with the HTML but are JavaScript too. */
export async function inlineScriptBytes(page: Page): Promise<number> {
  const bodies = await page.$$eval("script:not([src])", (els) => els.map((e) => e.textContent ?? ""));
  return bodies.reduce((sum, b) => sum + gzipSync(b, { level: 9 }).length, 0);
}

/** Waits until a page's interactive parts have rendered: calculator islands, form generators, search results. */
export async function ready(page: Page, path: string): Promise<void> {
  const type = pageType(path);
  if (type === "calculator") await page.waitForSelector("form[data-calculator][data-hydrated]");
  else if (type === "form") await page.waitForSelector("form.form-fields");
  else if (type === "draft") await page.waitForSelector("form[data-drafter][data-hydrated]");
  else if (type === "search" && path.includes("?q=")) await page.waitForSelector("[data-search-results][data-state]");
}

/** Text-like controls a reader types into, inside <main> (the header search box is the site's, not the page's). */
const TEXT_FIELDS =
  "main input:not([type]), main input[type=text], main input[type=search], main input[type=email], main input[type=tel], main input[type=url], main input[type=number], main textarea";

/**
 * Types values into every text field as a reader would (Playwright's fill: focus, input event,
 * blur), adding one row to each list first so its row fields exist. `value(i)` gives field i's text.
 */
async function fillTextFields(page: Page, value: (i: number) => string): Promise<number> {
  await addListRows(page);
  const fields = page.locator(TEXT_FIELDS);
  const count = await fields.count();
  for (let i = 0; i < count; i += 1) {
    const field = fields.nth(i);
    if (!(await field.isVisible()) || !(await field.isEditable()) || (await field.inputValue()) === value(i)) continue;
    await field.fill(value(i), { timeout: 5_000 });
  }
  return count;
}

/**
 * Answers every question of a calculator or form: options first (some questions only appear
 * once another is answered), then text, twice over so that questions revealed by the first
 * pass are answered too. Returns how many text fields there were.
 */
export async function answerEverything(page: Page, text: (i: number) => string, pick: (n: number) => number): Promise<number> {
  let count = 0;
  for (let pass = 0; pass < 2; pass += 1) {
    await chooseOptions(page, pick);
    count = await fillTextFields(page, text);
  }
  return count;
}

/** Adds one row to each list ("Add a row"), so that its row fields exist. */
export async function addListRows(page: Page): Promise<void> {
  const adders = page.locator("main .calc-add");
  for (let i = 0; i < (await adders.count()); i += 1) {
    if (await adders.nth(i).isVisible()) await adders.nth(i).click();
  }
}

/**
 * Sets every text field at once from inside the page (value setter, then input, change and
 * blur events, which React and the form pages both listen to): for fuzzing many values
 * quickly, where fillTextFields types them one round trip at a time.
 */
export async function setTextFields(page: Page, values: readonly string[]): Promise<number> {
  return page.evaluate(
    ({ selector, values }) => {
      // Looked up again each time: an answer may re-render the form and replace later fields.
      const nth = (i: number) => document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>(selector)[i];
      let i = 0;
      for (let el = nth(0); el; el = nth(++i)) {
        const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(el), "value")!.set!;
        el.focus();
        setter.call(el, values[i % values.length]!);
        el.dispatchEvent(new Event("input", { bubbles: true }));
        el.dispatchEvent(new Event("change", { bubbles: true }));
        el.blur();
      }
      return i;
    },
    { selector: TEXT_FIELDS, values },
  );
}

/** Picks one option of every unanswered radio group, and of every select, in <main>: option `pick(n)` of n. */
export async function chooseOptions(page: Page, pick: (n: number) => number): Promise<void> {
  const groups = await page.$$eval("main input[type=radio]", (els) => [...new Set(els.map((e) => (e as HTMLInputElement).name))]);
  for (const name of groups) {
    const radios = page.locator(`main input[type=radio][name="${name}"]`);
    if (await page.locator(`main input[type=radio][name="${name}"]:checked`).count()) continue;
    const n = await radios.count();
    const radio = radios.nth(pick(n));
    // click, not check: a controlled React radio may re-render before Playwright reads its state.
    if (await radio.isVisible()) await radio.click({ timeout: 5_000 });
  }
  const selects = page.locator("main select");
  for (let i = 0; i < (await selects.count()); i += 1) {
    const options = await selects.nth(i).locator("option").count();
    if (options) await selects.nth(i).selectOption({ index: pick(options) });
  }
}

/**
 * Presses the page's primary button: Calculate on a calculator, Continue on a form. The field
 * being typed in loses focus first: its error message then appears and moves the button down,
 * which would otherwise happen between mouse down and mouse up and swallow the click.
 */
export async function submit(page: Page): Promise<void> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await settle(page);
  await page.locator("main form button[type=submit].calc-primary").first().click();
}

export const RESULT = ".calc-result[data-result=ok], .calc-result[data-result=depends]";

/** What a reader sees after submitting: a result, the form's review step, or the error summary. */
export const OUTCOME =
  `${RESULT}, .form-review:not([hidden]), .calc-error-summary[role=alert]:not([hidden]):not(.form-profile__error)`;

export async function waitForOutcome(page: Page): Promise<string> {
  const outcome = page.locator(OUTCOME).first();
  await outcome.waitFor({ state: "visible", timeout: 10_000 });
  return outcome.evaluate((el) => el.className);
}

/** A calculator page's URL with its first worked example as the answers, or null for other pages. */
export function withExample(path: string): string | null {
  const spec = Object.values(specs).find((s) => path.endsWith(`/calculators/${s.id}/`));
  return spec?.examples[0] ? path + toQuery(spec.examples[0].state, spec.fields) : null;
}

/** Waits two frames, so that what a click or an input changed has rendered. */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

/**
 * Brings a calculator or form page to its error summary. A calculator shows it for Calculate
 * on the empty page, naming every question to answer. A form submitted empty goes to its
 * review instead (a blank form to fill by hand), so it gets "?" typed into every text field.
 */
export async function showErrorSummary(page: Page, origin: string, path: string): Promise<void> {
  await page.goto(origin + path);
  await ready(page, path);
  if (pageType(path) !== "calculator") await setTextFields(page, ["?"]);
  await submit(page);
  await page.locator(".calc-error-summary[role=alert]:not([hidden]):not(.form-profile__error)").first().waitFor({ timeout: 10_000 });
}

/**
 * Takes a form to its review step, where every answer is shown back: text stays where the
 * form takes it, and each field that refuses it gets the first of a few plausible answers
 * (an amount, a year, a UBN, an ID, an email, a phone) it accepts. The trials run inside the
 * page: once submitted, the form re-checks on every input event.
 */
export async function reachReview(page: Page): Promise<boolean> {
  const form = page.locator("main form.form-fields");
  for (const date of await form.locator("input[type=date]").all()) await date.fill("2019-06-01");
  for (const box of await form.locator("input[type=checkbox]").all()) await box.check();
  for (let round = 0; round < 4; round += 1) {
    await submit(page);
    await waitForOutcome(page);
    if (await page.locator(".form-review:not([hidden])").count()) return true;
    // The last candidate is empty: a box that must agree with others (days with and without a
    // penalty add up to the days late) cannot be guessed, and an empty box is not checked.
    await page.evaluate((candidates) => {
      const field = (name: string) => document.querySelector<HTMLInputElement | HTMLTextAreaElement>(`main form.form-fields [name="${CSS.escape(name)}"]`);
      const invalid = [...document.querySelectorAll("main form.form-fields [aria-invalid]")].map((e) => e.getAttribute("name")!);
      for (const name of invalid) {
        for (const value of candidates) {
          const el = field(name);
          if (!el || !(el instanceof HTMLTextAreaElement || ["text", "email", "tel", "number", "search", "url"].includes(el.type))) break;
          const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(el), "value")!.set!;
          setter.call(el, value);
          el.dispatchEvent(new Event("input", { bubbles: true }));
          el.dispatchEvent(new Event("change", { bubbles: true }));
          if (!field(name)?.hasAttribute("aria-invalid")) break;
        }
      }
    }, ["1000000", "100", "1", "108", "04595257", "A123456789", "a@example.com", "02-27208889", "10", ""]);
  }
  return (await page.locator(".form-review:not([hidden])").count()) > 0;
}

/**
 * axe-core with the WCAG 2.1 A and AA rules; one line per failing element. Legacy mode runs
 * axe in the page itself instead of opening an extra tab for every check (three times faster
 * on this machine); the site has no iframes, which is all that mode gives up.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).options({ resultTypes: ["violations"] }).withTags(WCAG_TAGS).setLegacyMode(true).analyze();
  return results.violations.flatMap((v) =>
    v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(" ")} — ${n.failureSummary?.split("\n").slice(1).join(" ").trim() ?? v.help}`),
  );
}

/** The XSS probes of issue 6: each sets window.__xss if the page ever renders it as HTML. */
export const XSS_PROBES = ["<script>window.__xss=1</script>", '"><img src=x onerror="window.__xss=1">'];

/** Whether a probe ran or became markup: the flag, an <img src=x>, or a script element carrying it. */
export async function xssFired(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    if ((window as { __xss?: unknown }).__xss !== undefined) found.push("window.__xss was set");
    if (document.querySelector('img[src="x"]')) found.push("an <img src=x> is in the document");
    for (const s of document.querySelectorAll("script")) if (s.textContent?.includes("__xss")) found.push("a <script> carries the probe");
    for (const el of document.querySelectorAll("[onerror]")) if (el.getAttribute("onerror")?.includes("__xss")) found.push(`<${el.tagName.toLowerCase()} onerror> carries the probe`);
    return found;
  });
}
