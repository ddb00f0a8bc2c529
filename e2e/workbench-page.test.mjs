// The reader's workbench as wired into the page: Try an example, dropping a file, exports
// (downloaded and parsed back), corrections by hand (label, remove, undo, shared and reopened),
// passphrase links, offline after the first visit, keyboard shortcuts and the bookmarklet.
// Needs `make build` (www/pkg). Run with `node --test e2e/`.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';

import { browserTests } from './helpers.mjs';
import { EXAMPLE_TEXT } from '../www/example.js';

const env = browserTests();

/** A fresh context (no storage shared with other tests) and the page in it. */
function openPage(url = undefined, options = {}) {
  return env.open(url, { context: { acceptDownloads: true, viewport: { width: 1280, height: 720 }, ...options } });
}

/** Loads the example with the button and waits for its annotations. */
async function tryExample(gloss) {
  await gloss.page.click('#try-example');
  await gloss.idle();
  await gloss.page.waitForSelector('#view mark[data-layer="entity"]');
}

/**
 * Selects `word` inside the first text node of the view containing `context`, as a mouse would.
 * @param {import('playwright-core').Page} page
 */
async function selectInView(page, context, word) {
  await page.evaluate(
    ([ctx, w]) => {
      const walker = document.createTreeWalker(document.querySelector('#view'), NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const at = (n.textContent ?? '').indexOf(ctx);
        if (at < 0) continue;
        const start = at + ctx.indexOf(w);
        const range = document.createRange();
        range.setStart(n, start);
        range.setEnd(n, start + w.length);
        const selection = /** @type {Selection} */ (getSelection());
        selection.removeAllRanges();
        selection.addRange(range);
        n.parentElement?.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
        return;
      }
      throw new Error(`no text node with ${ctx}`);
    },
    [context, word],
  );
  await page.waitForSelector('#label-bar:not([hidden])');
}

/** Clicks an export button and returns the downloaded file's name and text. */
async function download(page, format) {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.click(`#exports button[data-export="${format}"]`),
  ]);
  const path = await file.path();
  return { name: file.suggestedFilename(), text: await readFile(path, 'utf8') };
}

/** The marks drawn by hand. */
function manualMarks(page) {
  return page.$$eval('#view mark[data-manual="true"]', (els) =>
    els.map((el) => ({ layer: el.dataset.layer, type: el.dataset.type, text: el.textContent })),
  );
}

