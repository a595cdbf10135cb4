import { fill } from "../i18n/fill";
import { BASE, withBase } from "../lib/url";
import type { SearchPage } from "../search/index-format";
import { findPages, kindLine } from "./search-client";
import { excerptAround, queryTerms } from "./search-core";

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
  kind.textContent = kindLine(page, labels);
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
    const { hits, exact, phrases } = await findPages(query, filters);
    const items = hits.map((page) => render(page, root.dataset));
    root.replaceChildren(...items);
    const template = hits.length === 0 ? status.dataset.none : exact ? status.dataset.count : status.dataset.words;
    status.textContent = fill(template ?? "", { n: hits.length, q: query });
    // An excerpt that cannot load leaves the description in place; the results stand.
    await Promise.allSettled(hits.slice(0, EXCERPTS).map((page, i) => showExcerpt(items[i]!, page, phrases)));
    root.dataset.state = "done";
  } catch {
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
