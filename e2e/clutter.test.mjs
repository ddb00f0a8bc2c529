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
    assert.equal((await gloss.marksOf('boilerplate')).length, 0);
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
  test('names and figures on clutter lines are marked but kept out of the panels and counts unless asked for', async () => {
    const { context, page, gloss } = await env.open();
    await tryExample(gloss);
    /** Distinct annotations of a layer drawn on the lines `where` selects. @param {string} where @param {string} layer */
    const ids = (where, layer) =>
      page.$$eval(
        `${where} mark[data-layer="${layer}"]`,
        (els) => new Set(els.map((e) => /** @type {HTMLElement} */ (e).dataset.id)).size,
      );
    const clutterLines = '#view .line[data-clutter-type]:not([data-clutter-type="TITLE"])';
    const namesInArticle =
      (await ids('#view .line:not([data-clutter-type])', 'entity')) +
      (await ids('#view .line[data-clutter-type="TITLE"]', 'entity'));
    const figuresInArticle =
      (await ids('#view .line:not([data-clutter-type])', 'statistic')) +
      (await ids('#view .line[data-clutter-type="TITLE"]', 'statistic'));
    const namesInClutter = await ids(clutterLines, 'entity');
    const figuresInClutter = await ids(clutterLines, 'statistic');
    assert.ok(namesInClutter > 0 && figuresInClutter > 0, 'the example has names and figures in clutter');

    /** What the panels and the legend count. */
    const panels = async () => ({
      mentions: (
        await page.$$eval('#entities button.entity .count', (c) => c.map((e) => Number(e.textContent)))
      ).reduce((a, b) => a + b, 0),
      names: Number(await page.textContent('#legend button.layer-toggle[data-layer="entity"] .count')),
      figures: Number((await page.textContent('#statistics-count')) || 0),
      legendFigures: Number(await page.textContent('#legend button.layer-toggle[data-layer="statistic"] .count')),
    });
    const only = {
      mentions: namesInArticle,
      names: namesInArticle,
      figures: figuresInArticle,
      legendFigures: figuresInArticle,
    };
    const all = {
      mentions: namesInArticle + namesInClutter,
      names: namesInArticle + namesInClutter,
      figures: figuresInArticle + figuresInClutter,
      legendFigures: figuresInArticle + figuresInClutter,
    };
    assert.deepEqual(await panels(), only, 'by default, only the article');
    assert.equal(await page.isVisible('#clutter-in-panels'), true, 'a visible switch');
    await page.check('#clutter-in-panels');
    assert.deepEqual(await panels(), all, 'asked for, clutter too');
    // Hidden clutter is out of the panels too, whatever the switch says; shown again, it is back.
    await page.check('#hide-clutter');
    assert.deepEqual(await panels(), only, 'Hide clutter and the panels agree');
    assert.equal(await page.isDisabled('#clutter-in-panels'), true);
    await page.uncheck('#hide-clutter');
    assert.deepEqual(await panels(), all);
    assert.equal(await ids(clutterLines, 'entity'), namesInClutter, 'still marked in the text');
    assert.deepEqual(gloss.errors, []);
    await context.close();
  });
});
