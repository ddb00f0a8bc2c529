// Corrections applied to annotations, serialised for links and re-applied; undo/redo.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  addMark,
  applyCorrections,
  packCorrections,
  relabelMark,
  removeMark,
  unpackCorrections,
} from '../corrections.js';
import { assertUniqueNames, span } from './support.mjs';
import { canRedo, canUndo, current, push, redo, startHistory, undo } from '../history.js';

/** @typedef {import('../types.js').Annotation} Annotation */

const TEXT = 'Maya Lindqvist of Northgate Water said 4,200 homes 🏠 lost supply on Monday.\nSubscribe now';

/** @returns {Annotation[]} what an annotator might return for TEXT (fresh objects each time) */
function machine() {
  /** @param {string} needle @param {Partial<Annotation>} f @returns {Annotation} */
  const at = (needle, f) => span(TEXT, needle, f);
  return [
    at('Maya Lindqvist', { entity: 1, canonical: 'Maya Lindqvist' }),
    at('Northgate Water', { type: 'LOC', entity: 2, canonical: 'Northgate Water' }),
    at('4,200', { layer: 'statistic', type: 'CARDINAL', value: 4200 }),
    at('Monday', { layer: 'statistic', type: 'DATE' }),
    at('Subscribe now', { layer: 'boilerplate', type: 'SIGNUP', reason: 'Sign-up prompt' }),
  ];
}

/** @param {Annotation[]} list @param {string} text */
const find = (list, text) => list.filter((a) => a.text === text);

const CASES = [
  {
    name: 'add an entity by hand',
    corrections: () => [
      addMark(TEXT, {
        start: TEXT.indexOf('homes 🏠'),
        end: TEXT.indexOf('homes 🏠') + 8,
        layer: 'entity',
        type: 'MISC',
      }),
    ],
    check: (/** @type {Annotation[]} */ out) => {
      const [a] = find(out, 'homes 🏠');
      assert.deepEqual(
        { layer: a.layer, type: a.type, manual: a.manual, canonical: a.canonical },
        { layer: 'entity', type: 'MISC', manual: true, canonical: 'homes 🏠' },
      );
      assert.equal(out.length, 6);
    },
  },
  {
    name: 'add a statistic with detail and clutter with a reason',
    corrections: () => [
      addMark(TEXT, {
        start: TEXT.indexOf('4,200 homes'),
        end: TEXT.indexOf('4,200 homes') + 11,
        layer: 'statistic',
        type: 'QUANTITY',
        detail: { value: 4200, unit: 'homes' },
      }),
      addMark(TEXT, { start: 0, end: 4, layer: 'boilerplate', type: 'MANUAL' }),
    ],
    check: (out) => {
      const [q] = find(out, '4,200 homes');
      assert.equal(q.value, 4200);
      assert.equal(q.unit, 'homes');
      assert.equal(q.manual, true);
      const [b] = find(out, 'Maya').filter((a) => a.layer === 'boilerplate');
      assert.equal(typeof b.reason, 'string');
    },
  },
  {
    name: 'remove a machine annotation',
    corrections: () => [removeMark(machine()[3])],
    check: (out) => {
      assert.equal(find(out, 'Monday').length, 0);
      assert.equal(out.length, 4);
    },
  },
  {
    name: 'relabel within a layer keeps the detail',
    corrections: () => [relabelMark(machine()[1], 'ORG')],
    check: (out) => {
      const [a] = find(out, 'Northgate Water');
      assert.equal(a.type, 'ORG');
      assert.equal(a.entity, 2);
      assert.equal(a.canonical, 'Northgate Water');
      assert.equal(a.manual, true);
      assert.equal(a.was, 'entity:LOC');
    },
  },
  {
    name: 'relabel to another layer drops the old detail',
    corrections: () => [relabelMark(machine()[2], 'ORG', 'entity')],
    check: (out) => {
      const [a] = find(out, '4,200');
      assert.deepEqual(
        { layer: a.layer, type: a.type, value: a.value, canonical: a.canonical, was: a.was },
        {
          layer: 'entity',
          type: 'ORG',
          value: undefined,
          canonical: '4,200',
          was: 'statistic:CARDINAL',
        },
      );
    },
  },
  {
    name: 'a later record changes a mark an earlier one made',
    corrections: () => {
      const add = addMark(TEXT, { start: 0, end: 4, layer: 'entity', type: 'PER' });
      const relabel = relabelMark({ ...add, manual: true }, 'ORG');
      const remove = removeMark({ ...add, type: 'ORG', manual: true });
      return [add, relabel, remove];
    },
    check: (out) => assert.equal(find(out, 'Maya').length, 0),
  },
  {
    name: 'relabel twice remembers the machine type',
    corrections: () => [relabelMark(machine()[1], 'ORG'), relabelMark({ ...machine()[1], type: 'ORG' }, 'MISC')],
    check: (out) => {
      const [a] = find(out, 'Northgate Water');
      assert.equal(a.type, 'MISC');
      assert.equal(a.was, 'entity:LOC');
    },
  },
];

for (const c of CASES) {
  test(`corrections: ${c.name}`, () => {
    const input = machine();
    const frozen = JSON.stringify(input);
    const { annotations, stale } = applyCorrections(TEXT, input, c.corrections());
    assert.deepEqual(stale, []);
    c.check(annotations);
    assert.equal(JSON.stringify(input), frozen, 'the input is not changed');
  });
}

