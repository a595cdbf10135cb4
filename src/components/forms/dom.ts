import { splitDates } from "../../lib/dates-in-text.js";
/**
 * A few lines in place of a UI library: the form pages build their DOM with `h`, which
 * only ever inserts text as text nodes, so nothing the applicant types is parsed as HTML.
 * (React alone would take the whole script budget of a form page.)
 */
export type Child = Node | string | number | null | undefined | false | readonly Child[];

type Handler = (event: Event) => void;
export type Props = Record<string, string | number | boolean | Handler | null | undefined>;

/** Properties set as DOM properties rather than attributes (they track user input). */
const PROPERTIES = new Set(["value", "checked", "disabled", "hidden", "open"]);

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, props: Props | null = null, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(props ?? {})) {
    if (value === null || value === undefined || value === false) continue;
    if (typeof value === "function") el.addEventListener(key.slice(2).toLowerCase(), value);
    else if (key === "class") el.className = String(value);
    else if (PROPERTIES.has(key)) (el as unknown as Record<string, unknown>)[key] = value;
    else el.setAttribute(key, value === true ? "" : String(value));
  }
  append(el, children);
  return el;
}

function append(parent: Node, children: readonly Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(parent, child);
    else parent.appendChild(typeof child === "object" ? (child as Node) : document.createTextNode(String(child)));
  }
}

/** Replaces an element's content. */
export function fillEl(el: Element, ...children: Child[]): void {
  el.replaceChildren();
  append(el, children);
}

/** Text with each ISO date kept on one line (site/Unbroken.tsx for the pages). */
export function unbroken(text: string): Child[] {
  return splitDates(text).map((part, i) => (i % 2 ? h("span", { class: "nowrap" }, part) : part));
}

/** Starts a file download of `blob` under `name`. */
export function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = h("a", { href: url, download: name, hidden: true });
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
