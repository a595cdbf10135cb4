/**
 * The base path the site is built under ("/" by default, "/handbook/" with BASE_PATH=/handbook/
 * npm run build; see astro.config.mjs), so that every link works wherever the site is served.
 * Vite replaces import.meta.env.BASE_URL at build time, in the server and the browser build alike.
 */
export const BASE = `${import.meta.env.BASE_URL.replace(/\/+$/, "")}/`;

/** A root-relative site path ("/en/tops/") as served under the base path ("/handbook/en/tops/"). */
export function withBase(path: string): string {
  return path.startsWith("/") && !path.startsWith("//") ? BASE + path.slice(1) : path;
}
