/**
 * The units the site's search index is made of, shared by the build (src/integrations/search-index.ts)
 * and the search page, so that a query is cut exactly as the pages were.
 *
 * Chinese has no spaces, and Pagefind's own segmentation of it differs between indexing and
 * querying (its issue #1237), so every CJK character starts a token: its bigram with the next
 * character of the run, or itself alone at the end of a run. Every other run of letters and
 * digits is one word. Tokens carry positions, so a phrase is confirmed from the index alone,
 * without any page's text.
 */

/** NFKC folds full-width letters and digits; case and runs of spaces do not matter. */
export function normalize(text: string): string {
  return text.normalize("NFKC").toLowerCase().replace(/\s+/g, " ").trim();
}

const cjk = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Bopomofo}]/u;
const letter = /[\p{L}\p{N}]/u;

export interface Token {
  text: string;
  pos: number;
}

/** One position per token; anything but a space between two tokens leaves a gap, so a phrase never spans punctuation. */
export function tokenize(text: string): Token[] {
  const chars = [...normalize(text)];
  const out: Token[] = [];
  let pos = 0;
  let gap = false;
  let i = 0;
  while (i < chars.length) {
    const c = chars[i]!;
    if (!letter.test(c)) {
      if (c !== " ") gap = true;
      i += 1;
      continue;
    }
    if (gap) pos += 1;
    gap = false;
    if (cjk.test(c)) {
      const next = chars[i + 1];
      out.push({ text: next !== undefined && cjk.test(next) ? c + next : c, pos: pos++ });
      i += 1;
      continue;
    }
    let j = i;
    while (j < chars.length && letter.test(chars[j]!) && !cjk.test(chars[j]!)) j += 1;
    out.push({ text: chars.slice(i, j).join(""), pos: pos++ });
    i = j;
  }
  return out;
}

/**
 * A query token stands for the index tokens it can be part of: a bigram only itself; a lone
 * character any bigram it starts ("書" in 授權書者); a word any word it starts ("gold" in "golden").
 */
export function isPrefixToken(token: string): boolean {
  const chars = [...token];
  return !(chars.length === 2 && cjk.test(chars[0]!));
}

/** The shard holding every index token that starts with this token's first character. */
export function shardOf(token: string, shards: number): number {
  return (token.codePointAt(0) ?? 0) % shards;
}
