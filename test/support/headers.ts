/**
 * Reads the `_headers` file the build ships (Netlify, Cloudflare Pages) and applies it as
 * those hosts do: every rule whose path matches adds its headers; `*` matches any run of characters.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";

export interface HeaderRule {
  path: string;
  headers: Record<string, string>;
}

export function readHeaderRules(dist: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of readFileSync(join(dist, "_headers"), "utf8").split("\n")) {
    if (!line.trim() || line.trimStart().startsWith("#")) continue;
    if (!/^\s/.test(line)) rules.push({ path: line.trim(), headers: {} });
    else {
      const at = line.indexOf(":");
      rules.at(-1)!.headers[line.slice(0, at).trim()] = line.slice(at + 1).trim();
    }
  }
  return rules;
}

const matcher = (pattern: string) => new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*")}$`);

/** The headers a host applying `rules` sends for a URL path. */
export function headersFor(rules: readonly HeaderRule[], path: string): Record<string, string> {
  return Object.assign({}, ...rules.filter((r) => matcher(r.path).test(path)).map((r) => r.headers));
}