describe('workbench in the page', () => {
  test('Try an example loads the example article and annotates it', async () => {
    const { context, page, gloss } = await openPage();
    await tryExample(gloss);
    assert.equal(await page.inputValue('#source'), EXAMPLE_TEXT);
    const entities = (await gloss.marksOf('entity')).map((m) => m.text);
    assert.ok(entities.includes('Harriet Vale'), entities.join(', '));
    assert.ok((await gloss.marksOf('statistic')).length > 5);
    assert.ok((await gloss.marksOf('boilerplate')).length > 3);
    assert.deepEqual(gloss.errors, []);
    await context.close();
  });

  test('a dropped .txt or .html file is read (the HTML never runs or enters the page)', async () => {
    const { context, page, gloss } = await openPage();
    const drop = (name, type, content) =>
      page.evaluate(
        ([n, t, c]) => {
          const data = new DataTransfer();
          data.items.add(new File([c], n, { type: t }));
          document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
        },
        [name, type, content],
      );
    await drop('note.txt', 'text/plain', 'Minister Alma Reyes opened the Lisbon office on Monday.\n');
    await page.waitForFunction(() => document.querySelector('#source').value.includes('Alma Reyes'));
    await gloss.idle();
    assert.ok((await gloss.marks()).length > 0);

    const html = `<!doctype html><html><head><title>T</title><script>window.__ran = 1</script></head>
<body><nav>Home | World | Sport</nav><h1>Port strike ends after 9 days</h1>
<p>Dock workers in <b>Rotterdam</b> returned to work after union leader Joris Bakker accepted a 6 per cent pay rise.</p>
<img src="x" onerror="window.__ran = 2"><p>Sign up to our newsletter</p></body></html>`;
    /** @type {string[]} */
    const requests = [];
    page.on('request', (r) => {
      if (!/^(blob|data):/.test(r.url())) requests.push(r.url());
    });
    await drop('strike.html', 'text/html', html);
    await page.waitForFunction(() => document.querySelector('#source').value.includes('Joris Bakker'));
    await gloss.idle();
    const source = await page.inputValue('#source');
    assert.match(
      source,
      /^Home \| World \| Sport\n+Port strike ends after 9 days\n+Dock workers in Rotterdam returned/,
    );
    assert.ok(!source.includes('<'), 'markup is not in the text');
    assert.equal(await page.evaluate(() => window.__ran), undefined, 'no script or handler ran');
    assert.equal(await page.$$eval('#view img, #view b, #view nav', (e) => e.length), 0);
    const entities = (await gloss.marksOf('entity')).map((m) => m.text);
    assert.ok(entities.includes('Joris Bakker'), entities.join(', '));
    assert.deepEqual(requests, [], "the file's image was not fetched");
    // Chromium fires the img's error in the parsed (detached) document and the page's CSP
    // blocks the inline handler: that report is the defence working, anything else is a fault.
    assert.deepEqual(
      gloss.errors.filter((e) => !/inline event handler violates/.test(e)),
      [],
    );
    await context.close();
  });

  test('exports: Web Annotation, displaCy and standalone HTML download and parse back', async () => {
    const { context, page, gloss } = await openPage();
    await tryExample(gloss);
    const entityMarks = await gloss.marksOf('entity');

    const wa = await download(page, 'webannotation');
    assert.match(wa.name, /\.jsonld$/);
    const collection = JSON.parse(wa.text);
    assert.equal(collection.type, 'AnnotationCollection');
    const items = collection.first.items;
    const codePoints = [...EXAMPLE_TEXT];
    const quotes = items.map((item) => {
      const position = item.target.selector.find((s) => s.type === 'TextPositionSelector');
      const quote = item.target.selector.find((s) => s.type === 'TextQuoteSelector');
      assert.equal(codePoints.slice(position.start, position.end).join(''), quote.exact);
      return quote.exact;
    });
    assert.ok(quotes.includes('Harriet Vale'));

    const dc = await download(page, 'displacy');
    assert.match(dc.name, /\.json$/);
    const doc = JSON.parse(dc.text);
    assert.equal(doc.text, EXAMPLE_TEXT);
    assert.equal(doc.ents.length, entityMarks.length);
    for (const e of doc.ents) assert.ok(['PER', 'ORG', 'LOC', 'NORP', 'MISC'].includes(e.label));

    const standalone = await download(page, 'html');
    assert.match(standalone.name, /\.html$/);
    assert.ok(!/<script/i.test(standalone.text), 'no script in the standalone file');
    // Opened on its own (no Gloss), it shows the article with its marks.
    const other = await context.newPage();
    await other.setContent(standalone.text);
    const shown = await other.$$eval('mark', (els) => els.map((el) => el.textContent));
    assert.ok(shown.includes('Harriet Vale'), shown.slice(0, 20).join(', '));
    assert.deepEqual(gloss.errors, []);
    await context.close();
  });

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
    await page.click('#view mark[data-layer="entity"]:text-is("Harriet Vale")');
    await page.waitForSelector('#mark-tools:not([hidden])');
    await page.click('#mark-remove');
    await page.waitForFunction(
      (n) =>
        [...document.querySelectorAll('#view mark[data-layer="entity"]')].filter(
          (e) => e.textContent === 'Harriet Vale',
        ).length ===
        n - 1,
      valeBefore,
    );

    // Relabel an entity (by its tools) and undo it with Ctrl+Z; redo and undo again.
    await page.click('#view mark[data-layer="entity"]:text-is("Whitby")');
    await page.selectOption('#mark-relabel-type', 'entity:ORG');
    await page.click('#mark-relabel');
    await page.waitForSelector('#view mark[data-manual="true"][data-type="ORG"]');
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
    const shownDc = JSON.parse((await download(page, 'displacy')).text);
    await context.close();

    const fresh = await openPage(url);
    assert.deepEqual(await fresh.gloss.marks(), corrected, 'the reopened view has the same marks');
    assert.deepEqual(await manualMarks(fresh.page), [{ layer: 'entity', type: 'MISC', text: 'tidal barrier' }]);
    const dc = JSON.parse((await download(fresh.page, 'displacy')).text);
    assert.deepEqual({ ...dc, title: null }, { ...shownDc, title: null }, 'the same export (a link carries no title)');
    const hand = dc.ents.filter(
      (e) => e.label === 'MISC' && [...dc.text].slice(e.start, e.end).join('') === 'tidal barrier',
    );
    assert.equal(hand.length, 1, 'the label by hand is exported');
    const wa = JSON.parse((await download(fresh.page, 'webannotation')).text);
    const exacts = wa.first.items.map((i) => i.target.selector.find((s) => s.type === 'TextQuoteSelector').exact);
    assert.ok(exacts.includes('tidal barrier'));
    assert.equal(exacts.filter((e) => e === 'Harriet Vale').length, valeBefore - 1);
    assert.deepEqual(fresh.gloss.errors, []);
    await fresh.context.close();
  });

  test('passphrase links: made, reopened with the passphrase; a wrong one is told clearly', async () => {
    const { context, page, gloss } = await openPage();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.server.url });
    await tryExample(gloss);
    // The page records every link written to the address bar: the plain one never is.
    await page.evaluate(() => {
      window.__urls = [];
      const replace = history.replaceState.bind(history);
      history.replaceState = (s, t, url) => {
        window.__urls.push(String(url));
        replace(s, t, url);
      };
    });
    const marks = await gloss.marks();
    await page.click('#share-protected');
    await page.waitForSelector('#passphrase-dialog[open]');
    await page.fill('#passphrase-input', 'harbour lights 42');
    await page.click('#passphrase-ok');
    await page.waitForFunction(() => location.hash.startsWith('#p1.'));
    const url = page.url();
    assert.ok(!url.includes('Harriet'), 'the text is not readable in the link');
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), url);
    const written = await page.evaluate(() => window.__urls);
    assert.equal(written.length, 1);
    assert.match(written[0], /#p1\./);
    await context.close();

    const fresh = await openPage(null);
    await fresh.page.goto(url);
    await fresh.page.waitForSelector('#passphrase-dialog[open]');
    await fresh.page.fill('#passphrase-input', 'wrong guess');
    await fresh.page.click('#passphrase-ok');
    await fresh.page.waitForSelector('#passphrase-error:not([hidden])');
    assert.match(await fresh.page.textContent('#passphrase-error'), /passphrase does not open this link/);
    await fresh.page.fill('#passphrase-input', 'harbour lights 42');
    await fresh.page.click('#passphrase-ok');
    await fresh.page.waitForSelector('html[data-ready="true"]');
    await fresh.gloss.idle();
    await fresh.page.waitForSelector('#view mark');
    await fresh.gloss.idle();
    assert.equal(await fresh.page.inputValue('#source'), EXAMPLE_TEXT);
    assert.deepEqual(await fresh.gloss.marks(), marks);
    assert.deepEqual(fresh.gloss.errors, []);
    await fresh.context.close();
  });

  test('offline: after the first visit the page opens and annotates with the network cut', async () => {
    const { context, page, gloss } = await openPage();
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await context.setOffline(true);
    await page.reload();
    await page.waitForSelector('html[data-ready="true"]');
    await gloss.enter('Mayor Ines Duarte said 1,200 homes in Porto lost power on Tuesday.\n');
    assert.ok((await gloss.marksOf('entity')).length > 0);
    assert.deepEqual((await gloss.marksOf('statistic')).map((m) => m.text).includes('1,200'), true);
    assert.deepEqual(gloss.errors, []);
    await context.close();
  });

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
