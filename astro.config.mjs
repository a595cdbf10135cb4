// @ts-check
import react from "@astrojs/react";
import { defineConfig } from "astro/config";
import { baseLinks } from "./src/integrations/base-links.ts";
import { hosting } from "./src/integrations/hosting.ts";
import { searchIndex } from "./src/integrations/search-index.ts";
import { sitemap } from "./src/integrations/sitemap.ts";

/**
 * Where the site is served, set at build time: SITE_URL (the origin, for canonical links and the
 * sitemap) and BASE_PATH (the folder, "/handbook/" for https://example.org/handbook/). Every link
 * goes through src/lib/url.ts or localePath(), which read the base Astro derives from this.
 */
const site = process.env.SITE_URL || "https://handbook.invalid";
const base = `/${(process.env.BASE_PATH ?? "").replace(/^\/+|\/+$/g, "")}/`.replace(/\/+/g, "/");

/**
 * No module preloading in the browser build: a calculator's spec is its only lazy chunk. Vite
 * still wraps every dynamic import() in its preload helper, which with no preload list only
 * calls the import, yet cost 0.8 KB gzip in the chunk every calculator page loads; the helper is
 * replaced by that call. A lazy chunk bringing CSS would need the real helper, so the build
 * fails if one appears. (Astro sets its own modulePreload for the client build, so a plain
 * `build.modulePreload: false` is overridden.)
 */
/** @returns {import("vite").Plugin} */
function noModulePreload() {
  const helper = "\0vite/preload-helper.js";
  let client = false;
  return {
    name: "no-module-preload",
    enforce: "pre",
    configEnvironment(name) {
      if (name === "client") return { build: { modulePreload: false } };
    },
    load(id) {
      if (id === helper && this.environment.name === "client") {
        client = true;
        return "export const __vitePreload = (load) => load();";
      }
    },
    generateBundle(_, bundle) {
      if (!client) return;
      const withDeps = Object.values(bundle).filter((c) => c.type === "chunk" && c.code.includes("__vite__mapDeps"));
      if (withDeps.length) this.error(`no-module-preload: ${withDeps.map((c) => c.fileName).join(", ")} preload CSS, which the stub helper cannot load`);
    },
  };
}

export default defineConfig({
  site,
  base,
  trailingSlash: "always",
  // Astro 7 defaults to 'jsx' compression, which drops the newline between a word and an
  // inline element that starts the next source line ("the<a>link</a>"); true is lossless.
  compressHTML: true,
  // Islands are React 19 components (the project's stack); budgets are in README.
  // hosting() last: it lists the finished build (host headers, the service worker's precache).
  integrations: [react(), sitemap(), baseLinks(), searchIndex(), hosting()],
  i18n: {
    // URL segments; <html lang> ("zh-TW") comes from src/i18n/locales.ts.
    locales: ["zh-tw", "en"],
    defaultLocale: "zh-tw",
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  // Styles inline (16 KB at most, on form pages): no render-blocking stylesheet requests before
  // the first paint. Astro's CSP hashes each inline <style> into style-src, so no 'unsafe-inline'.
  build: { format: "directory", inlineStylesheets: "always" },
  vite: {
    // Scripts as files, never inline, so the CSP below needs no 'unsafe-inline'.
    build: { assetsInlineLimit: 0 },
    plugins: [noModulePreload()],
    environments: {
      client: {
        build: {
          rolldownOptions: {
            output: {
              // Fewer, larger chunks compress better (one gzip dictionary) and cost fewer requests:
              // React in one chunk; what every calculator and form shares (zod, the rules' core
              // and helpers, the words) in another; the calculator UI in a third.
              codeSplitting: {
                groups: [
                  { name: "react", test: /node_modules[\\/](react|react-dom|scheduler|@astrojs[\\/]react)[\\/]/, priority: 3 },
                  {
                    name: "rules-core",
                    // The upper-case amount, UBN and exact-decimal helpers serve one or two tools each: they
                    // stay with those. The base-path helper (src/lib/url.ts) is the search page's alone: the
                    // calculator UI reads import.meta.env.BASE_URL itself, so no calculator page carries it.
                    // The SPP manual's citation helper and startup definition serve SPP's tools and TOPS's
                    // startup checks: here (0.2 KB gzip in this chunk) they cost less than as a chunk of
                    // their own (0.4 KB) on the heaviest calculator page, TOPS's supplier check.
                    test: /node_modules[\\/]zod[\\/]|src[\\/](rules[\\/](anchors\.ts|core[\\/](?!decimal)|helpers[\\/](parse-amount|roc-date)|spp[\\/]manual-2019\.ts)|i18n[\\/](?!say\.ts))|vite[\\/]preload-helper/,
                    priority: 2,
                  },
                  // Not the specs (one chunk each) nor the list control, CSV panel and reader (loaded where used).
                  { name: "calculator", test: /src[\\/](components[\\/]calculators|calculators)[\\/](?!specs[\\/]|csv\.ts|list-rows\.ts|CsvImport|List\.tsx|kept\.ts)/, priority: 1 },
                ],
              },
            },
          },
        },
      },
    },
  },
  // No code blocks in the handbook; Shiki's inline styles would need a CSP exception.
  markdown: { syntaxHighlight: false },
  security: {
    csp: {
      // Scripts are files. The search page adds 'wasm-unsafe-eval' for Pagefind's WebAssembly
      // (src/pages/[lang]/search.astro); no other page allows it.
      scriptDirective: { resources: ["'self'"] },
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
});
