import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { searchPages, type Shards } from "../../src/scripts/search-core";
import type { SearchMeta } from "../../src/search/index-format";
import ranking from "../data/search-ranking.json";
import { DIST } from "../support/site";

/**
 * Ranking over the built site's index (the one the search page loads): for each query in
 * test/data/search-ranking.json, the page a reader wants is among the first three, and the mean
 * reciprocal rank is at least 0.9. Node reads the same files the browser fetches and runs the
 * same search function; test/e2e/search.test.ts covers the page that shows the results.
 */
function loadIndex(lang: string): { meta: SearchMeta; shards: Shards } {
  const dir = join(DIST, "_search", lang);
  const meta = JSON.parse(readFileSync(join(dir, "meta.json"), "utf8")) as SearchMeta;
  const shards = new Map(meta.shards.map((name, n) => [n, JSON.parse(readFileSync(join(dir, name), "utf8")) as Record<string, number[]>]));
  return { meta, shards };
}

describe.each([
  ["zh-tw", ranking["zh-tw"]],
  ["en", ranking.en],
] as const)("search ranking in %s", (lang, queries) => {
  const { meta, shards } = loadIndex(lang);
  const ranks = queries.map(([query, want]) => {
    const urls = searchPages(meta, shards, query!).hits.map((p) => p.url);
    return { query: query!, want: `/${lang}${want}`, rank: urls.indexOf(`/${lang}${want}`) + 1, top: urls.slice(0, 3) };
  });

  it("has at least 30 queries, each naming a page of the index", () => {
    expect(queries.length).toBeGreaterThanOrEqual(30);
    const known = new Set(meta.pages.map((p) => p.url));
    expect(ranks.filter((r) => !known.has(r.want)).map((r) => r.want)).toEqual([]);
  });

  it("puts the wanted page in the top 3 for every query, with a mean reciprocal rank ≥ 0.9", () => {
    const mrr = ranks.reduce((sum, r) => sum + (r.rank ? 1 / r.rank : 0), 0) / ranks.length;
    if (process.env.RANK_DEBUG) console.log(ranks.filter((r) => r.rank !== 1).map((r) => `${r.query} → ${r.rank}: ${r.top.join(" ")}`).join("\n"));
    console.log(`RANKING ${JSON.stringify({ lang, queries: ranks.length, top3: ranks.filter((r) => r.rank >= 1 && r.rank <= 3).length, mrr: Number(mrr.toFixed(3)) })}`);
    expect(ranks.filter((r) => r.rank < 1 || r.rank > 3).map((r) => `${r.query}: ${r.want} at ${r.rank || "none"}; top ${r.top.join(" ")}`)).toEqual([]);
    expect(mrr).toBeGreaterThanOrEqual(0.9);
  });

  it("puts the TCloud points rules above “About this site” for 點數 / points", () => {
    const urls = searchPages(meta, shards, lang === "en" ? "points" : "點數").hits.map((p) => p.url);
    expect(urls.indexOf(`/${lang}/tcloud/vendor-duties/`)).toBeGreaterThanOrEqual(0);
    expect(urls.indexOf(`/${lang}/tcloud/vendor-duties/`)).toBeLessThan(urls.indexOf(`/${lang}/about/`) >>> 0);
  });
});
