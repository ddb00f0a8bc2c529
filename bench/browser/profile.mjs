// Where the page's drawing goes: pastes a text (a made-up 10,000-word article by default, or
// `node bench/browser/profile.mjs BYTES` for made-up news of that size) several times in
// headless Chromium under the CDP sampling profiler, and prints the main thread's self time by
// function (summed over the runs), the page's own measures (gloss:draw and its parts,
// gloss:layout: the style and layout of what was drawn, forced right after the draw) and the
// time to the next frame. A benchmark, not a test: it asserts nothing.

import { GlossPage, launchBrowser, startServer } from '../../e2e/helpers.mjs';
import { newsArticle, newsText } from '../../e2e/newsgen.mjs';
import { median, pasteInPage } from './common.mjs';

const bytes = Number(process.argv[2]) || 0;
const text = bytes ? newsText(bytes) : newsArticle(10_000);
const RUNS = Number(process.env.RUNS) || 5;

/**
 * Pastes the text and waits until it is drawn; returns the page's measures (ms).
 * @param {import('playwright-core').Page} page
 */
async function paste(page) {
  await page.evaluate(pasteInPage, text);
  await page.waitForFunction(() => performance.getEntriesByName('gloss:total').length > 0, null, {
    timeout: 600_000,
    polling: 50,
  });
  // The next frame after the draw: its style, layout and paint.
  return page.evaluate(
    () =>
      new Promise((resolve) => {
        const drawn = performance.getEntriesByName('gloss:total')[0];
        const end = drawn.startTime + drawn.duration;
        requestAnimationFrame(() =>
          setTimeout(() => {
            /** @type {Record<string, number>} */
            const out = { frame: performance.now() - end };
            for (const m of performance.getEntriesByType('measure')) {
              if (m.name.startsWith('gloss:')) out[m.name.slice(6)] = (out[m.name.slice(6)] ?? 0) + m.duration;
            }
            resolve(out);
          }, 0),
        );
      }),
  );
}

const server = await startServer();
const browser = await launchBrowser();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const gloss = new GlossPage(page, server.url);
  await gloss.open();
  await paste(page); // warm up
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  /** @type {Record<string, number[]>} */
  const measures = {};
  /** @type {Map<string, number>} */
  const self = new Map();
  let sampled = 0;
  for (let r = 0; r < RUNS; r++) {
    await page.evaluate(() => {
      const source = /** @type {HTMLTextAreaElement} */ (document.querySelector('#source'));
      source.value = '';
      source.dispatchEvent(new InputEvent('input', { inputType: 'deleteContent', bubbles: true }));
    });
    await gloss.idle();
    await cdp.send('Profiler.start');
    const m = /** @type {Record<string, number>} */ (await paste(page));
    const { profile } = await cdp.send('Profiler.stop');
    for (const [k, v] of Object.entries(m)) {
      measures[k] = measures[k] ?? [];
      measures[k].push(v);
    }
    // Self time per function: each sample's node, weighted by the time to the next sample.
    /** @type {Map<number, any>} */
    const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
    const deltas = profile.timeDeltas ?? [];
    (profile.samples ?? []).forEach((id, i) => {
      const node = nodes.get(id);
      const f = node.callFrame;
      if (f.functionName === '(idle)' || f.functionName === '(program)') return;
      const where = f.url ? `${f.url.replace(/^.*\/www\//, '')}:${f.lineNumber + 1}` : '';
      const key = `${f.functionName || '(anonymous)'} ${where}`;
      const ms = (deltas[i + 1] ?? 0) / 1000;
      self.set(key, (self.get(key) ?? 0) + ms);
      sampled += ms;
    });
  }
  console.log(`text: ${text.length} characters, ${RUNS} runs`);
  console.log('measures (median ms):');
  for (const [k, v] of Object.entries(measures)) {
    console.log(
      `  ${k.padEnd(28)} median ${median(v).toFixed(1)}, least ${Math.min(...v).toFixed(1)}  [${v.map((x) => x.toFixed(1)).join(', ')}]`,
    );
  }
  console.log(`main-thread samples: ${(sampled / RUNS).toFixed(1)} ms a run; self time a run, top 40:`);
  for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 40)) {
    console.log(`  ${(v / RUNS).toFixed(2).padStart(7)}  ${k}`);
  }
} finally {
  await browser.close();
  await server.close();
}
