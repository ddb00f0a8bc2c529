// The cost of the core's progress reports: headless Chromium runs the page's worker on a made-up
// 10,000-word article (e2e/newsgen.mjs), with and without `progressId` (the core posting its
// progress from the worker), alternating, and prints the median WASM time of each, the median
// of the paired differences, and the reports posted per run. On a loaded machine wall times
// move by more than the difference, so it also times what a report costs the worker: posting a
// `{id, progress}` message, 20,000 times in a row. A benchmark, not a test: it asserts nothing.
// Run: make bench-browser (or node bench/browser/progress.mjs [runs] [words]).

import { GlossPage, launchBrowser, startServer } from '../../e2e/helpers.mjs';
import { newsArticle } from '../../e2e/newsgen.mjs';

const RUNS = Number(process.argv[2] ?? 41);
const WORDS = Number(process.argv[3] ?? 10_000);

const server = await startServer();
const browser = await launchBrowser();
try {
  const page = await browser.newPage();
  const gloss = new GlossPage(page, server.url);
  await gloss.open();
  const result = await page.evaluate(
    async ([text, runs]) => {
      const worker = new Worker(new URL('www/worker.js', location.href), { type: 'module' });
      await new Promise((resolve) => {
        worker.addEventListener('message', (e) => e.data.ready && resolve(undefined), { once: true });
      });
      let id = 0;
      /** One run: the WASM call's time in the worker, and the progress messages it posted. */
      const run = (/** @type {boolean} */ progress) =>
        new Promise((resolve) => {
          const mine = ++id;
          let reports = 0;
          const listen = (/** @type {MessageEvent} */ e) => {
            if (e.data.id !== mine) return;
            if (typeof e.data.progress === 'number') reports++;
            if (e.data.annotated) {
              worker.removeEventListener('message', listen);
              resolve({ ms: e.data.ms, reports, total: e.data.total });
            }
          };
          worker.addEventListener('message', listen);
          worker.postMessage({ id: mine, text, options: progress ? { progressId: mine } : {} });
        });
      /** @type {{ms: number, reports: number, total: number}[][]} */
      const out = [[], []];
      for (let i = 0; i < 3; i++) await run(i % 2 === 0); // warm up
      for (let i = 0; i < runs; i++) {
        out[0].push(/** @type {any} */ (await run(false)));
        out[1].push(/** @type {any} */ (await run(true)));
      }
      worker.terminate();
      return out;
    },
    /** @type {[string, number]} */ ([newsArticle(WORDS), RUNS]),
  );
  const median = (/** @type {number[]} */ xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const [off, on] = result.map((runs) => ({
    ms: median(runs.map((r) => r.ms)),
    reports: median(runs.map((r) => r.reports)),
    marks: runs[0].total,
  }));
  console.log(
    `| ${WORDS.toLocaleString('en-GB')} words, ${RUNS} runs each | WASM ms (median) | progress reports per run | marks |`,
  );
  console.log('|---|---:|---:|---:|');
  console.log(`| without progress | ${off.ms.toFixed(2)} | ${off.reports} | ${off.marks} |`);
  console.log(`| with progress | ${on.ms.toFixed(2)} | ${on.reports} | ${on.marks} |`);
  const paired = median(result[1].map((r, i) => r.ms - result[0][i].ms));
  console.log(`overhead: median of the paired differences ${paired.toFixed(2)} ms`);

  // What one report costs the worker, away from the page's CSP (a plain file of the server).
  await page.goto(`${server.url}e2e/fixtures/article.txt`);
  const perPost = await page.evaluate(async () => {
    const code = `const t0 = performance.now();
      for (let i = 0; i < 20000; i++) postMessage({ id: 1, progress: i / 20000 });
      postMessage({ us: ((performance.now() - t0) * 1000) / 20000 });`;
    const worker = new Worker(URL.createObjectURL(new Blob([code], { type: 'text/javascript' })));
    return new Promise((resolve) => {
      worker.addEventListener('message', (e) => {
        if (e.data.us !== undefined) resolve(e.data.us);
      });
    });
  });
  console.log(
    `one report costs the worker ${perPost.toFixed(2)} µs to post: ${on.reports} reports ≈ ${((on.reports * perPost) / 1000).toFixed(3)} ms a run`,
  );
} finally {
  await browser.close();
  await server.close();
}
