import { readdirSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";

/** The built site; SITE_DIST lets parallel builds use their own folder. */
export const DIST = resolve(process.env.SITE_DIST ?? resolve(import.meta.dirname, "../../dist"));

/** Every built HTML page as its URL path ("/en/tops/awards/"). */
export function builtPages(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) {
        if (name !== "_astro" && name !== "pagefind") walk(full);
      } else if (name === "index.html") {
        out.push(`/${relative(DIST, dir)}/`.replace(/\/+/g, "/"));
      }
    }
  };
  walk(DIST);
  return out.sort();
}
