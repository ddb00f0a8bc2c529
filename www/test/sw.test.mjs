// The service worker's precache list matches the real files, and the worker, run against fake
// caches and a fake network, precaches, serves from the cache offline and cleans old caches.
// `UPDATE_SW=1 node --test www/test/sw.test.mjs` rewrites the list in sw.js from the tree.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { registerServiceWorker } from '../offline.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const SW = join(ROOT, 'sw.js');
const BUILT = ['www/pkg/gloss.js', 'www/pkg/gloss_bg.wasm'];
const SHELL_FILE = /\.(js|css|svg|png|html|json|webmanifest)$/;

/** The app shell as the tree has it: the page, the manifest, www/ (but the build dir), the build. */
function shellFromTree() {
  const found = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      const rel = relative(ROOT, path).split(sep).join('/');
      if (rel === 'www/pkg' || rel === 'www/test') continue;
      if (statSync(path).isDirectory()) walk(path);
      else if (SHELL_FILE.test(name)) found.push(rel);
    }
  };
  walk(join(ROOT, 'www'));
  return ['index.html', 'manifest.webmanifest', ...found, ...BUILT].sort();
}

const BLOCK = /(\/\/ precache:begin[^\n]*\nconst SHELL = \[\n)([\s\S]*?)(\];\n\/\/ precache:end)/;

/** @returns {string[]} */
function listedShell() {
  const m = BLOCK.exec(readFileSync(SW, 'utf8'));
  assert.ok(m, 'sw.js has the precache block');
  return [...m[2].matchAll(/'([^']+)'/g)].map((x) => x[1]);
}

if (process.env.UPDATE_SW) {
  const source = readFileSync(SW, 'utf8');
  const lines = shellFromTree()
    .map((p) => `  '${p}',\n`)
    .join('');
  writeFileSync(
    SW,
    source.replace(BLOCK, (_, head, _list, tail) => head + lines + tail),
  );
}

test('sw.js precaches exactly the app shell, and every listed file exists', () => {
  const listed = listedShell();
  assert.deepEqual(listed, [...listed].sort(), 'sorted');
  assert.deepEqual(listed, shellFromTree(), 'in step with the tree (UPDATE_SW=1 regenerates)');
  for (const path of listed) {
    if (BUILT.includes(path) && !existsSync(join(ROOT, 'www/pkg'))) continue; // not built yet
    assert.ok(existsSync(join(ROOT, path)), `${path} exists`);
  }
});

