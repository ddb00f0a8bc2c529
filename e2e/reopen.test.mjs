// Reopening an export: a Web Annotation or displaCy file dropped on, or opened in, a new page
// gives back the text and the marks with the reader's corrections; a bad file changes nothing
// and says why. Needs `make build` (www/pkg).

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { EXAMPLE_TEXT } from '../www/example.js';

import { browserTests, openWorkbench, tryExample, selectInView, downloadExport, manualMarks } from './helpers.mjs';
import { relabelMark, removeMark } from './helpers.mjs';

const env = browserTests();
/** @type {(url?: string | null, options?: import('playwright-core').BrowserContextOptions) => ReturnType<typeof env.open>} */
const openPage = (url, options) => openWorkbench(env, url, options);

/**
 * Drops a file with `content` on the page, as a file manager would.
 * @param {import('playwright-core').Page} page
 * @param {string} name
 * @param {string} type
 * @param {string} content
 */
function drop(page, name, type, content) {
  return page.evaluate(
    ([n, t, c]) => {
      const data = new DataTransfer();
      data.items.add(new File([c], n, { type: t }));
      document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    },
    [name, type, content],
  );
}

/** Waits until a reopened file's marks are drawn (the status says so). */
async function reopened(gloss) {
  await gloss.page.waitForFunction(() => /^Opened /.test(document.querySelector('#status')?.textContent ?? ''));
  await gloss.idle();
}

/** Corrects the example: a mark by hand, a removal, a relabel. */
async function correctExample(page) {
  await selectInView(page, 'tidal barrier, the', 'tidal barrier');
  await page.selectOption('#label-type', 'entity:MISC');
  await page.click('#label-apply');
  await page.waitForSelector('#view mark[data-manual="true"]');
  await removeMark(page, 'entity', 'Harriet Vale');
  await relabelMark(page, 'entity', 'Whitby', 'entity:ORG');
}

describe('reopen', () => {
  test('reopen: a Web Annotation export dropped and a displaCy export opened give back the marks and corrections', async () => {
    const first = await openPage();
    await tryExample(first.gloss);
    await correctExample(first.page);
    const marks = await first.gloss.marks();
    const mine = await manualMarks(first.page);
    assert.equal(mine.length, 2, JSON.stringify(mine));
    const wa = await downloadExport(first.page, 'webannotation');
    const dc = await downloadExport(first.page, 'displacy');
    await first.context.close();

    // A new page (nothing kept in this browser): the file is dropped on it.
    const second = await openPage();
    await drop(second.page, wa.name, 'application/ld+json', wa.text);
    await reopened(second.gloss);
    assert.equal(await second.page.inputValue('#source'), EXAMPLE_TEXT);
    assert.deepEqual(await second.gloss.marks(), marks, 'the same marks as before the export');
    assert.deepEqual(await manualMarks(second.page), mine, 'the corrections by hand');
    assert.match(await second.page.textContent('#status'), /3 corrections by hand/);
    // They are the reader's corrections again: Ctrl+Z is not needed to keep them, a reload keeps them.
    assert.deepEqual(second.gloss.errors, []);
    await second.context.close();

    // Another new page: the displaCy file, through "Open a file".
    const third = await openPage();
    await third.page.setInputFiles('#open-file-input', {
      name: dc.name,
      mimeType: 'application/json',
      buffer: Buffer.from(dc.text),
    });
    await reopened(third.gloss);
    const names = (/** @type {{layer: string}[]} */ list) => list.filter((m) => m.layer === 'entity');
    assert.deepEqual(names(await third.gloss.marks()), names(marks), 'the same names');
    assert.deepEqual(await manualMarks(third.page), mine);
    assert.deepEqual(third.gloss.errors, []);
    await third.context.close();
  });

  test('reopen: a bad or hostile file says why and leaves the text and corrections as they were', async () => {
    const { context, page, gloss } = await openPage();
    await tryExample(gloss);
    await correctExample(page);
    const marks = await gloss.marks();

    const broken = [
      [
        'broken.json',
        '{"text": "Lyon", "ents": [',
        /broken\.json could not be opened: It is not valid JSON\. Your text is unchanged\./,
      ],
      [
        'past.json',
        JSON.stringify({ text: 'Lyon', ents: [{ start: 0, end: 99, label: 'LOC' }] }),
        /past the text's end/,
      ],
      ['other.json', JSON.stringify({ hello: 'world' }), /neither a Web Annotation export nor a displaCy file/],
      ['page.pdf', '%PDF-1.7', /not a \.txt, \.html, \.json or \.jsonld file/],
    ];
    for (const [name, content, said] of broken) {
      await drop(page, name, '', content);
      await page.waitForFunction((n) => document.querySelector('#message')?.textContent?.includes(n), name);
      assert.match(await gloss.message(), said);
      assert.equal(await page.inputValue('#source'), EXAMPLE_TEXT);
      assert.deepEqual(await gloss.marks(), marks);
    }

    // A good file over corrections asks first: declined, nothing changes.
    const markup = JSON.stringify({
      text: 'Dr <img src=x onerror="window.__ran=1"> Ines Duarte met <b>officials</b> in Faro.',
      ents: [{ start: 40, end: 51, label: 'PER' }],
    });
    let asked = '';
    page.once('dialog', (dialog) => {
      asked = dialog.message();
      dialog.dismiss();
    });
    await drop(page, 'markup.json', 'application/json', markup);
    await page.waitForTimeout(300);
    assert.match(asked, /Replace this text and your 3 corrections by hand\?/);
    assert.equal(await page.inputValue('#source'), EXAMPLE_TEXT);

    // Accepted: the text is text, never markup.
    page.once('dialog', (dialog) => dialog.accept());
    await drop(page, 'markup.json', 'application/json', markup);
    await reopened(gloss);
    assert.equal(await page.$$eval('#view img, #view b', (els) => els.length), 0, 'no element from the file');
    assert.equal(await page.evaluate(() => /** @type {any} */ (window).__ran), undefined);
    assert.ok((await gloss.viewText()).includes('<img src=x onerror="window.__ran=1">'));
    assert.ok((await gloss.marks()).some((m) => m.layer === 'entity' && m.text === 'Ines Duarte'));
    assert.deepEqual(gloss.errors, []);
    await context.close();
  });
});
