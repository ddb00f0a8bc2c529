// Gloss's service worker: keeps the app shell (page, scripts, styles, WASM) in a versioned cache
// so that after one visit the page opens and annotates with the network off.
//
// - install: precache SHELL into CACHE (bypassing the HTTP cache), then take over at once;
// - activate: delete the caches of older versions, and control the open pages;
// - fetch: shell files come from the cache first (a navigation to the app's folder is served
//   index.html), anything else goes to the network untouched;
// - after a navigation, the whole shell is fetched again in the background (conditional
//   requests, so usually a round of 304s) and, only if every file came back, the cache is
//   updated together: a new build reaches the reader on the next visit without a version bump,
//   and never half of one.
// Nothing the reader pastes is ever in a request: texts live in the fragment, which browsers do
// not send.

const CACHE_PREFIX = 'gloss-shell-';
/** Bump when the list below changes shape (the old cache is then deleted on activate). */
const CACHE_VERSION = '1';
const CACHE = CACHE_PREFIX + CACHE_VERSION;
/** Wait before refreshing, so the page that triggered it has loaded from one consistent set. */
const REFRESH_DELAY_MS = 5000;
/** Refresh at most this often. */
const REFRESH_EVERY_MS = 60_000;

// precache:begin — generated and checked by e2e/workbench-sw.test.mjs (UPDATE_SW=1 rewrites it)
const SHELL = [
  'index.html',
  'manifest.webmanifest',
  'www/annotator.js',
  'www/app.js',
  'www/bookmarklet.js',
  'www/corrections.js',
  'www/example.js',
  'www/exports.js',
  'www/format.js',
  'www/history.js',
  'www/icon.svg',
  'www/model.js',
  'www/offline.js',
  'www/panels/entities.js',
  'www/panels/statistics.js',
  'www/passphrase.js',
  'www/pkg/gloss.js',
  'www/pkg/gloss_bg.wasm',
  'www/render.js',
  'www/share.js',
  'www/style.css',
  'www/types.js',
  'www/view.js',
  'www/worker.js',
];
// precache:end

const base = new URL('./', self.location.href);
const indexUrl = new URL('index.html', base).href;
const shellUrls = new Set(SHELL.map((path) => new URL(path, base).href));
let lastRefresh = 0;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) =>
        cache.addAll(SHELL.map((path) => new Request(new URL(path, base), { cache: 'reload' }))),
      )
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) =>
        Promise.all(
          names
            .filter((name) => name.startsWith(CACHE_PREFIX) && name !== CACHE)
            .map((name) => caches.delete(name)),
        ),
      )
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const key = shellKey(request);
  if (!key) return;
  event.respondWith(fromCache(key, request));
  if (request.mode === 'navigate') event.waitUntil(refreshLater());
});

/**
 * The cache key of a request for a shell file, or null for anything else. The query string and
 * fragment are ignored; the app's folder itself means index.html.
 * @param {Request} request
 */
function shellKey(request) {
  const url = new URL(request.url);
  if (url.origin !== base.origin) return null;
  const path = url.origin + url.pathname;
  if (path === base.href && request.mode === 'navigate') return indexUrl;
  return shellUrls.has(path) ? path : null;
}

/**
 * @param {string} key
 * @param {Request} request
 */
async function fromCache(key, request) {
  const cache = await caches.open(CACHE);
  const hit = await cache.match(key);
  return hit ?? fetch(request);
}

function refreshLater() {
  if (Date.now() - lastRefresh < REFRESH_EVERY_MS) return Promise.resolve();
  lastRefresh = Date.now();
  return new Promise((resolve) => setTimeout(resolve, REFRESH_DELAY_MS)).then(refresh);
}

/** Fetches every shell file again; updates the cache only when all of them arrived. */
async function refresh() {
  try {
    const urls = [...shellUrls];
    const responses = await Promise.all(urls.map((url) => fetch(url, { cache: 'no-cache' })));
    if (!responses.every((r) => r.ok)) return;
    const cache = await caches.open(CACHE);
    await Promise.all(responses.map((r, i) => cache.put(urls[i], r)));
  } catch {
    // offline, or the server is gone: keep what we have
  }
}
