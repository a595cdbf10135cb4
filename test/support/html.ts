import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DIST } from "./site";

// The search index reads pages the same way (src/integrations/search-index.ts).
export { indexedText } from "../../src/search/page-text";

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
