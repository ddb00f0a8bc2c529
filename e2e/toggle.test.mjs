// Toggling a layer or a type in the legend on a big text (250 KB): the marks are hidden and shown
// again by switching classes on what is drawn, never by drawing the document again (the same
// elements stay on the page). Prints how long the click and the next paint took (not a bound:
// the machine's load decides timings; bench numbers go in the report). Needs `make build`.

import { test } from 'node:test';
import assert from 'node:assert/strict';

import { browserTests } from './helpers.mjs';
import { newsText } from './newsgen.mjs';

const env = browserTests();
const BIG_WAIT_MS = 120_000;

/**
 * Clicks a legend button and times it in the page: the click's own work, and until the frame
 * after it is painted (a requestAnimationFrame, then a task after that frame).
 * @param {import('playwright-core').Page} page
 * @param {string} selector
 */
function timedClick(page, selector) {
  return page.evaluate(
    (sel) =>
      new Promise((resolve) => {
        const button = /** @type {HTMLElement} */ (document.querySelector(sel));
        const t0 = performance.now();
        button.click();
        const click = performance.now() - t0;
        requestAnimationFrame(() => setTimeout(() => resolve({ click, paint: performance.now() - t0 }), 0));
      }),
    selector,
  );
}

test('a layer and a type toggle on a 250 KB text without drawing the document again', {
  timeout: 300_000,
}, async () => {
  const { context, page, gloss } = await env.open();
  const text = newsText(250_000);
  await page.evaluate((t) => {
    const source = /** @type {HTMLTextAreaElement} */ (document.querySelector('#source'));
    source.focus();
    const data = new DataTransfer();
    data.setData('text/plain', t);
    source.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
  await gloss.idle(BIG_WAIT_MS);
  await page.waitForSelector('#view mark[data-layer="entity"]', { timeout: BIG_WAIT_MS });
  await page.waitForSelector('#view:not(:has(.block.pending:first-child))', { timeout: BIG_WAIT_MS });

  const before = await gloss.marks();
  const entities = before.filter((m) => m.layer === 'entity').length;
  assert.ok(entities > 20, `names drawn at the top: ${entities}`);
  const figure = await page.$('#view mark[data-layer="statistic"]');
  assert.ok(figure, 'a figure drawn');

  /** @type {{click: number, paint: number}[]} */
  const times = [];
  const layer = '#legend button.layer-toggle[data-layer="entity"]';
  for (let round = 0; round < 3; round++) {
    times.push(/** @type {{click: number, paint: number}} */ (await timedClick(page, layer)));
    assert.equal((await gloss.marksOf('entity')).length, 0, 'names hidden');
    assert.equal(
      (await gloss.marksOf('statistic')).length,
      before.filter((m) => m.layer === 'statistic').length,
      'figures still shown',
    );
    times.push(/** @type {{click: number, paint: number}} */ (await timedClick(page, layer)));
    assert.equal((await gloss.marksOf('entity')).length, entities, 'names shown again');
  }
  // The document was not drawn again: the figure's element is still the one on the page.
  assert.ok(await figure.evaluate((el) => el.isConnected), 'the same elements: classes switched, nothing redrawn');

  // A type: its marks switched off, the others kept; a hidden mark has no card.
  await page.click('#legend button[data-type-key="statistic:DATE"]');
  const stats = await gloss.marksOf('statistic');
  assert.ok(stats.length > 0 && stats.every((m) => m.type !== 'DATE'), 'dates hidden, other figures shown');
  await page.hover('#view mark.mark[data-type="DATE"]');
  assert.ok(await page.isHidden('#card'), 'no card for a hidden mark');
  await page.click('#legend button[data-type-key="statistic:DATE"]');
  assert.deepEqual(
    (await gloss.marks()).map((m) => `${m.layer}:${m.type}:${m.text}`),
    before.map((m) => `${m.layer}:${m.type}:${m.text}`),
    'everything back as it was',
  );
  assert.ok(await figure.evaluate((el) => el.isConnected), 'still the same elements');

  const median = (/** @type {number[]} */ xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  console.log(
    `# toggle at ${text.length} chars: click ${median(times.map((t) => t.click)).toFixed(1)} ms, paint ${median(times.map((t) => t.paint)).toFixed(1)} ms (median of ${times.length})`,
  );
  assert.deepEqual(gloss.errors, []);
  await context.close();
});
