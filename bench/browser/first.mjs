// The first paste of a big text after the page loads, in fresh pages: V8 runs the WASM from a
// quick baseline compile at first (see www/worker.js WARM_UP_RUNS), so this run can take much
// longer than the same paste later. Prints gloss:wasm of the first and the second paste per page.
// Run: node bench/browser/first.mjs [bytes | article] [pages]   (after make build; `article`: the
// made-up 10,000-word article; WAIT_MS: how long each page is left alone after loading, 4 s by
// default, for the worker's warm-up runs).

import { GlossPage, launchBrowser, startServer } from '../../e2e/helpers.mjs';
import { newsArticle, newsText } from '../../e2e/newsgen.mjs';
import { median, pasteInPage } from './common.mjs';

const article = process.argv[2] === 'article';
const bytes = article ? 0 : Number(process.argv[2] ?? 1e6);
const pages = Number(process.argv[3] ?? 5);
const text = article ? newsArticle(10_000) : newsText(bytes);

/** @param {import('playwright-core').Page} page */
async function pasted(page, /** @type {string} */ t) {
  await page.evaluate(pasteInPage, '');
  await page.waitForFunction(() => !document.body.dataset.busy, null, { timeout: 600_000, polling: 50 });
  await page.evaluate(pasteInPage, t);
  await page.waitForFunction(() => performance.getEntriesByName('gloss:total').length > 0, null, {
    timeout: 600_000,
    polling: 100,
  });
  return page.evaluate(() => performance.getEntriesByName('gloss:wasm')[0].duration);
}

const server = await startServer();
const browser = await launchBrowser();
try {
  const firsts = [];
  const seconds = [];
  for (let p = 0; p < pages; p++) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await new GlossPage(page, server.url).open();
    await page.waitForTimeout(Number(process.env.WAIT_MS ?? 4000)); // the worker's warm-up runs
    firsts.push(await pasted(page, text));
    seconds.push(await pasted(page, text));
    await page.close();
  }
  const f = (/** @type {number[]} */ xs) => `${median(xs).toFixed(0)} ms (${xs.map((x) => x.toFixed(0)).join(', ')})`;
  console.log(
    `${article ? '10,000 words' : `${bytes} bytes`}, ${pages} fresh pages: first paste WASM ${f(firsts)}; second ${f(seconds)}`,
  );
} finally {
  await browser.close();
  await server.close();
}
