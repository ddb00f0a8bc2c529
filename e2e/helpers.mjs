// Shared by the browser tests: a static server for the repo root, the browser, and a page
// object that knows the page's stable hooks (#source, #view, marks with data-layer/data-type,
// #share) so that the tests read as what a reader does.

import { createServer } from 'node:http';
import { readFile as readText } from 'node:fs/promises';
import { readFile, stat } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, normalize, dirname, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { before, after } from 'node:test';
import { chromium } from 'playwright-core';
import { ACTION_MS, IDLE_MS } from './limits.mjs';

/** The tree served: this repository, or GLOSS_ROOT (e.g. an older checkout, to see a new test fail there). */
export const ROOT = process.env.GLOSS_ROOT ?? join(dirname(fileURLToPath(import.meta.url)), '..');

export { ACTION_MS, IDLE_MS };

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
};

/**
 * The folder the page is served from: the repository root, or the site `make dist` built when
 * GLOSS_E2E_SITE names it (`make test-e2e-dist` runs the browser tests against dist/ that way).
 */
const SITE = process.env.GLOSS_E2E_SITE ? join(ROOT, process.env.GLOSS_E2E_SITE) : ROOT;

/**
 * Serves the repository root (or GLOSS_E2E_SITE) on a free 127.0.0.1 port.
 * @returns {Promise<{url: string, close: () => Promise<void>}>}
 */
export async function startServer() {
  const server = createServer(async (req, res) => {
    try {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      let file = normalize(join(SITE, path));
      if (!file.startsWith(SITE + sep) && file !== SITE) throw new Error('outside');
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
      });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise((resolve) => server.close(() => resolve(undefined))),
  };
}

/** Headless Debian chromium, flags from ../shared/TOOLCHAIN.md. */
export function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
}

/**
 * The usual set-up of a browser test file: registers before/after hooks that start the server
 * and the browser (and stop them), and returns them with `open`, which opens the page in a
 * fresh context (no storage shared with other tests).
 * @param {{viewport?: {width: number, height: number}}} [defaults]
 */
export function browserTests(defaults = {}) {
  const env = {
    /** @type {{url: string, close: () => Promise<void>}} */
    server: /** @type {any} */ (null),
    /** @type {import('playwright-core').Browser} */
    browser: /** @type {any} */ (null),
    /**
     * @param {string | null} [url] null: do not open the page
     * @param {{clipboard?: boolean, init?: () => void, context?: import('playwright-core').BrowserContextOptions}} [options]
     */
    async open(url, options = {}) {
      const context = await env.browser.newContext({
        viewport: defaults.viewport ?? { width: 1280, height: 900 },
        ...options.context,
      });
      context.setDefaultTimeout(ACTION_MS);
      if (options.clipboard) {
        await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.server.url });
      }
      const page = await context.newPage();
      if (options.init) await page.addInitScript(options.init);
      const gloss = new GlossPage(page, env.server.url);
      if (url !== null) await gloss.open(url ?? env.server.url);
      return { context, page, gloss };
    },
  };
  before(async () => {
    env.server = await startServer();
    env.browser = await launchBrowser();
  });
  after(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}

/** The example article: ../shared/examples/news-article.txt when present, else our fixture. */
export function exampleArticle() {
  const shared = join(ROOT, '..', 'shared', 'examples', 'news-article.txt');
  if (existsSync(shared)) return { text: readFileSync(shared, 'utf8'), shared: true };
  return { text: fixture('article.txt'), shared: false };
}

/** @param {string} name a file in e2e/fixtures */
export function fixture(name) {
  return readFileSync(join(ROOT, 'e2e', 'fixtures', name), 'utf8');
}

/** A mark as the tests compare them. @typedef {{layer: string, type: string, text: string}} Mark */

export class GlossPage {
  /**
   * @param {import('playwright-core').Page} page
   * @param {string} base the server's address
   */
  constructor(page, base) {
    this.page = page;
    this.base = base;
    /** @type {string[]} */
    this.errors = [];
    page.setDefaultTimeout(ACTION_MS);
    page.on('pageerror', (error) => this.errors.push(String(error)));
    page.on('console', (msg) => {
      if (msg.type() === 'error') this.errors.push(msg.text());
    });
  }

