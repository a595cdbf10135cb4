/**
 * From a calculator's result to the form it fills (registry.ts filledFrom), in Chromium over
 * the built site: the link carries the answers, the form computes them again and fills
 * itself, the address is cleaned so a reload does not fill it twice, and a saved draft is
 * never replaced without a word and a way back. Needs `npx astro build` first.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "../support/browser";
import { axeViolations } from "../support/crawl";
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

const langs = [
  { prefix: "zh-tw", link: "以此結果填寫「新創採購成熟型 提案計畫書封面與綜合資料表」", filled: "已依「成熟型補助上限與地方分擔款試算」的試算答案填入", undo: "復原：保留原來的草稿" },
  { prefix: "en", link: "Fill in “Startup procurement, mature track: proposal cover and summary sheet” with these figures", filled: "Filled in from the calculator “Mature track subsidy ceiling and local share”", undo: "Undo: keep my saved draft" },
] as const;

const FORM = "forms/spp-mature-proposal/";
const answers = "financialTier=3&purchaseKind=one-off&contractAmount=300%E8%90%AC";

async function problemsOf(page: Page): Promise<string[]> {
  const problems: string[] = [];
  page.on("console", (m) => m.type() === "error" && problems.push(m.text()));
  page.on("pageerror", (e) => problems.push(e.message));
  return problems;
}

/** The calculator's page with a result, then its link to the form, followed. */
async function followLink(page: Page, prefix: string, label: string): Promise<void> {
  await page.goto(`${server.url}/${prefix}/calculators/spp-mature-subsidy/?${answers}`);
  await page.waitForSelector("form[data-calculator][data-hydrated] .calc-result[data-result=ok]");
  const link = page.getByRole("link", { name: label, exact: true });
  expect(await link.getAttribute("href")).toBe(`/${prefix}/${FORM}?from=spp-mature-subsidy&${answers}`);
  await link.click();
  await page.locator("form.form-fields").waitFor();
}

const checked = (page: Page, name: string) => page.locator(`input[name="${name}"]:checked`).getAttribute("value");

