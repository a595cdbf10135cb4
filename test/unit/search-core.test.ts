import { describe, expect, it } from "vitest";
import { excerptAround, normalize, queryTerms, selectMatches } from "../../src/scripts/search-core";

const pages = [
  { id: "a", text: "雲端解決方案的審查" },
  { id: "b", text: "供應方登錄：每一方都要填寫" },
  { id: "c", text: "Joint supply contract items and point redemption rules" },
  { id: "d", text: "The contract says supply is joint; redemption of each point" },
];
const ids = (q: string) => selectMatches(pages, (p) => p.text, q);

describe("search layer: exact phrase over Pagefind's candidates", () => {
  it("does not answer 方案 with a page whose only match is 方 (Pagefind's CJK false positive)", () => {
    expect(ids("方案").hits.map((p) => p.id)).toEqual(["a"]);
    expect(ids("雲端解決方案").hits.map((p) => p.id)).toEqual(["a"]);
  });

  it("prefers the exact phrase, and falls back to all words only when no page has it", () => {
    expect(ids("joint supply contract")).toEqual({ hits: [pages[2]], exact: true });
    expect(ids("supply joint")).toMatchObject({ exact: false });
    expect(ids("supply joint").hits.map((p) => p.id)).toEqual(["c", "d"]);
    expect(ids("不存在的詞").hits).toEqual([]);
  });

  it("folds full-width letters, case and spaces", () => {
    expect(normalize("  ＪＯＩＮＴ\n Supply ")).toBe("joint supply");
    expect(ids("ＰＯＩＮＴ  ＲＥＤＥＭＰＴＩＯＮ").hits.map((p) => p.id)).toEqual(["c"]);
    expect(queryTerms('"point redemption" rules')).toEqual(["point redemption", "rules"]);
  });

  it("cuts an excerpt around the match", () => {
    expect(excerptAround("abc 雲端解決方案 xyz", "方案", 3)).toEqual({ before: "…端解決", match: "方案", after: " xy…" });
    expect(excerptAround("abc", "zz")).toBeNull();
  });
});
