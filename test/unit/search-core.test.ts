import { describe, expect, it } from "vitest";
import { shardsOf } from "../../src/search/build-index";
import type { SearchMeta, SearchPage } from "../../src/search/index-format";
import synonyms from "../../src/search/synonyms.json";
import { normalize, tokenize } from "../../src/search/tokens";
import { excerptAround, queryTerms, searchPages, singularPrefix, variants } from "../../src/scripts/search-core";

const page = (url: string, title: string, kind: SearchPage["kind"] = "handbook", program?: SearchPage["program"]): SearchPage => ({
  url,
  title,
  description: "",
  kind,
  ...(program ? { program } : {}),
});
const texts = [
  "雲端解決方案的審查",
  "供應方登錄：每一方都要填寫",
  "Joint supply contract items and point redemption rules",
  "The contract says supply is joint; redemption of each point",
  "每案上限為新臺幣 100 萬元；獎勵金另計。",
  "供應方登錄授權書者，應用印。",
  "新創採購補助",
];
const meta: SearchMeta = {
  shards: Array.from({ length: 8 }, (_, i) => `s${i}.json`),
  pages: [
    page("/a/", "A"),
    page("/b/", "B"),
    page("/c/", "C"),
    page("/d/", "D"),
    page("/e/", "E", "handbook", "spp"),
    page("/f/", "供應方登錄授權書", "form", "tops"),
    page("/g/", "G", "calculator", "spp"),
  ],
};
// Every shard loaded: the tests check what the index answers, the page loads only the shards a query needs.
const shards = new Map(shardsOf(texts, 8).map((s, i) => [i, s]));
const urls = (q: string, filters = {}) => searchPages(meta, shards, q, filters).hits.map((p) => p.url);

describe("search index tokens", () => {
  it("cuts CJK into bigrams with the run's last character alone, words whole, and leaves a gap at punctuation", () => {
    expect(tokenize("授權書，ab 12")).toEqual([
      { text: "授權", pos: 0 },
      { text: "權書", pos: 1 },
      { text: "書", pos: 2 },
      { text: "ab", pos: 4 },
      { text: "12", pos: 5 },
    ]);
  });

  it("folds full-width letters, case and spaces", () => {
    expect(normalize("  ＪＯＩＮＴ\n Supply ")).toBe("joint supply");
    expect(queryTerms('"point redemption" rules')).toEqual(["point redemption", "rules"]);
  });
});

describe("search: exact phrase from token positions", () => {
  it("does not answer 方案 with a page whose only match is 方", () => {
    expect(urls("方案")).toEqual(["/a/"]);
    expect(urls("雲端解決方案")).toEqual(["/a/"]);
    expect(urls("案的")).toEqual(["/a/"]);
  });

  it("finds a phrase that ends inside a longer run (授權書 in 授權書者) and not across punctuation", () => {
    expect(urls("授權書")).toEqual(["/f/"]);
    expect(urls("登錄每")).toEqual([]);
  });

  it("prefers the exact phrase, and falls back to all words only when no page has it", () => {
    expect(searchPages(meta, shards, "joint supply contract")).toMatchObject({ exact: true });
    expect(urls("joint supply contract")).toEqual(["/c/"]);
    expect(searchPages(meta, shards, "supply joint")).toMatchObject({ exact: false });
    expect(urls("supply joint").sort()).toEqual(["/c/", "/d/"]);
    expect(urls("ＰＯＩＮＴ  ＲＥＤＥＭＰＴＩＯＮ")).toEqual(["/c/"]);
    expect(urls("不存在的詞")).toEqual([]);
  });

  it("finds the singular for an English plural (points → point, redemptions → redemption), and keeps short words' s", () => {
    expect(urls("points").sort()).toEqual(["/c/", "/d/"]);
    expect(urls("redemptions").sort()).toEqual(["/c/", "/d/"]);
    expect(urls("contracts item").sort()).toEqual(["/c/"]);
    expect(singularPrefix("subsidies")).toBe("subsid");
    expect(singularPrefix("tiers")).toBe("tier");
    expect(singularPrefix("this")).toBe("this");
    expect(singularPrefix("plus")).toBe("plus");
    expect(singularPrefix("access")).toBe("access");
    expect(singularPrefix("ties")).toBe("ties");
  });

  it("matches a word's beginning (redempt → redemption) but not its middle", () => {
    expect(urls("redempt").sort()).toEqual(["/c/", "/d/"]);
    expect(urls("demption")).toEqual([]);
  });

  it("filters by kind and program", () => {
    expect(urls("供應方", { kind: "form" })).toEqual(["/f/"]);
    expect(urls("供應方", { kind: "handbook" })).toEqual(["/b/"]);
    expect(urls("供應方", { program: "spp" })).toEqual([]);
    expect(urls("新創", { kind: "calculator", program: "spp" })).toEqual(["/g/"]);
  });

  it("ranks the page whose title holds the query and whose kind the query names first", () => {
    expect(urls("供應方登錄")).toEqual(["/f/", "/b/"]);
  });

  it("lists every page of a kind for the kind's own noun", () => {
    expect(urls("試算")).toEqual(["/g/"]);
    expect(urls("calculator")).toEqual(["/g/"]);
  });
});

describe("synonyms (src/search/synonyms.json)", () => {
  it("finds 每案上限 for 補助上限 and the other way round, 獎勵金 for 獎金 but not 獎金 for 獎勵金", () => {
    expect(urls("補助上限")).toEqual(["/e/"]);
    expect(variants("每案上限")).toContain("補助上限");
    expect(urls("獎金")).toEqual(["/e/"]);
    expect(variants("獎勵金")).toEqual(["獎勵金"]);
  });

  it("spells authorisation both ways, inside a longer query too", () => {
    expect(variants("Authorisation letter")).toEqual(["authorisation letter", "authorization letter"]);
  });

  it("has no phrase that is its own synonym, and only folded phrases", () => {
    for (const group of synonyms.equivalent) {
      expect(new Set(group.map(normalize)).size).toBe(group.length);
      for (const word of group) expect(normalize(word)).toBe(word);
    }
    for (const [from, to] of Object.entries(synonyms.narrower)) {
      expect(to).not.toContain(from);
      expect(normalize(from)).toBe(from);
    }
  });
});

describe("excerpts", () => {
  it("cut around the match from the page's own characters, full-width punctuation kept", () => {
    expect(excerptAround("abc，雲端解決方案：xyz", ["方案"], 3)).toEqual({ before: "…端解決", match: "方案", after: "：xy…" });
    expect(excerptAround("Ｆｕｌｌ width：Point redemption。", ["point redemption"], 2)).toEqual({
      before: "…h：",
      match: "Point redemption",
      after: "。",
    });
    expect(excerptAround("abc", ["zz"])).toBeNull();
  });
});
