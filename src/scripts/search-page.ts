import { fill } from "../i18n/fill";
import { BASE, withBase } from "../lib/url";
import type { SearchMeta, SearchPage } from "../search/index-format";
import { excerptAround, phraseOf, queryTerms, searchPages, shardsFor, variants } from "./search-core";

interface PagefindData {
  content: string;
}
interface Pagefind {
  options(opts: Record<string, unknown>): Promise<void>;
  search(term: string | null, opts?: Record<string, unknown>): Promise<{ results: { data(): Promise<PagefindData> }[] }>;
}

/** Results shown with an excerpt from Pagefind; the others show their description, so a query loads a few fragments, not all. */
const EXCERPTS = 5;

const root = document.querySelector<HTMLElement>("[data-search-results]");
const status = document.querySelector<HTMLElement>("[data-search-status]");
const form = document.querySelector<HTMLFormElement>(".search-page-form");
const lang = document.documentElement.lang.toLowerCase();

async function json<T>(path: string): Promise<T> {
  const response = await fetch(withBase(path));
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return (await response.json()) as T;
}

let pagefind: Promise<Pagefind> | undefined;
function loadPagefind(): Promise<Pagefind> {
  pagefind ??= (async () => {
    // Built by `pagefind --site dist` after astro build; not part of the Vite graph.
    const pf = (await import(/* @vite-ignore */ withBase("/pagefind/pagefind.js"))) as Pagefind;
    await pf.options({ baseUrl: BASE });
    return pf;
  })();
  return pagefind;
}

/** Pagefind's text of one page, found by the page filter each page carries (src/components/search/SearchKeys.astro). */
async function pageText(url: string): Promise<string | undefined> {
  const pf = await loadPagefind();
  const { results } = await pf.search(null, { filters: { page: url } });
  return (await results[0]?.data())?.content;
}

function render(page: SearchPage, labels: DOMStringMap): HTMLLIElement {
  const li = document.createElement("li");
  const link = document.createElement("a");
  link.href = withBase(page.url);
  link.textContent = page.title;
  const heading = document.createElement("h2");
  heading.append(link);
  const kind = document.createElement("p");
  kind.className = "search-kind";
  // The page's labels sit on the list as data-kind-form="表單", data-program-spp="…" (dataset: kindForm, programSpp).
  const label = (prefix: string, value: string) => labels[prefix + value[0]!.toUpperCase() + value.slice(1)];
  kind.textContent = [label("kind", page.kind), page.program && label("program", page.program)].filter(Boolean).join(" · ");
  const excerpt = document.createElement("p");
  excerpt.textContent = page.description;
  li.append(heading, kind, excerpt);
  return li;
}

async function showExcerpt(li: HTMLLIElement, page: SearchPage, phrases: readonly string[]): Promise<void> {
  const text = await pageText(page.url);
  const found = text ? excerptAround(text, phrases) : null;
  if (!found) return;
  const mark = document.createElement("mark");
  mark.textContent = found.match;
  li.lastElementChild?.replaceChildren(found.before, mark, found.after);
}

let meta: Promise<SearchMeta> | undefined;
const shardCache = new Map<number, Promise<Record<string, number[]>>>();

/** The shards a query needs, each fetched once per visit. */
async function shardsOf(index: SearchMeta, wanted: readonly number[]): Promise<Map<number, Record<string, number[]>>> {
  for (const n of wanted) if (!shardCache.has(n)) shardCache.set(n, json(`/_search/${lang}/${index.shards[n]}`));
  const loaded = await Promise.all(wanted.map((n) => shardCache.get(n)!));
  return new Map(wanted.map((n, i) => [n, loaded[i]!]));
}

async function run(): Promise<void> {
  if (!root || !status || !form) return;
  delete root.dataset.state;
  const params = new URLSearchParams(location.search);
  const query = params.get("q") ?? "";
  const filters = { kind: params.get("kind") ?? undefined, program: params.get("program") ?? undefined };
  for (const name of ["q", "kind", "program"]) {
    const control = form.elements.namedItem(name);
    if (control instanceof HTMLInputElement || control instanceof RadioNodeList) control.value = params.get(name) ?? "";
  }
  if (queryTerms(query).length === 0) {
    root.replaceChildren();
    status.textContent = status.dataset.empty ?? "";
    return;
  }
  status.textContent = status.dataset.loading ?? "";
  try {
    meta ??= json<SearchMeta>(`/_search/${lang}/meta.json`);
    const index = await meta;
    const phrases = [...variants(phraseOf(query)), ...queryTerms(query).flatMap(variants)];
    const shards = await shardsOf(index, shardsFor(phrases, index.shards.length));
    const { hits, exact } = searchPages(index, shards, query, filters);
    const items = hits.map((page) => render(page, root.dataset));
    root.replaceChildren(...items);
    const template = hits.length === 0 ? status.dataset.none : exact ? status.dataset.count : status.dataset.words;
    status.textContent = fill(template ?? "", { n: hits.length, q: query });
    // An excerpt that cannot load leaves the description in place; the results stand.
    await Promise.allSettled(hits.slice(0, EXCERPTS).map((page, i) => showExcerpt(items[i]!, page, phrases)));
    root.dataset.state = "done";
  } catch {
    // Nothing that failed stays cached: the next query fetches it again.
    meta = undefined;
    shardCache.clear();
    status.textContent = status.dataset.failed ?? "";
    root.dataset.state = "failed";
  }
}

// A further query in the same visit stays on the page, so Pagefind, the page list and the shards already loaded are reused.
form?.addEventListener("submit", (event) => {
  event.preventDefault();
  const params = new URLSearchParams();
  for (const [name, value] of new FormData(form)) if (typeof value === "string" && value) params.set(name, value);
  history.pushState(null, "", `?${params}`);
  void run();
});
window.addEventListener("popstate", () => void run());
void run();
