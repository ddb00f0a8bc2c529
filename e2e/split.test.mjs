// The two-worker run (www/annotator.js) gives exactly the one-worker result: the merge of the
// two packed halves (www/packed.js `merged`) on made-up texts with emoji, CJK, CRLF and HTML,
// in Node; and the page's Annotator in headless Chromium, with its second worker and without.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import init, { annotatePacked } from '../www/pkg/gloss.js';
import { INTS, merged, unpack } from '../www/packed.js';
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

/**
 * The annotations of a packed result, as the page builds them.
 * @param {import('../www/pkg/gloss.js').PackedResult} packed
 * @param {string} text
 */
const objects = (packed, text) =>
  JSON.stringify(unpack({ ints: packed.ints, values: packed.values }, packed.strings, JSON.parse(packed.extras), text));

/**
 * The result in two halves, as the two workers make it (here in one instance), merged.
 * @param {string} text
 * @param {object} options
 */
function split(text, options) {
  const others = annotatePacked(text, { ...options, entities: false });
  const entities = annotatePacked(text, { entities: true, boilerplate: false, statistics: false });
  return merged(others, { ints: entities.ints, strings: entities.strings });
}

test('the merged halves are the one-call result: same annotations, fields and order', () => {
  const options = [{}, { html: '<h1>Maria Okafor</h1><p>Bristol</p>' }, { statistics: false }, { boilerplate: false }];
  for (const [name, text] of CASES) {
    for (const option of options) {
      const label = `${name}, ${JSON.stringify(option)}`;
      const whole = annotatePacked(text, option);
      const halves = split(text, option);
      assert.equal(halves.count, whole.count, label);
      assert.equal(halves.ints.length, whole.count * INTS, label);
      assert.equal(new Set(halves.strings).size, halves.strings.length, `${label}: each text once`);
      assert.equal(objects(halves, text), objects(whole, text), label);
      if (name.startsWith('emoji')) assert.ok(whole.count > 10, `${label}: ${whole.count} annotations`);
    }
  }
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
      const annotator = new Annotator(true);
      await annotator.ready;
      const until = performance.now() + idle;
      while (!annotator.helper && performance.now() < until) await new Promise((r) => setTimeout(r, 20));
      const helped = Boolean(annotator.helper);
      const run = async (/** @type {string} */ text) =>
        JSON.stringify((await annotator.annotate(text, {}))?.annotations ?? null);
      const two = [];
      for (const text of texts) two.push(await run(text));
      // The second worker fails in the middle of a run: the first does the whole text.
      const orphan = run(texts[2]);
      annotator.helper?.dispatchEvent(new Event('error'));
      two.push(await orphan);
      const after = annotator.helper;
      annotator.helper?.terminate();
      annotator.helper = null; // as when a second worker could not be made
      const one = [];
      for (const text of [...texts, texts[2]]) one.push(await run(text));
      return { helped, two, one, after: after === null };
    },
    { texts, idle: IDLE_MS },
  );
  await context.close();
  assert.deepEqual(gloss.errors, []);
  assert.ok(results.helped, 'the second worker started');
  assert.ok(results.after, 'a failed second worker is dropped');
  for (let i = 0; i < results.one.length; i++) {
    assert.notEqual(results.one[i], 'null', `text ${i} annotated`);
    assert.equal(results.two[i], results.one[i], `text ${i}`);
  }
});

test('in Chromium with more than two cores, the page draws the same marks and asks for nothing once loaded', {
  timeout: 120_000,
}, async () => {
  const text = newsText(3 * SPLIT_CHARS);
  /** @param {number} cores */
  const marksWith = async (cores) => {
    const { context, page, gloss } = await env.open(null, {
      init: /** @type {() => void} */ (
        new Function(`Object.defineProperty(navigator, 'hardwareConcurrency', { get: () => ${cores} });`)
      ),
    });
    await gloss.open(env.server.url);
    /** @type {string[]} */
    const requests = [];
    page.on('request', (r) => {
      if (!/^(blob|data):/.test(r.url())) requests.push(r.url());
    });
    await gloss.enter(text);
    const marks = await gloss.marks();
    const workers = page.workers().length;
    assert.deepEqual(gloss.errors, []);
    await context.close();
    return { marks, requests, workers };
  };
  const one = await marksWith(2);
  const two = await marksWith(8);
  assert.ok(one.marks.length > 100, `${one.marks.length} marks`);
  assert.equal(one.workers, 1);
  assert.equal(two.workers, 2);
  assert.deepEqual(two.marks, one.marks);
  assert.deepEqual(two.requests, []);
  assert.deepEqual(one.requests, []);
});
