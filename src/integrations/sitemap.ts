import { writeFile } from "node:fs/promises";
import type { AstroIntegration } from "astro";

const escapeXml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/**
 * Writes sitemap.xml from the pages Astro actually built, so a new page can never be left out
 * (the quality-gate crawl in test/e2e/sitemap.test.ts is driven by this file). Each page lists
 * its other-language twin as an hreflang alternate when that page was built too. URLs are
 * SITE_URL + BASE_PATH + page (astro.config.mjs).
 */
export function sitemap(): AstroIntegration {
  let site = "https://handbook.invalid";
  return {
    name: "handbook-sitemap",
    hooks: {
      "astro:config:done": ({ config }) => {
        // Page paths below are relative to the base path; the URLs carry it.
        site = new URL(config.base, config.site ?? site).href.replace(/\/$/, "");
      },
      "astro:build:done": async ({ pages, dir }) => {
        // The 404 page is served for missing URLs only; it is not a page to index.
        const paths = pages
          .map((p) => `/${p.pathname}`.replace(/\/+$/, "") + "/")
          .filter((p) => !/^\/404\/$/.test(p))
          .sort();
        const built = new Set(paths);
        const twin: Record<string, [string, string]> = { "zh-tw": ["en", "en"], en: ["zh-tw", "zh-TW"] };
        const hreflang: Record<string, string> = { "zh-tw": "zh-TW", en: "en" };
        const urls = paths.map((path) => {
          const lang = /^\/(zh-tw|en)\//.exec(path)?.[1];
          const links: string[] = [];
          if (lang) {
            const [otherSeg, otherLang] = twin[lang]!;
            const other = path.replace(`/${lang}/`, `/${otherSeg}/`);
            if (built.has(other)) {
              links.push(`<xhtml:link rel="alternate" hreflang="${hreflang[lang]}" href="${escapeXml(site + path)}"/>`);
              links.push(`<xhtml:link rel="alternate" hreflang="${otherLang}" href="${escapeXml(site + other)}"/>`);
            }
          }
          return `<url><loc>${escapeXml(site + path)}</loc>${links.join("")}</url>`;
        });
        const xml =
          `<?xml version="1.0" encoding="UTF-8"?>\n` +
          `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n` +
          urls.join("\n") +
          `\n</urlset>\n`;
        await writeFile(new URL("sitemap.xml", dir), xml);
        // robots.txt names the sitemap by its absolute URL, so it is written here, not kept in public/.
        await writeFile(new URL("robots.txt", dir), `User-agent: *\nAllow: /\n\nSitemap: ${site}/sitemap.xml\n`);
      },
    },
  };
}
