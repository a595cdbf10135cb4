import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { allAnchorHrefs } from "../../src/rules/anchors";
import { builtHtml, hrefsIn, idsIn } from "../support/html";
import { builtPages, DIST } from "../support/site";

const pages = builtPages();

function targetExists(path: string): boolean {
  const file = join(DIST, path, path.endsWith("/") ? "index.html" : "");
  return existsSync(file);
}

describe("built site: links and anchors", () => {
  it("builds the same handbook pages in both languages", () => {
    const zh = pages.filter((p) => p.startsWith("/zh-tw/")).map((p) => p.slice("/zh-tw".length));
    const en = pages.filter((p) => p.startsWith("/en/")).map((p) => p.slice("/en".length));
    expect(en).toEqual(zh);
  });

  it("has at least 30 pages in each language", () => {
    expect(pages.filter((p) => p.startsWith("/en/")).length).toBeGreaterThanOrEqual(30);
    expect(pages.filter((p) => p.startsWith("/zh-tw/")).length).toBeGreaterThanOrEqual(30);
  });

  it("gives the same element ids to a page in both languages", () => {
    const differences: string[] = [];
    for (const page of pages.filter((p) => p.startsWith("/zh-tw/") && !p.includes("/search/"))) {
      const zh = idsIn(builtHtml(page));
      const en = idsIn(builtHtml(page.replace(/^\/zh-tw\//, "/en/")));
      const onlyZh = [...zh].filter((id) => !en.has(id));
      const onlyEn = [...en].filter((id) => !zh.has(id));
      if (onlyZh.length || onlyEn.length) differences.push(`${page}: zh only [${onlyZh}] en only [${onlyEn}]`);
    }
    expect(differences).toEqual([]);
  });

  it("resolves every internal link and fragment on every page", () => {
    const broken: string[] = [];
    for (const page of pages) {
      const html = builtHtml(page);
      for (const href of hrefsIn(html)) {
        if (/^(https?:|mailto:|tel:)/.test(href)) continue;
        const url = new URL(href, `http://site${page}`);
        const path = url.pathname;
        if (!targetExists(path)) {
          broken.push(`${page} → ${href} (no page)`);
          continue;
        }
        const fragment = decodeURIComponent(url.hash.slice(1));
        if (fragment && path.endsWith("/") && !idsIn(builtHtml(path)).has(fragment)) {
          broken.push(`${page} → ${href} (no #${fragment})`);
        }
      }
    }
    expect(broken).toEqual([]);
  });

  it.each(["zh-tw", "en"])("has every anchor that src/rules cites, in %s", (lang) => {
    const missing = allAnchorHrefs().filter((href) => {
      const [path, id] = href.split("#") as [string, string];
      const full = `/${lang}${path}`;
      return !targetExists(full) || !idsIn(builtHtml(full)).has(id);
    });
    expect(missing).toEqual([]);
  });
});
