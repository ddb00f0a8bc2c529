// The boundary fixtures shared with the core (tests/boundary_fixtures.rs): offsets and order.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { LAYERS, byReadingOrder } from '../annotation.js';
import { codePointIndex } from '../offsets.js';

/** @param {string} name */
const fixture = (name) => JSON.parse(readFileSync(new URL(`fixtures/${name}`, import.meta.url), 'utf8'));

test('offsets: UTF-16 to code points as the core converts them (fixtures/offsets.json)', () => {
  const { text, pairs } = fixture('offsets.json');
  const map = codePointIndex(
    text,
    pairs.map((/** @type {[number, number]} */ p) => p[0]),
  );
  for (const [utf16, point] of pairs) assert.equal(map.get(utf16), point, `UTF-16 ${utf16}`);
});

test('order: byReadingOrder sorts as the core does (fixtures/order.json)', () => {
  const { layers, order } = fixture('order.json');
  assert.deepEqual([...LAYERS], layers);
  const annotations = order.map((/** @type {[string, string, number, number]} */ [layer, type, start, end]) => ({
    layer,
    type,
    start,
    end,
    text: '',
  }));
  for (let seed = 1; seed <= 20; seed++) {
    // A fixed shuffle per seed (no Math.random: the test is the same on every run).
    const shuffled = annotations
      .map((a, i) => ({ a, k: (i * 7919 * seed + seed * 104729) % 1000 }))
      .sort((x, y) => x.k - y.k)
      .map((x) => x.a);
    assert.deepEqual(shuffled.sort(byReadingOrder), annotations, `shuffle ${seed}`);
  }
});
