/**
 * Exact-phrase filtering over Pagefind results. Pagefind's Chinese segmentation
 * differs between indexing and querying (its issue #1237), so for 方案 it also
 * returns pages that only contain 方; and it misses pages whose segmentation
 * split a term. We therefore let Pagefind rank, but decide membership ourselves:
 * a page is a result exactly when its text contains the query as typed; only
 * when no page does, pages that contain every word of it.
 */

/** NFKC folds full-width letters and digits; case and runs of spaces do not matter. */
export function normalize(text: string): string {
  return text.normalize("NFKC").toLowerCase().replace(/\s+/g, " ").trim();
}

/** Query terms: whitespace-separated, quotes allowed around a phrase with spaces. */
export function queryTerms(query: string): string[] {
  const terms: string[] = [];
  const re = /"([^"]+)"|(\S+)/g;
  for (const match of normalize(query).matchAll(re)) {
    const term = (match[1] ?? match[2] ?? "").trim();
    if (term) terms.push(term);
  }
  return terms;
}

export function matchesAll(text: string, terms: string[]): boolean {
  const haystack = normalize(text);
  return terms.length > 0 && terms.every((term) => haystack.includes(term));
}

/** The query as one phrase, quotes removed ("joint supply contract"). */
export function phraseOf(query: string): string {
  return normalize(query.replace(/"/g, " "));
}

/** Pages containing the exact phrase; failing that, those containing every term. */
export function selectMatches<T>(pages: T[], textOf: (page: T) => string, query: string): { hits: T[]; exact: boolean } {
  const phrase = phraseOf(query);
  const exact = phrase ? pages.filter((p) => normalize(textOf(p)).includes(phrase)) : [];
  if (exact.length > 0) return { hits: exact, exact: true };
  const terms = queryTerms(query);
  return { hits: pages.filter((p) => matchesAll(textOf(p), terms)), exact: false };
}

/** A short excerpt around the first occurrence of the first term. */
export function excerptAround(text: string, term: string, radius = 60): { before: string; match: string; after: string } | null {
  const plain = text.normalize("NFKC").replace(/\s+/g, " ");
  const index = plain.toLowerCase().indexOf(term);
  if (index < 0) return null;
  const start = Math.max(0, index - radius);
  const end = Math.min(plain.length, index + term.length + radius);
  return {
    before: (start > 0 ? "…" : "") + plain.slice(start, index),
    match: plain.slice(index, index + term.length),
    after: plain.slice(index + term.length, end) + (end < plain.length ? "…" : ""),
  };
}
