// The service worker. The build (src/integrations/hosting.ts) writes it to sw.js with the list of
// files to store first, as `self.__PRECACHE = { version, base, urls }`; its version is a hash
// of their contents, so any change to the site makes a new worker, which the browser finds on
// the next visit.
//
// - On install it stores every listed page and asset, then takes over at once; pages already
//   open say that a new version is ready (src/scripts/sw-register.ts) and get it on reload.
// - Stored files are served first; anything else of this site (the finder's steps, the search
//   index) from the network, kept for offline use once fetched.
// - Requests to other origins are never answered here, so nothing from them is cached.
// - The previous version's files stay one generation, for pages still open on it that load a
//   calculator's chunk later.

const { version, base, urls } = self.__PRECACHE;
const PRECACHE = `handbook-${version}`;
const RUNTIME = `handbook-visited-${version}`;

self.addEventListener("install", (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(PRECACHE);
      // no-cache: a file the HTTP cache still holds from the old version is checked first.
      await cache.addAll(urls.map((url) => new Request(url, { cache: "no-cache" })));
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      const ours = (await caches.keys()).filter((k) => k.startsWith("handbook-"));
      const previous = ours.filter((k) => k !== PRECACHE && !k.startsWith("handbook-visited-")).pop();
      await Promise.all(ours.filter((k) => k !== PRECACHE && k !== RUNTIME && k !== previous).map((k) => caches.delete(k)));
      await self.clients.claim();
    })(),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== self.location.origin || !url.pathname.startsWith(base)) return;
  event.respondWith(answer(request, url));
});

/** A page's answers travel in its query (calculators), which the page reads itself: pages are stored by path. */
async function answer(request, url) {
  const navigation = request.mode === "navigate";
  const key = navigation ? url.origin + url.pathname : request;
  const stored = await caches.match(key, { ignoreSearch: navigation });
  if (stored) return stored;
  try {
    const response = await fetch(request);
    if (response.ok && response.type === "basic") {
      const cache = await caches.open(RUNTIME);
      await cache.put(key, response.clone());
    }
    return response;
  } catch (error) {
    if (navigation) {
      const notFound = await caches.match(`${base}404.html`);
      if (notFound) return notFound;
    }
    throw error;
  }
}
