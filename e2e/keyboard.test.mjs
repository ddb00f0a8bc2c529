// The keyboard: j/k between marks, Enter opens a mark's tools, digits toggle layers, ? lists
// the shortcuts; the bookmarklet link.
// Needs `make build` (www/pkg).

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';

import { browserTests, openWorkbench, tryExample } from './helpers.mjs';

const env = browserTests();
/** @type {(url?: string | null, options?: import('playwright-core').BrowserContextOptions) => ReturnType<typeof env.open>} */
const openPage = (url, options) => openWorkbench(env, url, options);

describe('keyboard', () => {
  test('keyboard: j/k move between marks, Enter opens its tools, digits toggle layers, ? lists them', async () => {
    const { context, page, gloss } = await openPage();
    await tryExample(gloss);
    await page.locator('body').press('j');
    const first = await page.evaluate(() => document.activeElement?.dataset.id);
    assert.ok(first !== undefined, 'a mark has the focus');
    await page.keyboard.press('j');
    const second = await page.evaluate(() => document.activeElement?.dataset.id);
    assert.notEqual(second, first);
    await page.keyboard.press('k');
    assert.equal(await page.evaluate(() => document.activeElement?.dataset.id), first);
    await page.keyboard.press('Enter');
    await page.waitForSelector('#mark-tools:not([hidden])');
    await page.keyboard.press('Escape');
    await page.locator('body').press('2');
    assert.equal(await page.getAttribute('#legend button.layer-toggle[data-layer="entity"]', 'aria-pressed'), 'false');
    assert.equal((await gloss.marksOf('entity')).length, 0);
    await page.locator('body').press('2');
    assert.ok((await gloss.marksOf('entity')).length > 0);
    await page.locator('body').press('?');
    await page.waitForSelector('#shortcuts[open]');
    assert.match(await page.textContent('#shortcuts'), /Next \/ previous mark/);
    await page.keyboard.press('Escape');
    const href = await page.getAttribute('#bookmarklet', 'href');
    assert.match(href ?? '', /^javascript:/);
    assert.ok(decodeURIComponent(href ?? '').includes(env.server.url));
    assert.deepEqual(gloss.errors, []);
    await context.close();
  });
});
