// The "Try an example" article has what a real pasted news page has, and is our own text.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EXAMPLE_TEXT, EXAMPLE_TITLE } from '../example.js';
import { decodeView, encodeView } from '../share.js';
import { assertUniqueNames } from './support.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const lines = EXAMPLE_TEXT.split('\n');

const FEATURES = [
  ['sign-up form text', /^Please enter a valid email address$/m],
  ['a date stamp line', /^date \d{4}-\d{2}-\d{2}$/m],
  ['a byline', /^By [A-Z][a-z]+ [A-Z][a-z]+, /m],
  ['a share line', /^Share on /m],
  ['a caption ending (PA)', /\(PA\)$/m],
  ['a caption ending Getty Images', /Getty Images$/m],
  ['money in pounds', /£\d[\d,.]*( ?(m|million|billion|bn))?/],
  ['money in dollars', /\$\d+m/],
  ['a percentage with a baseline', /\d+ per cent in \d{4} compared with/],
  ['a number in words', /\b(Seven|eleven|four)\b/],
  ['a rank', /\bthird largest\b/],
  ['a quantity', /\d[\d,]* tonnes|\d+mph/],
  ['a weekday', /\bon Thursday\b/],
  ['a nationality', /\b(Dutch|Polish)\b/],
];

for (const [name, pattern] of FEATURES) {
  test(`example has ${name}`, () => assert.match(EXAMPLE_TEXT, pattern));
}

test('example: about 500 words, plain lines, a title', () => {
  const words = EXAMPLE_TEXT.split(/\s+/).filter(Boolean).length;
  assert.ok(words >= 450 && words <= 650, `${words} words`);
  assert.ok(!EXAMPLE_TEXT.includes('\r') && !EXAMPLE_TEXT.includes('\t'));
  assert.ok(
    lines.every((l) => l === l.trimEnd()),
    'no trailing spaces',
  );
  assert.ok(EXAMPLE_TITLE.length > 10);
  assert.ok(
    lines.includes(
      EXAMPLE_TITLE.replace(' (example)', '').replace(
        '£310m tidal barrier',
        '£310m tidal barrier as storm claims soar',
      ),
    ),
  );
});

test('example: shares as a short link', async () => {
  const fragment = await encodeView({
    text: EXAMPLE_TEXT,
    hiddenLayers: [],
    hiddenTypes: [],
    flips: [],
    hideClutter: false,
    boilerplate: null,
  });
  assert.equal((await decodeView(fragment)).text, EXAMPLE_TEXT);
  assert.ok(fragment.length < 2500, `link fragment ${fragment.length} characters`);
});

test('example: shares no run of eight words with the article in ../shared (when present)', (t) => {
  const shared = join(ROOT, '../shared/examples/news-article.txt');
  if (!existsSync(shared)) return t.skip('../shared is absent');
  const shingles = (text) => {
    const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
    const out = new Set();
    for (let i = 0; i + 8 <= words.length; i++) out.add(words.slice(i, i + 8).join(' '));
    return out;
  };
  const theirs = shingles(readFileSync(shared, 'utf8'));
  // The form's own words are the one thing every such page shares (and the brief asks for).
  const ours = EXAMPLE_TEXT.replace('Please enter a valid email address', '');
  const common = [...shingles(ours)].filter((s) => theirs.has(s));
  assert.deepEqual(common, []);
});

test('FEATURES: case names are unique', () => {
  assertUniqueNames(
    'FEATURES',
    FEATURES.map(([name]) => name),
  );
});