test('corrections: stale records change nothing and are reported', () => {
  const edited = TEXT.replace('Maya', 'Mia');
  const records = [
    removeMark(machine()[3]), // Monday moved by one code unit
    addMark(TEXT, { start: 0, end: 4, layer: 'entity', type: 'PER' }), // covered "Maya"
    removeMark({ ...machine()[0], type: 'ORG' }), // no such annotation
  ];
  const { annotations, stale } = applyCorrections(edited, [], records);
  assert.deepEqual(annotations, []);
  assert.equal(stale.length, 3);
  const again = applyCorrections(TEXT, machine(), [removeMark({ ...machine()[0], type: 'ORG' })]);
  assert.equal(again.stale.length, 1);
  assert.equal(again.annotations.length, 5);
});

test('corrections: duplicates are removed one at a time', () => {
  const twice = [machine()[0], machine()[0]];
  const { annotations } = applyCorrections(TEXT, twice, [removeMark(twice[0])]);
  assert.equal(annotations.length, 1);
});

test('corrections: packed for a link, unpacked, and re-applied after re-annotation give the same view', () => {
  const records = [
    addMark(TEXT, {
      start: TEXT.indexOf('homes'),
      end: TEXT.indexOf('homes') + 8,
      layer: 'statistic',
      type: 'QUANTITY',
      detail: { value: 4200, unit: 'homes', hint: 'check "source"' },
    }),
    removeMark(machine()[4]),
    relabelMark(machine()[1], 'ORG'),
  ];
  const json = JSON.stringify(packCorrections(records));
  const back = unpackCorrections(JSON.parse(json));
  assert.deepEqual(back, records);
  // "Re-annotation": fresh machine annotations for the same text.
  assert.deepEqual(applyCorrections(TEXT, machine(), back), applyCorrections(TEXT, machine(), records));
  assert.ok(json.length < 250, `compact: ${json.length} characters`);
});

test('corrections: malformed packed data is refused', () => {
  const good = packCorrections([removeMark(machine()[0])])[0];
  const bad = [
    null,
    'x',
    [null],
    [['z', ...good.slice(1)]],
    [['r', 'nope', ...good.slice(2)]],
    [['r', 'entity', 'P E R', ...good.slice(3)]],
    [['r', 'entity', 'PER', -1, 3, 'abcd']],
    [['r', 'entity', 'PER', 5, 5, '']],
    [['r', 'entity', 'PER', 0, 4, 'too long']],
    [['r', 'entity', 'PER', 0.5, 4, 'abcd']],
    [['r', ...good.slice(1), 'extra']],
    [['l', ...good.slice(1)]],
    [['l', ...good.slice(1), ['entity']]],
    [['a', ...good.slice(1), { 'bad key': 1 }]],
    [['a', ...good.slice(1), JSON.parse('{"__proto__": {"x": 1}}')]],
    [['a', ...good.slice(1), { start: 3 }]],
    [['a', ...good.slice(1), { nested: { a: 1 } }]],
    [['a', ...good.slice(1), [1, 2]]],
    new Array(10_001).fill(good),
  ];
  for (const b of bad) assert.throws(() => unpackCorrections(b), TypeError, JSON.stringify(b)?.slice(0, 80));
  assert.deepEqual(unpackCorrections([]), []);
});

test('history: push, undo, redo, and a new push drops the redo branch', () => {
  let h = startHistory(/** @type {string[]} */ ([]));
  assert.equal(canUndo(h), false);
  assert.equal(canRedo(h), false);
  assert.equal(undo(h), h, 'nothing to undo: the same history');
  h = push(h, ['a']);
  const before = h;
  h = push(h, ['a', 'b']);
  assert.deepEqual(current(before), ['a'], 'push never changes the history it is given');
  assert.deepEqual(current(h), ['a', 'b']);
  h = undo(h);
  assert.deepEqual(current(h), ['a']);
  h = undo(h);
  assert.deepEqual(current(h), []);
  assert.equal(undo(h), h);
  assert.equal(canRedo(h), true);
  h = redo(h);
  assert.deepEqual(current(h), ['a']);
  h = push(h, ['a', 'c']);
  assert.equal(canRedo(h), false);
  assert.equal(redo(h), h);
  assert.deepEqual(current(undo(h)), ['a']);
  h = startHistory(['z']);
  assert.deepEqual(current(h), ['z']);
  assert.equal(canUndo(h) || canRedo(h), false);
});

test('history: depth is bounded', () => {
  let h = startHistory(0, { limit: 3 });
  for (let i = 1; i <= 10; i++) h = push(h, i);
  const seen = [];
  while (canUndo(h)) {
    h = undo(h);
    seen.push(current(h));
  }
  assert.deepEqual(seen, [9, 8, 7]);
  assert.equal(current(h), 7);
  assert.throws(() => startHistory(0, { limit: 0 }), RangeError);
});

test('corrections feed the page model: a line marked as clutter by hand counts as clutter', async () => {
  const { applyFlips, splitLines } = await import('../model.js');
  const lines = splitLines(TEXT);
  const first = lines[0];
  const { annotations } = applyCorrections(TEXT, machine(), [
    addMark(TEXT, { start: first.start, end: first.end, layer: 'boilerplate', type: 'MANUAL' }),
    removeMark(machine()[4]), // "Subscribe now" is article after all
  ]);
  const { clutter } = applyFlips(TEXT, lines, annotations, new Set());
  assert.equal(clutter[0]?.type, 'MANUAL');
  assert.equal(clutter[0]?.manual, true);
  assert.equal(clutter[1], null);
});

test('CASES: case names are unique', () => {
  assertUniqueNames(
    'CASES',
    CASES.map((c) => c.name),
  );
});
