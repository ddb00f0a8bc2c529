// Exports from the page: Web Annotation, displaCy and standalone HTML downloaded and parsed back.
// Needs `make build` (www/pkg).

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { EXAMPLE_TEXT } from '../www/example.js';

import { browserTests, openWorkbench, tryExample, downloadExport } from './helpers.mjs';

const env = browserTests();
/** @type {(url?: string | null, options?: import('playwright-core').BrowserContextOptions) => ReturnType<typeof env.open>} */
const openPage = (url, options) => openWorkbench(env, url, options);

describe('exports', () => {
  test('exports: Web Annotation, displaCy and standalone HTML download and parse back', async () => {
    const { context, page, gloss } = await openPage();
    await tryExample(gloss);
    // The exports hold the article's names (those on clutter lines are marked, not exported).
    const entityMarks = await gloss.articleMarks('entity');
    assert.ok(entityMarks.length < (await gloss.marksOf('entity')).length, 'the example has names in clutter');

    const wa = await downloadExport(page, 'webannotation');
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

    const dc = await downloadExport(page, 'displacy');
    assert.match(dc.name, /\.json$/);
    const doc = JSON.parse(dc.text);
    assert.equal(doc.text, EXAMPLE_TEXT);
    assert.equal(doc.ents.length, entityMarks.length);
    for (const e of doc.ents) assert.ok(['PER', 'ORG', 'LOC', 'NORP', 'MISC'].includes(e.label));

    const standalone = await downloadExport(page, 'html');
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

  test('exports say what the legend hides and offer everything', async () => {
    const { context, page, gloss } = await openPage();
    await tryExample(gloss);
    const names = (await gloss.articleMarks('entity')).length;
    assert.ok(await page.isHidden('#export-scope'), 'nothing hidden: nothing to say');

    await gloss.toggleLayer('entity');
    await page.waitForSelector('#export-scope:not([hidden])');
    assert.match(await page.textContent('#export-scope-text'), /hides Names: the exports leave them out/);
    assert.equal(JSON.parse((await downloadExport(page, 'displacy')).text).ents.length, 0, 'as said: no names');

    await page.check('#export-all');
    assert.match(await page.textContent('#export-scope-text'), /hold them anyway/);
    const everything = JSON.parse((await downloadExport(page, 'displacy')).text);
    assert.equal(everything.ents.length, names, 'everything: the names the legend hides');

    // A type hidden in the legend is named too, and left out unless everything is asked for.
    await page.uncheck('#export-all');
    await gloss.toggleLayer('entity');
    const dates = (await gloss.articleMarks('statistic')).filter((m) => m.type === 'DATE').length;
    assert.ok(dates > 0, 'the example has dates');
    await gloss.toggleType('statistic', 'DATE');
    assert.match(await page.textContent('#export-scope-text'), /hides Date \(Figures\): the exports leave them out/);
    /** How many annotations of a Web Annotation export are tagged DATE. */
    const datesIn = (/** @type {string} */ text) =>
      JSON.parse(text).first.items.filter((/** @type {any} */ item) =>
        item.body.some((/** @type {any} */ b) => b.purpose === 'tagging' && b.value === 'DATE'),
      ).length;
    assert.equal(datesIn((await downloadExport(page, 'webannotation')).text), 0, 'no dates while they are hidden');
    await page.check('#export-all');
    assert.equal(
      datesIn((await downloadExport(page, 'webannotation')).text),
      dates,
      'dates when everything is asked for',
    );

    await gloss.toggleType('statistic', 'DATE');
    assert.ok(await page.isHidden('#export-scope'), 'nothing hidden again: nothing to say');
    assert.deepEqual(gloss.errors, []);
    await context.close();
  });
});
