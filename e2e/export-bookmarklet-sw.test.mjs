// Three things outside the page, in a real Chromium: the standalone HTML
// export through the browser's own HTML parser and CSP, the bookmarklet on a page, and the
// service worker keeping the app shell available with the network cut.
// Skipped (with a note) where playwright-core or Chromium is missing; `make setup` installs both.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, dirname, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { toStandaloneHtml } from '../www/exports.js';
import { bookmarkletSource } from '../www/bookmarklet.js';
import { decodeView } from '../www/share.js';
import { span } from '../www/test/support.mjs';
import { ACTION_MS } from './limits.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.webmanifest': 'application/manifest+json',
};
/** Stand-ins for the WASM build when it is not built: enough for the page to load. */
const STAND_INS = {
  'www/pkg/gloss.js':
    'export default async function init() {}\nexport function annotate() { return { annotations: [] }; }\nexport function version() { return "stand-in"; }\n',
  'www/pkg/gloss_bg.wasm': '',
};

/** @type {Map<string, string>} extra pages served by the test */
const pages = new Map();
/** @type {string[]} */
const served = [];
let base = '';
/** @type {import('node:http').Server} */
let server;
/** @type {any} */
let browser = null;
let skipReason = '';

before(async () => {
  server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname).slice(1) || 'index.html';
    served.push(path);
    const file = normalize(join(ROOT, path));
    let body;
    if (pages.has(path)) body = pages.get(path);
    else if (file.startsWith(ROOT + sep) && existsSync(file) && statSync(file).isFile()) body = readFileSync(file);
    else if (path in STAND_INS) body = STAND_INS[path];
    if (body === undefined) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, {
      'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    });
    res.end(body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const address = server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;
  try {
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-dev-shm-usage',
      ],
    });
  } catch (error) {
    skipReason = `no browser: ${String(error).split('\n')[0]}`;
  }
});

after(async () => {
  await browser?.close();
  await new Promise((resolve) => server.close(() => resolve(undefined)));
});

const TEXT = [
  'Ada Okafor 👩🏽‍🔬 told the Harbour Trust that 1,240 jobs were at risk.',
  'Hostile: <img src=x onerror="document.title=1"> </mark></div><script>document.title=2</script> & \'q\'',
  'CRLF line\r\nlast 𝔘𝔫𝔦 line',
].join('\n');
/** @param {string} needle @param {object} fields */
const at = (needle, fields) => span(TEXT, needle, fields);
const ANNOTATIONS = [
  at('Ada Okafor', { canonical: 'Ada Okafor' }),
  at('Harbour Trust', { type: 'ORG' }),
  at('1,240 jobs', { layer: 'statistic', type: 'CARDINAL', value: 1240 }),
  at('<img src=x onerror', {
    layer: 'boilerplate',
    type: 'MANUAL',
    reason: 'by hand',
    manual: true,
  }),
  at('src=x onerror="doc', { layer: 'statistic', type: 'QUANTITY' }),
  at('𝔘𝔫𝔦', { type: 'MISC' }),
];

test('standalone HTML in Chromium: text round-trips through the real parser, nothing runs', async (t) => {
  if (!browser) return t.skip(skipReason);
  pages.set('export.html', toStandaloneHtml(TEXT, /** @type {any} */ (ANNOTATIONS), { title: 'Export <test>' }));
  const page = await browser.newPage();
  page.setDefaultTimeout(ACTION_MS);
  const problems = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  page.on('pageerror', (e) => problems.push(String(e)));
  await page.goto(`${base}export.html`);
  const result = await page.evaluate(() => ({
    text: document.querySelector('.text')?.textContent,
    scripts: document.scripts.length,
    images: document.images.length,
    handlers: [...document.querySelectorAll('*')].flatMap((el) =>
      el.getAttributeNames().filter((n) => n.startsWith('on')),
    ),
    title: document.title,
    marks: [...document.querySelectorAll('.text mark')].map((m) => [
      m.getAttribute('data-layer'),
      m.getAttribute('data-type'),
    ]),
    styled: getComputedStyle(/** @type {Element} */ (document.querySelector('.text mark[data-layer="entity"]')))
      .textDecorationLine,
  }));
  assert.equal(result.text, TEXT);
  assert.equal(result.scripts, 0);
  assert.equal(result.images, 0);
  assert.deepEqual(result.handlers, []);
  assert.equal(result.title, 'Export <test>');
  assert.ok(result.marks.length >= ANNOTATIONS.length + 1, 'a crossing span is split');
  assert.equal(result.styled, 'underline', 'the inline style applies under the CSP');
  assert.deepEqual(problems, []);
  if (process.env.WORKBENCH_SCREENSHOTS)
    await page.screenshot({
      path: `${process.env.WORKBENCH_SCREENSHOTS}/export.png`,
      fullPage: true,
    });
  await page.close();
});

