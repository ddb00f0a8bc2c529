// www/packed.js `merged`: two workers' packed halves in the core's order (by start, the longer
// first, then boilerplate, entity, statistic), the entities' texts moved into one table; and
// `unpack` appending a part's annotations to a list the caller holds.

import { test } from 'node:test';
import assert from 'node:assert/strict';

import { merged, unpack } from '../packed.js';

/**
 * A packed list of [start, end, layer, type text, field, field text] rows.
 * @param {[number, number, number, string, number, string][]} rows
 * @param {number[]} [values]
 */
function packed(rows, values = rows.map(() => 0)) {
  /** @type {string[]} */
  const strings = [];
  /** @param {string} s */
  const at = (s) => (strings.includes(s) ? strings.indexOf(s) : strings.push(s) - 1);
  const ints = new Uint32Array(rows.flatMap(([s, e, l, type, x, y]) => [s, e, l, at(type), x, l === 1 ? at(y) : 0]));
  return { count: rows.length, ints, values: new Float64Array(values), strings, extras: '[]' };
}

/** @param {ReturnType<typeof merged>} r */
const rows = (r) =>
  Array.from({ length: r.count }, (_, k) => {
    const [s, e, l, type, x, y] = r.ints.slice(k * 6, k * 6 + 6);
    return [s, e, l, r.strings[type], x, l === 1 ? r.strings[y] : '', r.values[k]];
  });

test('ties go by the longer span, then the layer; each text is listed once', () => {
  const others = packed(
    [
      [0, 20, 0, 'SHORT', 0, ''],
      [0, 5, 2, 'CARDINAL', 0, ''],
      [7, 12, 0, 'SHORT', 0, ''],
      [7, 12, 2, 'PERCENT', 0, ''],
      [30, 31, 2, 'CARDINAL', 0, ''],
    ],
    [0, 5, 0, 13, 1],
  );
  const entities = packed([
    [0, 9, 1, 'ORG', 1, 'SHORT'],
    [0, 5, 1, 'PER', 0, 'Ada'],
    [7, 12, 1, 'LOC', 2, 'Ada'],
    [40, 45, 1, 'PER', 0, 'Ada'],
  ]);
  const out = merged(others, entities);
  assert.deepEqual(rows(out), [
    [0, 20, 0, 'SHORT', 0, '', 0],
    [0, 9, 1, 'ORG', 1, 'SHORT', 0],
    [0, 5, 1, 'PER', 0, 'Ada', 0],
    [0, 5, 2, 'CARDINAL', 0, '', 5],
    [7, 12, 0, 'SHORT', 0, '', 0],
    [7, 12, 1, 'LOC', 2, 'Ada', 0],
    [7, 12, 2, 'PERCENT', 0, '', 13],
    [30, 31, 2, 'CARDINAL', 0, '', 1],
    [40, 45, 1, 'PER', 0, 'Ada', 0],
  ]);
  assert.equal(new Set(out.strings).size, out.strings.length);
  assert.equal(out.extras, '[]');
});

test('either half may be empty', () => {
  const some = packed([[3, 4, 2, 'CARDINAL', 0, '']], [7]);
  const none = packed([]);
  assert.deepEqual(rows(merged(some, none)), [[3, 4, 2, 'CARDINAL', 0, '', 7]]);
  assert.deepEqual(rows(merged(none, packed([[1, 2, 1, 'PER', 0, 'Al']]))), [[1, 2, 1, 'PER', 0, 'Al', 0]]);
});

test('unpack appends each part to the list it is given, in order', () => {
  const text = 'Ada met Bob on Monday.';
  const whole = packed([
    [0, 3, 1, 'PER', 0, 'Ada'],
    [8, 11, 1, 'PER', 1, 'Bob'],
    [15, 21, 2, 'DATE', 0, ''],
  ]);
  const part = (/** @type {number} */ from, /** @type {number} */ to) => ({
    ints: whole.ints.slice(from * 6, to * 6),
    values: whole.values.slice(from, to),
  });
  const fresh = unpack(part(0, 3), whole.strings, [], text);
  /** @type {import('../types.js').Annotation[]} */
  const out = [];
  assert.equal(unpack(part(0, 2), whole.strings, [], text, out), out);
  unpack(part(2, 3), whole.strings, [], text, out);
  assert.deepEqual(out, fresh);
  assert.deepEqual(
    out.map((a) => [a.layer, a.type, a.text, a.canonical]),
    [
      ['entity', 'PER', 'Ada', 'Ada'],
      ['entity', 'PER', 'Bob', 'Bob'],
      ['statistic', 'DATE', 'Monday', undefined],
    ],
  );
});
