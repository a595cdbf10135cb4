// @ts-check
import react from "@astrojs/react";
import { defineConfig } from "astro/config";
import { sitemap } from "./src/integrations/sitemap.ts";

export default defineConfig({
  site: "https://handbook.invalid",
  trailingSlash: "always",
  // Astro 7 defaults to 'jsx' compression, which drops the newline between a word and an
  // inline element that starts the next source line ("the<a>link</a>"); true is lossless.
  compressHTML: true,
  // Islands are React 19 components (the project's stack); budgets are in README.
  integrations: [react(), sitemap()],
  i18n: {
    // URL segments; <html lang> ("zh-TW") comes from src/i18n/locales.ts.
    locales: ["zh-tw", "en"],
    defaultLocale: "zh-tw",
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  // Styles inline (16 KB at most, on form pages): no render-blocking stylesheet requests before
  // the first paint. Astro's CSP hashes each inline <style> into style-src, so no 'unsafe-inline'.
  build: { format: "directory", inlineStylesheets: "always" },
  // Scripts as files, never inline, so the CSP below needs no 'unsafe-inline'.
  vite: { build: { assetsInlineLimit: 0 } },
  // No code blocks in the handbook; Shiki's inline styles would need a CSP exception.
  markdown: { syntaxHighlight: false },
  security: {
    csp: {
      // Pagefind's search runs as WebAssembly; wasm-unsafe-eval permits only that, not inline script.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
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
