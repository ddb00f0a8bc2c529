// The two CSV downloads of the page: the figures (every value: dates and durations by ISO,
// quantities in SI) and the names (entity, type, canonical, mentions, first offset).
// Needs `make build` (www/pkg).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';

import { browserTests } from './helpers.mjs';
import { parseCsv } from '../www/panels/statistics.js';

/** Made-up news: a dated story with a distance, a duration and a person named twice. */
const TEXT = [
  'Harbour ferry returns after storm',
  '',
  'On 3 March 2025 the ferry Maid of Arran sailed 12 km to Brodick in 2 hours, the operator said.',
  '',
  'Captain Iona Baird said the crossing was calm. Baird has sailed the route for 20 years.',
].join('\n');

const env = browserTests();

/**
 * Clicks a download button and parses the CSV it saves.
 * @param {import('playwright-core').Page} page
 * @param {string} button
 */
async function downloadCsv(page, button) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click(button)]);
  const csv = await readFile(/** @type {string} */ (await download.path()), 'utf8');
  const [head, ...rows] = parseCsv(csv);
  return { name: download.suggestedFilename(), head, rows };
}

test('the figures CSV carries ISO dates, durations and SI values; the names CSV lists each name once', async () => {
  const { context, page, gloss } = await env.open();
  await gloss.enter(TEXT);

  const figures = await downloadCsv(page, '#export-csv');
  assert.equal(figures.name, 'figures.csv');
  const col = (/** @type {string[]} */ row, /** @type {string} */ name) => row[figures.head.indexOf(name)];
  const row = (/** @type {string} */ text) => {
    const r = figures.rows.find((x) => x[0] === text);
    assert.ok(r, `a row for ${text}: ${figures.rows.map((x) => x[0])}`);
    return r;
  };
  assert.equal(col(row('3 March 2025'), 'iso'), '2025-03-03');
  assert.equal(col(row('20 years'), 'iso'), 'P20Y');
  assert.equal(col(row('20 years'), 'type'), 'DURATION');
  assert.equal(Number(col(row('12 km'), 'si_value')), 12000);
  assert.equal(col(row('12 km'), 'si_unit'), 'm');

  const names = await downloadCsv(page, '#export-names-csv');
  assert.equal(names.name, 'names.csv');
  assert.deepEqual(names.head, ['entity', 'type', 'canonical', 'mentions', 'first_start', 'forms']);
  const baird = names.rows.filter((r) => /Baird/.test(r[2]));
  assert.equal(baird.length, 1, `one row for the captain: ${names.rows.map((r) => r[2])}`);
  assert.equal(baird[0][1], 'PER');
  assert.equal(Number(baird[0][3]), 2, 'two mentions');
  assert.equal(Number(baird[0][4]), TEXT.indexOf('Iona Baird'), 'the first mention’s start');
  assert.deepEqual(gloss.errors, []);
  await context.close();
});
