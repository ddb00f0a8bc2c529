// A phone (390 × 844, touch): the correction bar fits the screen, a tap on a mark shows its card,
// and the layers, figures, names and export panels open from tabs without scrolling past the
// article. Needs `make build`.

import { test } from 'node:test';
import assert from 'node:assert/strict';

import { browserTests, tryExample } from './helpers.mjs';

const WIDTH = 390;
const HEIGHT = 844;
const env = browserTests({ viewport: { width: WIDTH, height: HEIGHT } });

/**
 * Is the element wholly on the screen (the viewport)?
 * @param {import('playwright-core').Page} page
 * @param {string} selector
 */
async function onScreen(page, selector) {
  const box = await page.locator(selector).first().boundingBox();
  assert.ok(box, `${selector} is laid out`);
  return box.x >= 0 && box.y >= 0 && box.x + box.width <= WIDTH + 0.5 && box.y + box.height <= HEIGHT + 0.5;
}

test('phone: the correction bar fits, a tap shows the card, the panels open from tabs', async () => {
  const { context, page, gloss } = await env.open(undefined, { context: { hasTouch: true, isMobile: true } });
  await tryExample(gloss);
  assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), WIDTH, 'no sideways scrolling');

  // A tap on a mark near the right edge: its card shows, and its tools fit the screen.
  const mark = await page.evaluateHandle(() => {
    const marks = [...document.querySelectorAll('#view .line:not(.is-clutter) mark.mark[data-layer="entity"]')];
    return marks.reduce((a, b) => (b.getBoundingClientRect().right > a.getBoundingClientRect().right ? b : a));
  });
  const element = /** @type {import('playwright-core').ElementHandle<Element>} */ (mark.asElement());
  await element.scrollIntoViewIfNeeded();
  await element.tap();
  await page.waitForSelector('#card:not([hidden])');
  assert.ok(await onScreen(page, '#card'), 'the card is on the screen');
  await page.waitForSelector('#mark-tools:not([hidden])');
  for (const part of ['#mark-tools', '#mark-remove', '#mark-relabel-type', '#mark-relabel', '#mark-tools-close']) {
    assert.ok(await onScreen(page, part), `${part} fits the screen`);
  }
  await page.tap('#mark-tools-close');

  // The panels: one tap away, over the article, the page not scrolled.
  await page.evaluate(() => window.scrollTo(0, 0));
  const tabs = ['layers', 'figures', 'names', 'export'];
  const panels = {
    layers: '#legend-panel',
    figures: '#statistics-panel',
    names: '#entities-panel',
    export: '#export-panel',
  };
  for (const name of tabs) {
    await page.tap(`#phone-tabs button[data-drawer="${name}"]`);
    const panel = panels[/** @type {keyof typeof panels} */ (name)];
    assert.ok(await page.isVisible(panel), `${name} shows`);
    const box = await page.locator(panel).boundingBox();
    assert.ok(box && box.y >= 0 && box.y < HEIGHT, `${name} is on the screen`);
    assert.equal(await page.evaluate(() => window.scrollY), 0, 'without scrolling');
    assert.equal(await page.getAttribute(`#phone-tabs button[data-drawer="${name}"]`, 'aria-expanded'), 'true');
    for (const other of tabs.filter((t) => t !== name)) {
      assert.equal(await page.isVisible(panels[/** @type {keyof typeof panels} */ (other)]), false, `${other} closed`);
    }
  }
  // The names drawer works: a name selected there is stepped through in the article.
  await page.tap('#phone-tabs button[data-drawer="names"]');
  await page.tap('#entities button.entity');
  assert.ok((await page.$$('#view mark.is-selected')).length > 0, 'a name selected from the drawer');
  // The same tab again closes the drawer.
  await page.tap('#phone-tabs button[data-drawer="names"]');
  assert.equal(await page.isVisible('#entities-panel'), false, 'the drawer closes');
  assert.deepEqual(gloss.errors, []);
  await context.close();
});
