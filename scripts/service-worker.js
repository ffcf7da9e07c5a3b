/* Token Lab's service worker. scripts/build-sw.mjs writes dist/sw.js from this file after the
 * build and Pagefind, replacing the two placeholders below: the build's version (a hash of every
 * precached file) and the list of files to precache (every page, every script and style asset,
 * the Pagefind index and the playground's scenarios.json).
 *
 * Strategy: the whole site is cached at install, in one cache named after the version, and every
 * request for a precached file is answered from that cache, with or without a network. A new
 * build installs beside the old one and waits: the page shows "New version available" and the
 * reader's Reload tells it to take over (see src/scripts/update-notice.ts), so a reader never gets
 * a page from one build with scripts from another. Anything not precached goes to the network.
 */
/* global __TOKENLAB_PRECACHE__ -- not a global: build-sw.mjs writes the list in its place. */
const VERSION = '__TOKENLAB_VERSION__';
const PRECACHE = __TOKENLAB_PRECACHE__;
const CACHE = `tokenlab-${VERSION}`;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(PRECACHE)));
});

self.addEventListener('activate', (event) => {
  // Older builds' caches go once this build is in charge.
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(keys.filter((k) => k.startsWith('tokenlab-') && k !== CACHE).map((k) => caches.delete(k))),
      )
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(
    // ignoreSearch: Pagefind adds a cache-busting ?ts= to its files, and a shared playground link
    // carries its state in the query; the precached file is the same either way. ignoreVary: a
    // server that answers `Vary: Origin` would otherwise never match a module script's request
    // (which sends Origin) to the copy cached at install (which did not).
    caches
      .match(request, { cacheName: CACHE, ignoreSearch: true, ignoreVary: true })
      .then((hit) => hit ?? fetch(request)),
  );
});
