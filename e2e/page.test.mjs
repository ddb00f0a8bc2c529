// The page in headless Chromium: paste, layers, cards, share links, panels, clean copy, flips,
// rich paste, and what the page must never do (run pasted markup, make requests after load).
// Needs `make build` (www/pkg). Run with `node --test e2e/`.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';

import { browserTests, exampleArticle, fixture } from './helpers.mjs';
import { decodeView } from '../www/share.js';
import { parseCsv } from '../www/panels/statistics.js';

const article = exampleArticle();

/**
 * What each layer must find. For ../shared/examples/news-article.txt: the foundation issue's
 * list; for our own fixture (e2e/fixtures/article.txt): the same kinds of things in it.
 * Boilerplate entries are parts of a marked text; the others are exact marked texts.
 */
const EXPECTED = article.shared
  ? {
      boilerplate: ['2024-02-02', 'Please enter a valid email address', '(PA)', '(PA Archive)'],
      entity: [
        ['PER', 'Rishi Sunak'],
        ['PER', 'Recep Tayyip Erdogan'],
        ['ORG', 'Home Office'],
        ['ORG', 'The Times'],
        ['LOC', 'English Channel'],
        ['ORG', 'European Court of Human Rights'],
        ['ORG', 'ECHR'],
        ['ORG', 'Turkish National Police'],
        ['LOC', 'Turkey'],
        ['LOC', 'Ankara'],
      ],
      statistic: [
        ['CARDINAL', 'Three thousand'],
        ['PERCENT', '90 per cent'],
        ['CARDINAL', '1,335'],
        ['PERCENT', '13 per cent'],
        ['DATE', 'August 2022'],
      ],
      surname: ['Sunak', 'Rishi Sunak'],
      surnameType: /Person/,
      articleLine: 'Some officials also suggest',
      clutterLine: '(PA Archive)',
    }
  : {
      boilerplate: ['2025-03-14', 'Please enter a valid email address', '(Reuters)', '(Getty Images)'],
      entity: [
        ['PER', 'Maria Okafor'],
        ['ORG', 'CMA'],
        ['LOC', 'Jersey'],
        ['LOC', 'Guernsey'],
      ],
      statistic: [
        ['PERCENT', '18 per cent'],
        ['CARDINAL', '2,480'],
        ['MONEY', '£14.5 million'],
        ['PERCENT', '7 per cent'],
      ],
      surname: ['Okafor', 'Maria Okafor'],
      surnameType: /Person/,
      articleLine: 'The company said 2,480 crossings',
      clutterLine: '(Getty Images)',
    };

const env = browserTests();
const openPage = env.open;

/** @param {{layer: string, type: string, text: string}[]} marks */
function keyed(marks) {
  return marks.map((m) => `${m.layer}|${m.type}|${m.text}`);
}

