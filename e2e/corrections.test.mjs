// Corrections by hand in the page: label a selection, remove a mark, undo; shared, reopened and
// exported.
// Needs `make build` (www/pkg).

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { EXAMPLE_TEXT } from '../www/example.js';

import { browserTests, openWorkbench, tryExample, selectInView, downloadExport, manualMarks } from './helpers.mjs';
import { relabelMark, removeMark } from './helpers.mjs';

const env = browserTests();
/** @type {(url?: string | null, options?: import('playwright-core').BrowserContextOptions) => ReturnType<typeof env.open>} */
const openPage = (url, options) => openWorkbench(env, url, options);

describe('corrections', () => {
  test('corrections: label a selection, remove a mark, undo; shared, reopened and exported', async () => {
    const { context, page, gloss } = await openPage();
    await tryExample(gloss);
    const before = await gloss.marks();

    await selectInView(page, 'tidal barrier, the', 'tidal barrier');
    await page.selectOption('#label-type', 'entity:MISC');
    await page.click('#label-apply');
    await page.waitForSelector('#view mark[data-manual="true"]');
    assert.deepEqual(await manualMarks(page), [{ layer: 'entity', type: 'MISC', text: 'tidal barrier' }]);
    assert.equal(
      await page.$eval('#view mark[data-manual="true"]', (el) => getComputedStyle(el).outlineStyle),
      'dashed',
    );

    // Remove the first entity mark "Harriet Vale" through its tools.
    const vale = () =>
      page.$$eval(
        '#view mark[data-layer="entity"]',
        (els) => els.filter((e) => e.textContent === 'Harriet Vale').length,
      );
    const valeBefore = await vale();
    await removeMark(page, 'entity', 'Harriet Vale');

    // Relabel an entity (by its tools) and undo it with Ctrl+Z; redo and undo again.
    await relabelMark(page, 'entity', 'Whitby', 'entity:ORG');
    await page.locator('body').press('Control+z');
    await page.waitForFunction(() => !document.querySelector('#view mark[data-manual="true"][data-type="ORG"]'));
    await page.locator('body').press('Control+Shift+z');
    await page.waitForSelector('#view mark[data-manual="true"][data-type="ORG"]');
    await page.locator('body').press('Control+z');
    await page.waitForFunction(() => !document.querySelector('#view mark[data-manual="true"][data-type="ORG"]'));
    assert.equal(await vale(), valeBefore - 1, 'the removal is still there');

    // Corrections survive re-annotation (an edit elsewhere in the text).
    await gloss.enter(`${EXAMPLE_TEXT}\nExtra line at the end.\n`);
    assert.deepEqual(await manualMarks(page), [{ layer: 'entity', type: 'MISC', text: 'tidal barrier' }]);
    assert.equal(await vale(), valeBefore - 1);
    // An edit that changes the labelled words (same length, so nothing else moves) leaves that
    // correction out, and says so.
    await gloss.enter(EXAMPLE_TEXT.replace('new £310 million tidal barrier', 'new £310 million tidal bastion'));
    assert.deepEqual(await manualMarks(page), []);
    assert.match(await page.textContent('#status'), /1 correction by hand no longer matches the text/);
    await gloss.enter(EXAMPLE_TEXT);
    assert.deepEqual(await manualMarks(page), [{ layer: 'entity', type: 'MISC', text: 'tidal barrier' }]);

    const corrected = await gloss.marks();
    assert.notDeepEqual(corrected, before);
    const url = await gloss.share();
    const shownDc = JSON.parse((await downloadExport(page, 'displacy')).text);
    await context.close();

    const fresh = await openPage(url);
    assert.deepEqual(await fresh.gloss.marks(), corrected, 'the reopened view has the same marks');
    assert.deepEqual(await manualMarks(fresh.page), [{ layer: 'entity', type: 'MISC', text: 'tidal barrier' }]);
    const dc = JSON.parse((await downloadExport(fresh.page, 'displacy')).text);
    assert.deepEqual({ ...dc, title: null }, { ...shownDc, title: null }, 'the same export (a link carries no title)');
    const hand = dc.ents.filter(
      (e) => e.label === 'MISC' && [...dc.text].slice(e.start, e.end).join('') === 'tidal barrier',
    );
    assert.equal(hand.length, 1, 'the label by hand is exported');
    const wa = JSON.parse((await downloadExport(fresh.page, 'webannotation')).text);
    const exacts = wa.first.items.map((i) => i.target.selector.find((s) => s.type === 'TextQuoteSelector').exact);
    assert.ok(exacts.includes('tidal barrier'));
    // The removed mention is not exported; what is left of Vale on the article's lines is.
    const valeInArticle = (await fresh.gloss.articleMarks('entity')).filter((m) => m.text === 'Harriet Vale').length;
    assert.equal(exacts.filter((e) => e === 'Harriet Vale').length, valeInArticle);
    assert.deepEqual(fresh.gloss.errors, []);
    await fresh.context.close();
  });
});
