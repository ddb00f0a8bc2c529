// The page's packed result (`annotatePacked`, src/wasm/packed.rs) unpacked by www/packed.js
// gives exactly the objects of the binding's `annotate` (the JSON shape of the CLI, offsets in
// UTF-16): same annotations, fields, values and field order, on texts that exercise every field.
// Runs the built WASM in Node (no browser); needs `make build` (www/pkg).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import init, { annotate, annotatePacked } from '../www/pkg/gloss.js';
import { INTS, unpack } from '../www/packed.js';
import { EXAMPLE_TEXT } from '../www/example.js';
import { ROOT, exampleArticle } from './helpers.mjs';
import { newsText } from './newsgen.mjs';

await init({ module_or_path: readFileSync(join(ROOT, 'www', 'pkg', 'gloss_bg.wasm')) });

/** Made-up texts, each for some fields of the result. */
const CASES = [
  ['the example article', EXAMPLE_TEXT],
  ['the shared or fixture article', exampleArticle().text],
  ['200 KB of made-up news', newsText(200_000)],
  [
    'astral characters before figures, names and clutter',
    '📈📉 Sign up for our free morning newsletter\nMaria Okafor, the mayor of Bristol 🇬🇧, said on Tuesday that fares would rise 13 per cent, to £2.40.\n',
  ],
  [
    'ranges, qualifiers, changes, dates and hints',
    'Sales rose from 10% to 25% between 2019 and 2021, about 40 km away, since March 2020. In the poll, 60 per cent agreed, 35 per cent disagreed and 25 per cent did not know. Prices doubled from 1,100 to 1,500 on 3 May 2024.',
  ],
  ['a figure too large for a double', `The total was ${'9'.repeat(320)} units, up 5%.`],
  ['line separators in the text', 'Rishi Sunak\u2028said 13\u2029per cent\u0085of 1,200 firms closed.'],
  ['a list of percentages sharing one hint', '5%, '.repeat(300)],
  ['nothing to mark', 'and so on'],
  ['empty', ''],
];

/** @param {string} text */
function unpacked(text) {
  const packed = annotatePacked(text, undefined);
  assert.equal(packed.ints.length, packed.count * INTS);
  assert.equal(packed.values.length, packed.count);
  const extras = JSON.parse(packed.extras);
  // In parts, as the worker posts them.
  const out = [];
  for (let i = 0; i < packed.count; i += 7) {
    const part = { ints: packed.ints.slice(i * INTS, (i + 7) * INTS), values: packed.values.slice(i, i + 7) };
    out.push(...unpack(part, packed.strings, extras, text));
  }
  return out;
}

test('the packed result unpacks to the same annotations, fields and field order', () => {
  const names = new Set();
  const fields = new Set();
  for (const [name, text] of CASES) {
    assert.ok(!names.has(name), `case name ${name} twice`);
    names.add(name);
    const objects = annotate(text, undefined).annotations;
    const mine = unpacked(text);
    assert.equal(mine.length, objects.length, name);
    for (let k = 0; k < objects.length; k++) {
      assert.equal(JSON.stringify(mine[k]), JSON.stringify(objects[k]), `${name}, annotation ${k}`);
      for (const field of Object.keys(mine[k])) fields.add(field);
    }
  }
  for (const field of [
    'reason',
    'entity',
    'canonical',
    'value',
    'unit',
    'min',
    'qualifier',
    'iso',
    'change',
    'hint',
    'value_text',
  ]) {
    assert.ok(fields.has(field), `the cases exercise \`${field}\`: ${[...fields]}`);
  }
});

test('the packed result names each distinct text once', () => {
  const packed = annotatePacked('5%, '.repeat(300), undefined);
  assert.equal(new Set(packed.strings).size, packed.strings.length);
  assert.ok(packed.count >= 300 && packed.strings.length < 5, `${packed.strings}`);
});
