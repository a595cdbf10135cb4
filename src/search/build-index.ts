import { shardOf, tokenize } from "./tokens";

/** Shard files: token → flat [page, count, first position, gaps to the next…, page, …]. */
export function shardsOf(texts: readonly string[], count: number): Record<string, number[]>[] {
  const postings = new Map<string, Map<number, number[]>>();
  texts.forEach((text, page) => {
    for (const { text: token, pos } of tokenize(text)) {
      const byPage = postings.get(token) ?? new Map<number, number[]>();
      postings.set(token, byPage);
      const list = byPage.get(page);
      if (list) list.push(pos);
      else byPage.set(page, [pos]);
    }
  });
  const shards: Record<string, number[]>[] = Array.from({ length: count }, () => ({}));
  for (const token of [...postings.keys()].sort()) {
    const flat: number[] = [];
    for (const [page, positions] of postings.get(token)!) {
      flat.push(page, positions.length, ...positions.map((p, i) => p - (positions[i - 1] ?? 0)));
    }
    shards[shardOf(token, count)]![token] = flat;
  }
  return shards;
}
