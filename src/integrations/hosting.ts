import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";

/**
 * What a static host adds to every response: the one source of both `_headers` (Netlify,
 * Cloudflare Pages) and `nginx.conf` (a snippet to include in a server block), written into
 * the build by the integration below.
 *
 * The CSP here only adds what a <meta> policy cannot carry (frame-ancestors) and repeats the
 * directives that need no per-page hash; script-src and style-src stay in each page's meta
 * policy (Astro's hashes), since a header without those hashes would block them: a browser
 * enforces both policies.
 */
const securityHeaders: Readonly<Record<string, string>> = {
  "Content-Security-Policy": "frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'",
  "X-Content-Type-Options": "nosniff",
  // Links to the programs' official sites need not say which page they came from.
  "Referrer-Policy": "no-referrer",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
};

/** Vite's content-hashed files change name when they change: cache them for a year. */
const IMMUTABLE = "public, max-age=31536000, immutable";
/** The service worker is checked for updates on every visit; the HTTP cache must not hide a new one. */
const NO_CACHE = "no-cache";

interface Rule {
  /** URL path below the base: "*" for every path, "_astro/*" for a folder, "sw.js" for one file. */
  path: string;
  headers: Record<string, string>;
}

const rules: readonly Rule[] = [
  { path: "*", headers: { ...securityHeaders } },
  { path: "_astro/*", headers: { "Cache-Control": IMMUTABLE } },
  { path: "sw.js", headers: { "Cache-Control": NO_CACHE } },
];

/** Netlify / Cloudflare Pages: every matching rule applies, so the security headers are given once, for "/*". */
function netlifyHeaders(base: string): string {
  const lines = ["# Written by the build (src/integrations/hosting.ts); Netlify and Cloudflare Pages read it."];
  for (const rule of rules) {
    lines.push(base + rule.path);
    for (const [name, value] of Object.entries(rule.headers)) lines.push(`  ${name}: ${value}`);
  }
  return `${lines.join("\n")}\n`;
}

/**
 * nginx: add_header in a location replaces the server's, so each location repeats the
 * security headers. `always` sends them on 404 pages too.
 */
function nginxSnippet(base: string): string {
  const add = (headers: Record<string, string>) =>
    Object.entries({ ...securityHeaders, ...headers }).map(([name, value]) => `    add_header ${name} "${value}" always;`);
  const out = [
    "# Written by the build (src/integrations/hosting.ts). Include it inside a server { } block whose",
    `# root holds the build under ${base} (for example: root /srv/www; with the build in /srv/www${base}).`,
    `error_page 404 ${base}404.html;`,
    `location ^~ ${base}_astro/ {`,
    ...add({ "Cache-Control": IMMUTABLE }),
    "}",
    `location = ${base}sw.js {`,
    ...add({ "Cache-Control": NO_CACHE }),
    "}",
    `location ^~ ${base} {`,
    ...add({}),
    "    try_files $uri $uri/ =404;",
    "}",
  ];
  return `${out.join("\n")}\n`;
}

/** Host configuration, written into the build once Astro has finished it. */
export function hosting(): AstroIntegration {
  let base = "/";
  return {
    name: "handbook-hosting",
    hooks: {
      "astro:config:done": ({ config }) => {
        base = `${config.base.replace(/\/+$/, "")}/`;
      },
      "astro:build:done": async ({ dir }) => {
        const out = fileURLToPath(dir);
        await writeFile(join(out, "_headers"), netlifyHeaders(base));
        await writeFile(join(out, "nginx.conf"), nginxSnippet(base));
      },
    },
  };
}
