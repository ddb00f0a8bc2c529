// The Region control: a reader picks a region and the figures a text leaves open ("$", 3/4/2024)
// are read again at once by that region's conventions; the choice is kept in this browser,
// carried by a share link (format v2) to a fresh browser, restored with the saved work; "As
// written" brings back the reading of before. A link naming a region Gloss does not know says
// so and opens read as written. A Web Annotation export says its region, and reopening it reads
// the figures the same way. Needs `make build` (the regions come from the WASM).

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { deflateRawSync } from 'node:zlib';

import { browserTests, downloadExport, openWorkbench } from './helpers.mjs';
import { crc32, toBase64Url } from '../www/share.js';

const env = browserTests();
const TEXT =
  'The council said on Tuesday that the new bridge would cost $5 million, and that work began on 3/4/2024 after a long delay.\n';

/**
 * The statistics panel's rows: figure → value as shown.
 * @param {import('playwright-core').Page} page
 * @returns {Promise<Record<string, string>>}
 */
function figures(page) {
  return page.$$eval('#statistics tbody tr[data-id]:not(.context)', (rows) =>
    Object.fromEntries(
      rows.map((r) => [
        r.querySelector('.figure-text')?.textContent ?? '',
        r.querySelector('.value')?.textContent ?? '',
      ]),
    ),
  );
}

/**
 * Waits until the panel shows `value` for `figure`, then returns the panel.
 * @param {import('playwright-core').Page} page
 * @param {string} figure
 * @param {string} value a part of the shown value
 */
async function shows(page, figure, value) {
  await page.waitForFunction(
    ([f, v]) =>
      [...document.querySelectorAll('#statistics tbody tr[data-id]:not(.context)')].some(
        (r) =>
          r.querySelector('.figure-text')?.textContent === f && r.querySelector('.value')?.textContent?.includes(v),
      ),
    [figure, value],
  );
  return figures(page);
}

/** The selected option's text. @param {import('playwright-core').Page} page */
function regionLabel(page) {
  return page.$eval('#region', (s) => /** @type {HTMLSelectElement} */ (s).selectedOptions[0]?.textContent ?? '');
}

/**
 * A link of `version` holding `json`, checksum right (as hostile.test.mjs builds them).
 * @param {string} base
 * @param {string} version
 * @param {object} json
 */
function link(base, version, json) {
  const bytes = new TextEncoder().encode(JSON.stringify(json));
  const deflated = deflateRawSync(bytes);
  const out = new Uint8Array(deflated.length + 4);
  out.set(deflated);
  new DataView(out.buffer).setUint32(deflated.length, crc32(bytes));
  return `${base}#${version}.${toBase64Url(out)}`;
}

