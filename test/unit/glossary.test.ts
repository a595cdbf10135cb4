/**
 * Issue 15, "glossary and pages": a definition that neither a source document nor the outside facts
 * (domain-facts.md) support must say it is the site's own explanation, and the two languages must
 * keep the same terms, the same marking and the same citations row by row. A marker dropped from
 * one language, or a row that cites nothing and is not marked, fails here.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";

const root = resolve(import.meta.dirname, "../..");

const glossaries = {
  "zh-TW": { file: "content/zh-tw/glossary.md", marker: "（本站說明）", lang: "/zh-tw/" },
  en: { file: "content/en/glossary.md", marker: "(site's explanation)", lang: "/en/" },
} as const;
type Lang = keyof typeof glossaries;

interface Row {
  zh: string;
  en: string;
  definition: string;
  where: string;
}

function parse(lang: Lang) {
  const text = readFileSync(resolve(root, glossaries[lang].file), "utf8");
  const [, frontmatter = "", body = ""] = text.match(/^---\n([\s\S]*?)\n---\n([\s\S]*)$/) ?? [];
  const lines = body.split("\n");
  const start = lines.findIndex((l) => /^\|(\s*-+\s*\|)+$/.test(l));
  const rows: Row[] = [];
  for (const line of lines.slice(start + 1)) {
    if (!line.startsWith("|")) break;
    const cells = line.slice(1, -1).split(" | ").map((c) => c.trim());
    expect(cells, line).toHaveLength(4);
    const [zh = "", en = "", definition = "", where = ""] = cells;
    rows.push({ zh, en, definition, where });
  }
  const intro = lines.slice(0, start).join("\n");
  return { frontmatter, intro, rows };
}

const zh = parse("zh-TW");
const en = parse("en");

const count = (s: string, part: string) => s.split(part).length - 1;
const markers = (lang: Lang, rows: Row[]) => rows.map((r) => count(r.definition, glossaries[lang].marker));

/** The link texts of a "where it is used" cell. */
const linkTexts = (where: string) => [...where.matchAll(/\[([^\]]+)\]\(/g)].map((m) => m[1] ?? "");
/** The targets of those links, with the language prefix taken off so both languages compare. */
const targets = (lang: Lang, where: string) =>
  [...where.matchAll(/\]\(([^)]+)\)/g)].map((m) => (m[1] ?? "").replace(glossaries[lang].lang, "/"));

/**
 * A link text cites a clause when a bracket in it names one (參、二(一)1(2), §八(六), 第五節 一(三),
 * 表5-4, 附表1, 前言, 壹…), or it points at the outside facts.
 */
const CLAUSE = /[（(][^（(]*?(?:[壹貳參肆伍一二三四五六七八九十]|§|表\s?\d|附表|附件|前言)/;
const OUTSIDE = /外部事實|Outside facts/;
const cites = (where: string) => linkTexts(where).some((t) => CLAUSE.test(t) || OUTSIDE.test(t));

describe("glossary rows in both languages", () => {
  it("has the number of rows its description gives, the same in both languages", () => {
    expect(zh.rows.length).toBe(en.rows.length);
    expect(zh.frontmatter).toMatch(new RegExp(`共${zh.rows.length}則`));
    expect(en.frontmatter).toMatch(new RegExp(`glossary of ${en.rows.length} terms`));
  });

  it("keeps the Chinese term column identical row by row", () => {
    expect(en.rows.map((r) => r.zh)).toEqual(zh.rows.map((r) => r.zh));
  });

  it("links the same pages and anchors in the same row in both languages", () => {
    zh.rows.forEach((row, i) => {
      expect(targets("en", en.rows[i]?.where ?? ""), row.zh).toEqual(targets("zh-TW", row.where));
    });
  });

  it("gives every row one English name, the same in both languages", () => {
    for (const row of en.rows) expect(row.en, row.zh).toMatch(/[A-Za-z]/);
    expect(zh.rows.map((r) => r.en)).toEqual(en.rows.map((r) => r.en));
  });
});

describe("the site's own explanations are marked", () => {
  it("defines the marker once in each language's intro", () => {
    expect(count(zh.intro, glossaries["zh-TW"].marker)).toBe(1);
    expect(count(en.intro, glossaries.en.marker)).toBe(1);
  });

  it("marks the same rows, the same number of times, in both languages", () => {
    const zhMarks = markers("zh-TW", zh.rows);
    expect(markers("en", en.rows)).toEqual(zhMarks);
    // Some definitions are the site's own; a glossary with none marked has lost its markers.
    expect(zhMarks.some((n) => n > 0)).toBe(true);
  });

  it("ends a sentence with the marker, never starts one with it", () => {
    for (const row of zh.rows) expect(row.definition, row.zh).not.toMatch(/(?:^|。)（本站說明）/);
    for (const row of en.rows) expect(row.definition, row.zh).not.toMatch(/(?:^|\. )\(site's explanation\)/);
  });

  it("cites a source clause or the outside facts in every row, or marks the row as the site's", () => {
    for (const [lang, { rows }] of [["zh-TW", zh], ["en", en]] as const) {
      rows.forEach((row, i) => {
        const marked = (markers(lang, rows)[i] ?? 0) > 0;
        expect(cites(row.where) || marked, `${lang} ${row.zh}: ${row.where}`).toBe(true);
      });
    }
  });

  it("takes a bracket without a clause for no citation", () => {
    expect(cites("[計畫比較：新創的定義](/zh-tw/compare/#startup-definitions)")).toBe(false);
    expect(cites("[TOPS check 2](/en/tops/supplier-eligibility/#x)")).toBe(false);
    expect(cites("[TOPS check 2 (參、二(一)1(5)A)](/en/tops/supplier-eligibility/#x)")).toBe(true);
    expect(cites("[Outside facts](/en/about/#domain-facts)")).toBe(true);
  });
});