test('the manifest is valid JSON with what an installable app needs, and its icon exists', () => {
  const manifest = JSON.parse(readFileSync(join(ROOT, 'manifest.webmanifest'), 'utf8'));
  assert.equal(manifest.name, 'Gloss');
  assert.equal(manifest.start_url, '.');
  assert.equal(manifest.display, 'standalone');
  assert.match(manifest.theme_color, /^#[0-9a-f]{6}$/i);
  assert.match(manifest.background_color, /^#[0-9a-f]{6}$/i);
  for (const icon of manifest.icons) {
    assert.ok(existsSync(join(ROOT, icon.src)), icon.src);
    assert.ok(listedShell().includes(icon.src), 'the icon is precached');
  }
  const svg = readFileSync(join(ROOT, 'www/icon.svg'), 'utf8');
  assert.match(svg, /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 512 512"/);
  assert.ok(!/<script|on[a-z]+=|href=/i.test(svg), 'a plain picture');
});

// --- sw.js in a fake worker scope ---

const ORIGIN = 'http://127.0.0.1:8000';

class FakeCache {
  constructor() {
    /** @type {Map<string, Response>} */
    this.entries = new Map();
  }
  async addAll(requests) {
    const responses = await Promise.all(requests.map((r) => network.fetch(r)));
    if (!responses.every((r) => r.ok)) throw new TypeError('addAll: a request failed');
    for (const [i, r] of responses.entries()) this.entries.set(requests[i].url, r);
  }
  async put(url, response) {
    this.entries.set(String(url), response);
  }
  async match(url) {
    const hit = this.entries.get(String(url));
    return hit ? hit.clone() : undefined;
  }
}

const caches = {
  /** @type {Map<string, FakeCache>} */
  stores: new Map(),
  async open(name) {
    if (!this.stores.has(name)) this.stores.set(name, new FakeCache());
    return this.stores.get(name);
  },
  async keys() {
    return [...this.stores.keys()];
  },
  async delete(name) {
    return this.stores.delete(name);
  },
};

const network = {
  online: true,
  /** @type {string[]} */
  log: [],
  /** Serves the repository (built files get a stand-in body when not built). */
  async fetch(input, _init) {
    const url = new URL(typeof input === 'string' ? input : input.url);
    this.log.push(url.pathname);
    if (!this.online) throw new TypeError('Failed to fetch');
    const path = decodeURIComponent(url.pathname).slice(1) || 'index.html';
    if (BUILT.includes(path) && !existsSync(join(ROOT, path))) return new Response(`stand-in ${path}`);
    if (!existsSync(join(ROOT, path)) || statSync(join(ROOT, path)).isDirectory()) {
      return new Response('not found', { status: 404 });
    }
    return new Response(readFileSync(join(ROOT, path)));
  },
};

/** Loads sw.js into a fake scope; returns a function dispatching an event to its listeners. */
function loadWorker() {
  const listeners = {};
  const scope = {
    location: new URL('/sw.js', ORIGIN),
    addEventListener: (type, fn) => (listeners[type] = fn),
    skipWaiting: async () => {},
    clients: { claim: async () => {} },
  };
  new Function('self', 'caches', 'fetch', 'setTimeout', readFileSync(SW, 'utf8'))(
    scope,
    caches,
    (input, init) => network.fetch(input, init),
    (fn) => fn(), // no waiting in tests
  );
  /**
   * @param {string} type
   * @param {object} [fields]
   * @returns {Promise<{response: Response | undefined, waited: unknown[]}>}
   */
  return async (type, fields = {}) => {
    const waits = [];
    let responded;
    const event = {
      ...fields,
      waitUntil: (p) => waits.push(p),
      respondWith: (p) => (responded = p),
    };
    listeners[type](event);
    const response = await responded;
    return { response, waited: await Promise.all(waits) };
  };
}

/** @param {string} path @param {RequestMode | 'navigate'} mode */
function request(path, mode = 'cors') {
  return { url: new URL(path, ORIGIN).href, method: 'GET', mode };
}

test('service worker: precaches on install, serves the shell offline, cleans old caches', async () => {
  await caches.open('gloss-shell-0'); // an older version's cache
  await caches.open('someone-else'); // not ours: kept
  const dispatch = loadWorker();
  await dispatch('install');
  const current = [...caches.stores.keys()].find((n) => n.startsWith('gloss-shell-') && n !== 'gloss-shell-0');
  assert.ok(current, 'a versioned cache was made');
  assert.equal(caches.stores.get(current).entries.size, listedShell().length);

  await dispatch('activate');
  assert.deepEqual([...caches.stores.keys()].sort(), [current, 'someone-else'].sort());

  network.online = false;
  network.log = [];
  const page = await dispatch('fetch', { request: request('/?x=1', 'navigate') });
  assert.equal(page.response.status, 200);
  assert.match(await page.response.text(), /<textarea id="source"/);
  for (const path of ['/www/app.js', '/www/pkg/gloss_bg.wasm', '/www/style.css?v=2', '/manifest.webmanifest']) {
    const { response } = await dispatch('fetch', { request: request(path) });
    assert.ok(response?.ok, `${path} from the cache`);
  }
  // The failed network tries left the cache as it was.
  assert.equal(caches.stores.get(current).entries.size, listedShell().length);
});

test('service worker: leaves other requests alone; online, the page’s own requests refresh the cache and it makes none of its own', async () => {
  network.online = true;
  const dispatch = loadWorker();
  await dispatch('install');
  for (const r of [
    request('/data/other.json'),
    request('https://elsewhere.example/www/app.js'),
    { ...request('/index.html'), method: 'POST' },
    request('/docs/', 'navigate'),
  ]) {
    const { response, waited } = await dispatch('fetch', { request: r });
    assert.equal(response, undefined, `${r.url} goes to the network as usual`);
    assert.equal(waited.length, 0);
  }
  network.log = [];
  const { response } = await dispatch('fetch', { request: request('/', 'navigate') });
  assert.ok(response.ok);
  assert.deepEqual(network.log, ['/'], 'one request: the one the page made, nothing in the background');
  network.log = [];
  const app = await dispatch('fetch', { request: request('/www/app.js') });
  assert.ok(app.response.ok);
  assert.deepEqual(network.log, ['/www/app.js']);
  const current = [...caches.stores.keys()].find((n) => n.startsWith('gloss-shell-'));
  const cached = await caches.stores.get(current).match(new URL('/www/app.js', ORIGIN).href);
  assert.ok(cached, 'the answer was kept for offline use');
});

test('registerServiceWorker: a no-op where unsupported, else registers sw.js at the root', async () => {
  assert.equal(await registerServiceWorker({ navigator: /** @type {any} */ ({}), secure: true }), null);
  const calls = [];
  const nav = /** @type {any} */ ({
    serviceWorker: {
      register: async (url, options) => {
        calls.push([url, options]);
        return 'registration';
      },
    },
  });
  assert.equal(await registerServiceWorker({ navigator: nav, secure: false }), null, 'insecure origin');
  const scriptUrl = new URL('http://127.0.0.1:8000/gloss/sw.js');
  assert.equal(await registerServiceWorker({ navigator: nav, secure: true, scriptUrl }), 'registration');
  assert.deepEqual(calls, [['http://127.0.0.1:8000/gloss/sw.js', { scope: '/gloss/', updateViaCache: 'none' }]]);
  assert.equal(
    await registerServiceWorker({
      navigator: nav,
      secure: true,
      scriptUrl: new URL('file:///x/sw.js'),
    }),
    null,
  );
  const failing = {
    serviceWorker: {
      register: async () => {
        throw new Error('denied');
      },
    },
  };
  assert.equal(
    await registerServiceWorker({
      navigator: /** @type {any} */ (failing),
      secure: true,
      scriptUrl,
    }),
    null,
  );
});
