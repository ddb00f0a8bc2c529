// `make dist`: the static site served by a plain static server (python3 -m http.server, no
// headers of its own), and the single file dist/gloss.html opened from disk (file://), each in
// headless Chromium: paste, see marks, share, open the link. Plus the headers files, and the
// service worker's update from one deploy to the next. Builds into target/dist-e2e/ (needs
// `make build`, and scripts/dist/node_modules from `make dist-deps`).

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { GlossPage, ROOT, launchBrowser } from './helpers.mjs';

const OUT = join(ROOT, 'target', 'dist-e2e');
const SERVED = join(ROOT, 'target', 'dist-e2e-served');
const TEXT =
  'Minister Jane Okafor said on Tuesday that 4,200 people applied in March, a 12 per cent ' +
  'increase compared with the same month last year.\n\nOkafor told the BBC the scheme would ' +
  'cost £2.5bn over three years.\n';

/** @type {import('playwright-core').Browser} */
let browser;
/** @type {{url: string, stop: () => void}} */
let server;

function build(out = OUT) {
  execFileSync(process.execPath, [join(ROOT, 'scripts', 'dist', 'build.mjs'), out], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

/** python3's http.server on a free port over `dir`: a plain static host. */
function staticServer(/** @type {string} */ dir) {
  return new Promise((resolve, reject) => {
    const child = spawn('python3', ['-u', '-m', 'http.server', '0', '--bind', '127.0.0.1', '--directory', dir], {
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    let seen = '';
    child.stdout.on('data', (chunk) => {
      seen += chunk;
      const m = /port (\d+)/.exec(seen);
      if (m) resolve({ url: `http://127.0.0.1:${m[1]}/`, stop: () => child.kill() });
    });
    child.on('exit', (code) => reject(new Error(`http.server exited (${code})`)));
  });
}

before(async () => {
  build();
  rmSync(SERVED, { recursive: true, force: true });
  cpSync(OUT, SERVED, { recursive: true });
  server = /** @type {any} */ (await staticServer(SERVED));
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  server?.stop();
});

/** The build id: the one folder under app/. */
function buildId(/** @type {string} */ dir) {
  const ids = readdirSync(join(dir, 'app'));
  assert.equal(ids.length, 1, `one build in ${dir}/app: ${ids}`);
  return ids[0];
}

/**
 * Opens `url` in a fresh context, pastes TEXT, checks the marks, shares, opens the link in
 * another fresh context and checks the same marks are there.
 * @param {string} url
 */
async function pasteShareReopen(url) {
  const open = async (/** @type {string} */ address) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const gloss = new GlossPage(page, url);
    await gloss.open(address);
    return { context, page, gloss };
  };
  const first = await open(url);
  await first.gloss.enter(TEXT);
  const marks = await first.gloss.marks();
  const has = (/** @type {string} */ layer, /** @type {string} */ text) =>
    marks.some((m) => m.layer === layer && m.text === text);
  assert.ok(has('statistic', '12 per cent'), JSON.stringify(marks));
  assert.ok(has('entity', 'Jane Okafor'), JSON.stringify(marks));
  const link = await first.gloss.share();
  assert.match(link, /#v1\.[A-Za-z0-9_-]+$/);
  assert.deepEqual(first.gloss.errors, []);
  await first.context.close();

  const second = await open(link);
  assert.equal(await second.page.inputValue('#source'), TEXT);
  assert.deepEqual(await second.gloss.marks(), marks);
  assert.deepEqual(second.gloss.errors, []);
  return second;
}

test('dist/ on a plain static server: paste, marks, share link opens; every file from this build', async () => {
  const id = buildId(SERVED);
  const requests = /** @type {string[]} */ ([]);
  const failures = /** @type {string[]} */ ([]);
  const context = await browser.newContext();
  context.on('request', (r) => requests.push(r.url()));
  context.on('requestfailed', (r) => failures.push(r.url()));
  context.on('response', (r) => {
    if (r.status() >= 400) failures.push(`${r.status()} ${r.url()}`);
  });
  const page = await context.newPage();
  const gloss = new GlossPage(page, server.url);
  await gloss.open(server.url);
  await gloss.enter(TEXT);
  assert.ok((await gloss.marksOf('statistic')).length > 0);
  await context.close();
  assert.deepEqual(failures, []);
  for (const url of requests) {
    const path = new URL(url).pathname;
    assert.ok(
      path === '/' || path === '/index.html' || path === '/sw.js' || path.startsWith(`/app/${id}/`),
      `${path} is not from this build`,
    );
  }
  assert.ok(
    requests.some((u) => u.endsWith('.wasm')),
    'the WASM came from the build folder',
  );

  const reopened = await pasteShareReopen(server.url);
  await reopened.context.close();
});

test('dist/gloss.html opened from disk: paste, marks, share link opens, strict CSP', async () => {
  const html = readFileSync(join(OUT, 'gloss.html'), 'utf8');
  const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1] ?? '';
  assert.match(csp, /script-src 'sha256-[A-Za-z0-9+/=]+' 'wasm-unsafe-eval'(;|$)/);
  assert.match(csp, /style-src 'sha256-[A-Za-z0-9+/=]+'(;|$)/);
  assert.match(csp, /worker-src blob:(;|$)/);
  const directives = new Map(
    csp.split(';').map((d) => {
      const [name, ...sources] = d.trim().split(/\s+/);
      return [name, sources];
    }),
  );
  assert.deepEqual(directives.get('default-src'), ["'none'"]);
  for (const [name, sources] of directives) {
    for (const bad of ["'unsafe-inline'", "'unsafe-eval'", "'self'", 'data:', '*']) {
      if (name === 'img-src' && bad === 'data:') continue;
      assert.ok(!sources.includes(bad), `${name} allows ${bad}`);
    }
  }
  assert.ok(!directives.has('connect-src'), 'nothing may be fetched');
  assert.doesNotMatch(html, /<script[^>]+src=|<link[^>]+rel="(stylesheet|manifest)"/, 'nothing loaded from files');
  const url = pathToFileURL(join(OUT, 'gloss.html')).href;
  const reopened = await pasteShareReopen(url);
  assert.ok(reopened.page.url().startsWith('file://'));
  await reopened.context.close();
});

test('the headers files carry the meta CSP plus frame-ancestors, nosniff and no referrer', () => {
  const index = readFileSync(join(OUT, 'index.html'), 'utf8');
  const meta = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(index)?.[1];
  assert.ok(meta);
  const csp = `${meta}; frame-ancestors 'none'`;
  const netlify = readFileSync(join(OUT, '_headers'), 'utf8');
  assert.ok(netlify.includes(`  Content-Security-Policy: ${csp}\n`), netlify);
  assert.match(netlify, /^\/\*\n( {2}.+\n)* {2}X-Content-Type-Options: nosniff\n/m);
  const vercel = JSON.parse(readFileSync(join(OUT, 'vercel.json'), 'utf8'));
  const all = vercel.headers.find((h) => h.source === '/(.*)').headers;
  assert.deepEqual(all.find((h) => h.key === 'Content-Security-Policy')?.value, csp);
  assert.deepEqual(all.find((h) => h.key === 'X-Content-Type-Options')?.value, 'nosniff');
  const nginx = readFileSync(join(OUT, 'nginx.conf'), 'utf8');
  assert.ok(nginx.includes(`add_header Content-Security-Policy "${csp}" always;`));
  assert.ok(nginx.includes('add_header X-Content-Type-Options "nosniff" always;'));
});

test('a new deploy: the service worker updates, the old cache goes, the page is the new one', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const gloss = new GlossPage(page, server.url);
  await gloss.open(server.url);
  const oldId = buildId(SERVED);
  const cacheNames = () =>
    page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      return caches.keys();
    });
  await page.waitForFunction(async () => (await caches.keys()).length > 0);
  assert.deepEqual(await cacheNames(), [`gloss-shell-${oldId}`]);

  // The next deploy: the tree with one module changed, built and copied over the old site
  // (whose files are replaced, as a host does).
  const next = join(ROOT, 'target', 'dist-e2e-next');
  const tree = join(ROOT, 'target', 'dist-e2e-tree');
  rmSync(tree, { recursive: true, force: true });
  for (const name of ['index.html', 'sw.js', 'manifest.webmanifest', 'www', 'scripts']) {
    if (existsSync(join(ROOT, name))) {
      cpSync(join(ROOT, name), join(tree, name), {
        recursive: true,
        filter: (p) => !p.includes('node_modules') || p.includes(join('scripts', 'dist', 'node_modules')),
      });
    }
  }
  const example = join(tree, 'www', 'style.css');
  writeFileSync(example, `${readFileSync(example, 'utf8')}\n/* next deploy */\n`);
  execFileSync(process.execPath, [join(tree, 'scripts', 'dist', 'build.mjs'), next], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const newId = buildId(next);
  assert.notEqual(newId, oldId);
  rmSync(SERVED, { recursive: true, force: true });
  cpSync(next, SERVED, { recursive: true });

  await page.reload();
  await page.waitForSelector('html[data-ready="true"]');
  await page.waitForFunction(
    async (id) => JSON.stringify(await caches.keys()) === JSON.stringify([`gloss-shell-${id}`]),
    newId,
    { timeout: 20_000 },
  );
  await page.reload();
  await page.waitForSelector('html[data-ready="true"]');
  const styles = await page.$$eval('link[rel="stylesheet"]', (ls) => ls.map((l) => l.getAttribute('href')));
  assert.deepEqual(styles, [`./app/${newId}/www/style.css`]);
  await gloss.enter(TEXT);
  assert.ok((await gloss.marksOf('entity')).length > 0);
  assert.deepEqual(gloss.errors, []);
  await context.close();
  rmSync(tree, { recursive: true, force: true });
});
