import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { catalog } from "../../src/calculators/catalog";
import { evaluate } from "../../src/calculators/evaluate";
import { controlLabels } from "../../src/calculators/form-state";
import { machineValue } from "../../src/calculators/format";
import type { CalculatorSpec, FormState } from "../../src/calculators/types";
import { fromQuery } from "../../src/calculators/url";
import type { Calculator } from "../../src/rules/core/types";
import { launchChromium } from "../support/browser";
import { isSwRegistration } from "../support/crawl";
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

const langs = ["zh-tw", "en"] as const;

/** Opens a page and waits until its island has hydrated; collects console errors. */
async function open(path: string): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage();
  const problems: string[] = [];
  page.on("console", (m) => m.type() === "error" && problems.push(m.text()));
  page.on("pageerror", (e) => problems.push(e.message));
  await page.goto(server.url + path);
  await page.waitForSelector("form[data-calculator][data-hydrated]");
  return { page, problems };
}

/** Fills one control by its name, adding list rows as needed. */
async function fillControl(page: Page, id: string, name: string, value: string) {
  const form = page.locator(`form[data-calculator="${id}"]`);
  const control = form.locator(`[name="${name}"]`);
  const list = /^([^.]+)\.\d+/.exec(name)?.[1];
  for (let tries = 0; list && (await control.count()) === 0 && tries < 20; tries += 1) {
    await form.locator(`fieldset[id="calc-${id}-${list}"] > .calc-add`).click();
  }
  const first = control.first();
  const type = await first.evaluate((el) => (el instanceof HTMLInputElement ? el.type : el.tagName.toLowerCase()));
  if (type === "radio") await form.locator(`[name="${name}"][value="${value}"]`).check();
  else if (type === "checkbox") await form.locator(`[name="${name}"][value="${value}"]`).check();
  else if (type === "select") await first.selectOption(value);
  else await first.fill(value);
}

async function fill(page: Page, id: string, state: FormState) {
  for (const [name, value] of Object.entries(state)) await fillControl(page, id, name, value);
}

async function outputs(page: Page, id: string): Promise<Record<string, string>> {
  return page.$$eval(`form[data-calculator="${id}"] output[data-field]`, (els) =>
    Object.fromEntries(els.map((e) => [(e as HTMLElement).dataset.field!, (e as HTMLElement).dataset.value!])),
  );
}

interface SummaryItem {
  text: string;
  /** The inline message beside the control the item links to, without its hidden "Error:" prefix. */
  beside: string;
}

/** Each item of the error summary, with the message shown beside the control it links to. */
async function summaryItems(page: Page, lang: (typeof langs)[number]): Promise<SummaryItem[]> {
  const prefix = lang === "en" ? "Error: " : "錯誤：";
  return page.$$eval(
    ".calc-error-summary[role=alert] li a",
    (links, prefix) =>
      links.map((a) => {
        const target = document.getElementById(a.getAttribute("href")!.slice(1));
        const beside = target && target.closest("form") ? document.getElementById(`${target.id}-error`) : null;
        return { text: a.textContent ?? "", beside: (beside?.textContent ?? "(no control or no message beside it)").replace(prefix, "") };
      }),
    prefix,
  );
}

/** What the summary must say for a state: each error evaluate finds, after its control's label. */
function expectedItems(calc: Calculator, spec: CalculatorSpec<Record<string, unknown>>, state: FormState, lang: (typeof langs)[number]): SummaryItem[] {
  const result = evaluate(calc, spec.fields, state);
  if (result.status !== "invalid") throw new Error(`${spec.id}: expected errors for ${JSON.stringify(state)}`);
  const labels = controlLabels(spec.fields, state);
  const l = lang === "en" ? "en" : "zh-TW";
  // A question keeps its own question mark and takes no colon after it ("…？ 此欄位必填", not "…？：").
  const lead = (label: string) => (/[?？]$/.test(label) ? `${label} ` : `${label}${lang === "en" ? ": " : "："}`);
  return result.errors.map((e) => ({
    text: `${lead(labels.get(e.name)?.[l] ?? "(a question not on the page)")}${e.message[l]}`,
    beside: e.message[l],
  }));
}

