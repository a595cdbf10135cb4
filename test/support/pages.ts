/**
 * What pages the site has, read from the built sitemap.xml, and what kind each one is.
 * Node-only imports with explicit extensions, so scripts/*.mjs can import this file too
 * (Node 22 strips the types).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";

export const pageTypes = ["landing", "home", "handbook", "calculators", "calculator", "forms", "form", "draft", "checklists", "checklist", "finder", "search"] as const;
export type PageType = (typeof pageTypes)[number];

/** The kind of page at a URL path ("/en/calculators/tops-award/" → "calculator"). */
export function pageType(path: string): PageType {
  const rest = path.replace(/^\/(zh-tw|en)(?=\/)/, "");
  if (path === "/") return "landing";
  if (rest === "/") return "home";
  const [section, id] = rest.split("/").filter(Boolean);
  if (section === "search") return "search";
  if (section === "finder") return "finder";
  if (section === "calculators") return id ? "calculator" : "calculators";
  if (section === "forms") return id ? "form" : "forms";
  // Drafters (src/drafts): forms filled in online, checked and drafted here; listed in the forms index.
  if (section === "drafts") return "draft";
  if (section === "checklists") return id ? "checklist" : "checklists";
  return "handbook";
}

/** Calculator, form and drafter pages: the pages that take typed input. */
export const takesInput = (path: string): boolean => ["calculator", "form", "draft"].includes(pageType(path));

/** The URL paths listed in dist/sitemap.xml, in file order. */
export function sitemapPaths(dist: string): string[] {
  const xml = readFileSync(join(dist, "sitemap.xml"), "utf8");
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!.replace(/&amp;/g, "&")).pathname);
}

/**
 * One page of each type in each language for Lighthouse (issue 6): the language home is
 * the landing page a reader arrives on; the search page is measured with results shown.
 */
export const lighthousePages: readonly { type: string; path: string }[] = [
  { type: "landing", path: "/" },
  ...(["zh-tw", "en"] as const).flatMap((lang) => [
    { type: "home", path: `/${lang}/` },
    { type: "handbook", path: `/${lang}/spp/mature-subsidy/` },
    { type: "calculator", path: `/${lang}/calculators/tops-award/` },
    { type: "form", path: `/${lang}/forms/spp-mature-proposal/` },
    { type: "finder", path: `/${lang}/finder/` },
    { type: "search", path: `/${lang}/search/?q=${encodeURIComponent(lang === "en" ? "subsidy" : "補助")}` },
  ]),
];
