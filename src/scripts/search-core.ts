/**
 * Search over the site's own index (src/integrations/search-index.ts): which pages hold the
 * query, and in which order. Pure, so that it is tested without a browser.
 *
 * A page is a result exactly when its text holds the query as typed (or a synonym of it, from
 * src/search/synonyms.json); only when no page does, the pages that hold every word of it.
 */
import type { Kind, SearchMeta, SearchPage } from "../search/index-format";
import synonyms from "../search/synonyms.json";
import { isPrefixToken, normalize, shardOf, tokenize } from "../search/tokens";

/** Query terms: whitespace-separated, quotes allowed around a phrase with spaces. */
export function queryTerms(query: string): string[] {
  const terms: string[] = [];
  for (const match of normalize(query).matchAll(/"([^"]+)"|(\S+)/g)) {
    const term = (match[1] ?? match[2] ?? "").trim();
    if (term) terms.push(term);
  }
  return terms;
}

/** The query as one phrase, quotes removed ("joint supply contract"). */
export function phraseOf(query: string): string {
  return normalize(query.replace(/"/g, " "));
}

/** The phrase and what the synonym list counts as the same: 補助上限 also finds 每案上限, 獎金 also 獎勵金. */
export function variants(phrase: string): string[] {
  const base = normalize(phrase);
  const out = new Set([base]);
  const swap = (from: string, to: readonly string[]) => {
    const f = normalize(from);
    if (base.includes(f)) for (const t of to) out.add(base.replaceAll(f, normalize(t)));
  };
  for (const group of synonyms.equivalent) for (const word of group) swap(word, group);
  for (const [from, to] of Object.entries(synonyms.narrower)) swap(from, to);
  return [...out];
}

/** A loaded shard: token → flat [page, count, first position, gaps…, page, …]. */
type Shard = Readonly<Record<string, readonly number[]>>;
export type Shards = ReadonlyMap<number, Shard>;

/** The shards a search for these phrases reads. */
export function shardsFor(phrases: readonly string[], count: number): number[] {
  return [...new Set(phrases.flatMap((p) => tokenize(p).map((t) => shardOf(t.text, count))))].sort((a, b) => a - b);
}

/**
 * An English plural as the prefix of its singular, so that "tiers" finds "tier" and "subsidies"
 * "subsidy" (a prefix already finds the plural). Short words keep their s: "this", "plus".
 */
export function singularPrefix(word: string): string {
  if (/^[a-z]{3,}ies$/.test(word)) return word.slice(0, -3);
  if (/^[a-z]{3,}[^s]s$/.test(word)) return word.slice(0, -1);
  return word;
}

function positions(shards: Shards, count: number, token: string): Map<number, Set<number>> {
  const shard = shards.get(shardOf(token, count)) ?? {};
  const prefix = singularPrefix(token);
  const keys = isPrefixToken(token) ? Object.keys(shard).filter((k) => k.startsWith(prefix)) : token in shard ? [token] : [];
  const out = new Map<number, Set<number>>();
  for (const key of keys) {
    const flat = shard[key]!;
    let i = 0;
    while (i < flat.length) {
      const page = flat[i]!;
      const n = flat[i + 1]!;
      i += 2;
      const set = out.get(page) ?? new Set<number>();
      out.set(page, set);
      let pos = 0;
      for (let k = 0; k < n; k += 1) {
        pos += flat[i]!;
        i += 1;
        set.add(pos);
      }
    }
  }
  return out;
}

/** How often each page holds the phrase: its tokens at the distances they have in the phrase. */
export function phraseCounts(shards: Shards, count: number, phrase: string): Map<number, number> {
  const tokens = tokenize(phrase);
  const out = new Map<number, number>();
  const first = tokens[0];
  if (!first) return out;
  const lists = tokens.map((t) => ({ at: t.pos - first.pos, pages: positions(shards, count, t.text) }));
  for (const [page, starts] of lists[0]!.pages) {
    let n = 0;
    for (const p of starts) if (lists.every((l) => l.pages.get(page)?.has(p + l.at))) n += 1;
    if (n > 0) out.set(page, n);
  }
  return out;
}

function anyCounts(shards: Shards, count: number, phrase: string): Map<number, number> {
  const out = new Map<number, number>();
  for (const v of variants(phrase)) for (const [page, n] of phraseCounts(shards, count, v)) out.set(page, (out.get(page) ?? 0) + n);
  return out;
}

/**
 * Words that ask for a kind of page. A query that is one of the nouns lists every page of that
 * kind ("calculator" finds the calculators, whose pages need not say the word); any of the
 * words moves pages of that kind up.
 */
const kindWords: Readonly<Record<Kind, { nouns: readonly string[]; words: readonly string[] }>> = {
  handbook: { nouns: ["手冊", "handbook"], words: ["規定", "說明", "rules", "guide"] },
  calculator: { nouns: ["試算", "計算機", "calculator", "calculators"], words: ["試算", "計算", "calculator", "calculate", "compute"] },
  form: {
    nouns: ["表單", "form", "forms"],
    words: ["授權書", "申請書", "證明", "切結書", "表", "form", "letter", "certificate", "application", "statement"],
  },
  checklist: { nouns: ["清單", "檢核表", "checklist", "checklists"], words: ["清單", "檢核", "備齊", "checklist", "documents"] },
};

export interface Filters {
  kind?: string | undefined;
  program?: string | undefined;
}

function score(page: SearchPage, n: number, phrases: readonly string[], query: string): number {
  const title = normalize(page.title);
  const description = normalize(page.description);
  // Capped, so that a long chapter that repeats a word does not outrank the tool named after it.
  let s = Math.min(Math.log2(1 + n), 3);
  if (phrases.some((p) => title.includes(p))) s += 4;
  // The more of the title the query is, the more the page is about it: "review score" in "Weighted proposal review score".
  s += 2 * Math.max(0, ...phrases.filter((p) => title.includes(p)).map((p) => p.length / title.length));
  if (phrases.some((p) => description.includes(p))) s += 1.5;
  if (kindWords[page.kind].words.some((w) => query.includes(w))) s += 4;
  return s;
}

/** The pages for a query, best first, and whether they hold it as one phrase. */
export function searchPages(meta: SearchMeta, shards: Shards, query: string, filters: Filters = {}): { hits: SearchPage[]; exact: boolean } {
  const count = meta.shards.length;
  const allowed = (i: number) => {
    const page = meta.pages[i];
    return page !== undefined && (!filters.kind || page.kind === filters.kind) && (!filters.program || page.program === filters.program);
  };
  const phrase = phraseOf(query);
  let counts = anyCounts(shards, count, phrase);
  for (const [kind, { nouns }] of Object.entries(kindWords)) {
    if (!nouns.includes(phrase)) continue;
    meta.pages.forEach((p, i) => {
      if (p.kind === kind && !counts.has(i)) counts.set(i, 0);
    });
  }
  let exact = [...counts.keys()].some(allowed);
  // 採購貢獻獎試算: no page says it, but the calculator of 採購貢獻獎 is what is meant; the kind word still ranks it.
  const bare = Object.values(kindWords)
    .flatMap((k) => k.words)
    .reduce((q, w) => (q.length > w.length && q.includes(w) ? q.replace(w, "").trim() : q), phrase);
  if (!exact && bare !== phrase) counts = anyCounts(shards, count, bare);
  if (!exact && ![...counts.keys()].some(allowed)) {
    const perTerm = queryTerms(query).map((t) => anyCounts(shards, count, t));
    const [first, ...rest] = perTerm;
    counts = new Map([...(first ?? new Map<number, number>())].filter(([page]) => rest.every((m) => m.has(page))));
    for (const [page, n] of counts) counts.set(page, rest.reduce((sum, m) => sum + (m.get(page) ?? 0), n));
  }
  const phrases = [...variants(phrase), ...variants(bare), ...queryTerms(query)];
  const ranked = [...counts]
    .filter(([i]) => allowed(i))
    .map(([i, n]) => ({ i, s: score(meta.pages[i]!, n, phrases, phrase) }))
    .sort((a, b) => b.s - a.s || a.i - b.i);
  exact = exact && ranked.length > 0;
  return { hits: ranked.map((r) => meta.pages[r.i]!), exact };
}

/**
 * A short excerpt around the first of the phrases the text holds, cut from the text's own
 * characters, so that its full-width punctuation stays as the page has it.
 */
export function excerptAround(text: string, phrases: readonly string[], radius = 60): { before: string; match: string; after: string } | null {
  // The folded text, and for each of its characters the original character it came from.
  let folded = "";
  const from: number[] = [];
  let space = false;
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i)!;
    const ch = String.fromCodePoint(cp);
    const f = /\s/.test(ch) ? " " : ch.normalize("NFKC").toLowerCase();
    if (f === " " && space) {
      i += ch.length;
      continue;
    }
    space = f === " ";
    for (let k = 0; k < f.length; k += 1) from.push(i);
    folded += f;
    i += ch.length;
  }
  from.push(text.length);
  for (const phrase of phrases) {
    const at = phrase ? folded.indexOf(phrase) : -1;
    if (at < 0) continue;
    const start = from[at]!;
    const end = from[at + phrase.length]!;
    const cut = (a: number, b: number) => text.slice(a, b).replace(/\s+/g, " ");
    const s = Math.max(0, start - radius);
    const e = Math.min(text.length, end + radius);
    return {
      before: (s > 0 ? "…" : "") + cut(s, start),
      match: cut(start, end),
      after: cut(end, e) + (e < text.length ? "…" : ""),
    };
  }
  return null;
}
