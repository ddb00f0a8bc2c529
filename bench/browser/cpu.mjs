// The main thread's CPU time for a paste, from Chromium's trace (thread time, `tdur`: what the
// page's thread ran, not the wall clock, so that a loaded machine changes it much less than it
// changes bench.mjs's wall times). Pastes a made-up 10,000-word article (or
// `node bench/browser/cpu.mjs BYTES` of made-up news) into an emptied page RUNS times (5) and
// prints, as medians: the main thread's CPU time from the paste to the view drawn (gloss:total's
// end), from there to the end of the first paint after it (the frame that shows the draw), and
// after that until the page is quiet (blocks the IntersectionObserver draws, the panels'
// slices, their layout and paint), each by kind (script, style and layout, paint).
// A benchmark, not a test: it asserts nothing.

import { GlossPage, launchBrowser, startServer } from '../../e2e/helpers.mjs';
import { newsArticle, newsText } from '../../e2e/newsgen.mjs';
import { median, pasteInPage } from './common.mjs';

const bytes = Number(process.argv[2]) || 0;
const text = bytes ? newsText(bytes) : newsArticle(10_000);
const RUNS = Number(process.env.RUNS) || 5;

/** The trace events that a kind of work is made of (top level of the main thread's tasks). */
const KINDS = /** @type {Record<string, string>} */ ({
  FunctionCall: 'script',
  EventDispatch: 'script',
  HandlePostMessage: 'script',
  TimerFire: 'script',
  FireAnimationFrame: 'script',
  'V8.Execute': 'script',
  UpdateLayoutTree: 'style+layout',
  Layout: 'style+layout',
  PrePaint: 'paint',
  Paint: 'paint',
  Layerize: 'paint',
  Commit: 'paint',
});

/**
 * @param {import('playwright-core').Page} page
 * @param {string} t
 */
async function paste(page, t) {
  await page.evaluate(pasteInPage, t);
  await page.waitForFunction(() => !document.body.dataset.busy, null, { timeout: 600_000, polling: 50 });
}

const server = await startServer();
const browser = await launchBrowser();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const gloss = new GlossPage(page, server.url);
  await gloss.open();
  await paste(page, text); // warm up
  /** @type {Record<string, number[]>} */
  const cpu = {};
  const add = (/** @type {string} */ k, /** @type {number} */ v) => {
    cpu[k] = cpu[k] ?? [];
    cpu[k].push(v);
  };
  for (let r = 0; r < RUNS; r++) {
    await paste(page, '');
    await page.waitForTimeout(500);
    await browser.startTracing(page, { categories: ['devtools.timeline', 'blink.user_timing', 'toplevel'] });
    await paste(page, text);
    await page.waitForTimeout(1500); // the blocks near the viewport, the panels' slices
    const { traceEvents } = JSON.parse((await browser.stopTracing()).toString());
    const total = traceEvents.find((/** @type {any} */ e) => e.name === 'gloss:total' && e.ph === 'b');
    const main = traceEvents.find(
      (/** @type {any} */ e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && e.pid === total?.pid,
    );
    if (!total || !main) throw new Error('no gloss:total or main thread in the trace');
    const totalEnd = traceEvents.find(
      (/** @type {any} */ e) => e.name === 'gloss:total' && e.ph === 'e' && e.id2?.local === total.id2?.local,
    );
    const drawn = (totalEnd ?? total).ts;
    // The frame that shows the draw: up to the end of the first paint after it.
    const paints = traceEvents.filter(
      (/** @type {any} */ e) => e.name === 'Paint' && e.pid === main.pid && e.tid === main.tid && e.ts > drawn,
    );
    const shown = Math.min(...paints.map((/** @type {any} */ e) => e.ts + e.dur));
    /** @type {Record<string, number>} */
    const sums = {};
    // Top-level tasks' thread time, and their parts by kind (the parts' own tdur).
    for (const e of traceEvents) {
      if (e.ph !== 'X' || e.pid !== main.pid || e.tid !== main.tid || e.tdur === undefined) continue;
      if (e.ts + e.dur < total.ts) continue;
      const when = e.ts < drawn ? '1 to drawn' : e.ts < shown ? '2 to shown' : '3 after';
      if (e.name === 'ThreadControllerImpl::RunTask')
        sums[`${when}: all`] = (sums[`${when}: all`] ?? 0) + e.tdur / 1000;
      const kind = KINDS[e.name];
      if (kind) sums[`${when}: ${kind}`] = (sums[`${when}: ${kind}`] ?? 0) + e.tdur / 1000;
    }
    for (const [k, v] of Object.entries(sums)) add(k, v);
  }
  console.log(`text: ${text.length} characters, ${RUNS} runs; main-thread CPU ms (median, range):`);
  for (const [k, v] of Object.entries(cpu).sort()) {
    console.log(
      `  ${k.padEnd(24)} ${median(v).toFixed(1).padStart(7)}  (${Math.min(...v).toFixed(1)}-${Math.max(...v).toFixed(1)})`,
    );
  }
} finally {
  await browser.close();
  await server.close();
}
