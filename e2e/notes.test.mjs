// Notes on marks: written from a mark's tools (mouse) and with `c` (keyboard), kept with the
// corrections (undo, saved work), carried by share links, in the Web Annotation export as
// commenting bodies and in the standalone HTML as text, and back from a reopened export.
// Needs `make build` (www/pkg).

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';

import { browserTests, openWorkbench, tryExample, downloadExport } from './helpers.mjs';

const env = browserTests();
/** @type {(url?: string | null, options?: import('playwright-core').BrowserContextOptions) => ReturnType<typeof env.open>} */
const openPage = (url, options) => openWorkbench(env, url, options);

const FIRST = 'source: ONS table 3';
/** A note that looks like markup: it must stay text everywhere. */
const SECOND = 'ask <b>desk</b> & <img src=x onerror="window.__ran=1">';

/** The view's marks that carry a note: their text and their description. */
function notedMarks(page) {
  return page.$$eval('#view mark[data-note="true"]', (els) =>
    els.map((el) => ({ text: el.textContent, description: el.getAttribute('aria-description') })),
  );
}

describe('notes', () => {
  test('notes: by mouse and keyboard, undo, saved, shared, exported and reopened', async () => {
    const { context, page, gloss } = await openPage();
    await tryExample(gloss);

    // By mouse: the mark's tools.
    await page.click('#view mark[data-layer="entity"]:text-is("Harriet Vale")');
    await page.waitForSelector('#mark-tools:not([hidden])');
    await page.fill('#mark-note', FIRST);
    await page.click('#mark-note-save');
    await page.waitForSelector('#view mark[data-note="true"]');
    const first = await notedMarks(page);
    assert.equal(first.length, 1);
    assert.equal(first[0].text, 'Harriet Vale');
    assert.match(first[0].description ?? '', /Note: source: ONS table 3$/);
    assert.match(await gloss.hoverCard('#view mark[data-note="true"]'), /Note\s*source: ONS table 3/);

    // By keyboard: ↓ to the next name or figure of the article (exports hold those), c, the
    // note, Enter.
    await page.focus('#view');
    /** The focused mark's text, when it is on an article line and not Harriet Vale. */
    const articleMark = () =>
      page.evaluate(() => {
        const e = /** @type {HTMLElement} */ (document.activeElement);
        const ok = e.matches('mark') && !e.closest('.line.is-clutter') && e.textContent !== 'Harriet Vale';
        return ok ? e.textContent : null;
      });
    let focused = null;
    for (let i = 0; i < 40 && !focused; i++) {
      await page.keyboard.press('ArrowDown');
      focused = await articleMark();
    }
    assert.notEqual(focused, 'Harriet Vale');
    await page.keyboard.press('c');
    await page.waitForFunction(() => document.activeElement?.id === 'mark-note');
    await page.keyboard.type(SECOND);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelectorAll('#view mark[data-note="true"]').length === 2);
    const both = await notedMarks(page);
    assert.deepEqual(both.map((m) => m.text).sort(), ['Harriet Vale', focused].sort());
    assert.equal(await page.$$eval('#view img, #view b', (els) => els.length), 0, 'a note is never markup');

    // Undo takes the last note away, redo brings it back.
    await page.locator('body').press('Control+z');
    await page.waitForFunction(() => document.querySelectorAll('#view mark[data-note="true"]').length === 1);
    await page.locator('body').press('Control+Shift+z');
    await page.waitForFunction(() => document.querySelectorAll('#view mark[data-note="true"]').length === 2);

    // Kept in this browser: a reload brings them back (once kept: the status says nothing of it,
    // so wait for the stored view to change after the redo).
    const kept = await page.evaluate(() => localStorage.getItem('gloss:work'));
    await page.waitForFunction((old) => localStorage.getItem('gloss:work') !== old, kept);
    await page.reload();
    await page.waitForSelector('html[data-ready="true"]');
    await gloss.idle();
    await page.waitForFunction(() => document.querySelectorAll('#view mark[data-note="true"]').length === 2);

    // A share link carries them.
    const url = await gloss.share();
    const other = await openPage(url);
    await other.page.waitForFunction(() => document.querySelectorAll('#view mark[data-note="true"]').length === 2);
    assert.deepEqual(await notedMarks(other.page), await notedMarks(page));
    await other.context.close();

    // The Web Annotation export holds them as commenting bodies.
    const wa = await downloadExport(page, 'webannotation');
    const comments = JSON.parse(wa.text)
      .first.items.flatMap((/** @type {any} */ item) => item.body)
      .filter((/** @type {any} */ b) => b.purpose === 'commenting')
      .map((/** @type {any} */ b) => b.value);
    assert.deepEqual(comments.sort(), [FIRST, SECOND].sort());

    // The standalone HTML shows them as text: in the marks' titles and a list after the text.
    const standalone = await downloadExport(page, 'html');
    const shown = await context.newPage();
    await shown.setContent(standalone.text);
    const items = await shown.$$eval('aside.notes li', (els) => els.map((el) => el.textContent));
    assert.equal(items.length, 2);
    assert.ok(
      items.some((t) => t?.endsWith(`: ${SECOND}`)),
      items.join(' | '),
    );
    assert.equal(await shown.$$eval('aside img, aside b', (els) => els.length), 0);
    const titled = await shown.$$eval('mark[data-note]', (els) => els.map((el) => el.getAttribute('title')));
    assert.ok(titled.some((t) => t?.endsWith(`Note: ${FIRST}`)));
    await shown.close();
    assert.deepEqual(gloss.errors, []);
    await context.close();

    // Reopened from the export, in a new page: the same notes on the same marks.
    const fresh = await openPage();
    await fresh.page.setInputFiles('#open-file-input', {
      name: wa.name,
      mimeType: 'application/ld+json',
      buffer: Buffer.from(wa.text),
    });
    await fresh.page.waitForFunction(() => /^Opened /.test(document.querySelector('#status')?.textContent ?? ''));
    await fresh.gloss.idle();
    assert.deepEqual(
      (await notedMarks(fresh.page)).sort((a, b) => String(a.text).localeCompare(String(b.text))),
      both.sort((a, b) => String(a.text).localeCompare(String(b.text))),
    );
    assert.equal(await fresh.page.evaluate(() => /** @type {any} */ (window).__ran), undefined);
    assert.deepEqual(fresh.gloss.errors, []);
    await fresh.context.close();
  });
});
