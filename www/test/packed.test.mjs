// www/packed.js `merged`: two workers' packed halves in the core's order (by start, the longer
// first, then boilerplate, entity, statistic), the entities' texts moved into one table.

import { test } from 'node:test';
import assert from 'node:assert/strict';

import { merged } from '../packed.js';

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
