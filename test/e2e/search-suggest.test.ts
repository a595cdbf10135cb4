/**
 * The header's search suggestions (issue 16, src/scripts/search-suggest.ts): nothing loads until
 * the box is focused, then the first pages of the same search appear as a listbox the keyboard
 * can walk, in both languages, and the box still submits to the search page.
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { isSearchSuggest, useSite, watch } from "../support/crawl";

const site = useSite();
const LIST = "#site-search-suggestions";
const OPTIONS = `${LIST} [role=option]`;

async function typeInHeader(tab: Page, text: string) {
  await tab.focus("#site-search");
  await tab.keyboard.type(text, { delay: 30 });
  // The list answers each pause in typing; wait for the one that answers the whole text.
  await tab.waitForFunction((query) => document.getElementById("site-search-suggestions")?.dataset.query === query, text);
}

const optionTexts = (tab: Page) => tab.locator(OPTIONS).allInnerTexts();

describe("header search suggestions", () => {
  it("loads no suggestion script until the box is focused", async () => {
    const tab = await site.context.newPage();
    const w = watch(tab, site.url);
    await tab.goto(`${site.url}/zh-tw/tops/awards/`, { waitUntil: "load" });
    const suggestScripts = () => [...w.scripts.keys()].filter(isSearchSuggest);
    await tab.waitForTimeout(300);
    expect(suggestScripts()).toEqual([]);
    await typeInHeader(tab, "授權書");
    await w.stop();
    expect(suggestScripts()).toHaveLength(1);
    expect(w.problems).toEqual([]);
    expect(w.foreign).toEqual([]);
    await tab.close();
  });

  it("suggests the tools as well as the chapters, with their kind, in zh-TW", async () => {
    const tab = await site.context.newPage();
    await tab.goto(`${site.url}/zh-tw/`);
    await typeInHeader(tab, "授權書");
    const texts = await optionTexts(tab);
    expect(texts.length).toBeGreaterThan(0);
    expect(texts.length).toBeLessThanOrEqual(6);
    expect(texts.some((text) => text.includes("授權書") && text.includes("表單"))).toBe(true);
    expect(await tab.getAttribute("#site-search", "aria-expanded")).toBe("true");
    await tab.close();
  });

  it("suggests calculators for “calculator” in English", async () => {
    const tab = await site.context.newPage();
    await tab.goto(`${site.url}/en/spp/`);
    await typeInHeader(tab, "calculator");
    const texts = await optionTexts(tab);
    expect(texts.some((text) => text.includes("Calculator"))).toBe(true);
    await tab.close();
  });

  it("walks the suggestions with the arrow keys and opens the chosen one with Enter", async () => {
    const tab = await site.context.newPage();
    await tab.goto(`${site.url}/en/`);
    await typeInHeader(tab, "authorization letter");
    const count = await tab.locator(OPTIONS).count();
    await tab.keyboard.press("ArrowDown");
    await tab.keyboard.press("ArrowDown");
    const second = tab.locator(OPTIONS).nth(1);
    expect(await second.getAttribute("aria-selected")).toBe("true");
    expect(await tab.getAttribute("#site-search", "aria-activedescendant")).toBe(await second.getAttribute("id"));
    // Up from the first suggestion is the box itself, then the last suggestion.
    await tab.keyboard.press("ArrowUp");
    await tab.keyboard.press("ArrowUp");
    expect(await tab.getAttribute("#site-search", "aria-activedescendant")).toBeNull();
    await tab.keyboard.press("ArrowUp");
    expect(await tab.locator(OPTIONS).nth(count - 1).getAttribute("aria-selected")).toBe("true");
    await tab.keyboard.press("ArrowDown");
    await tab.keyboard.press("ArrowDown");
    const first = tab.locator(OPTIONS).first();
    const title = (await first.locator("span").first().innerText()).trim();
    await tab.keyboard.press("Enter");
    await tab.waitForURL((url) => !url.pathname.endsWith("/en/"));
    expect(new URL(tab.url()).pathname).not.toContain("/search/");
    expect(await tab.title()).toContain(title);
    await tab.close();
  });

  it("closes on Escape, and Enter with nothing chosen still goes to the search page", async () => {
    const tab = await site.context.newPage();
    await tab.goto(`${site.url}/zh-tw/`);
    await typeInHeader(tab, "點數");
    await tab.keyboard.press("Escape");
    expect(await tab.isHidden(LIST)).toBe(true);
    expect(await tab.inputValue("#site-search")).toBe("點數");
    expect(await tab.getAttribute("#site-search", "aria-expanded")).toBe("false");
    await tab.keyboard.press("Enter");
    await tab.waitForURL(/\/zh-tw\/search\/\?q=/);
    expect(decodeURIComponent(new URL(tab.url()).search)).toBe("?q=點數");
    await tab.close();
  });

  it("opens a suggestion with a click, and hides the list for a query that finds nothing", async () => {
    const tab = await site.context.newPage();
    await tab.goto(`${site.url}/zh-tw/`);
    await typeInHeader(tab, "驗收");
    const first = tab.locator(OPTIONS).first();
    const title = (await first.locator("span").first().innerText()).trim();
    await first.click();
    await tab.waitForURL((url) => url.pathname !== "/zh-tw/");
    expect(await tab.title()).toContain(title);
    await typeInHeader(tab, "財力");
    await tab.fill("#site-search", "qqqzzzxxx");
    await tab.waitForSelector(LIST, { state: "hidden" });
    expect(await tab.getAttribute("#site-search", "aria-expanded")).toBe("false");
    await tab.close();
  });
});
