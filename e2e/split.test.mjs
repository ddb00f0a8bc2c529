// The two-worker run (www/annotator.js) gives exactly the one-worker result: the core's merge
// (`annotateOthers` then `withEntities` with the entity layer packed alone, src/wasm/mod.rs) on
// made-up texts with emoji, CJK, CRLF and HTML, in Node; and the page's Annotator in headless
// Chromium, with its second worker and without, on texts above and below SPLIT_CHARS.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import init, { annotateOthers, annotatePacked, withEntities } from '../www/pkg/gloss.js';
import { SPLIT_CHARS } from '../www/limits.js';
import { EXAMPLE_TEXT } from '../www/example.js';
import { IDLE_MS, ROOT, browserTests } from './helpers.mjs';
import { newsText } from './newsgen.mjs';

await init({ module_or_path: readFileSync(join(ROOT, 'www', 'pkg', 'gloss_bg.wasm')) });

const MIXED =
  '📈📉 Sign up for our newsletter\r\nMaria Okafor, the mayor of Bristol 🇬🇧, said on Tuesday that fares would ' +
  'rise 13 per cent, to £2.40.\r\n東京 (Tokyo): Kenji Watanabe met Angela Merkel in Berlin on 5 June 2019; ' +
  'Merkel said 🙂 that 1,250 people came to the Café Zürich.\r\n\r\nRead more: Share on Facebook\r\n';

/** Made-up texts: name, text. */
const CASES = [
  ['emoji, CJK and CRLF', MIXED],
  ['the same, ten times', MIXED.repeat(10)],
  ['the example article', EXAMPLE_TEXT],
  ['news above the split threshold', newsText(3 * SPLIT_CHARS)],
  ['200 KB of news', newsText(200_000)],
  ['no names', '5%, '.repeat(300)],
  ['empty', ''],
];

/** @param {any} packed */
const plain = (packed) => ({
  count: packed.count,
  ints: [...packed.ints],
  values: [...packed.values],
  strings: packed.strings,
  extras: packed.extras,
});

/**
 * The result in two halves, as the two workers make it (here in one instance).
 * @param {string} text
 * @param {object} options
 */
function split(text, options) {
  annotateOthers(text, options);
  const entities = annotatePacked(text, { entities: true, boilerplate: false, statistics: false });
  return withEntities({ ints: entities.ints, strings: entities.strings });
}

test('the merged halves are the one-call result, in the same order and layout', () => {
  const options = [{}, { html: '<h1>Maria Okafor</h1><p>Bristol</p>' }, { statistics: false }, { boilerplate: false }];
  for (const [name, text] of CASES) {
    for (const option of options) {
      const label = `${name}, ${JSON.stringify(option)}`;
      const whole = plain(annotatePacked(text, option));
      assert.deepEqual(plain(split(text, option)), whole, label);
      if (name.startsWith('emoji')) assert.ok(whole.count > 10, `${label}: ${whole.count} annotations`);
    }
  }
});

test('a damaged or missing entity layer is refused, not merged', () => {
  assert.throws(() => withEntities({ ints: new Uint32Array(6), strings: [] }), /no annotation is waiting/);
  annotateOthers(MIXED, {});
  assert.throws(() => withEntities({ ints: new Uint32Array([0, 4, 1, 7, 0, 0]), strings: ['PER'] }), /damaged/);
  annotateOthers(MIXED, {});
  assert.throws(() => withEntities({ ints: new Uint32Array([0, 4, 1, 0, 0]), strings: ['PER'] }), /damaged/);
  annotateOthers(MIXED, {});
  assert.throws(() => withEntities({ ints: new Uint32Array([0, 4, 0, 0, 0, 0]), strings: ['PER'] }), /damaged/);
});

const env = browserTests();

test('in Chromium, the page gives the same annotations with two workers as with one', {
  timeout: 120_000,
}, async () => {
  const { context, page, gloss } = await env.open();
  const texts = [MIXED, MIXED.repeat(10), newsText(3 * SPLIT_CHARS), newsText(100_000)];
  const results = await page.evaluate(
    async ({ texts, idle }) => {
      const { Annotator } = await import('/www/annotator.js');
      const annotator = new Annotator();
      await annotator.ready;
      const until = performance.now() + idle;
      while (!annotator.helper && performance.now() < until) await new Promise((r) => setTimeout(r, 20));
      const helped = Boolean(annotator.helper);
      const run = async (/** @type {string} */ text) =>
        JSON.stringify((await annotator.annotate(text, {}))?.annotations ?? null);
      const two = [];
      for (const text of texts) two.push(await run(text));
      annotator.helper?.terminate();
      annotator.helper = null; // as when a second worker could not be made
      const one = [];
      for (const text of texts) one.push(await run(text));
      return { helped, two, one };
    },
    { texts, idle: IDLE_MS },
  );
  await context.close();
  assert.deepEqual(gloss.errors, []);
  assert.ok(results.helped, 'the second worker started');
  for (let i = 0; i < texts.length; i++) {
    assert.notEqual(results.one[i], 'null', `text ${i} annotated`);
    assert.equal(results.two[i], results.one[i], `text ${i} (${texts[i].length} characters)`);
  }
});
