// Gloss's service worker: keeps the app shell (page, scripts, styles, WASM) in a versioned cache
// so that after one visit the page opens and annotates with the network off.
//
// - install: precache SHELL into CACHE (bypassing the HTTP cache), then take over at once;
// - activate: delete the caches of older versions, and control the open pages;
// - fetch: a shell file the page asks for while it loads goes to the network as usual, and the
//   answer refreshes the cache (so a new build reaches the reader without a version bump); when
//   the network fails, the cached copy answers (a navigation to the app's folder is served
//   index.html). Anything else goes to the network untouched.
// The worker never makes a request of its own after the page has loaded: only the page's own
// loading requests pass through it. Nothing the reader pastes is ever in a request: texts live
// in the fragment, which browsers do not send.

const CACHE_PREFIX = 'gloss-shell-';
/** Bump when the list below changes shape (the old cache is then deleted on activate). */
const CACHE_VERSION = '1';
const CACHE = CACHE_PREFIX + CACHE_VERSION;
// precache:begin — generated and checked by www/test/sw.test.mjs (UPDATE_SW=1 rewrites it)
const SHELL = [
  'index.html',
  'manifest.webmanifest',
  'www/annotating.js',
  'www/annotation.js',
  'www/annotator.js',
  'www/app.js',
  'www/bookmarklet.js',
  'www/controls.js',
  'www/corrections.js',
  'www/derive.js',
  'www/draw.js',
  'www/example.js',
  'www/exports.js',
  'www/format.js',
  'www/history.js',
  'www/icon.svg',
  'www/limits.js',
  'www/links.js',
  'www/model.js',
  'www/offline.js',
  'www/offsets.js',
  'www/packed.js',
  'www/panels/entities.js',
  'www/panels/statistics.js',
  'www/passphrase.js',
  'www/pkg/gloss.js',
  'www/pkg/gloss_bg.wasm',
  'www/preferences.js',
  'www/regions.js',
  'www/render.js',
  'www/reopen.js',
  'www/saved.js',
  'www/share.js',
  'www/simd.js',
  'www/state.js',
  'www/steps.js',
  'www/style.css',
  'www/types.js',
  'www/view/address.js',
  'www/view/card.js',
  'www/view/clipboard.js',
  'www/view/dialogs.js',
  'www/view/document.js',
  'www/view/dom.js',
  'www/view/drawer.js',
  'www/view/editor.js',
  'www/view/elements.js',
  'www/view/html-text.js',
  'www/view/index.js',
  'www/view/input.js',
  'www/view/keyboard.js',
  'www/view/legend.js',
  'www/view/mark-tools.js',
  'www/view/panels.js',
  'www/view/region.js',
  'www/view/status.js',
  'www/view/theme.js',
  'www/worker.js',
];
// precache:end

/** `self`, typed: this file runs as a service worker. */
const sw = /** @type {ServiceWorkerGlobalScope} */ (/** @type {unknown} */ (self));

const base = new URL('./', sw.location.href);
const indexUrl = new URL('index.html', base).href;
const shellUrls = new Set(SHELL.map((path) => new URL(path, base).href));

sw.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(SHELL.map((path) => new Request(new URL(path, base), { cache: 'reload' }))))
      .then(() => sw.skipWaiting()),
  );
});

sw.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) =>
        Promise.all(
          names.filter((name) => name.startsWith(CACHE_PREFIX) && name !== CACHE).map((name) => caches.delete(name)),
        ),
      )
      .then(() => sw.clients.claim()),
  );
});

sw.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const key = shellKey(request);
  if (!key) return;
  event.respondWith(networkThenCache(key, request));
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
 * The network's answer, kept in the cache; the cached copy when the network fails.
 * @param {string} key
 * @param {Request} request
 */
async function networkThenCache(key, request) {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    if (response.ok) await cache.put(key, response.clone());
    return response;
  } catch (error) {
    const hit = await cache.match(key);
    if (hit) return hit;
    throw error;
  }
}
