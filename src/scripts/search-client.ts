/**
 * The site index as the browser reads it, for the search page and the header's suggestions: the
 * page list and each shard fetched once per visit, and nothing kept that failed to load.
 */
import { withBase } from "../lib/url";
import type { SearchMeta, SearchPage } from "../search/index-format";
import { phraseOf, queryTerms, searchPages, shardsFor, variants } from "./search-core";

const lang = document.documentElement.lang.toLowerCase();

async function json<T>(path: string): Promise<T> {
  const response = await fetch(withBase(path));
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return (await response.json()) as T;
}

let meta: Promise<SearchMeta> | undefined;
const shardCache = new Map<number, Promise<Record<string, number[]>>>();

async function shardsOf(index: SearchMeta, wanted: readonly number[]): Promise<Map<number, Record<string, number[]>>> {
  for (const n of wanted) if (!shardCache.has(n)) shardCache.set(n, json(`/_search/${lang}/${index.shards[n]}`));
  const loaded = await Promise.all(wanted.map((n) => shardCache.get(n)!));
  return new Map(wanted.map((n, i) => [n, loaded[i]!]));
}

/** The pages holding the query, best first, and the phrases an excerpt may mark. Throws when the index cannot load. */
export async function findPages(query: string, filters: Parameters<typeof searchPages>[3] = {}) {
  try {
    meta ??= json<SearchMeta>(`/_search/${lang}/meta.json`);
    const index = await meta;
    const phrases = [...variants(phraseOf(query)), ...queryTerms(query).flatMap(variants)];
    const shards = await shardsOf(index, shardsFor(phrases, index.shards.length));
    return { ...searchPages(index, shards, query, filters), phrases };
  } catch (error) {
    // The next query fetches it all again.
    meta = undefined;
    shardCache.clear();
    throw error;
  }
}

/**
 * "表單 · 新創採購補助": the page's kind and program in the words the element's data attributes hold
 * (data-kind-form="表單", data-program-spp="…"; dataset keys kindForm, programSpp).
 */
export function kindLine(page: SearchPage, labels: DOMStringMap): string {
  const label = (prefix: string, value: string) => labels[prefix + value[0]!.toUpperCase() + value.slice(1)];
  return [label("kind", page.kind), page.program && label("program", page.program)].filter(Boolean).join(" · ");
}
