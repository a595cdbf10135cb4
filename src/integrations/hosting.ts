import { createHash } from "node:crypto";
import { readdir, readFile, writeFile } from "node:fs/promises";
import { join, relative, sep } from "node:path";
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

async function filesUnder(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await filesUnder(full)));
    else out.push(full);
  }
  return out;
}

/**
 * What the service worker stores on its first visit (src/scripts/sw.js): every page and asset
 * except the finder's steps (92 small pages, kept as visited), the search indexes (Pagefind's and _search/,
 * fetched as searched) and files no page loads.
 */
function precached(path: string): boolean {
  if (/^(sw\.js|_headers|nginx\.conf|robots\.txt|sitemap\.xml)$/.test(path)) return false;
  if (/^(pagefind|_search|(zh-tw|en)\/finder)\//.test(path)) return false;
  return true;
}

/** Host configuration and the service worker, written into the build once Astro has finished it. */
export function hosting(): AstroIntegration {
  let base = "/";
  let root: URL;
  return {
    name: "handbook-hosting",
    hooks: {
      "astro:config:done": ({ config }) => {
        base = `${config.base.replace(/\/+$/, "")}/`;
        root = config.root;
      },
      "astro:build:done": async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        await writeFile(join(out, "_headers"), netlifyHeaders(base));
        await writeFile(join(out, "nginx.conf"), nginxSnippet(base));

        const files = (await filesUnder(out)).map((f) => relative(out, f).split(sep).join("/")).filter(precached).sort();
        const hash = createHash("sha256");
        let bytes = 0;
        for (const file of files) {
          const body = await readFile(join(out, file));
          bytes += body.length;
          hash.update(file).update("\0").update(body);
        }
        // Pages by their URL ("en/tops/"), so that a visit and the precache agree on the key.
        const urls = files.map((f) => base + f.replace(/(^|\/)index\.html$/, "$1"));
        const manifest = { version: hash.digest("hex").slice(0, 16), base, urls };
        const source = await readFile(new URL("src/scripts/sw.js", root), "utf8");
        await writeFile(join(out, "sw.js"), `self.__PRECACHE = ${JSON.stringify(manifest)};\n${source}`);
        logger.info(`service worker: ${files.length} files, ${(bytes / 1024 / 1024).toFixed(2)} MB precached (version ${manifest.version})`);
      },
    },
  };
}