describe("a calculator's result fills its form", () => {
  for (const lang of langs) {
    it(`fills the proposal from the mature-track result, says so, and does not fill it again on reload (${lang.prefix})`, async () => {
      const page = await browser.newPage();
      const problems = await problemsOf(page);
      await followLink(page, lang.prefix, lang.link);
      const note = page.locator(".form-prefill");
      await expect.poll(() => note.textContent()).toContain(lang.filled);
      expect(new URL(page.url()).search).toBe("");
      expect(await checked(page, "financialTier")).toBe("3");
      expect(await checked(page, "purchaseKind")).toBe("one-off");
      expect(await page.locator('input[name="contractAmount"]').inputValue()).toBe("300萬");
      // Recomputed by the form: tier 3 is 90% of NT$3,000,000.
      const figures = await page.locator(".form-figures").textContent();
      expect(figures).toContain("2,700,000");
      expect(figures).toContain("300,000");
      // Nothing was replaced, so there is nothing to undo.
      expect(await page.getByRole("button", { name: lang.undo }).count()).toBe(0);

      await page.reload();
      await page.locator("form.form-fields").waitFor();
      expect(await note.isHidden()).toBe(true);
      expect(await page.locator('input[name="contractAmount"]').inputValue()).toBe("300萬");
      expect(problems).toEqual([]);
      await page.close();
    });
  }

  it("replaces a saved draft's values only with a word, and Undo brings them back (en)", async () => {
    const page = await browser.newPage();
    const problems = await problemsOf(page);
    await page.goto(`${server.url}/en/${FORM}`);
    await page.locator("form.form-fields").waitFor();
    await page.locator('input[name="financialTier"][value="1"]').check();
    await page.locator('input[name="purchaseKind"][value="one-off"]').check();
    await page.locator('input[name="contractAmount"]').fill("500萬");
    await page.locator('input[name="caseName"]').fill("智慧路燈");

    await followLink(page, "en", langs[1].link);
    const note = page.locator(".form-prefill");
    await expect.poll(() => note.textContent()).toContain("Your saved draft had other values here: Financial tier: Tier 1; Contract amount: 500萬");
    expect(await checked(page, "financialTier")).toBe("3");
    // What the calculator does not ask is left as it was.
    expect(await page.locator('input[name="caseName"]').inputValue()).toBe("智慧路燈");

    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole("button", { name: langs[1].undo }).click();
    await expect.poll(() => note.textContent()).toContain("Undone");
    expect(await checked(page, "financialTier")).toBe("1");
    expect(await page.locator('input[name="contractAmount"]').inputValue()).toBe("500萬");
    await page.reload();
    await page.locator("form.form-fields").waitFor();
    expect(await checked(page, "financialTier")).toBe("1");
    expect(await page.locator('input[name="contractAmount"]').inputValue()).toBe("500萬");
    expect(problems).toEqual([]);
    await page.close();
  });

  it("fills nothing from answers the form refuses, and says why (zh-tw)", async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/zh-tw/${FORM}?from=spp-mature-subsidy&financialTier=2&purchaseKind=one-off&contractAmount=abc`);
    await page.locator("form.form-fields").waitFor();
    await expect.poll(() => page.locator(".form-prefill").textContent()).toContain("試算答案無法用於本表單，表單未變更");
    expect(await page.locator("input[name=financialTier]:checked").count()).toBe(0);
    expect(new URL(page.url()).search).toBe("");
    await page.close();
  });

  it("refuses a requested subsidy one dollar above the ceiling on the page, in the error summary and inline (zh-tw)", async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/zh-tw/${FORM}?from=spp-mature-subsidy&${answers}`);
    await page.locator("form.form-fields").waitFor();
    await page.locator('input[name="requestedSubsidy"]').fill("2700001");
    await page.locator("button.calc-primary[type=submit]").click();
    await expect.poll(() => page.locator(".calc-error-summary").textContent()).toContain("補助款 2,700,001 元超過補助項目金額 3,000,000 元的財力第 3 級之比例上限 90%");
    expect(await page.locator('input[name="requestedSubsidy"]').getAttribute("aria-invalid")).not.toBeNull();
    await page.locator('input[name="requestedSubsidy"]').fill("2000000");
    await expect.poll(() => page.locator(".form-figures").textContent()).toContain("低於上限 700,000 元");
    await page.close();
  });

  for (const lang of ["zh-tw", "en"] as const) {
    it(`fills the change application (表5-5) from the change-refund result, the refund worked out again (${lang})`, async () => {
      const page = await browser.newPage();
      const problems = await problemsOf(page);
      const change = "approvedSubsidy=2700000&approvedLocalShare=300000&revisedTotal=2000000&subsidyReceived=2700000";
      await page.goto(`${server.url}/${lang}/calculators/spp-change-refund/?${change}`);
      await page.waitForSelector("form[data-calculator][data-hydrated] .calc-result[data-result=ok]");
      const link = page.locator(`.calc-share a[href^="/${lang}/forms/spp-change-application/?from=spp-change-refund&"]`);
      expect(await link.textContent()).toMatch(lang === "en" ? /^Fill in “.+” with these figures$/ : /^以此結果填寫「.+」$/);
      await link.click();
      await page.locator("form.form-fields").waitFor();
      await expect.poll(() => page.locator(".form-prefill").textContent()).toContain(lang === "en" ? "Filled in from the calculator" : "的試算答案填入");
      for (const [name, value] of new URLSearchParams(change)) expect(await page.locator(`input[name="${name}"]`).inputValue()).toBe(value);
      // 2,000,000 × 2,700,000 ÷ 3,000,000 = 1,800,000 is the revised subsidy: 900,000 of the 2,700,000 received goes back.
      expect(await page.locator(".form-figures").textContent()).toContain("900,000");
      expect(problems).toEqual([]);
      await page.close();
    });
  }

  it("fills the termination application (表5-6) from a force-majeure result: 不可抗力因素「有」and the amounts, the interest left to enter (en)", async () => {
    const page = await browser.newPage();
    const problems = await problemsOf(page);
    const answers = "reason=force-majeure&subsidyReceived=900000&unexecutedSubsidy=400000&interest=1250";
    await page.goto(`${server.url}/en/calculators/spp-termination-refund/?${answers}`);
    await page.waitForSelector("form[data-calculator][data-hydrated] .calc-result[data-result=ok]");
    await page.locator('.calc-share a[href^="/en/forms/spp-termination-application/?from=spp-termination-refund&"]').click();
    await page.locator("form.form-fields").waitFor();
    await expect.poll(() => page.locator(".form-prefill").textContent()).toContain("Filled in from the calculator");
    expect(await checked(page, "forceMajeure")).toBe("yes");
    expect(await page.locator('input[name="subsidyReceived"]').inputValue()).toBe("900000");
    expect(await page.locator('input[name="unexecutedSubsidy"]').inputValue()).toBe("400000");
    expect(await page.locator('input[name="interest"]').inputValue()).toBe("");
    expect(problems).toEqual([]);
    await page.close();
  });

  it("fills the settlement certificate (表5-2) from the settlement total, the increases and decreases in its rows (zh-tw)", async () => {
    const page = await browser.newPage();
    const problems = await problemsOf(page);
    const answers = "contractAmount=5000000&increases.0=200000&decreases.0=50000&inspectionDeductions=3000";
    await page.goto(`${server.url}/zh-tw/calculators/spp-settlement-total/?${answers}`);
    await page.waitForSelector("form[data-calculator][data-hydrated] .calc-result[data-result=ok]");
    await page.locator('.calc-share a[href^="/zh-tw/forms/spp-settlement-certificate/?from=spp-settlement-total&"]').click();
    await page.locator("form.form-fields").waitFor();
    await expect.poll(() => page.locator(".form-prefill").textContent()).toContain("的試算答案填入");
    expect(await page.locator('input[name="contractAmount"]').inputValue()).toBe("5000000");
    expect(await page.locator('input[name="increases.0.amount"]').inputValue()).toBe("200000");
    expect(await page.locator('input[name="decreases.0.amount"]').inputValue()).toBe("50000");
    // 5,000,000 + 200,000 − 50,000 − 3,000, as the calculator showed it.
    expect(await page.locator(".form-figures").textContent()).toContain("5,147,000");
    expect(problems).toEqual([]);
    await page.close();
  });
});
