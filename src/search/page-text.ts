/**
 * The searchable part of a built page, read from its HTML the way Pagefind reads it: the element
 * marked data-pagefind-body, without what is marked data-pagefind-ignore. Build-time only.
 */

/** Where the element whose opening tag `<tag …>` ends at `from` closes, counting nested tags of the same name. */
function closingEnd(html: string, tag: string, from: number): number {
  const re = new RegExp(`<(/?)${tag}\\b[^>]*>`, "g");
  re.lastIndex = from;
  let depth = 1;
  for (let t = re.exec(html); t; t = re.exec(html)) {
    depth += t[1] ? -1 : 1;
    if (depth === 0) return t.index + t[0].length;
  }
  return html.length;
}

/** Removes each element marked data-pagefind-ignore. */
function stripIgnored(html: string): string {
  const open = /<(\w+)[^>]*\sdata-pagefind-ignore\b[^>]*>/g;
  let out = html;
  for (let m = open.exec(out); m; m = open.exec(out)) {
    out = out.slice(0, m.index) + " " + out.slice(closingEnd(out, m[1]!, m.index + m[0].length));
    open.lastIndex = m.index;
  }
  return out;
}

/** Text of the Pagefind-indexed part of a page, tags stripped, entities decoded. */
export function indexedText(html: string): string | null {
  const open = /<(\w+)[^>]*\sdata-pagefind-body\b[^>]*>/.exec(html);
  if (!open) return null;
  return stripIgnored(html.slice(open.index, closingEnd(html, open[1]!, open.index + open[0].length)))
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

/** The values of the page's Pagefind filters ("kind" → "calculator"). */
export function filtersOf(html: string): Record<string, string> {
  return Object.fromEntries([...html.matchAll(/data-pagefind-filter="(\w+):([^"]+)"/g)].map((m) => [m[1]!, m[2]!]));
}