test('bookmarklet in Chromium: opens the app with the selection, else the article', async (t) => {
  if (!browser) return t.skip(skipReason);
  const article = 'Headline here\n\nThe council said 1,200 homes — “about 4 per cent” — were affected. £3.5m 🎉';
  pages.set(
    'news.html',
    `<!doctype html><meta charset="utf-8"><title>News</title><nav>Home | News</nav><article><h1>Headline here</h1><p>The council said 1,200 homes — “about 4 per cent” — were affected. £3.5m 🎉</p></article><p id="other">Other words to select</p>`,
  );
  const context = await browser.newContext();
  context.setDefaultTimeout(ACTION_MS);
  const page = await context.newPage();
  await page.goto(`${base}news.html`);
  const app = `${base}index.html`;

  const open = async () => {
    const popup = context.waitForEvent('page');
    await page.evaluate(bookmarkletSource(app));
    const tab = await popup;
    await tab.waitForURL(/#v1\./);
    const url = tab.url();
    await tab.close();
    assert.ok(url.startsWith(`${app}#v1.`), url.slice(0, 80));
    return (await decodeView(url.slice(url.indexOf('#')))).text;
  };
  const innerText = await page.evaluate(() => document.querySelector('article')?.innerText);
  assert.equal(await open(), innerText?.trim());
  assert.match(innerText ?? '', /Headline here\n\nThe council said/);
  assert.equal(innerText?.trim(), article);

  await page.evaluate(() => {
    const range = document.createRange();
    range.selectNodeContents(/** @type {Node} */ (document.querySelector('#other')));
    getSelection()?.removeAllRanges();
    getSelection()?.addRange(range);
  });
  assert.equal(await open(), 'Other words to select');
  assert.ok(!served.some((p) => p.includes('council') || p.includes('select')), 'the text never reached the server');
  await context.close();
});

test('service worker in Chromium: after one visit the app opens with the network cut', async (t) => {
  if (!browser) return t.skip(skipReason);
  pages.set(
    'register.html',
    `<!doctype html><meta charset="utf-8"><title>register</title><script type="module">
import { registerServiceWorker } from './www/offline.js';
const registration = await registerServiceWorker();
await navigator.serviceWorker.ready;
document.title = registration ? 'registered' : 'not registered';
</script>`,
  );
  const context = await browser.newContext();
  context.setDefaultTimeout(ACTION_MS);
  const page = await context.newPage();
  await page.goto(`${base}register.html`);
  await page.waitForFunction(() => document.title !== 'register', null, { timeout: 20000 });
  assert.equal(await page.title(), 'registered');
  await context.setOffline(true);
  await page.goto(`${base}#v1.anything`);
  assert.ok(await page.$('#source'), 'index.html came from the cache');
  const loaded = await page.evaluate(async () => {
    const out = {};
    for (const path of [
      'www/app.js',
      'www/style.css',
      'www/pkg/gloss_bg.wasm',
      'manifest.webmanifest',
      'www/icon.svg',
    ]) {
      out[path] = (await fetch(path)).ok;
    }
    return out;
  });
  assert.ok(Object.values(loaded).every(Boolean), JSON.stringify(loaded));
  await assert.rejects(
    page.evaluate(() => fetch('not-in-the-shell.txt')),
    'other requests still need the network',
  );
  await context.close();
});