  /** Opens the page (optionally with a fragment or a full URL) and waits until it is ready. */
  async open(url = this.base) {
    await this.page.goto(url);
    await this.page.waitForSelector('html[data-ready="true"]');
    await this.idle();
  }

  /**
   * Waits until no annotation is pending.
   * @param {number} [timeout] ms; longer for big texts
   */
  async idle(timeout = IDLE_MS) {
    await this.page.waitForFunction(() => !document.body.dataset.busy, null, { timeout });
  }

  /**
   * `page.evaluate` of a function that waits on the page (a promise of the page's own: the
   * service worker, the clipboard), bounded: Playwright gives evaluate no timeout of its own.
   * @template T
   * @param {() => Promise<T>} fn
   * @param {number} [timeout] ms
   * @returns {Promise<T>}
   */
  async within(fn, timeout = ACTION_MS) {
    /** @type {ReturnType<typeof setTimeout> | undefined} */
    let timer;
    const limit = new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`page.evaluate did not settle in ${timeout} ms: ${fn}`)), timeout);
    });
    try {
      return await Promise.race([this.page.evaluate(fn), limit]);
    } finally {
      clearTimeout(timer);
    }
  }

  /** Types or pastes plain text (replacing what is there) and waits for the annotations. */
  async enter(text) {
    await this.page.fill('#source', text);
    await this.idle();
  }

  /** Dispatches a paste event carrying text/plain and text/html into the emptied editor. */
  async richPaste(text, html) {
    await this.page.fill('#source', '');
    await this.idle();
    await this.page.evaluate(
      ([plain, rich]) => {
        const source = /** @type {HTMLTextAreaElement} */ (document.querySelector('#source'));
        source.focus();
        source.select();
        const data = new DataTransfer();
        data.setData('text/plain', plain);
        data.setData('text/html', rich);
        source.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
      },
      [text, html],
    );
    await this.idle();
  }

  /**
   * Every shown mark in the view, in document order (what the legend hides is drawn but
   * switched off: its style says --mark-off: 1).
   * @returns {Promise<Mark[]>}
   */
  marks() {
    return this.shownMarks('#view [data-layer]');
  }

  /** @param {string} layer */
  async marksOf(layer) {
    return (await this.marks()).filter((m) => m.layer === layer);
  }

  /**
   * The marks of `layer` on the article's lines (not on clutter lines; the headline counts as
   * article): what the panels, counts and exports hold unless the reader asks for clutter too.
   * @param {string} layer
   * @returns {Promise<Mark[]>}
   */
  articleMarks(layer) {
    return this.shownMarks(
      `#view .line:not([data-clutter-type]) mark[data-layer="${layer}"], #view .line[data-clutter-type="TITLE"] mark[data-layer="${layer}"]`,
    );
  }

  /**
   * The marks `selector` picks that are shown (what the legend hides is drawn but switched
   * off: its style says --mark-off: 1), in document order.
   * @param {string} selector
   * @returns {Promise<Mark[]>}
   */
  shownMarks(selector) {
    return this.page.$$eval(selector, (els) =>
      els
        .filter((el) => getComputedStyle(el).getPropertyValue('--mark-off').trim() !== '1')
        .map((el) => ({
          layer: /** @type {HTMLElement} */ (el).dataset.layer ?? '',
          type: /** @type {HTMLElement} */ (el).dataset.type ?? '',
          text: el.textContent ?? '',
        })),
    );
  }

  /** The text the view shows, line by line (gutter buttons hold no text). */
  viewText() {
    return this.page.$$eval('#view .line', (lines) =>
      lines.map((l) => l.querySelector('.line-text')?.textContent ?? '').join('\n'),
    );
  }

  /** Visible lines of the view (display not none). */
  visibleLines() {
    return this.page.$$eval('#view .line', (lines) =>
      lines
        .filter((l) => getComputedStyle(l).display !== 'none')
        .map((l) => l.querySelector('.line-text')?.textContent ?? ''),
    );
  }

  /** @param {string} layer */
  toggleLayer(layer) {
    return this.page.click(`#legend button.layer-toggle[data-layer="${layer}"]`);
  }

  /** @param {string} layer @param {string} type */
  toggleType(layer, type) {
    return this.page.click(`#legend button[data-type-key="${layer}:${type}"]`);
  }

  /** Presses Share and returns the new address. */
  async share() {
    const before = this.page.url();
    await this.page.click('#share');
    await this.page.waitForFunction((old) => location.href !== old, before);
    return this.page.url();
  }

  /** The card's text after hovering the first mark matching `selector`. */
  async hoverCard(selector) {
    await this.page.hover(selector);
    await this.page.waitForSelector('#card:not([hidden])');
    return this.page.textContent('#card');
  }

  message() {
    return this.page.textContent('#message');
  }

  async messageVisible() {
    return this.page.isVisible('#message');
  }
}

