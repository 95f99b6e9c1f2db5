// The service worker (issue 10, part 4). The build (scripts/offline.ts) compiles this file on
// its own to sw.js and puts the list of files before it as `PRECACHE`; it imports nothing.
// Install: every listed file into a cache named after the build. Activate: older caches of this
// app are deleted. Fetch: same-origin GETs in scope are answered from the cache first, and a
// visit to the app (with any query, `?embed=1` too) gets the cached index.html. A new worker
// waits until the page asks it to take over (the "new version" notice's Reload).
import type { PrecacheManifest } from './precache';

declare const PRECACHE: PrecacheManifest;
const sw = self as unknown as ServiceWorkerGlobalScope;
const scope = new URL(sw.registration.scope);
const INDEX = new URL('index.html', scope).href;

sw.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(PRECACHE.cache).then((cache) =>
      // `reload`: the network's copy, never the HTTP cache's possibly older one.
      cache.addAll(PRECACHE.assets.map((a) => new Request(new URL(a, scope), { cache: 'reload' }))),
    ),
  );
});

sw.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const old = (await caches.keys()).filter(
        (k) => k.startsWith(PRECACHE.prefix) && k !== PRECACHE.cache,
      );
      await Promise.all(old.map((k) => caches.delete(k)));
      await sw.clients.claim();
    })(),
  );
});

sw.addEventListener('message', (event) => {
  if ((event.data as { type?: unknown } | null)?.type === 'skip-waiting') void sw.skipWaiting();
});

/** A visit to the app itself: its folder or its index.html, whatever the query. */
function isAppPage(request: Request, url: URL): boolean {
  if (request.mode !== 'navigate') return false;
  return url.pathname === scope.pathname || `${url.origin}${url.pathname}` === INDEX;
}

async function respond(request: Request, url: URL): Promise<Response> {
  const cache = await caches.open(PRECACHE.cache);
  const hit = await cache.match(isAppPage(request, url) ? INDEX : request);
  return hit ?? fetch(request);
}

sw.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== scope.origin || !url.pathname.startsWith(scope.pathname)) return;
  event.respondWith(respond(request, url));
});
