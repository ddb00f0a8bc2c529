// In-browser benchmark: headless Chromium loads the page, and for made-up news-like texts of
// 1 KB to 10 MB (e2e/newsgen.mjs) times the worker's WASM call and the page's drawing
// separately (the page's performance measures gloss:wasm, gloss:draw, gloss:total), median of
// several runs. Also a made-up 10,000-word article. A benchmark, not a test: it asserts nothing.
// Run: make bench-browser (or node bench/browser/bench.mjs [sizes in bytes...]). GLOSS_CORES=8
// makes the page see 8 cores, so that it runs the entity pass in a second worker (www/annotator.js).
//
// "draw" is the main thread's time from the last annotation received to the view drawn: for
// texts over 200 KB it is spread over several tasks (the page yields between steps), and only
// the blocks near the viewport get their marks. "total" runs from the paste to the view drawn.
// Neither holds the style, layout and paint of the frame that shows the draw: cpu.mjs measures
// those. Each run pastes into an emptied page.

import { GlossPage, launchBrowser, startServer } from '../../e2e/helpers.mjs';
import { newsArticle, newsText } from '../../e2e/newsgen.mjs';
import { median, pasteInPage } from './common.mjs';

const SIZES = process.argv.slice(2).map(Number).filter(Boolean);
const sizes = SIZES.length ? SIZES : [1e3, 1e4, 1e5, 1e6, 1e7];
/** @param {number} bytes */
const runsFor = (bytes) => (bytes >= 5e6 ? 1 : bytes >= 1e6 ? 3 : bytes >= 1e5 ? 5 : 7);

/**
 * Pastes `text` as a reader would (a paste event for big texts, else the editor's input event)
 * and returns the page's measures of that run.
 * @param {import('playwright-core').Page} page
 * @param {string} text
 */
async function run(page, text) {
  // Each run pastes into an emptied page, as a reader does (a paste of the text already shown
  // would only redraw the blocks drawn before).
  await page.evaluate(pasteInPage, '');
  await page.waitForFunction(() => !document.body.dataset.busy, null, { timeout: 600_000, polling: 50 });
  await page.evaluate(pasteInPage, text);
  await page.waitForFunction(
    () =>
      performance.getEntriesByName('gloss:total').length > 0 ||
      !document.querySelector('#message')?.hasAttribute('hidden'),
    null,
    { timeout: 600_000, polling: 200 },
  );
  const message = await page.evaluate(() =>
    document.querySelector('#message')?.hasAttribute('hidden') ? '' : document.querySelector('#message')?.textContent,
  );
  if (message) throw new Error(`the page refused the text: ${message}`);
  return page.evaluate(() => {
    const get = (/** @type {string} */ name) => performance.getEntriesByName(name)[0].duration;
    const heap = /** @type {any} */ (performance).memory?.usedJSHeapSize ?? 0;
    return {
      wasm: get('gloss:wasm'),
      draw: get('gloss:draw'),
      total: get('gloss:total'),
      heap: heap / 1e6,
      marks: Number(document.querySelector('#status')?.textContent?.match(/^(\d+)/)?.[1] ?? 0),
    };
  });
}

const server = await startServer();
const browser = await launchBrowser();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const cores = Number(process.env.GLOSS_CORES);
  if (cores) {
    await page.addInitScript(
      /** @type {() => void} */ (
        new Function(`Object.defineProperty(navigator, 'hardwareConcurrency', { get: () => ${cores} });`)
      ),
    );
  }
  const gloss = new GlossPage(page, server.url);
  await gloss.open();
  await run(page, newsText(2000)); // warm up
  console.log(
    '| text | bytes | runs | marks | WASM ms (range) | WASM MB/s | WASM ns/byte | draw ms (range) | total ms | total ns/byte | page heap MB |',
  );
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  const cases = sizes.map(
    (b) => /** @type {[string, string]} */ ([`${b >= 1e6 ? `${b / 1e6} MB` : `${b / 1e3} KB`}`, newsText(b)]),
  );
  cases.push(['10,000 words', newsArticle(10_000)]);
  for (const [name, text] of cases) {
    const results = [];
    for (let r = 0; r < runsFor(text.length); r++) results.push(await run(page, text));
    const m = (/** @type {'wasm' | 'draw' | 'total'} */ k) => median(results.map((x) => x[k]));
    const spread = (/** @type {'wasm' | 'draw'} */ k) => {
      const xs = results.map((x) => x[k]);
      return `${Math.min(...xs).toFixed(0)}-${Math.max(...xs).toFixed(0)}`;
    };
    const r = {
      name,
      heap: results[results.length - 1].heap,
      bytes: new TextEncoder().encode(text).length,
      runs: results.length,
      marks: results[0].marks,
      wasm: m('wasm'),
      draw: m('draw'),
      total: m('total'),
    };
    console.log(
      `| ${r.name} | ${r.bytes} | ${r.runs} | ${r.marks} | ${r.wasm.toFixed(1)} (${spread('wasm')}) | ${(r.bytes / 1e3 / r.wasm).toFixed(2)} | ${((r.wasm * 1e6) / r.bytes).toFixed(0)} | ${r.draw.toFixed(1)} (${spread('draw')}) | ${r.total.toFixed(1)} | ${((r.total * 1e6) / r.bytes).toFixed(0)} | ${r.heap.toFixed(0)} |`,
    );
  }
} finally {
  await browser.close();
  await server.close();
}