describe('region', () => {
  test('Australia reads $ as AUD and 3/4/2024 as 3 April, through a shared link; As written brings back USD', async () => {
    const first = await env.open(undefined, { context: { locale: 'en-US' } });
    const { page, gloss } = first;
    assert.equal(await page.inputValue('#region'), '', 'as written by default');
    assert.equal(await regionLabel(page), 'As written (no region)');
    // The browser's region comes first, then every region the core knows.
    const groups = await page.$$eval('#region optgroup', (gs) =>
      gs.map((g) => ({
        label: g.getAttribute('label'),
        options: [...g.querySelectorAll('option')].map((o) => o.value),
      })),
    );
    assert.equal(groups[0].label, 'Your browser’s region');
    assert.deepEqual(groups[0].options, ['US']);
    assert.ok(groups[1].options.length > 150, `${groups[1].options.length} regions`);
    assert.ok(groups[1].options.includes('AU') && !groups[1].options.includes('US'));

    await gloss.enter(TEXT);
    let panel = await shows(page, '$5 million', 'US$');
    assert.equal(panel['3/4/2024'], '2024-03-04', JSON.stringify(panel));

    await page.selectOption('#region', 'AU');
    panel = await shows(page, '$5 million', 'A$5,000,000');
    await gloss.idle();
    assert.equal(panel['3/4/2024'], '2024-04-03', '3 April');
    assert.equal(await regionLabel(page), 'Australia ($ is AUD, day/month dates)');
    assert.equal(await page.evaluate(() => localStorage.getItem('gloss.region')), 'AU', 'kept as a preference');

    const url = await gloss.share();
    assert.match(url, /#v2\./, 'a link with a region is format v2');

    // A fresh browser (no preference, no saved work) opens the same view.
    const second = await env.open(url, { context: { locale: 'en-GB' } });
    assert.equal(await second.page.inputValue('#region'), 'AU');
    panel = await shows(second.page, '$5 million', 'A$5,000,000');
    assert.equal(panel['3/4/2024'], '2024-04-03');
    assert.equal(await second.gloss.messageVisible(), false, (await second.gloss.message()) ?? '');

    await second.page.selectOption('#region', '');
    panel = await shows(second.page, '$5 million', 'US$5,000,000');
    await second.gloss.idle();
    assert.equal(panel['3/4/2024'], '2024-03-04');
    assert.equal(
      await second.page.evaluate(() => localStorage.getItem('gloss.region')),
      null,
      'as written is forgotten',
    );
    assert.deepEqual(second.gloss.errors, []);
    await second.context.close();

    // The saved work comes back with its region after a reload.
    await page.reload();
    await page.waitForSelector('html[data-ready="true"]');
    await gloss.idle();
    assert.equal(await page.inputValue('#region'), 'AU');
    panel = await shows(page, '$5 million', 'A$5,000,000');
    assert.equal(panel['3/4/2024'], '2024-04-03');
    assert.deepEqual(gloss.errors, []);
    await first.context.close();
  });

  test('the region is a preference: a new text is read for it, and the browser’s region is offered first', async () => {
    const { context, page, gloss } = await env.open(undefined, { context: { locale: 'en-AU' } });
    const first = await page.$eval('#region optgroup option', (o) => o.textContent);
    assert.equal(first, 'Australia ($ is AUD, day/month dates)');
    await page.selectOption('#region', 'GB');
    await gloss.enter(
      'The union said on Monday that her pay rose to 10 grand a month after the ruling, which the court published on 3/4/2024 in Leeds.\n',
    );
    const panel = await shows(page, '10 grand', '£10,000');
    assert.equal(panel['3/4/2024'], '2024-04-03');
    await page.click('#forget');
    await gloss.idle();
    await page.reload();
    await page.waitForSelector('html[data-ready="true"]');
    await gloss.idle();
    assert.equal(await page.inputValue('#region'), 'GB', 'the choice outlives the text');
    await gloss.enter(
      'The club said on Friday that tickets for the final would cost $45 each, up from the price it set on 3/4/2024.\n',
    );
    assert.equal((await shows(page, '$45', 'US$45'))['3/4/2024'], '2024-04-03');
    assert.deepEqual(gloss.errors, []);
    await context.close();
  });

  test('a Web Annotation export made for Australia reopens for Australia in a fresh browser', async () => {
    const first = await openWorkbench(env);
    await first.gloss.enter(TEXT);
    await first.page.selectOption('#region', 'AU');
    await shows(first.page, '$5 million', 'A$5,000,000');
    await first.gloss.idle();
    const file = await downloadExport(first.page, 'webannotation');
    assert.match(file.text, /"gloss:region": "AU"/);
    await first.context.close();

    const second = await openWorkbench(env);
    await second.page.setInputFiles('#open-file-input', {
      name: file.name,
      mimeType: 'application/ld+json',
      buffer: Buffer.from(file.text),
    });
    await second.page.waitForFunction(() => /^Opened /.test(document.querySelector('#status')?.textContent ?? ''));
    await second.gloss.idle();
    assert.equal(await second.page.inputValue('#region'), 'AU');
    assert.equal((await shows(second.page, '$5 million', 'A$5,000,000'))['3/4/2024'], '2024-04-03');
    assert.equal(await second.gloss.messageVisible(), false, (await second.gloss.message()) ?? '');
    assert.deepEqual(second.gloss.errors, []);
    await second.context.close();
  });

  test('a link naming a region Gloss does not know says so and opens read as written; an old v1 link opens with none', async () => {
    const base = env.server.url;
    for (const r of ['ZZ', '<img src=x onerror=alert(1)>']) {
      const { context, page, gloss } = await env.open(link(base, 'v2', { t: TEXT, r }));
      await gloss.idle();
      assert.equal(await gloss.messageVisible(), true, r);
      assert.match((await gloss.message()) ?? '', /region Gloss does not know .* read as written/, r);
      assert.equal(await page.inputValue('#region'), '');
      assert.equal((await shows(page, '$5 million', 'US$'))['3/4/2024'], '2024-03-04');
      assert.equal(await page.$$eval('#message *', (els) => els.length), 0, 'the code is text, never markup');
      assert.deepEqual(gloss.errors, [], r);
      await context.close();
    }
    // A link of before regions, opened by a reader whose preference is Australia: the link's view.
    const { context, page, gloss } = await env.open(link(base, 'v1', { t: TEXT }), {
      init: () => localStorage.setItem('gloss.region', 'AU'),
    });
    assert.equal(await page.inputValue('#region'), '');
    assert.equal((await shows(page, '$5 million', 'US$'))['3/4/2024'], '2024-03-04');
    assert.equal(await gloss.messageVisible(), false);
    assert.deepEqual(gloss.errors, []);
    await context.close();
  });
});
