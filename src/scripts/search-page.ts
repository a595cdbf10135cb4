import { fill } from "../i18n/fill";
import { BASE, withBase } from "../lib/url";
import { excerptAround, phraseOf, queryTerms, selectMatches } from "./search-core";

interface PagefindData {
  url: string;
  content: string;
  meta: { title?: string };
}
interface PagefindResult {
  id: string;
  data(): Promise<PagefindData>;
}
interface Pagefind {
  options(opts: Record<string, unknown>): Promise<void>;
  search(term: string | null, opts?: Record<string, unknown>): Promise<{ results: PagefindResult[] }>;
}

const root = document.querySelector<HTMLElement>("[data-search-results]");
const status = document.querySelector<HTMLElement>("[data-search-status]");
const input = document.querySelector<HTMLInputElement>("#search-page-input");

async function loadPagefind(): Promise<Pagefind> {
  // Built by `pagefind --site dist` after astro build; not part of the Vite graph.
  const url = withBase("/pagefind/pagefind.js");
  const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
  // Pagefind finds its index next to pagefind.js; result URLs need the base path added.
  await pagefind.options({ baseUrl: BASE });
  return pagefind;
}

function render(data: PagefindData, highlight: string): HTMLLIElement {
  const li = document.createElement("li");
  const link = document.createElement("a");
  link.href = data.url;
  link.textContent = data.meta.title ?? data.url;
  const heading = document.createElement("h2");
  heading.append(link);
  li.append(heading);
  const excerpt = excerptAround(data.content, highlight);
  if (excerpt) {
    const p = document.createElement("p");
    const mark = document.createElement("mark");
    mark.textContent = excerpt.match;
    p.append(excerpt.before, mark, excerpt.after);
    li.append(p);
  }
  return li;
}

async function main(): Promise<void> {
  if (!root || !status) return;
  const query = new URLSearchParams(location.search).get("q") ?? "";
  if (input) input.value = query;
  const terms = queryTerms(query);
  if (terms.length === 0) {
    status.textContent = status.dataset.empty ?? "";
    return;
  }
  status.textContent = status.dataset.loading ?? "";
  try {
    const pagefind = await loadPagefind();
    const [ranked, all] = await Promise.all([
      pagefind.search(query),
      pagefind.search(null),
    ]);
    // Pagefind's ranking first, then every other page, so a missed segmentation costs rank, not recall.
    const seen = new Set<string>();
    const ordered = [...ranked.results, ...all.results].filter((r) => !seen.has(r.id) && seen.add(r.id));
    const pages = await Promise.all(ordered.map((r) => r.data()));
    const { hits, exact } = selectMatches(pages, (d) => `${d.meta.title ?? ""} ${d.content}`, query);
    const highlight = exact ? phraseOf(query) : (terms[0] ?? "");
    root.replaceChildren(...hits.map((d) => render(d, highlight)));
    const template = hits.length === 0 ? status.dataset.none : exact ? status.dataset.count : status.dataset.words;
    status.textContent = fill(template ?? "", { n: hits.length, q: query });
    root.dataset.state = "done";
  } catch {
    status.textContent = status.dataset.failed ?? "";
    root.dataset.state = "failed";
  }
}

void main();
