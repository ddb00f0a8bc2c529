// One owner for clean text: the page's "Copy clean text" and `gloss clean` are the same core
// function (boilerplate::clean_text), so on the same text they give the same article.

import { describe, test, before } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

import { browserTests, fixture, ROOT } from './helpers.mjs';

const env = browserTests();

/**
 * `gloss clean` on a fixture file, with the release CLI that `make test-e2e` builds first (a
 * build inside the test once took longer than the test's whole time limit on a loaded machine).
 */
function cliClean(name) {
  const gloss = join(ROOT, 'target', 'release', 'gloss');
  if (!existsSync(gloss)) {
    throw new Error(`${gloss} is missing: run \`make test-e2e\` (it builds the CLI) or \`cargo build --release\``);
  }
  return execFileSync(gloss, ['clean', join(ROOT, 'e2e', 'fixtures', name)], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
}

describe('clean text', () => {
  /** @type {string} */
  let cli = '';
  before(() => {
    cli = cliClean('clean-shared.txt');
  });

  test('the page copies what `gloss clean` prints', async () => {
    const { context, page, gloss } = await env.open(undefined, { clipboard: true });
    await gloss.enter(fixture('clean-shared.txt'));
    await page.click('#copy-clean');
    await page.waitForFunction(() => /copied/.test(document.querySelector('#status')?.textContent ?? ''));
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    // The CLI ends its output with a line break; the copy is the text itself.
    assert.equal(copied, cli.replace(/\n$/, ''));
    assert.ok(cli.startsWith('Riverside ferry returns after a winter of repairs\n'), 'the headline on top');
    assert.ok(cli.includes('Weekdays: every 20 minutes from 6.30am'), 'a schedule line stays');
    assert.ok(!cli.includes('Sign up'), 'the sign-up prompt goes');
    await context.close();
  });

  test('a short paste with two clutter lines keeps its paragraphs in the clean copy', async () => {
    // Made up; paragraphs apart by a line break only, as a quick copy gives them. The model
    // alone once called every line of such a text clutter.
    const first =
      'Councillors in Marlow Bridge voted on Monday to keep the town library open on Saturdays, reversing a plan to close it at weekends to save money.';
    const second =
      'The library, which lends about 2,000 books a month, will instead cut its opening hours on Wednesday evenings, when fewest readers visit.';
    const text = [
      'Library keeps Saturday opening after petition',
      'Sign up for our weekly newsletter',
      first,
      second,
      'Photo: Marlow Bridge Herald',
    ].join('\n');
    const { context, page, gloss } = await env.open(undefined, { clipboard: true });
    await gloss.enter(text);
    await page.click('#copy-clean');
    await page.waitForFunction(() => /copied/.test(document.querySelector('#status')?.textContent ?? ''));
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    assert.ok(copied.includes(first), `the first paragraph stays: ${copied}`);
    assert.ok(copied.includes(second), `the second paragraph stays: ${copied}`);
    assert.ok(!copied.includes('Sign up'), 'the sign-up prompt goes');
    assert.ok(!copied.includes('Photo:'), 'the photo credit goes');
    assert.deepEqual(gloss.errors, []);
    await context.close();
  });
});
