// Saved work: the text and the corrections are kept in this browser and restored on reload;
// "Forget this text" clears them; Try an example, a dropped file or an opened link over
// corrections ask first. Needs `make build` (www/pkg).

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';

import { browserTests, manualMarks, openWorkbench, selectInView, tryExample } from './helpers.mjs';

const env = browserTests();
const TEXT = 'Maria Okafor said fares in Porto rose 13 per cent.\nThe Harbour Trust agreed on Tuesday.\n';

/**
 * Labels `word` (in the line holding `context`) as a place, by hand.
 * @param {import('playwright-core').Page} page
 */
async function labelPlace(page, context, word) {
  await selectInView(page, context, word);
  await page.selectOption('#label-type', 'entity:LOC');
  await page.click('#label-apply');
  await page.waitForSelector('#view mark[data-manual="true"]');
}

/**
 * Waits until the text alone is kept, runs `change`, then waits until what is kept changes
 * again: a wait for any kept view could pass on the text kept before the change.
 * @param {import('playwright-core').Page} page
 * @param {() => Promise<void>} change
 */
async function keptAfter(page, change) {
  await page.waitForFunction(() => localStorage.getItem('gloss:work')?.startsWith('v1.'));
  const before = await page.evaluate(() => localStorage.getItem('gloss:work'));
  await change();
  await page.waitForFunction((old) => {
    const now = localStorage.getItem('gloss:work');
    return now?.startsWith('v1.') && now !== old;
  }, before);
}

describe('saved work', () => {
  test('the text and its corrections come back after a reload; Forget this text clears them', async () => {
    const { context, page, gloss } = await openWorkbench(env);
    await gloss.enter(TEXT);
    await keptAfter(page, () => labelPlace(page, 'said fares in', 'fares'));
    const marks = await gloss.marks();
    await page.reload();
    await page.waitForSelector('html[data-ready="true"]');
    await page.waitForSelector('#view mark[data-manual="true"]');
    await gloss.idle();
    assert.equal(await page.inputValue('#source'), TEXT);
    assert.deepEqual(await gloss.marks(), marks);
    assert.deepEqual(await manualMarks(page), [{ layer: 'entity', type: 'LOC', text: 'fares' }]);

    await page.click('#forget');
    await gloss.idle();
    assert.equal(await page.inputValue('#source'), '');
    assert.equal(await page.evaluate(() => localStorage.getItem('gloss:work')), null);
    await page.reload();
    await page.waitForSelector('html[data-ready="true"]');
    await gloss.idle();
    assert.equal(await page.inputValue('#source'), '');
    assert.deepEqual(await gloss.marks(), []);
    assert.deepEqual(gloss.errors, []);
    await context.close();
  });

  test('Try an example over corrections asks first: no keeps them, yes replaces them', async () => {
    const { context, page, gloss } = await openWorkbench(env);
    await gloss.enter(TEXT);
    await labelPlace(page, 'said fares in', 'fares');
    /** @type {string[]} */
    const asked = [];
    const answer = (/** @type {boolean} */ yes) =>
      page.once('dialog', (dialog) => {
        asked.push(dialog.message());
        (yes ? dialog.accept() : dialog.dismiss()).catch(() => {});
      });
    answer(false);
    await page.click('#try-example');
    await gloss.idle();
    assert.equal(asked.length, 1);
    assert.match(asked[0], /Replace this text and your correction by hand/);
    assert.equal(await page.inputValue('#source'), TEXT, 'kept');
    assert.equal((await manualMarks(page)).length, 1);

    answer(true);
    await tryExample(gloss);
    assert.equal(asked.length, 2);
    assert.notEqual(await page.inputValue('#source'), TEXT, 'replaced');
    assert.deepEqual(await manualMarks(page), []);
    // Without corrections, nothing is asked.
    await tryExample(gloss);
    assert.equal(asked.length, 2);
    assert.deepEqual(gloss.errors, []);
    await context.close();
  });

  test('leaving the page warns only while corrections by hand are not kept in this browser', async () => {
    /**
     * Labels a correction, then closes the page as a reader closing the tab would.
     * @param {import('playwright-core').Page} page
     * @param {import('./helpers.mjs').GlossPage} gloss
     * @returns {Promise<string[]>} the dialogs the page raised
     */
    const correctAndLeave = async (page, gloss, kept) => {
      await gloss.enter(TEXT);
      if (kept) await keptAfter(page, () => labelPlace(page, 'said fares in', 'fares'));
      else {
        await labelPlace(page, 'said fares in', 'fares');
        await page.waitForFunction(() => document.documentElement.dataset.storageRefused === 'true');
      }
      /** @type {string[]} */
      const asked = [];
      page.on('dialog', (dialog) => {
        asked.push(dialog.type());
        dialog.accept().catch(() => {}); // leave
      });
      await page.close({ runBeforeUnload: true });
      await page.waitForEvent('close', { timeout: 5000 }).catch(() => {});
      return asked;
    };
    const kept = await openWorkbench(env);
    assert.deepEqual(await correctAndLeave(kept.page, kept.gloss, true), [], 'kept: nothing asked');
    await kept.context.close();

    // Storage full: the correction cannot be kept, so leaving asks first.
    const full = await env.open(undefined, {
      context: { viewport: { width: 1280, height: 720 } },
      init: () => {
        Storage.prototype.setItem = () => {
          document.documentElement.dataset.storageRefused = 'true';
          throw new DOMException('full', 'QuotaExceededError');
        };
      },
    });
    assert.deepEqual(await correctAndLeave(full.page, full.gloss, false), ['beforeunload']);
    await full.context.close();
  });
});
