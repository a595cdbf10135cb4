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

/** Removes each element marked data-pagefind-ignore, counting nested tags of the same name. */
function stripIgnored(html: string): string {
  const open = /<(\w+)[^>]*\sdata-pagefind-ignore\b[^>]*>/g;
  let out = html;
  for (let m = open.exec(out); m; m = open.exec(out)) {
    const tag = m[1]!;
    const re = new RegExp(`<(/?)${tag}\\b[^>]*>`, "g");
    re.lastIndex = m.index + m[0].length;
    let depth = 1;
    let end = out.length;
    for (let t = re.exec(out); t; t = re.exec(out)) {
      depth += t[1] ? -1 : 1;
      if (depth === 0) {
        end = t.index + t[0].length;
        break;
      }
    }
    out = out.slice(0, m.index) + " " + out.slice(end);
    open.lastIndex = m.index;
  }
  return out;
}

/** Text of the Pagefind-indexed part of a page, tags stripped, entities decoded. */
export function indexedText(html: string): string | null {
  const start = html.search(/<article[^>]*data-pagefind-body/);
  if (start < 0) return null;
  const end = html.indexOf("</article>", start);
  return stripIgnored(html.slice(start, end))
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
