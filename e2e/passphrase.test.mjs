// Passphrase links in the page: made, reopened with the passphrase, a wrong one told clearly.
// Needs `make build` (www/pkg).

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { EXAMPLE_TEXT } from '../www/example.js';

import { browserTests, openWorkbench, tryExample } from './helpers.mjs';

const env = browserTests();
/** @type {(url?: string | null, options?: import('playwright-core').BrowserContextOptions) => ReturnType<typeof env.open>} */
const openPage = (url, options) => openWorkbench(env, url, options);

describe('passphrase', () => {
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
    await page.fill('#passphrase-again', 'harbour lights 42');
    await page.click('#passphrase-ok');
    await page.waitForFunction(() => location.hash.startsWith('#p1.'));
    const url = page.url();
    assert.ok(!url.includes('Harriet'), 'the text is not readable in the link');
    assert.equal(await gloss.within(() => navigator.clipboard.readText()), url);
    const written = await page.evaluate(() => window.__urls);
    assert.equal(written.length, 1);
    assert.match(written[0], /#p1\./);
    await context.close();

    const fresh = await openPage(null);
    await fresh.page.goto(url);
    await fresh.page.waitForSelector('#passphrase-dialog[open]');
    assert.equal(await fresh.page.isVisible('#passphrase-again'), false, 'opening asks once');
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

  test('a new passphrase: under 8 characters refused, its strength hinted, asked twice', async () => {
    const { context, page, gloss } = await openPage();
    await tryExample(gloss);
    await page.click('#share-protected');
    await page.waitForSelector('#passphrase-dialog[open]');
    assert.equal(await page.isVisible('#passphrase-again'), true, 'asked twice when made');
    await page.fill('#passphrase-input', 'short');
    assert.match((await page.textContent('#passphrase-strength')) ?? '', /at least 8 characters/);
    await page.fill('#passphrase-again', 'short');
    await page.click('#passphrase-ok');
    assert.match((await page.textContent('#passphrase-error')) ?? '', /at least 8 characters/);
    assert.equal(await page.isVisible('#passphrase-dialog'), true, 'the dialog stays open');
    await page.fill('#passphrase-input', 'password');
    assert.match((await page.textContent('#passphrase-strength')) ?? '', /weak/i);
    await page.fill('#passphrase-input', 'harbour lights tidal barrier');
    assert.match((await page.textContent('#passphrase-strength')) ?? '', /strong/i);
    await page.fill('#passphrase-again', 'harbour lights tidal barrieR');
    await page.click('#passphrase-ok');
    assert.match((await page.textContent('#passphrase-error')) ?? '', /do not match/);
    assert.ok(!page.url().includes('#p1.'), 'no link yet');
    await page.fill('#passphrase-again', 'harbour lights tidal barrier');
    await page.click('#passphrase-ok');
    await page.waitForFunction(() => location.hash.startsWith('#p1.'));
    assert.deepEqual(gloss.errors, []);
    await context.close();
  });
});
