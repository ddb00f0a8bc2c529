// Progress from inside the core, and cancelling: while a big text is annotated the bar follows
// the core's own reports (posted from the worker by the WASM), and a new paste during that run
// cancels it (the worker is replaced) instead of waiting behind it. The text is made up
// (e2e/newsgen.mjs). Needs `make build`.

import { test } from 'node:test';
import assert from 'node:assert/strict';

import { browserTests } from './helpers.mjs';
import { newsText } from './newsgen.mjs';

/** The longest wait for a big text (the shared machine may be loaded). */
const BIG_WAIT_MS = 150_000;
const SHORT = 'Mira Castellanos opened the Kestrel Institute in Oporto on 3 May 2024, with 40 staff.';

const env = browserTests();

/**
 * Pastes `window.__text` into the editor as a reader's paste arrives, and starts recording the
 * progress bar: every value it shows while the text says "Annotating", with the time.
 * @param {import('playwright-core').Page} page
 */
function pasteBig(page) {
  return page.evaluate(() => {
    const w = /** @type {any} */ (window);
    w.__bar = [];
    const bar = /** @type {HTMLProgressElement} */ (document.querySelector('#progress-bar'));
    const text = /** @type {HTMLElement} */ (document.querySelector('#progress-text'));
    w.__watch = new MutationObserver(() => {
      if (/^Annotating .*%/.test(text.textContent ?? '')) w.__bar.push([performance.now(), bar.value]);
    });
    w.__watch.observe(text, { childList: true, characterData: true, subtree: true });
    const source = /** @type {HTMLTextAreaElement} */ (document.querySelector('#source'));
    source.focus();
    source.select();
    const data = new DataTransfer();
    data.setData('text/plain', w.__text);
    source.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    w.__pastedAt = performance.now();
  });
}

test('progress: the bar follows the core while a big text is annotated; a new paste cancels the run', {
  timeout: 300_000,
}, async (t) => {
  const { context, page, gloss } = await env.open();
  const long = { timeout: BIG_WAIT_MS };
  await page.evaluate((t) => {
    /** @type {any} */ (window).__text = t;
  }, newsText(3_000_000));

  // 1. The whole run: the bar moves in many steps while the core works, always forward.
  await pasteBig(page);
  await gloss.idle(BIG_WAIT_MS);
  const alone = await page.evaluate(() => performance.now() - /** @type {any} */ (window).__pastedAt);
  const bar = await page.evaluate(() => /** @type {[number, number][]} */ (/** @type {any} */ (window).__bar));
  const values = bar.map(([, v]) => v);
  assert.ok(new Set(values).size >= 8, `the bar moved in steps while annotating: ${values.join(', ')}`);
  assert.ok(
    values.every((v, i) => i === 0 || v >= values[i - 1]),
    `forward only: ${values.join(', ')}`,
  );
  assert.ok(values[values.length - 1] > 0.5, `up to the end of the core's part: ${values.join(', ')}`);
  assert.ok(bar[bar.length - 1][0] - bar[0][0] > 0, 'over time');
  const total = Number((await page.textContent('#status'))?.match(/^(\d+) annotations/)?.[1]);
  assert.ok(total > 50_000, `annotated: ${total}`);

  // 2. The same big text again (after a short one), and a short paste while the core is on it:
  // the short text wins, long before the big run would have ended.
  await page.evaluate((t) => {
    const source = /** @type {HTMLTextAreaElement} */ (document.querySelector('#source'));
    source.value = t;
    source.dispatchEvent(new InputEvent('input', { inputType: 'insertFromPaste', bubbles: true }));
  }, 'A short text first.');
  await gloss.idle();
  await pasteBig(page);
  await page.waitForFunction(
    () => {
      const bar = /** @type {any} */ (window).__bar;
      return bar.length > 0 && bar[bar.length - 1][1] > 0.1;
    },
    null,
    long,
  );
  const secondAt = await page.evaluate((t) => {
    const source = /** @type {HTMLTextAreaElement} */ (document.querySelector('#source'));
    source.value = t;
    source.dispatchEvent(new InputEvent('input', { inputType: 'insertFromPaste', bubbles: true }));
    return performance.now() - /** @type {any} */ (window).__pastedAt;
  }, SHORT);
  await page.waitForFunction(
    (t) =>
      [...document.querySelectorAll('#view .line-text')].map((l) => l.textContent).join('\n') === t &&
      document.querySelector('#view mark[data-layer="entity"]') !== null,
    SHORT,
    long,
  );
  await gloss.idle(BIG_WAIT_MS);
  const won = await page.evaluate(() => performance.now() - /** @type {any} */ (window).__pastedAt);
  assert.ok(
    won < alone,
    `the short text was drawn ${Math.round(won)} ms after the big paste (the big run alone took ${Math.round(alone)} ms; the short paste came at ${Math.round(secondAt)} ms)`,
  );
  assert.equal(
    await page.evaluate(() => performance.getEntriesByName('gloss:cancel').length),
    1,
    'the big run was cancelled',
  );
  assert.equal(await page.isVisible('#progress'), false, 'the bar goes');
  assert.match((await page.textContent('#status')) ?? '', /^\d+ annotations/);
  assert.ok((await gloss.marks()).some((m) => m.text === 'Mira Castellanos'));
  t.diagnostic(
    `3 MB alone: ${Math.round(alone)} ms, ${values.length} bar updates from the core; cancelled at ${Math.round(secondAt)} ms, short text drawn at ${Math.round(won)} ms (${Math.round(won - secondAt)} ms after its paste)`,
  );
  // The new worker goes on working: another text, typed in the editor (unfolded).
  if (await page.isVisible('#source-unfold')) await page.click('#source-unfold');
  await gloss.enter(`${SHORT}\nSign up to our newsletter`);
  assert.ok((await gloss.marks()).some((m) => m.text === 'Kestrel Institute'));
  assert.deepEqual(gloss.errors, []);
  await context.close();
});
