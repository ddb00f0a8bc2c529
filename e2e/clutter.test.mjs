// The Clutter layer in the page: switching it (legend or key 1) or one of its types off removes
// the marking of those lines; "Hide clutter" hides clutter lines whether marked or not.
// Needs `make build` (www/pkg).

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';

import { browserTests, tryExample } from './helpers.mjs';

const env = browserTests();

/** @param {import('playwright-core').Page} page */
function markedLines(page) {
  return page.$$eval('#view .line.is-clutter, #view .line.is-title', (lines) =>
    lines.map((l) => /** @type {HTMLElement} */ (l).dataset.line),
  );
}

/**
 * The line's font family and colour, as the reader sees them.
 * @param {import('playwright-core').Page} page
 * @param {string} selector
 */
function looks(page, selector) {
  return page.$eval(selector, (l) => {
    const style = getComputedStyle(l);
    return `${style.fontFamily} ${style.color} ${style.fontSize}`;
  });
}

describe('clutter', () => {
  test('switching the Clutter layer or one of its types off unmarks its lines; Hide clutter still hides them', async () => {
    const { context, page, gloss } = await env.open();
    await tryExample(gloss);
    const clutter = await page.$$eval('#view .line.is-clutter', (lines) =>
      lines.map((l) => [
        /** @type {HTMLElement} */ (l).dataset.line,
        /** @type {HTMLElement} */ (l).dataset.clutterType,
      ]),
    );
    assert.ok(clutter.length >= 1, 'the example has clutter lines');
    const marked = await markedLines(page);
    const article = '#view .line:not([data-clutter-type]):not(.blank)';
    const first = `#view .line[data-line="${clutter[0][0]}"]`;
    assert.notEqual(await looks(page, first), await looks(page, article), 'clutter looks different');

    await gloss.toggleLayer('boilerplate');
    assert.deepEqual(await markedLines(page), [], 'no line is marked as clutter');
    assert.equal(await page.$$eval('#view mark[data-layer="boilerplate"]', (m) => m.length), 0);
    assert.equal(await looks(page, first), await looks(page, article), 'the line looks like the article');

    // Hide clutter hides the clutter lines, marked or not.
    await page.check('#hide-clutter');
    for (const [line] of clutter) {
      assert.equal(await page.isVisible(`#view .line[data-line="${line}"]`), false, `line ${line} hidden`);
    }
    await page.uncheck('#hide-clutter');
    assert.equal(await page.isVisible(first), true);

    // Key 1 switches the layer back on.
    await page.evaluate(() => /** @type {HTMLElement} */ (document.activeElement)?.blur());
    await page.keyboard.press('1');
    assert.deepEqual(await markedLines(page), marked);
    assert.notEqual(await looks(page, first), await looks(page, article));

    // One type off: only its lines lose their marking.
    const type = clutter[0][1] ?? '';
    await gloss.toggleType('boilerplate', type);
    const still = await markedLines(page);
    for (const [line, t] of clutter) {
      assert.equal(still.includes(line), t !== type, `line ${line} (${t}) with ${type} off`);
    }
    assert.deepEqual(gloss.errors, []);
    await context.close();
  });
});
