import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DIST } from "./site";

/** The built HTML of a URL path ("/en/tops/" → dist/en/tops/index.html). */
export function builtHtml(path: string): string {
  const clean = path.split("#")[0]!.split("?")[0]!;
  return readFileSync(join(DIST, clean, clean.endsWith("/") ? "index.html" : ""), "utf8");
}

export function idsIn(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
}

export function hrefsIn(html: string): string[] {
  return [...html.matchAll(/<a\s[^>]*href="([^"]+)"/g)].map((m) => m[1]!.replace(/&amp;/g, "&"));
}

/** Text of the Pagefind-indexed part of a page, tags stripped, entities decoded. */
export function indexedText(html: string): string | null {
  const start = html.search(/<article[^>]*data-pagefind-body/);
  if (start < 0) return null;
  const end = html.indexOf("</article>", start);
  return html
    .slice(start, end)
    .replace(/<(script|style)[\s\S]*?<\/\1>/g, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/&nbsp;/g, " ")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ");
}