describe("calculator pages in Chromium", () => {
  for (const lang of langs) {
    it.each(catalog.map((e) => [e.id, e] as const))(`%s (${lang}): filling the controls by name shows the engine's values, and every explanation link resolves`, async (id, { calc, spec }) => {
      const { page, problems } = await open(`/${lang}/calculators/${id}/`);
      for (const example of spec.examples) {
        await page.click(`form[data-calculator="${id}"] button[type="button"]:has-text("${lang === "en" ? "Clear all answers" : "清除所有答案"}")`);
        await fill(page, id, example.state);
        await page.waitForSelector(`form[data-calculator="${id}"] output[data-field]`);
        const expected = evaluate(calc, spec.fields, example.state);
        if (expected.status !== "ok") throw new Error(`${id}: example does not compute`);
        const want = Object.fromEntries(Object.entries(expected.outcome.value).map(([k, v]) => [k, machineValue(v)]));
        expect(await outputs(page, id)).toEqual(want);
        expect(await page.locator(".calc-headline").textContent()).not.toMatch(/NaN|undefined/);

        const cites = await page.$$eval(`form[data-calculator="${id}"] a[data-cite]`, (as) => as.map((a) => a.getAttribute("href")!));
        expect(cites.length).toBeGreaterThan(0);
        for (const href of cites) {
          expect(href.startsWith(`/${lang}/`), href).toBe(true);
          const [path, fragment] = href.split("#") as [string, string];
          expect(idsIn(builtHtml(path)).has(fragment), `${href} has no #${fragment}`).toBe(true);
        }
        expect(await page.locator(".calc-unofficial").textContent()).toContain(calc.edition);
      }
      expect(problems).toEqual([]);
      await page.close();
    });
  }

  // The examples reach the page as props, not script (CalculatorEmbed.astro): each link still loads its answers.
  it.each(catalog.map((e, i) => [e.id, e, langs[i % 2]!] as const))("%s: an example link fills the form and shows its result", async (id, { calc, spec }, lang) => {
    const { page, problems } = await open(`/${lang}/calculators/${id}/`);
    const links = page.locator(`form[data-calculator="${id}"] .calc-examples a`);
    expect(await links.count()).toBe(spec.examples.length);
    const example = spec.examples.at(-1)!;
    await links.last().click();
    await page.waitForSelector(`form[data-calculator="${id}"] output[data-field]`);
    expect(fromQuery(new URL(page.url()).search, spec.fields)).toEqual(example.state);
    expect(await links.last().textContent()).toBe(example.label[lang === "en" ? "en" : "zh-TW"]);
    const expected = evaluate(calc, spec.fields, example.state);
    if (expected.status !== "ok") throw new Error(`${id}: example does not compute`);
    const want = Object.fromEntries(Object.entries(expected.outcome.value).map(([k, v]) => [k, machineValue(v)]));
    expect(await outputs(page, id)).toEqual(want);
    expect(problems).toEqual([]);
    await page.close();
  });

  it("reproduces a result from its URL, after a reload, back and forward, and in the other language", async () => {
    const { page } = await open("/en/calculators/tops-award/");
    await fill(page, "tops-award", {
      "purchases.0.date": "2024-10-01",
      "purchases.0.amount": "１２０萬",
      "purchases.0.supplierRegistered": "true",
      "purchases.0.supplierIsStartup": "false",
    });
    await page.locator('[name="purchases.0.amount"]').blur();
    expect(await outputs(page, "tops-award")).toMatchObject({ countedTotal: "1200000", tier: "silver" });
    const url = page.url();
    expect(new URL(url).searchParams.get("purchases.0.amount")).toBe("１２０萬");

    await page.reload();
    await page.waitForSelector("output[data-field='tier']");
    expect(await outputs(page, "tops-award")).toMatchObject({ countedTotal: "1200000", tier: "silver" });
    expect(await page.inputValue('[name="purchases.0.amount"]')).toBe("１２０萬");

    await page.fill('[name="purchases.0.amount"]', "400000");
    await page.locator('[name="purchases.0.amount"]').blur();
    await page.waitForSelector("output[data-field='tier'][data-value='null']");
    await page.goBack();
    await page.waitForSelector("output[data-field='tier'][data-value='silver']");
    expect(await page.inputValue('[name="purchases.0.amount"]')).toBe("１２０萬");
    await page.goForward();
    await page.waitForSelector("output[data-field='tier'][data-value='null']");

    const shared = await browser.newPage();
    await shared.goto(url);
    await shared.waitForSelector("output[data-field='tier'][data-value='silver']");
    await shared.click("[data-lang-switch]");
    await shared.waitForURL(/\/zh-tw\/calculators\/tops-award\/\?/);
    await shared.waitForSelector("output[data-field='tier'][data-value='silver']");
    expect(await shared.locator(".calc-headline").textContent()).toContain("銀獎");
    await shared.close();
    await page.close();
  });

  for (const lang of langs) {
    it(`bad input (${lang}): an error summary links to each field, the message is beside it, typed text stays and no result shows`, async () => {
      const { page } = await open(`/${lang}/calculators/spp-rd-subsidy/?totalBudget=180%E8%90%AC`);
      await page.waitForSelector("output[data-field='maxSubsidy'][data-value='900000']");
      await page.fill('[name="totalBudget"]', "18O萬");
      await page.click('form[data-calculator="spp-rd-subsidy"] button[type="submit"]');
      const summary = page.locator(".calc-error-summary[role='alert']");
      await summary.waitFor();
      // Focus moves to the summary, so screen readers announce it and keyboard users start there.
      await page.waitForFunction(() => document.activeElement?.classList.contains("calc-error-summary"));
      expect(await summary.textContent()).toContain(lang === "en" ? "There is a problem" : "有些答案需要修正");
      const link = summary.locator("a").first();
      expect(await link.getAttribute("href")).toBe("#calc-spp-rd-subsidy-totalBudget");
      expect(await page.locator("#calc-spp-rd-subsidy-totalBudget-error").textContent()).toMatch(lang === "en" ? /letters/ : /英文字母/);
      expect(await page.getAttribute('[name="totalBudget"]', "aria-invalid")).toBe("true");
      expect(await page.inputValue('[name="totalBudget"]')).toBe("18O萬");
      expect(await page.locator("output[data-field]").count()).toBe(0);
      expect(await page.locator(".calc-result").textContent()).not.toMatch(/NaN|900,000/);
      await link.click();
      expect(await page.evaluate(() => document.activeElement?.getAttribute("name"))).toBe("totalBudget");
      await page.close();
    });
  }

  for (const lang of langs) {
    it.each(catalog.map((e) => [e.id, e] as const))(`%s (${lang}): Calculate with nothing answered shows the focused error summary, naming each question with its message beside it`, async (id, { calc, spec }) => {
      const { page, problems } = await open(`/${lang}/calculators/${id}/`);
      // Nothing is called wrong before the reader asks.
      expect(await page.locator(".calc-error-summary, .calc-error").count()).toBe(0);
      await page.click(`form[data-calculator="${id}"] button[type="submit"]`);
      await page.waitForFunction(() => document.activeElement?.matches(".calc-error-summary[role=alert]"));
      expect(await summaryItems(page, lang)).toEqual(expectedItems(calc, spec, {}, lang));
      expect(await page.locator("output[data-field]").count()).toBe(0);
      expect(problems).toEqual([]);
      await page.close();
    });
  }

  // Answers kept in the query can be edited by hand: each gets one message, in words the page uses.
  const edited = [
    ["tops-listing-limits", "a pavilion that does not exist", "items.0.pavilion=nope"],
    ["spp-mature-subsidy", "a financial tier that does not exist", "financialTier=zz&purchaseKind=one-off&contractAmount=100%E8%90%AC"],
    ["tcloud-solution-check", "every category box holding \"?\"", `${Array.from({ length: 15 }, (_, i) => `categories.${i}=%3F`).join("&")}&subscriptionMonths=12&includesHardware=false&cloud=public&coreOnPublicCloud=true&singleFunction=false&originalVendorChinaCapital=false&onboardingDays=10&smeOperatesItself=true&freeDataExport=true&usageLogCharts=true&solutionsThisBatch=1`],
    ["spp-startup-definition", "a malformed date", "establishedOn=abc&certifiedByAuthority=false&listedOnJointSupplyContract=true"],
  ] as const;
  for (const lang of langs) {
    it.each(edited)(`%s (${lang}): %s, edited in the URL, gets one message in words, beside the question and in the summary`, async (id, _, query) => {
      const entry = catalog.find((e) => e.id === id)!;
      const { page, problems } = await open(`/${lang}/calculators/${id}/?${query}`);
      await page.click(`form[data-calculator="${id}"] button[type="submit"]`);
      await page.waitForFunction(() => document.activeElement?.matches(".calc-error-summary[role=alert]"));
      const items = await summaryItems(page, lang);
      expect(items).toEqual(expectedItems(entry.calc, entry.spec, fromQuery(`?${query}`, entry.spec.fields), lang));
      expect(items).toHaveLength(1);
      const text = items[0]!.text;
      expect(text).toMatch(lang === "en" ? /not one of the options|Enter the date as YYYY-MM-DD/ : /不在選項中|日期格式應為 YYYY-MM-DD/);
      expect(text).not.toMatch(/living|one-off|erp|at most|最多|does not exist|不存在/);
      expect(problems).toEqual([]);
      await page.close();
    });
  }

  // Issue 11: typing at 60 ms a key while the island's script is still on its way loses nothing.
  it.each(langs)("%s: keeps what was typed before hydration, with focus and caret, and computes from it", async (lang) => {
    const page = await browser.newPage();
    // Hold the scripts back so that every keystroke lands in the server-rendered form.
    await page.route("**/_astro/*.js", async (route) => {
      await new Promise((r) => setTimeout(r, 1500));
      await route.continue();
    });
    await page.goto(`${server.url}/${lang}/calculators/spp-rd-subsidy/`, { waitUntil: "domcontentloaded" });
    const input = page.locator("[name='totalBudget']");
    await input.focus();
    await page.keyboard.type("1800000", { delay: 60 });
    expect(await page.locator("astro-island[ssr]").count()).toBe(1);
    await page.waitForSelector("form[data-calculator][data-hydrated]");
    await page.keyboard.type("0", { delay: 60 });
    expect(await input.inputValue()).toBe("18000000");
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name)).toBe("totalBudget");
    expect(await input.evaluate((el: HTMLInputElement) => el.selectionStart)).toBe(8);
    // Half of NT$18,000,000 is over the R&D track's NT$1,000,000 cap.
    await page.locator("form[data-calculator] button[type=submit]").click();
    await page.waitForSelector("output[data-field='maxSubsidy'][data-value='1000000']");
    expect(new URL(page.url()).searchParams.get("totalBudget")).toBe("18000000");
    await page.close();
  });

  it("works with the keyboard alone: radios, text, submit, and visible focus", async () => {
    const { page } = await open("/en/calculators/spp-termination-refund/");
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute("name") ?? document.activeElement?.tagName);
    for (let i = 0; i < 80 && (await focused()) !== "reason"; i += 1) await page.keyboard.press("Tab");
    expect(await focused()).toBe("reason");
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe("none");
    await page.keyboard.press("Space");
    await page.keyboard.press("Tab");
    expect(await focused()).toBe("subsidyReceived");
    await page.keyboard.type("135萬");
    await page.keyboard.press("Tab");
    expect(await focused()).toBe("unexecutedSubsidy");
    await page.keyboard.type("400,000");
    await page.keyboard.press("Tab");
    expect(await focused()).toBe("interest");
    await page.keyboard.type("1250");
    await page.keyboard.press("Enter");
    await page.waitForSelector("output[data-field='refundDue'][data-value='401250']");
    await page.waitForFunction(() => document.activeElement?.id === "calc-spp-termination-refund-result");
    await page.close();
  });

  it("answers \"I don't know\" with what to check, and shows each case when the answer matters", async () => {
    const { page } = await open("/en/calculators/spp-mature-subsidy/");
    await fill(page, "spp-mature-subsidy", { financialTier: "unknown", purchaseKind: "one-off", contractAmount: "100萬" });
    await page.waitForSelector(".calc-result--depends");
    expect(await page.locator(".calc-check").textContent()).toMatch(/DGBAS/);
    // Tiers 2 to 5 give the same subsidy: one case names them together.
    expect(await page.locator(".calc-cases li").allTextContents()).toEqual([
      expect.stringMatching(/^If “[^”]+” is Tier 1: .*750,000/),
      expect.stringMatching(/^If “[^”]+” is Tier 2, Tier 3, Tier 4 or Tier 5: .*900,000/),
    ]);
    expect(await page.locator("output[data-field]").count()).toBe(0);
    await page.close();
  });

  it("keeps a list too long for an address in this browser, the address carrying only its key: reload and the language switch keep every row", async () => {
    const { page, problems } = await open("/en/calculators/tops-award/");
    await page.click(".calc-csv summary");
    // 60 purchases of NT$1,000 to NT$1,059: about 8,000 characters of query, past what hosts accept.
    const csv = Array.from({ length: 60 }, (_, i) => `2024-10-${String((i % 28) + 1).padStart(2, "0")},${1000 + i},yes,no`).join("\n");
    await page.fill(".calc-csv textarea", csv);
    await page.click(".calc-csv button");
    const total = "output[data-field='countedTotal'][data-value='61770']";
    await page.waitForSelector(total);
    const address = new URL(page.url());
    expect(address.search).toMatch(/^\?saved=[a-z0-9]+$/);
    await page.reload();
    await page.waitForSelector(total);
    expect(await page.locator('[name="purchases.59.amount"]').inputValue()).toBe("1059");
    await page.click("[data-lang-switch]");
    await page.waitForURL(/\/zh-tw\/calculators\/tops-award\/\?saved=[a-z0-9]+$/);
    await page.waitForSelector(total);
    // "Copy link" copies the address as written, not the 8,000 characters a host would refuse,
    // and says where that link works.
    await page.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin: new URL(page.url()).origin });
    await page.click(".calc-share button:first-child");
    await page.waitForFunction(() => document.querySelector(".calc-share__status")?.textContent !== "");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
    expect(await page.locator(".calc-share__status").textContent()).toMatch(/只能在這個瀏覽器開啟/);
    expect(problems).toEqual([]);
    await page.close();

    // Another browser has no such answers: it says so, in the page's language, and shows an empty form.
    const other = await browser.newContext();
    const elsewhere = await other.newPage();
    await elsewhere.goto(address.href);
    await elsewhere.waitForSelector("form[data-calculator][data-hydrated]");
    expect(await elsewhere.locator(".calc-notice").textContent()).toMatch(/kept in the browser that made it/);
    expect(await elsewhere.locator('[name="purchases.0.amount"]').inputValue()).toBe("");
    await other.close();
  });

  it("keeps only the newest 20 long lists of a calculator in storage, and never the one in use", async () => {
    const { page } = await open("/en/calculators/tops-award/");
    // 25 lists from earlier visits, keyed by time as the page keys them, and another calculator's.
    await page.evaluate(() => {
      for (let i = 0; i < 25; i++) localStorage.setItem(`calc-answers:tops-award:${(1_600_000_000_000 + i).toString(36)}`, "?purchases.0.amount=1");
      localStorage.setItem("calc-answers:tcloud-points:old", "?prices.0=1");
    });
    await page.click(".calc-csv summary");
    const csv = Array.from({ length: 60 }, (_, i) => `2024-10-01,${1000 + i},yes,no`).join("\n");
    await page.fill(".calc-csv textarea", csv);
    await page.click(".calc-csv button");
    await page.waitForURL(/\?saved=[a-z0-9]+$/);
    const key = new URL(page.url()).searchParams.get("saved")!;
    const kept = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("calc-answers:")).sort());
    const mine = kept.filter((k) => k.startsWith("calc-answers:tops-award:"));
    expect(mine).toHaveLength(20);
    expect(mine).toContain(`calc-answers:tops-award:${key}`);
    // The oldest went first; the other calculator's list is not this one's to prune.
    expect(mine).not.toContain(`calc-answers:tops-award:${(1_600_000_000_000).toString(36)}`);
    expect(kept).toContain("calc-answers:tcloud-points:old");
    await page.close();
  });

  it("imports purchases from CSV: good rows added, bad lines reported by number", async () => {
    const { page } = await open("/en/calculators/tops-award/");
    await page.click(".calc-csv summary");
    await page.fill(".calc-csv textarea", "date,amount,registered,startup\n2024-10-01,\"300,000\",yes,yes\n2024-13-01,5,yes,no\n2024-11-02,250000,yes,no\n");
    await page.click(".calc-csv button");
    await page.waitForSelector("output[data-field='countedTotal'][data-value='550000']");
    expect(await page.locator(".calc-csv__report").textContent()).toMatch(/2 row\(s\) added.*Line 3/s);
    expect(await page.inputValue('[name="purchases.1.amount"]')).toBe("250000");
    await page.close();
  });

  it("imports a Big5 CSV file, as Traditional Chinese Excel saves it, and says it read it as Big5", async () => {
    const { page } = await open("/zh-tw/calculators/tops-award/");
    await page.click(".calc-csv summary");
    // 2024-10-01,300000,是,否 in Big5 (是 0xAC4F, 否 0xA75F): read as UTF-8 the yes/no cells were unreadable.
    const big5 = Buffer.concat([Buffer.from("2024-10-01,300000,"), Buffer.from([0xac, 0x4f]), Buffer.from(","), Buffer.from([0xa7, 0x5f]), Buffer.from("\n")]);
    await page.setInputFiles('.calc-csv input[type="file"]', { name: "purchases.csv", mimeType: "text/csv", buffer: big5 });
    await page.waitForSelector("output[data-field='countedTotal'][data-value='300000']");
    expect(await page.locator(".calc-csv__report").textContent()).toMatch(/Big5.*已加入 1 列/s);
    await page.close();
  });

  it("prints the result and its explanation without the controls' buttons", async () => {
    const { page } = await open("/en/calculators/spp-rd-subsidy/?totalBudget=3000000");
    await page.waitForSelector("output[data-field]");
    await page.emulateMedia({ media: "print" });
    expect(await page.locator(".calc-actions").isVisible()).toBe(false);
    expect(await page.locator(".calc-share").isVisible()).toBe(false);
    expect(await page.locator(".calc-steps").isVisible()).toBe(true);
    expect(await page.locator(".calc-headline").isVisible()).toBe(true);
    await page.close();
  });

  it("embeds the same island in its handbook section, loading no script until opened", async () => {
    const page = await browser.newPage();
    const scripts: string[] = [];
    // The service worker's registration is the one script every page loads (sitemap.test.ts weighs it).
    page.on("request", (r) => r.resourceType() === "script" && !isSwRegistration(r.url()) && scripts.push(r.url()));
    await page.goto(`${server.url}/en/tops/awards/`, { waitUntil: "load" });
    expect(scripts).toEqual([]);
    await page.focus("#calculator-tops-award summary");
    await page.keyboard.press("Enter");
    await page.waitForSelector("#calculator-tops-award form[data-calculator][data-hydrated]");
    expect(scripts.length).toBeGreaterThan(0);
    await fill(page, "tops-award", {
      "purchases.0.date": "2024-12-01",
      "purchases.0.amount": "5,000,000",
      "purchases.0.supplierRegistered": "true",
      "purchases.0.supplierIsStartup": "false",
    });
    await page.waitForSelector("output[data-field='tier'][data-value='gold']");
    // The handbook page's own URL is left alone; the island links to its calculator page instead.
    expect(new URL(page.url()).search).toBe("");
    const full = await page.locator(".calc-full-page a").getAttribute("href");
    expect(full).toMatch(/^\/en\/calculators\/tops-award\/\?purchases\.0\.date=2024-12-01/);
    await page.close();
  });

  it("puts every calculator on its handbook page and in the index, grouped by program and by question", async () => {
    for (const lang of langs) {
      const index = builtHtml(`/${lang}/calculators/`);
      for (const { id, spec } of catalog) {
        expect(index).toContain(`href="/${lang}/calculators/${id}/"`);
        expect(builtHtml(`/${lang}/${spec.handbook}/`)).toContain(`id="calculator-${id}"`);
      }
      for (const group of ["question-eligible", "question-money", "question-award", "program-tops", "program-spp", "program-tcloud"]) {
        expect(idsIn(index).has(group), group).toBe(true);
      }
    }
  });
});
