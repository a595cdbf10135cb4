import { createHash } from "node:crypto";
import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { locales } from "../i18n/locales";
import { filtersOf, indexedText } from "../search/page-text";
import { shardsOf } from "../search/build-index";
import { SHARDS, type SearchMeta, type SearchPage } from "../search/index-format";

/**
 * The site's own word index beside Pagefind's, written into the build per language under
 * `_search/<lang>/`: a page list (meta.json) and SHARDS shards of token positions. The search page
 * loads the list and only the shards its query's tokens fall in, so a query costs the same however
 * many pages the site has; it decides membership and order from them, and asks Pagefind for the
 * excerpts of the first results.
 */

function attr(html: string, pattern: RegExp): string {
  return (pattern.exec(html)?.[1] ?? "").replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
}

async function htmlFiles(dir: string, prefix: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) out.push(...(await htmlFiles(join(dir, entry.name), `${prefix}${entry.name}/`)));
    else if (entry.name === "index.html") out.push(prefix);
  }
  return out.sort();
}

export function searchIndex(): AstroIntegration {
  return {
    name: "handbook-search-index",
    hooks: {
      "astro:build:done": async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        await rm(join(out, "_search"), { recursive: true, force: true });
        for (const locale of locales) {
          const pages: SearchPage[] = [];
          const texts: string[] = [];
          for (const path of await htmlFiles(join(out, locale), `/${locale}/`)) {
            const html = await readFile(join(out, path, "index.html"), "utf8");
            const text = indexedText(html);
            if (text === null) continue;
            const filters = filtersOf(html);
            pages.push({
              url: path,
              title: attr(html, /<h1[^>]*>([\s\S]*?)<\/h1>/).replace(/<[^>]+>/g, "").trim(),
              description: attr(html, /<meta name="description" content="([^"]*)"/),
              kind: filters.kind as SearchPage["kind"],
              ...(filters.program ? { program: filters.program as NonNullable<SearchPage["program"]> } : {}),
            });
            texts.push(text);
          }
          const folder = join(out, "_search", locale);
          await mkdir(folder, { recursive: true });
          const shards: string[] = [];
          for (const shard of shardsOf(texts, SHARDS)) {
            const body = JSON.stringify(shard);
            // Named by content, so a browser's cached shard is never stale after a rebuild.
            const name = `${createHash("sha256").update(body).digest("hex").slice(0, 12)}.json`;
            await writeFile(join(folder, name), body);
            shards.push(name);
          }
          const meta: SearchMeta = { shards, pages };
          await writeFile(join(folder, "meta.json"), JSON.stringify(meta));
          logger.info(`${locale}: ${pages.length} pages in ${SHARDS} shards`);
        }
      },
    },
  };
}
