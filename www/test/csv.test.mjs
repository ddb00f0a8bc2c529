// The two CSV exports: every value of the figures (dates and durations by ISO, quantities in SI)
// and the names (entity, type, canonical, mentions, first offset). Run with `node --test www/test/`.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseCsv, statisticRows, toCsv } from '../panels/statistics.js';
import { namesCsv } from '../panels/entities.js';

/** A made-up text and its figures, as the binding returns them (UTF-16 offsets). */
const TEXT = 'On 3 March 2025 the ferry ran 12 km in 2 hours, carrying Ana Roth and Roth’s dog.';

/**
 * @param {string} layer
 * @param {string} type
 * @param {string} text
 * @param {Record<string, unknown>} [fields]
 */
function at(layer, type, text, fields = {}) {
  const start = TEXT.indexOf(text);
  assert.ok(start >= 0, text);
  return { layer, type, start, end: start + text.length, text, ...fields };
}

const FIGURES = [
  at('statistic', 'DATE', '3 March 2025', { iso: '2025-03-03' }),
  at('statistic', 'QUANTITY', '12 km', {
    value: 12,
    unit: 'km',
    measure: 'length',
    si_value: 12000,
    si_unit: 'm',
  }),
  at('statistic', 'DURATION', '2 hours', { iso: 'PT2H' }),
];

test('csv: the statistics CSV carries dates and durations by ISO and quantities in SI', () => {
  const table = parseCsv(toCsv(statisticRows(TEXT, FIGURES)));
  const [head, date, quantity, duration] = table;
  const col = (/** @type {string[]} */ row, /** @type {string} */ name) => {
    assert.ok(head.includes(name), `column ${name}`);
    return row[head.indexOf(name)];
  };
  assert.equal(table.length, 4);
  assert.equal(col(date, 'iso'), '2025-03-03');
  assert.equal(col(duration, 'iso'), 'PT2H');
  assert.equal(col(duration, 'type'), 'DURATION');
  assert.equal(Number(col(quantity, 'si_value')), 12000);
  assert.equal(col(quantity, 'si_unit'), 'm');
  assert.equal(col(quantity, 'measure'), 'length');
  assert.equal(Number(col(date, 'start')), TEXT.indexOf('3 March'));
});

test('csv: the names CSV has one row per entity with its mentions and first offset', () => {
  const anns = [
    at('entity', 'PER', 'Ana Roth', { entity: 4, canonical: 'Ana Roth' }),
    at('entity', 'PER', 'Roth', { entity: 4, canonical: 'Ana Roth' }),
  ];
  // "Roth" the second time: after "Ana Roth".
  anns[1].start = TEXT.indexOf('Roth’s');
  anns[1].end = anns[1].start + 4;
  const table = parseCsv(namesCsv([...FIGURES, ...anns]));
  assert.deepEqual(table[0], ['entity', 'type', 'canonical', 'mentions', 'first_start', 'forms']);
  assert.equal(table.length, 2, 'one entity, the figures are not names');
  assert.deepEqual(table[1], ['4', 'PER', 'Ana Roth', '2', String(TEXT.indexOf('Ana Roth')), 'Ana Roth | Roth']);
});

test('csv: names that only count when the panel counts them, and formulas defused', () => {
  const anns = [
    at('entity', 'ORG', 'Ana Roth', { canonical: '=HYPERLINK("x")' }),
    at('entity', 'LOC', 'ferry', { canonical: 'Ferry' }),
  ];
  const table = parseCsv(namesCsv(anns, [true, false]));
  assert.equal(table.length, 2, 'the uncounted name is left out');
  assert.equal(table[1][2], '\'=HYPERLINK("x")', 'a formula is defused');
  assert.equal(table[1][0], 'name:ORG:=HYPERLINK("x")', 'no entity id: the key');
});

test('csv: a quantity card shows its SI value once, not for a unit already in SI', async () => {
  const { cardRows } = await import('../format.js');
  const [, km] = FIGURES;
  assert.deepEqual(
    cardRows(km).find(([label]) => label === 'In SI'),
    ['In SI', '12,000 m'],
  );
  const metres = { ...km, unit: 'm', value: 12000 };
  assert.equal(
    cardRows(metres).find(([label]) => label === 'In SI'),
    undefined,
    'no row repeating the value',
  );
  assert.ok(!cardRows(km).some(([label]) => /^Si /.test(label)), 'no raw field rows');
});

test('csv: a score or vote is one figure whose value cell holds both counts', () => {
  const text = 'The Senate voted 52-48 on Tuesday.';
  const start = text.indexOf('52-48');
  const figure = { layer: 'statistic', type: 'CARDINAL', start, end: start + 5, text: '52-48', score: [52, 48] };
  const [head, row] = parseCsv(toCsv(statisticRows(text, [figure])));
  assert.equal(row[head.indexOf('value')], '52–48');
  assert.equal(row[head.indexOf('figure')], '52-48');
});