describe('the page', () => {
  test('pasting the article shows each layer with the expected marks, losing no text', async () => {
    const { context, gloss } = await openPage();
    await gloss.enter(article.text);
    assert.equal(await gloss.viewText(), article.text.replace(/\r(?=\n)/g, ''));
    const marks = await gloss.marks();
    const boilerplate = marks.filter((m) => m.layer === 'boilerplate').map((m) => m.text);
    for (const part of EXPECTED.boilerplate) {
      assert.ok(
        boilerplate.some((t) => t.includes(part)),
        `boilerplate covers "${part}"`,
      );
    }
    const keys = new Set(keyed(marks));
    for (const [type, text] of EXPECTED.entity) {
      assert.ok(keys.has(`entity|${type}|${text}`), `entity ${type} "${text}"`);
    }
    for (const [type, text] of EXPECTED.statistic) {
      assert.ok(keys.has(`statistic|${type}|${text}`), `statistic ${type} "${text}"`);
    }
    assert.deepEqual(gloss.errors, []);
    await context.close();
  });

  test('the legend toggles a layer and a type', async () => {
    const { context, page, gloss } = await openPage();
    await gloss.enter(article.text);
    const before = await gloss.marks();
    assert.ok(before.some((m) => m.layer === 'entity'));
    await gloss.toggleLayer('entity');
    assert.equal((await gloss.marksOf('entity')).length, 0, 'entities hidden');
    assert.equal(await page.getAttribute('#legend button.layer-toggle[data-layer="entity"]', 'aria-pressed'), 'false');
    assert.deepEqual(
      keyed(await gloss.marksOf('statistic')),
      keyed(before.filter((m) => m.layer === 'statistic')),
      'other layers unchanged',
    );
    await gloss.toggleLayer('entity');
    assert.deepEqual(keyed(await gloss.marks()), keyed(before), 'entities back');

    const type = EXPECTED.statistic[0][0];
    await gloss.toggleType('statistic', type);
    const stats = await gloss.marksOf('statistic');
    assert.ok(stats.length > 0 && stats.every((m) => m.type !== type), `${type} hidden, others shown`);
    assert.equal(await gloss.viewText(), article.text.replace(/\r(?=\n)/g, ''), 'text kept');
    await context.close();
  });

  test('hovering or focusing a mark shows its card', async () => {
    const { context, page, gloss } = await openPage();
    await gloss.enter(article.text);
    const percent = await gloss.hoverCard('#view mark[data-layer="statistic"][data-type="PERCENT"]');
    assert.match(percent ?? '', /Percentage/);
    assert.match(percent ?? '', /\d%/);

    const [surname, canonical] = EXPECTED.surname;
    const handle = await page.$$(`#view mark[data-layer="entity"]`);
    let found = false;
    for (const h of handle) {
      if ((await h.textContent()) !== surname) continue;
      await h.focus();
      await page.waitForSelector('#card:not([hidden])');
      const card = (await page.textContent('#card')) ?? '';
      assert.match(card, EXPECTED.surnameType);
      assert.ok(card.includes(canonical), `card names ${canonical}: ${card}`);
      found = true;
      break;
    }
    assert.ok(found, `a mark "${surname}"`);

    await page.mouse.move(0, 0);
    const clutter = await gloss.hoverCard('#view .line.is-clutter mark[data-layer="boilerplate"]');
    assert.match(clutter ?? '', /Why/, 'boilerplate card gives the reason');
    await context.close();
  });

  test('a shared link opens the same view in a fresh browser context', async () => {
    const { context, page, gloss } = await openPage();
    await gloss.enter(article.text);
    await gloss.toggleType('statistic', 'DATE');
    await page.check('#hide-clutter');
    const marks = await gloss.marks();
    const legend = await page.$$eval('#legend button', (bs) =>
      bs.map((b) => `${b.textContent}:${b.getAttribute('aria-pressed')}`),
    );
    const visible = await gloss.visibleLines();
    const url = await gloss.share();
    assert.match(url, /#v1\.[A-Za-z0-9_-]+$/);
    assert.ok(!new URL(url).search, 'nothing in the query');
    await context.close();

    const reopened = await openPage(url);
    assert.equal(await reopened.page.inputValue('#source'), article.text);
    assert.deepEqual(keyed(await reopened.gloss.marks()), keyed(marks));
    assert.deepEqual(
      await reopened.page.$$eval('#legend button', (bs) =>
        bs.map((b) => `${b.textContent}:${b.getAttribute('aria-pressed')}`),
      ),
      legend,
    );
    assert.equal(await reopened.page.isChecked('#hide-clutter'), true);
    assert.deepEqual(await reopened.gloss.visibleLines(), visible);
    assert.equal(await reopened.gloss.messageVisible(), false);
    assert.deepEqual(reopened.gloss.errors, []);
    await reopened.context.close();
  });

  test('a damaged link shows a clear message and the editor stays usable', async () => {
    const { context, gloss } = await openPage();
    await gloss.enter(article.text);
    const url = await gloss.share();
    await context.close();

    const cases = [
      ['truncated', url.slice(0, url.length - 25)],
      ['altered', url.replace(/#v1\.(.{12})./, (_, keep) => `#v1.${keep}${keep[0] === 'Q' ? 'R' : 'Q'}`)],
      ['garbage', `${env.server.url}#v1.%%%not-a-link`],
      ['future format', `${env.server.url}#v7.AAAA`],
    ];
    for (const [name, bad] of cases) {
      const opened = await openPage(bad);
      assert.equal(await opened.gloss.messageVisible(), true, `${name}: message shown`);
      assert.match((await opened.gloss.message()) ?? '', /link/i, name);
      assert.deepEqual(opened.gloss.errors, [], `${name}: no uncaught error`);
      await opened.gloss.enter('Maria Okafor said fares rose 18 per cent in Jersey.');
      assert.equal(await opened.gloss.viewText(), 'Maria Okafor said fares rose 18 per cent in Jersey.', name);
      await opened.context.close();
    }
  });

  test('pasted markup stays inert text', async () => {
    const init = () => {
      window.__alerts = [];
      window.alert = (m) => window.__alerts.push(String(m));
      window.__violations = [];
      document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(e.violatedDirective));
    };
    const { context, page, gloss } = await openPage(undefined, { init });
    const hostile =
      'Before <img src=x onerror="alert(1)"> and <script>alert(2)</script> after.\n' +
      '<b onmouseover=alert(3)>bold</b> <a href="javascript:alert(4)">link</a> <svg onload=alert(5)>';
    await gloss.enter(hostile);
    assert.equal(await gloss.viewText(), hostile);
    assert.equal(await page.$$eval('#view img, #view script, #view svg, #view a, #view b', (e) => e.length), 0);
    await page.hover('#view .line-text');
    await gloss.richPaste(fixture('rich-paste.txt'), fixture('rich-paste.html'));
    assert.equal(await page.$$eval('img, script:not([src]), svg, iframe', (e) => e.length), 0);
    await page.waitForTimeout(300);
    assert.deepEqual(await page.evaluate(() => window.__alerts), []);
    assert.deepEqual(await page.evaluate(() => window.__violations), []);
    await context.close();
  });

  test('no request leaves the page after it has loaded', async () => {
    const { context, page, gloss } = await openPage(undefined, { clipboard: true });
    /** @type {string[]} */
    const requests = [];
    page.on('request', (r) => {
      if (!/^(blob|data):/.test(r.url())) requests.push(r.url());
    });
    await gloss.enter(article.text);
    await gloss.richPaste(fixture('rich-paste.txt'), fixture('rich-paste.html'));
    await gloss.enter(article.text);
    await gloss.toggleLayer('statistic');
    await gloss.toggleLayer('statistic');
    await gloss.hoverCard('#view mark[data-layer="entity"]');
    await page.click('#statistics tbody tr[data-id]');
    await page.click('#entities button.entity');
    await page.check('#hide-clutter');
    await page.click('#copy-clean');
    await gloss.share();
    await page.waitForTimeout(300);
    assert.deepEqual(requests, []);
    await context.close();
  });

  test('the statistics panel lists every figure in reading order and exports it as CSV', async () => {
    const { context, page, gloss } = await openPage();
    await gloss.enter(article.text);
    // The panel lists the article's figures: those on clutter lines are marked, not listed.
    const articleLines = '#view .line:not([data-clutter-type])';
    const headline = '#view .line[data-clutter-type="TITLE"]';
    const inArticle = `${articleLines} mark[data-layer="statistic"], ${headline} mark[data-layer="statistic"]`;
    const marks = await page.$$eval(inArticle, (els) => {
      const seen = new Set();
      const out = [];
      for (const el of els) {
        const id = /** @type {HTMLElement} */ (el).dataset.id;
        if (seen.has(id)) continue;
        seen.add(id);
        out.push(el.textContent);
      }
      return out;
    });
    const figures = await page.$$eval('#statistics tbody tr:not(.context) .figure-text', (els) =>
      els.map((e) => e.textContent),
    );
    assert.ok(figures.length >= EXPECTED.statistic.length);
    assert.deepEqual(figures, marks, 'one row per statistic, in reading order');
    const sentences = await page.$$eval('#statistics tbody tr.context .sentence', (els) =>
      els.map((e) => e.textContent),
    );
    for (const [i, f] of figures.entries()) assert.ok(sentences[i]?.includes(f ?? ''), `sentence of ${f}`);

    const [, figure] = EXPECTED.statistic[EXPECTED.statistic.length - 1];
    const row = page.locator('#statistics tbody tr:not(.context)', { hasText: figure }).first();
    await row.click();
    const id = await row.getAttribute('data-id');
    await page.waitForSelector(`#view mark[data-id="${id}"].flash`);

    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-csv')]);
    assert.equal(download.suggestedFilename(), 'figures.csv');
    const csv = await readFile(/** @type {string} */ (await download.path()), 'utf8');
    const [head, ...rows] = parseCsv(csv);
    assert.deepEqual(head.slice(0, 4), ['figure', 'type', 'value', 'unit']);
    assert.deepEqual(
      rows.map((r) => r[0]),
      figures,
    );
    for (const [type, text] of EXPECTED.statistic) {
      const r = rows.find((x) => x[0] === text);
      assert.ok(r, `CSV row for ${text}`);
      assert.equal(r[1], type);
    }
    await context.close();
  });

  test('the entities panel selects an entity and steps through its mentions', async () => {
    const { context, page, gloss } = await openPage();
    await gloss.enter(article.text);
    const groups = await page.$$eval('#entities .entity-group', (gs) =>
      gs.map((g) => /** @type {HTMLElement} */ (g).dataset.type),
    );
    assert.ok(groups.includes('PER') && groups.includes('ORG') && groups.includes('LOC'), groups.join());
    // Sorted by mention count within each group.
    const counts = await page.$$eval('#entities .entity-group', (gs) =>
      gs.map((g) => [...g.querySelectorAll('.entity .count')].map((c) => Number(c.textContent))),
    );
    for (const list of counts)
      assert.deepEqual(
        list,
        [...list].sort((a, b) => b - a),
      );

    const top = page
      .locator('#entities button.entity')
      .filter({ has: page.locator('.count', { hasNotText: /^1$/ }) })
      .first();
    const total = Number(await top.locator('.count').textContent());
    assert.ok(total >= 2, 'an entity mentioned more than once');
    const key = await top.getAttribute('data-key');
    await top.click();
    assert.equal(await top.getAttribute('aria-pressed'), 'true');
    const selected = await page.$$eval(
      '#view mark.is-selected',
      (els) => new Set(els.map((e) => /** @type {HTMLElement} */ (e).dataset.id)).size,
    );
    assert.equal(selected, total, 'every mention highlighted');
    assert.equal(await page.textContent('#entity-position'), `1 of ${total}`);
    const current = async () => page.$eval('#view mark.is-current', (e) => /** @type {HTMLElement} */ (e).dataset.id);
    const first = await current();
    await page.click('#entity-next');
    assert.equal(await page.textContent('#entity-position'), `2 of ${total}`);
    assert.notEqual(await current(), first);
    await page.keyboard.press('p');
    assert.equal(await page.textContent('#entity-position'), `1 of ${total}`);
    assert.equal(await current(), first);
    await page.keyboard.press('p');
    assert.equal(await page.textContent('#entity-position'), `${total} of ${total}`, 'wraps around');
    await page.keyboard.press('n');
    assert.equal(await page.textContent('#entity-position'), `1 of ${total}`);
    const marksOfKey = await page.$$eval(`#view mark.is-selected`, (els) =>
      els.map((e) => /** @type {HTMLElement} */ (e).dataset.entity),
    );
    assert.ok(marksOfKey.every((k) => k === key));
    await page.keyboard.press('Escape');
    assert.equal(await page.isVisible('#entity-stepper'), false);
    assert.equal(await page.$$eval('#view mark.is-selected', (e) => e.length), 0);
    await context.close();
  });

  test('hiding clutter, copying and downloading the clean text', async () => {
    const { context, page, gloss } = await openPage(undefined, { clipboard: true });
    await gloss.enter(article.text);
    const clutterLines = await page.$$eval('#view .line.is-clutter .line-text', (e) =>
      e.map((l) => l.textContent ?? ''),
    );
    assert.ok(clutterLines.length >= 2);
    await page.check('#hide-clutter');
    const shown = await gloss.visibleLines();
    for (const line of clutterLines) assert.ok(!shown.includes(line), `hidden: ${line.slice(0, 40)}`);

    await page.click('#copy-clean');
    await page.waitForFunction(() => /copied/.test(document.querySelector('#status')?.textContent ?? ''));
    const copied = await gloss.within(() => navigator.clipboard.readText());
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download-clean')]);
    const downloaded = await readFile(/** @type {string} */ (await download.path()), 'utf8');
    assert.equal(downloaded, copied);
    for (const part of EXPECTED.boilerplate) assert.ok(!copied.includes(part), `clean text drops "${part}"`);
    assert.ok(copied.includes(EXPECTED.articleLine), 'clean text keeps the article');
    assert.ok(!/\n\n\n/.test(copied), 'no runs of blank lines');
    await context.close();
  });

  test('flipping lines between article and clutter survives share → reopen', async () => {
    const { context, page, gloss } = await openPage();
    await gloss.enter(article.text);
    const lineOf = (/** @type {string} */ part) =>
      page.locator('#view .line', { has: page.locator('.line-text', { hasText: part }) }).first();
    const articleLine = lineOf(EXPECTED.articleLine);
    const clutterLine = lineOf(EXPECTED.clutterLine);
    assert.doesNotMatch((await articleLine.getAttribute('class')) ?? '', /is-clutter/);
    assert.match((await clutterLine.getAttribute('class')) ?? '', /is-clutter/);

    await articleLine.locator('button.flip').click();
    await clutterLine.locator('button.flip').click();
    assert.match((await articleLine.getAttribute('class')) ?? '', /is-clutter/);
    assert.equal(await articleLine.locator('mark[data-layer="boilerplate"][data-type="MANUAL"]').count(), 1);
    assert.doesNotMatch((await clutterLine.getAttribute('class')) ?? '', /is-clutter/);
    assert.equal(await clutterLine.locator('mark[data-layer="boilerplate"]').count(), 0);
    const classes = await page.$$eval('#view .line', (ls) => ls.map((l) => l.className));
    const marks = await gloss.marks();
    const url = await gloss.share();
    await context.close();

    const reopened = await openPage(url);
    assert.deepEqual(await reopened.page.$$eval('#view .line', (ls) => ls.map((l) => l.className)), classes);
    assert.deepEqual(keyed(await reopened.gloss.marks()), keyed(marks));
    await reopened.context.close();
  });

  test('a rich paste hands its HTML to the annotator and the view survives sharing', async () => {
    const { context, page, gloss } = await openPage();
    const text = fixture('rich-paste.txt');
    // The same text pasted plain, to see what the HTML changes.
    await gloss.enter(text);
    const plain = keyed(await gloss.marks());

    await gloss.richPaste(text, fixture('rich-paste.html'));
    assert.equal(await page.inputValue('#source'), text);
    assert.equal(await gloss.viewText(), text);
    const marks = await gloss.marks();
    assert.notDeepEqual(keyed(marks), plain, 'the HTML informs the boilerplate layer');
    const clutter = await page.$$eval('#view .line.is-clutter .line-text', (e) => e.map((l) => l.textContent));
    for (const line of ['Home', 'News', 'Sport', '© 2025 Kettleby Echo. All rights reserved.']) {
      assert.ok(clutter.includes(line), `clutter: ${line}`);
    }
    const body = 'Councillor Priya Anand said the change would cost £85,000 a year.';
    assert.ok(!clutter.includes(body), 'the article body is not clutter');
    assert.ok(keyed(marks).includes('statistic|MONEY|£85,000'));

    const url = await gloss.share();
    const shared = await decodeView(new URL(url).hash);
    assert.ok(shared.boilerplate && shared.boilerplate.length > 0, 'the link carries the HTML-informed boilerplate');
    await context.close();
    const reopened = await openPage(url);
    assert.deepEqual(keyed(await reopened.gloss.marks()), keyed(marks));
    await reopened.context.close();

    // Editing the text afterwards drops the HTML (it no longer matches): plain annotations again.
    const edited = await openPage();
    await edited.gloss.richPaste(text, fixture('rich-paste.html'));
    await edited.page.focus('#source');
    await edited.page.keyboard.press('End');
    await edited.page.keyboard.type(' ');
    await edited.page.keyboard.press('Backspace');
    await edited.gloss.idle();
    assert.deepEqual(keyed(await edited.gloss.marks()), plain);
    await edited.context.close();
  });
});