// --- The workbench tests' steps -----------------------------------------------------------

/**
 * A fresh context (no storage shared with other tests) that accepts downloads, and the page in
 * it, at the workbench tests' size.
 * @param {ReturnType<typeof browserTests>} env
 * @param {string | null} [url]
 * @param {import('playwright-core').BrowserContextOptions} [options]
 */
export function openWorkbench(env, url = undefined, options = {}) {
  return env.open(url, { context: { acceptDownloads: true, viewport: { width: 1280, height: 720 }, ...options } });
}

/** Loads the example with the button and waits for its annotations. */
export async function tryExample(gloss) {
  await gloss.page.click('#try-example');
  await gloss.idle();
  await gloss.page.waitForSelector('#view mark[data-layer="entity"]');
}

/**
 * Selects `word` inside the first text node of the view containing `context`, as a mouse would.
 * @param {import('playwright-core').Page} page
 */
export async function selectInView(page, context, word) {
  await page.evaluate(
    ([ctx, w]) => {
      const walker = document.createTreeWalker(document.querySelector('#view'), NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const at = (n.textContent ?? '').indexOf(ctx);
        if (at < 0) continue;
        const start = at + ctx.indexOf(w);
        const range = document.createRange();
        range.setStart(n, start);
        range.setEnd(n, start + w.length);
        const selection = /** @type {Selection} */ (getSelection());
        selection.removeAllRanges();
        selection.addRange(range);
        n.parentElement?.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
        return;
      }
      throw new Error(`no text node with ${ctx}`);
    },
    [context, word],
  );
  await page.waitForSelector('#label-bar:not([hidden])');
}

/**
 * Removes the first `layer` mark whose text is `text` through its tools; waits until one fewer
 * such mark is drawn.
 * @param {import('playwright-core').Page} page
 * @param {string} layer
 * @param {string} text
 */
export async function removeMark(page, layer, text) {
  const selector = `#view mark[data-layer="${layer}"]:text-is("${text}")`;
  const before = await page.locator(selector).count();
  await page.click(selector);
  await page.waitForSelector('#mark-tools:not([hidden])');
  await page.click('#mark-remove');
  await page.waitForFunction(
    ([l, t, n]) =>
      [...document.querySelectorAll(`#view mark[data-layer="${l}"]`)].filter((e) => e.textContent === t).length ===
      n - 1,
    /** @type {[string, string, number]} */ ([layer, text, before]),
  );
}

/**
 * Relabels the first `layer` mark whose text is `text` as `value` (`layer:TYPE`) through its
 * tools; waits for the mark drawn by hand.
 * @param {import('playwright-core').Page} page
 * @param {string} layer
 * @param {string} text
 * @param {string} value
 */
export async function relabelMark(page, layer, text, value) {
  await page.click(`#view mark[data-layer="${layer}"]:text-is("${text}")`);
  await page.selectOption('#mark-relabel-type', value);
  await page.click('#mark-relabel');
  await page.waitForSelector(`#view mark[data-manual="true"][data-type="${value.split(':')[1]}"]`);
}

/** Clicks an export button and returns the downloaded file's name and text. */
export async function downloadExport(page, format) {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.click(`#exports button[data-export="${format}"]`),
  ]);
  const path = await file.path();
  return { name: file.suggestedFilename(), text: await readText(path, 'utf8') };
}

/** The marks drawn by hand. */
export function manualMarks(page) {
  return page.$$eval('#view mark[data-manual="true"]', (els) =>
    els.map((el) => ({ layer: el.dataset.layer, type: el.dataset.type, text: el.textContent })),
  );
}
