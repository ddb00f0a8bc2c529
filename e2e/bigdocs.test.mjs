// Big documents in the page: a 5 MB paste never blocks the main thread for long, shows a
// progress bar, and draws marks where the reader scrolls; a text over the limit is kept with a
// message. The text is made up (e2e/newsgen.mjs). Needs `make build`.
//
// The paste is a real paste event (text/plain in its clipboardData) into the focused editor:
// the page, not Playwright's fill, decides what happens to the text. Setting a textarea's value
// to 5 MB costs Chromium 0.1-0.3 s, and laying it out 4-7 s; the page folds the editor away
// for big texts so that neither happens (see View.foldSource).

import { test } from 'node:test';
import { availableParallelism, loadavg } from 'node:os';
import assert from 'node:assert/strict';

import { browserTests } from './helpers.mjs';
import { newsText } from './newsgen.mjs';

/**
 * The longest the main thread may be busy at a time while the page takes in a big text. On the
 * shared 2-core build machine at a load of 4 per core the longest task measured 154-334 ms
 * (its draw steps 7-96 ms when the machine was kinder); before the page drew in blocks, a 1 MB
 * paste blocked it for 8 s. The bound is asserted only where the machine is not oversubscribed.
 */
const LONGEST_TASK_MS = Number(process.env.GLOSS_LONGEST_TASK_MS ?? 200);
const MAX_TEXT = 12_000_000;
/** The longest wait for a big text to be annotated and drawn (the machine may be loaded). */
const BIG_WAIT_MS = 240_000;

const env = browserTests();

const openPage = env.open;

/**
 * Starts watching the main thread: long tasks (PerformanceObserver) and gaps between frames.
 * @param {import('playwright-core').Page} page
 */
