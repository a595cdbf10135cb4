/**
 * Suggestions under the header's search box as the reader types: the first pages of the same
 * search the search page runs, as a listbox (WAI-ARIA combobox pattern). Loaded on the box's first
 * focus (ServiceWorker.astro), so a page that is only read loads none of it. The box still
 * submits to the search page; a suggestion is a shortcut to one of its results.
 */
import { withBase } from "../lib/url";
import { findPages, kindLine } from "./search-client";
import { queryTerms } from "./search-core";

const SHOWN = 6;

const input = document.getElementById("site-search") as HTMLInputElement | null;
const form = input?.form;

if (input && form) {
  const list = document.createElement("ul");
  list.id = "site-search-suggestions";
  list.className = "search-suggest";
  list.setAttribute("role", "listbox");
  list.setAttribute("aria-label", form.dataset.suggestions ?? "");
  list.hidden = true;
  form.append(list);
  input.setAttribute("role", "combobox");
  input.setAttribute("aria-autocomplete", "list");
  input.setAttribute("aria-controls", list.id);
  input.setAttribute("aria-expanded", "false");

  let urls: string[] = [];
  let active = -1;
  let asked = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const close = () => {
    list.hidden = true;
    list.replaceChildren();
    delete list.dataset.query;
    urls = [];
    active = -1;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
  };

  const select = (i: number) => {
    active = i;
    for (const [n, option] of [...list.children].entries()) option.setAttribute("aria-selected", String(n === i));
    if (i >= 0) input.setAttribute("aria-activedescendant", `${list.id}-${i}`);
    else input.removeAttribute("aria-activedescendant");
  };

  const suggest = async () => {
    const query = input.value;
    const mine = ++asked;
    if (queryTerms(query).length === 0) return close();
    try {
      const { hits } = await findPages(query);
      // A slower answer to an earlier keystroke must not replace a newer one.
      if (mine !== asked) return;
      if (hits.length === 0) return close();
      urls = hits.slice(0, SHOWN).map((page) => withBase(page.url));
      list.replaceChildren(
        ...hits.slice(0, SHOWN).map((page, i) => {
          const option = document.createElement("li");
          option.id = `${list.id}-${i}`;
          option.setAttribute("role", "option");
          option.setAttribute("aria-selected", "false");
          const title = document.createElement("span");
          title.textContent = page.title;
          const kind = document.createElement("span");
          kind.className = "search-suggest__kind";
          kind.textContent = kindLine(page, form.dataset);
          option.append(title, kind);
          option.addEventListener("click", () => location.assign(urls[i]!));
          return option;
        }),
      );
      active = -1;
      // Which query the list answers, for a reader's tools and the tests.
      list.dataset.query = query;
      list.hidden = false;
      input.setAttribute("aria-expanded", "true");
    } catch {
      // Without the index the box still submits to the search page, which says what failed.
      close();
    }
  };

  input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(() => void suggest(), 120);
  });
  input.addEventListener("keydown", (event) => {
    if (list.hidden || urls.length === 0) return;
    if (event.key === "Escape") {
      // The first Escape closes the list and keeps the words; the box's own Escape then clears them.
      event.preventDefault();
      return close();
    }
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      // The box itself is the stop between the last suggestion and the first (-1).
      const next = active + (event.key === "ArrowDown" ? 1 : -1);
      select(next >= urls.length ? -1 : next < -1 ? urls.length - 1 : next);
    } else if (event.key === "Enter" && active >= 0) {
      event.preventDefault();
      location.assign(urls[active]!);
    }
  });
  // A click on a suggestion must land before the box's blur closes the list.
  list.addEventListener("mousedown", (event) => event.preventDefault());
  input.addEventListener("blur", close);
  // What was typed while this script loaded.
  if (input.value) void suggest();
}
