import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize } from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".webmanifest": "application/manifest+json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".txt": "text/plain; charset=utf-8",
  ".xml": "application/xml",
  ".wasm": "application/wasm",
  ".pf_meta": "application/octet-stream",
  ".pf_index": "application/octet-stream",
  ".pf_fragment": "application/octet-stream",
  ".pagefind": "application/octet-stream",
};

export interface ServeOptions {
  /** The base path the build was made for (BASE_PATH): the build is served below it. */
  base?: string;
  /** Extra response headers for a URL path, as a host configured by the build would add them. */
  headers?: (path: string) => Record<string, string>;
  /** Replaces a file's body (URL path → body), to serve a changed file without rebuilding. */
  override?: (path: string) => string | undefined;
}

/** Serves dist/ on loopback the way a static host would: directory index, 404.html. */
export async function serveDir(root: string, options: ServeOptions = {}): Promise<{ url: string; close(): Promise<void> }> {
  const base = options.base ?? "/";
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    const extra = options.headers?.(path) ?? {};
    const notFound = () => {
      res.writeHead(404, { ...extra, "content-type": TYPES[".html"] });
      createReadStream(join(root, "404.html")).pipe(res);
    };
    if (!path.startsWith(base)) return notFound();
    let file = normalize(join(root, path.slice(base.length - 1)));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, "index.html");
    if (!existsSync(file)) return notFound();
    res.writeHead(200, { ...extra, "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
    const body = options.override?.(path);
    if (body !== undefined) res.end(body);
    else createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