function watchMainThread(page) {
  return page.evaluate(() => {
    const w = /** @type {any} */ (window);
    w.__longTasks = [];
    w.__frameGap = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longTasks.push(Math.round(e.duration));
    }).observe({ type: 'longtask' });
    let last = performance.now();
    const frame = (/** @type {number} */ now) => {
      w.__frameGap = Math.max(w.__frameGap, now - last);
      last = now;
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
}

/** Pastes `window.__text` into the editor as a reader's paste would arrive. */
function pasteStoredText(page) {
  return page.evaluate(() => {
    const source = /** @type {HTMLTextAreaElement} */ (document.querySelector('#source'));
    source.focus();
    source.select();
    const data = new DataTransfer();
    data.setData('text/plain', /** @type {any} */ (window).__text);
    source.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    /** @type {any} */ (window).__pastedAt = performance.now();
  });
}

test('a 5 MB paste: progress bar, never a long block, marks drawn where the reader scrolls', {
  timeout: 300_000,
}, async (t) => {
  const { context, page, gloss } = await openPage();
  // Actions keep the helpers' short limit (a stuck click fails fast); the waits for annotating
  // and drawing 5 MB get the long one.
  const long = { timeout: BIG_WAIT_MS };
  const text = newsText(5_000_000);
  const lastLine = text.slice(text.lastIndexOf('\n') + 1);
  // Hand the text over first (Playwright's own transfer is not the page's work), let it settle.
  await page.evaluate((t) => {
    /** @type {any} */ (window).__text = t;
  }, text);
  await page.waitForTimeout(300);
  await watchMainThread(page);
  await pasteStoredText(page);

  await page.waitForSelector('#progress:not([hidden])', long);
  assert.match((await page.textContent('#progress-text')) ?? '', /Annotating 5\.0 MB/);
  assert.equal(await page.isVisible('#source'), false, 'the editor is folded away');
  assert.match((await page.textContent('#source-folded')) ?? '', /5\.0 MB/);

  await page.waitForSelector('#view mark[data-layer]', long);
  const firstMarksMs = await page.evaluate(() => performance.now() - /** @type {any} */ (window).__pastedAt);
  await gloss.idle(BIG_WAIT_MS);
  assert.equal(await page.isVisible('#progress'), false, 'the bar goes when done');
  const drawn = await page.$$eval('#view mark', (m) => m.length);
  const total = Number((await page.textContent('#status'))?.match(/^(\d+) annotations/)?.[1]);
  assert.ok(total > 100_000, `annotated: ${total}`);
  assert.ok(drawn < total / 20, `only what is near the viewport is drawn (${drawn} of ${total})`);

  // Far down: the last block gets its marks once it is on screen.
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await page.waitForFunction(
    () => {
      const blocks = document.querySelectorAll('#view .block');
      const last = blocks[blocks.length - 1];
      return last && !last.classList.contains('pending');
    },
    null,
    long,
  );
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await page.waitForTimeout(300);
  const lastText = await page.$eval('#view .block:last-child', (b) => b.textContent ?? '');
  assert.ok(lastText.includes(lastLine), 'the end of the text is shown');
  assert.ok((await page.$$eval('#view .block:last-child mark[data-layer]', (m) => m.length)) > 0, 'with marks');

  // What the page did from the paste to the end of the text on screen.
  const { longTasks, frameGap, steps } = await page.evaluate(() => ({
    longTasks: /** @type {number[]} */ (/** @type {any} */ (window).__longTasks),
    frameGap: /** @type {number} */ (/** @type {any} */ (window).__frameGap),
    steps: performance
      .getEntriesByType('measure')
      .filter((m) => m.name.startsWith('gloss:step'))
      .map((m) => Math.round(m.duration)),
  }));
  const longest = Math.max(0, ...longTasks);
  console.log(
    `# 5 MB paste: ${total} annotations; first marks after ${Math.round(firstMarksMs)} ms; ` +
      `longest main-thread task ${longest} ms (${longTasks.length} over 50 ms); longest frame gap ${Math.round(frameGap)} ms; draw steps ${steps.join(', ')} ms`,
  );
  // Wall-clock bounds mean nothing on an oversubscribed machine (the same step was seen taking
  // 30 ms and 340 ms at a load of 9 on 2 cores): there the bound is reported, not asserted.
  const load = loadavg()[0] / availableParallelism();
  if (load > 1.5) {
    t.diagnostic(
      `load ${load.toFixed(1)} per core: the ${LONGEST_TASK_MS} ms bound is not asserted (longest ${longest} ms)`,
    );
  } else {
    assert.ok(longest <= LONGEST_TASK_MS, `longest task ${longest} ms (all: ${longTasks.join(', ')})`);
  }

  // The panels reach marks that are not drawn yet: the last figure listed, the last mention of
  // the most mentioned name (stepping back from the first wraps to it, near the end of the text).
  const lastRow = page.locator('#statistics tbody tr[data-id]:not(.context)').last();
  const figureId = await lastRow.getAttribute('data-id');
  await page.evaluate(() => window.scrollTo(0, 0));
  await lastRow.click();
  await page.waitForSelector(`#view mark[data-id="${figureId}"].is-current`);
  await page.click('#entities button.entity');
  await page.waitForSelector('#view mark.is-current');
  await page.keyboard.press('p');
  const position = (await page.textContent('#entity-position')) ?? '';
  const [at, of] = position.split(' of ').map(Number);
  assert.ok(at === of && of > 100, `stepped back to the last mention: ${position}`);
  const current = await page.$eval(
    '#view mark.is-current',
    (m) =>
      m.closest('.block') === document.querySelector('#view .block:last-child') || m.getBoundingClientRect().top > -1,
  );
  assert.ok(current, 'the last mention is drawn and current');
  // j steps from the focused mark into the next one, drawing its block when it waits.
  await page.evaluate(() => /** @type {HTMLElement} */ (document.activeElement)?.blur());
  await page.keyboard.press('Escape');
  await page.keyboard.press('k');
  const lastId = await page.evaluate(() => Number(/** @type {HTMLElement} */ (document.activeElement)?.dataset.id));
  assert.ok(lastId > total - 50, `k from nothing focuses the last mark (${lastId} of ${total})`);

  assert.deepEqual(
    gloss.errors.filter((e) => !/Password field/.test(e)),
    [],
  );
  await context.close();
});

test('a text over the limit is kept in the editor, with a message, and not annotated', {
  timeout: 120_000,
}, async () => {
  const { context, page, gloss } = await openPage();
  const long = { timeout: 60_000 };
  await page.evaluate((max) => {
    /** @type {any} */ (window).__text = 'Harbour Trust fares rose 4 per cent in Porto.\n'.repeat(
      Math.ceil((max + 1) / 46),
    );
  }, MAX_TEXT);
  const length = await page.evaluate(() => /** @type {any} */ (window).__text.length);
  assert.ok(length > MAX_TEXT);
  await pasteStoredText(page);
  await page.waitForSelector('#message:not([hidden])', long);
  assert.match((await gloss.message()) ?? '', /up to 12,000,000 characters.*kept in the editor/);
  await gloss.idle(60_000);
  assert.equal(await page.$$eval('#view mark', (m) => m.length), 0, 'nothing annotated');
  // Kept, folded away: not unfolded here, because laying 12 MB out in the text box takes the
  // browser 15 s on this machine (minutes under load) inside the click, which Playwright cannot
  // interrupt: that click once held the suite for 521 s.
  assert.equal(await page.getAttribute('#source-folded', 'data-chars'), String(length), 'the text is kept');
  assert.match((await page.textContent('#source-folded')) ?? '', /12\.\d MB/);
  // Shortened below the limit, it is annotated and the message goes.
  await page.evaluate(() => {
    const source = /** @type {HTMLTextAreaElement} */ (document.querySelector('#source'));
    source.value = 'Maria Okafor said fares rose 18 per cent in Jersey.';
    source.dispatchEvent(new InputEvent('input', { inputType: 'deleteContent', bubbles: true }));
  });
  await page.waitForSelector('#view mark[data-layer="statistic"]');
  assert.equal(await gloss.messageVisible(), false);
  assert.deepEqual(
    gloss.errors.filter((e) => !/Password field/.test(e)),
    [],
  );
  await context.close();
});
