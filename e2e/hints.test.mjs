// Consistency hints in the page: shares of one whole adding up to more than 100%, and a
// "doubled" that the two figures it connects contradict, each with its reason on hover and in
// the statistics panel. Needs `make build` (www/pkg). Run with `node --test e2e/`.

import { test } from 'node:test';
import assert from 'node:assert/strict';

import { browserTests } from './helpers.mjs';

/** Made-up news sentences whose figures do not add up. */
const TEXT = [
  'Council tax will rise again next year, the finance committee said on Monday.',
  '',
  'In the survey of residents, 60 per cent said services had got worse, 35 per cent said they were unchanged and 25 per cent said they had improved.',
  '',
  'The number of food bank parcels doubled from 1,100 to 1,500 last year, the charity said.',
  '',
  'Unemployment in the town fell to 4.1 per cent in the spring.',
].join('\n');

const env = browserTests();

test('figures that contradict each other carry a hint, on hover and in the panel', async () => {
  const { context, page, gloss } = await env.open();
  await gloss.enter(TEXT);

  const hinted = await page.$$eval('#view mark[data-layer="statistic"][data-hint="true"]', (els) =>
    els.map((e) => e.textContent),
  );
  assert.ok(hinted.includes('60 per cent'), `shares over 100% are hinted: ${hinted}`);
  assert.ok(
    hinted.some((t) => /doubled/.test(t ?? '')),
    `a wrong "doubled" is hinted: ${hinted}`,
  );
  assert.ok(!hinted.includes('4.1 per cent'), 'a figure with nothing wrong carries no hint');

  const card = await gloss.hoverCard('#view mark[data-layer="statistic"][data-hint="true"]');
  assert.match(card ?? '', /Check/);
  assert.match(card ?? '', /100%|more than the whole/);

  const panelHints = await page.$$eval('#statistics .hint', (els) => els.map((e) => e.getAttribute('title') ?? ''));
  assert.ok(
    panelHints.some((h) => /100%|whole/.test(h)),
    `panel shows the shares hint: ${panelHints}`,
  );
  assert.ok(
    panelHints.some((h) => /doubled/.test(h)),
    `panel shows the doubled hint: ${panelHints}`,
  );
  assert.deepEqual(gloss.errors, []);
  await context.close();
});

test('a "doubled" is checked across the years between its two figures', async () => {
  const { context, page, gloss } = await env.open();
  await gloss.enter('Ferry crossings doubled from 2,400 in 2021 to 3,000 in 2024, the operator said.');

  const hinted = await page.$$eval('#view mark[data-layer="statistic"][data-hint="true"]', (els) =>
    els.map((e) => e.textContent),
  );
  assert.ok(
    hinted.some((t) => /doubled/.test(t ?? '')),
    `the "doubled" is hinted: ${hinted}`,
  );
  assert.ok(hinted.includes('2,400') && hinted.includes('3,000'), `both figures are hinted: ${hinted}`);
  assert.ok(!hinted.includes('2021'), `the years carry no hint: ${hinted}`);
  assert.deepEqual(gloss.errors, []);
  await context.close();
});

test('a "tripled" whose figures say otherwise is hinted in the reader\'s terms', async () => {
  const { context, page, gloss } = await env.open();
  await gloss.enter('Sales at the chain tripled to $9bn from $4bn last year, the company said.');

  const card = await gloss.hoverCard('#view mark[data-layer="statistic"][data-hint="true"]');
  assert.match(card ?? '', /“tripled” but \$4bn → \$9bn is ×2\.25/);
  assert.doesNotMatch(card ?? '', /4000000000|9000000000/, 'no raw values');
  const panelHints = await page.$$eval('#statistics .hint', (els) => els.map((e) => e.getAttribute('title') ?? ''));
  assert.ok(
    panelHints.some((h) => /×2\.25/.test(h)),
    `the panel shows the same words: ${panelHints}`,
  );
  assert.deepEqual(gloss.errors, []);
  await context.close();
});
