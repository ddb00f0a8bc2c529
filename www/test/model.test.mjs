// Unit tests of the page's pure modules (no browser): rendering, lines and flips, share links,
// the statistics CSV, formatting. Run with `node --test www/test/`.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { deflateRawSync } from 'node:zlib';

import { MAX_NESTING, renderRange, textOf } from '../render.js';
import { applyFlips, cleanSpans, countTypes, mergeSorted, splitLines, MANUAL_TYPE } from '../model.js';
import { byReadingOrder } from '../annotation.js';
import { decodeView, encodeView, crc32, toBase64Url, ShareLinkError, MAX_BYTES } from '../share.js';
import { parseCsv, sentenceAround, statisticRows, toCsv } from '../panels/statistics.js';
import { entityGroups } from '../panels/entities.js';
import { cardRows, describeChange, layerName, statisticValue, typeName } from '../format.js';
import { assertUniqueNames } from './support.mjs';

/**
 * @param {string} text
 * @param {[string, number, number][]} spans [layer, start, end]
 */
function annotations(text, spans) {
  return spans
    .map(([layer, start, end]) => ({ layer, type: 'T', start, end, text: text.slice(start, end) }))
    .sort(byReadingOrder);
}

/** The tree as a compact string: marks as [id:...]. */
function show(nodes) {
  return nodes.map((n) => (n.kind === 'text' ? n.text : `[${n.id}:${show(n.children)}]`)).join('');
}

const RENDER_CASES = [
  { name: 'no marks', text: 'plain text', spans: [], want: 'plain text' },
  { name: 'one mark', text: 'a Home Office b', spans: [['entity', 2, 13]], want: 'a [0:Home Office] b' },
  {
    name: 'nested: entity inside a boilerplate line',
    text: 'Photo: Rishi Sunak (PA)',
    spans: [
      ['boilerplate', 0, 23],
      ['entity', 7, 18],
    ],
    want: '[0:Photo: [1:Rishi Sunak] (PA)]',
  },
  {
    name: 'same span: boilerplate outside, entity inside',
    text: 'Turkey',
    spans: [
      ['entity', 0, 6],
      ['boilerplate', 0, 6],
    ],
    want: '[0:[1:Turkey]]',
  },
  {
    name: 'crossing spans: the later one is split',
    text: 'abcdefghij',
    spans: [
      ['entity', 0, 6],
      ['statistic', 3, 10],
    ],
    want: '[0:abc[1:def]][1:ghij]',
  },
  {
    name: 'adjacent marks',
    text: 'ab',
    spans: [
      ['entity', 0, 1],
      ['statistic', 1, 2],
    ],
    want: '[0:a][1:b]',
  },
  {
    name: 'astral characters are sliced by UTF-16 offsets',
    text: '📈 13% 👍🏽',
    spans: [['statistic', 3, 6]],
    want: '📈 [0:13%] 👍🏽',
  },
];

for (const c of RENDER_CASES) {
  test(`render: ${c.name}`, () => {
    const anns = annotations(c.text, /** @type {any} */ (c.spans));
    const nodes = renderRange(
      c.text,
      0,
      c.text.length,
      anns,
      anns.map((_, i) => i),
    );
    assert.equal(show(nodes), c.want);
    assert.equal(textOf(nodes), c.text);
  });
}

test('render: random overlapping spans never lose or reorder text', () => {
  let seed = 7;
  const rand = (n) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  const text = 'The quick brown fox jumps over the lazy dog 1,335 times in 2024.';
  for (let round = 0; round < 300; round++) {
    const spans = [];
    for (let k = rand(8); k > 0; k--) {
      const a = rand(text.length);
      const b = a + 1 + rand(text.length - a);
      spans.push([['boilerplate', 'entity', 'statistic'][rand(3)], a, Math.min(b, text.length)]);
    }
    const anns = annotations(text, spans);
    const from = rand(10);
    const to = text.length - rand(10);
    const nodes = renderRange(
      text,
      from,
      to,
      anns,
      anns.map((_, i) => i),
    );
    assert.equal(textOf(nodes), text.slice(from, to));
  }
});

test('lines: LF, CRLF, trailing newline and empty text', () => {
  const cases = [
    ['', [[0, 0]]],
    [
      'a\nbc',
      [
        [0, 1],
        [2, 4],
      ],
    ],
    [
      'a\r\nb\r\n',
      [
        [0, 1],
        [3, 4],
        [6, 6],
      ],
    ],
  ];
  for (const [text, want] of cases) {
    assert.deepEqual(
      splitLines(text).map((l) => [l.start, l.end]),
      want,
      JSON.stringify(text),
    );
  }
});

const ARTICLE = 'Headline here\nSign up now\nBody with 13% growth.\n\nCaption (PA)\nMore body.';

/** @param {string} type @param {string} line */
function bp(type, line) {
  const start = ARTICLE.indexOf(line);
  return { layer: 'boilerplate', type, start, end: start + line.length, text: line, reason: 'r' };
}

test('flips: boilerplate becomes article and article becomes boilerplate', () => {
  const lines = splitLines(ARTICLE);
  const raw = [bp('TITLE', 'Headline here'), bp('SIGNUP', 'Sign up now'), bp('CAPTION', 'Caption (PA)')];
  const plain = applyFlips(ARTICLE, lines, raw, new Set());
  assert.deepEqual(
    plain.clutter.map((c) => c?.type ?? null),
    ['TITLE', 'SIGNUP', null, null, 'CAPTION', null],
  );
  const flipped = applyFlips(ARTICLE, lines, raw, new Set([1, 5]));
  assert.deepEqual(
    flipped.clutter.map((c) => c?.type ?? null),
    ['TITLE', null, null, null, 'CAPTION', MANUAL_TYPE],
  );
  // The clean text is the core's (clean_text in Rust, pinned to `gloss clean` by
  // e2e/clean-shared.test.mjs); the page hands it the corrected clutter lines.
  assert.deepEqual(
    cleanSpans(lines, flipped.clutter).map((s) => [ARTICLE.slice(s.start, s.end).trim(), s.type]),
    [
      ['Headline here', 'TITLE'],
      ['Caption (PA)', 'CAPTION'],
      ['More body.', MANUAL_TYPE],
    ],
  );
});

test('clean spans: one whole line per clutter line, with its type', () => {
  const text = 'Sign up now\n\nBody one.\n\n\n\nThe Title\nBody two.\nShare this\n';
  const lines = splitLines(text);
  const at = (s) => text.indexOf(s);
  const raw = [
    { layer: 'boilerplate', type: 'SIGNUP', start: 0, end: 11, text: 'Sign up now' },
    { layer: 'boilerplate', type: 'TITLE', start: at('The Title'), end: at('The Title') + 9, text: 'The Title' },
    { layer: 'boilerplate', type: 'SHARE', start: at('Share this'), end: at('Share this') + 10, text: 'Share this' },
  ];
  const { clutter } = applyFlips(text, lines, raw, new Set());
  assert.deepEqual(
    cleanSpans(lines, clutter).map((s) => [text.slice(s.start, s.end), s.type]),
    [
      ['Sign up now', 'SIGNUP'],
      ['The Title', 'TITLE'],
      ['Share this', 'SHARE'],
    ],
  );
});

test('flips: a boilerplate span over several lines is cut per line', () => {
  const text = 'one\ntwo\nthree';
  const lines = splitLines(text);
  const raw = [{ layer: 'boilerplate', type: 'NAVIGATION', start: 0, end: text.length, text }];
  const { annotations: out, clutter } = applyFlips(text, lines, raw, new Set([1]));
  assert.deepEqual(
    out.map((a) => a.text),
    ['one', 'three'],
  );
  assert.deepEqual(
    clutter.map((c) => c?.type ?? null),
    ['NAVIGATION', null, 'NAVIGATION'],
  );
});

/** @type {import('../types.js').SharedView} */
const VIEW = {
  text: 'Rishi Sunak said 13 per cent. 📈 Ünïcödé\r\nand a second line',
  hiddenLayers: ['boilerplate'],
  hiddenTypes: ['entity:PER', 'statistic:DATE'],
  flips: [0, 1],
  hideClutter: true,
  boilerplate: [{ layer: 'boilerplate', type: 'CAPTION', start: 0, end: 5, text: 'Rishi', reason: 'A caption.' }],
};

test('share: a view survives encode → decode', async () => {
  const fragment = await encodeView(VIEW);
  assert.match(fragment, /^v1\.[A-Za-z0-9_-]+$/);
  assert.deepEqual(await decodeView(`#${fragment}`), VIEW);
});

test('share: the default view packs small', async () => {
  const fragment = await encodeView({
    ...VIEW,
    hiddenLayers: [],
    hiddenTypes: [],
    flips: [],
    hideClutter: false,
    boilerplate: null,
  });
  const back = await decodeView(fragment);
  assert.equal(back.text, VIEW.text);
  assert.equal(back.boilerplate, null);
  assert.equal(back.hideClutter, false);
});

test('share: damaged, truncated, foreign and future links are refused clearly', async () => {
  const fragment = await encodeView(VIEW);
  const flipped = fragment.slice(0, 10) + (fragment[10] === 'A' ? 'B' : 'A') + fragment.slice(11);
  const cases = [
    ['truncated', fragment.slice(0, fragment.length - 7), /damaged or incomplete/],
    ['cut to the prefix', 'v1.', /damaged or incomplete/],
    ['one character changed', flipped, /damaged or incomplete/],
    ['not base64url', 'v1.abc$def', /damaged or incomplete/],
    ['a newer format', 'v9.abcdef', /newer version/],
    ['not a Gloss link', 'section-2', /not a Gloss share link/],
  ];
  for (const [name, bad, message] of cases) {
    await assert.rejects(decodeView(bad), (error) => {
      assert.ok(error instanceof ShareLinkError, name);
      assert.match(error.message, message, name);
      return true;
    });
  }
});

/** A v1 link holding `json` with a correct checksum. */
function link(json) {
  const bytes = new TextEncoder().encode(json);
  const deflated = deflateRawSync(bytes);
  const out = new Uint8Array(deflated.length + 4);
  out.set(deflated);
  new DataView(out.buffer).setUint32(deflated.length, crc32(bytes));
  return `v1.${toBase64Url(out)}`;
}

test('share: well-formed links with the wrong contents are refused', async () => {
  const cases = [
    ['not JSON', '{"t": '],
    ['an array', '["text"]'],
    ['text not a string', '{"t": 3}'],
    ['flips not integers', '{"t": "a", "f": ["x"]}'],
    ['boilerplate span past the end', '{"t": "abc", "b": [[0, 9, "CAPTION", "r"]]}'],
    ['hidden layers not strings', '{"t": "a", "l": [1]}'],
  ];
  for (const [name, json] of cases) {
    await assert.rejects(decodeView(link(json)), ShareLinkError, name);
  }
});

test('share: a link that inflates past the limit is refused without inflating it all', async () => {
  const bomb = `{"t": "${'a'.repeat(MAX_BYTES + 1024)}"}`;
  const fragment = link(bomb);
  assert.ok(fragment.length < 100_000, `the bomb link is small (${fragment.length})`);
  await assert.rejects(decodeView(fragment), /more than 20 MB/);
});

test('statistics: rows in reading order, with the sentence, and CSV that parses back', () => {
  const text = 'Intro line.\nFares rose 18 per cent, to £2.40. Then "quotes", commas = fine.\n';
  const at = (s) => text.indexOf(s);
  const anns = [
    {
      layer: 'statistic',
      type: 'PERCENT',
      start: at('18 per cent'),
      end: at('18 per cent') + 11,
      text: '18 per cent',
      value: 18,
      unit: '%',
      change: { direction: 'up', magnitude: 18, baseline: 'last year' },
    },
    { layer: 'entity', type: 'LOC', start: 0, end: 5, text: 'Intro' },
    {
      layer: 'statistic',
      type: 'MONEY',
      start: at('£2.40'),
      end: at('£2.40') + 5,
      text: '£2.40',
      value: 2.4,
      unit: 'GBP',
      hint: '=SUM(A1)',
    },
  ];
  const rows = statisticRows(text, anns);
  assert.deepEqual(
    rows.map((r) => r.figure),
    ['18 per cent', '£2.40'],
  );
  assert.equal(rows[0].sentence, 'Fares rose 18 per cent, to £2.40.');
  assert.equal(rows[0].change, '▲18% vs last year');
  assert.equal(rows[1].value, '£2.40');
  const table = parseCsv(toCsv(rows));
  assert.equal(table.length, 3);
  const [head, first, second] = table;
  const col = (row, name) => row[head.indexOf(name)];
  assert.equal(col(first, 'figure'), '18 per cent');
  assert.equal(Number(col(first, 'value')), 18);
  assert.equal(col(first, 'sentence'), 'Fares rose 18 per cent, to £2.40.');
  assert.equal(col(second, 'unit'), 'GBP');
  assert.equal(col(second, 'hint'), "'=SUM(A1)", 'a formula is defused');
});

test('statistics: sentence boundaries', () => {
  const cases = [
    ['First one. Second has 12 cats. Third.', '12', 'Second has 12 cats.'],
    ['No stop at the end 3', '3', 'No stop at the end 3'],
    ['Line one 4\nline two.', '4', 'Line one 4'],
    ['It was 3.5 per cent. Next.', '3.5', 'It was 3.5 per cent.'],
    // A stop ends a sentence before any white space, Unicode's too, and at the end of the text.
    ['Before!\tThen 7 more? After.', '7', 'Then 7 more?'],
    ['Before.\u00a0Then 8 more.\u2003After.', '8', 'Then 8 more.'],
    ['Before?\u2028Then 9 more!', '9', 'Then 9 more!'],
    ['Before.\r\nThen 6 more\r\nAfter.', '6', 'Then 6 more'],
    // Look-alikes: a stop before a letter, a quote, a digit or a non-space symbol ends nothing.
    ['See p.12 and fig.3 for 5 cases.x Done', '5', 'See p.12 and fig.3 for 5 cases.x Done'],
    ['He said "no."\u2026 and 4 left.', '4', 'He said "no."\u2026 and 4 left.'],
  ];
  for (const [text, figure, want] of cases) {
    const start = text.indexOf(figure);
    assert.equal(sentenceAround(text, start, start + figure.length), want, text);
  }
});

test('entities: grouped by type, linked by id, sorted by mentions', () => {
  const m = (type, text, entity, canonical) => ({ layer: 'entity', type, start: 0, end: 1, text, entity, canonical });
  const groups = entityGroups([
    m('LOC', 'Turkey', 3, 'Turkey'),
    m('PER', 'Rishi Sunak', 1, 'Rishi Sunak'),
    m('PER', 'Sunak', 1, 'Rishi Sunak'),
    m('PER', 'Ada Lovelace', 2, 'Ada Lovelace'),
    m('LOC', 'Turkey', 3, 'Turkey'),
    m('LOC', 'Turkey', 3, 'Turkey'),
    m('NORP', 'Turkish', 4, 'Turkish'),
  ]);
  assert.deepEqual(
    groups.map((g) => g.type),
    ['PER', 'LOC', 'NORP'],
  );
  assert.deepEqual(
    groups[0].entities.map((e) => [e.canonical, e.mentions.length]),
    [
      ['Rishi Sunak', 2],
      ['Ada Lovelace', 1],
    ],
  );
  assert.deepEqual(groups[0].entities[0].forms, ['Rishi Sunak', 'Sunak']);
});

test('format: values, ranges, changes and unknown fields', () => {
  const s = (fields) => ({ layer: 'statistic', type: 'X', start: 0, end: 1, text: 'x', ...fields });
  const cases = [
    [s({ value: 3000 }), '3,000'],
    [s({ value: 13, unit: '%' }), '13%'],
    [s({ value: 2.5, unit: 'pp' }), '2.5 percentage points'],
    [s({ value: 2.7e9, unit: 'GBP' }), '£2,700,000,000'],
    [s({ value: 5, unit: 'km' }), '5 km'],
    [s({ min: 2, max: 5, unit: '%' }), '2% – 5%'],
    [s({ min: 2, max: 5, unit: '%', qualifier: 'between' }), '2% – 5%'],
    [s({ value: 2, unit: '×' }), '×2'],
    [s({ value: 3000, qualifier: 'more_than' }), 'more than 3,000'],
    [s({ min: 2000, qualifier: 'at least' }), 'at least 2,000'],
    [s({ iso: '2022-08' }), '2022-08'],
    [s({ min: 3, max: 5, unit: 'km' }), '3 – 5 km'],
    [s({ min: 4, max: 6, unit: 'years', qualifier: 'between' }), '4 – 6 years'],
    [s({ min: 2e6, max: 3e6, unit: 'USD' }), 'US$2,000,000 – US$3,000,000'],
    [s({ iso: 'P18W', qualifier: 'up to' }), 'up to 18 weeks'],
    [s({ value: 65, min: 65, unit: 'year', qualifier: 'or more' }), '65 years or more'],
    [s({ value: 1, unit: 'year' }), '1 year'],
    [s({ value: 12.9, unit: 'per 100,000' }), '12.9 per 100,000'],
    [s({ value: 25, max: 25, unit: 'year', qualifier: 'less than' }), 'less than 25 years'],
    [s({ min: 18, max: 24, unit: 'year', qualifier: 'between' }), '18 – 24 years'],
    [s({ value: 50000, max: 50000, unit: 'GBP', qualifier: 'or less' }), '£50,000 or less'],
    [s({ value: 3, unit: 'pp', qualifier: 'plus or minus' }), 'plus or minus 3 percentage points'],
    [s({ iso: 'P1Y6M' }), '1 year 6 months'],
    [s({ iso: 'PT1H30M' }), '1 hour 30 minutes'],
    [s({ iso: 'P6.5Y' }), '6.5 years'],
    [s({ iso: 'T09:30' }), 'T09:30'],
    [s({ iso: '2010/2011' }), '2010/2011'],
    [s({ score: [2, 1] }), '2–1'],
    [s({ score: [112, 104] }), '112–104'],
    [s({ score: [1] }), ''],
    [s({ value: 15, unit: 'USD', per: 'hour' }), 'US$15 per hour'],
    [s({ value: 5, unit: 'GBP', per: 'each' }), '£5 each'],
    [s({ value: 13, max: 13, unit: 'USD', per: 'share', qualifier: 'up to' }), 'up to US$13 per share'],
    [s({}), ''],
  ];
  for (const [a, want] of cases) assert.equal(statisticValue(a), want, JSON.stringify(a));
  assert.equal(describeChange({ direction: 'down', magnitude: 90 }), '▼90%');
  assert.equal(
    describeChange({
      direction: 'up',
      magnitude: 2,
      kind: 'factor',
      baseline: { text: 'the previous year', start: 1, end: 4 },
    }),
    '▲×2 vs the previous year',
  );
  assert.equal(describeChange({ direction: 'up', magnitude: 3, by: 'points' }), '▲3 pp');
  assert.equal(
    describeChange({
      direction: 'up',
      magnitude: 13,
      by: 'relative',
      baseline: 'the same month last year',
      baseline_start: 4,
      baseline_end: 9,
    }),
    '▲13% vs the same month last year',
  );
  assert.equal(describeChange(undefined), '');
  assert.equal(typeName('PER'), 'Person');
  assert.equal(typeName('COOKIE_BANNER'), 'Cookie banner');
  const rows = cardRows(s({ value: 1, unit: '%', resolution: { year: 2024 }, confidence: 0.5 }));
  assert.deepEqual(rows, [
    ['Value', '1%'],
    ['Resolution', 'year 2,024'],
    ['Confidence', '0.5'],
  ]);
});

test('mergeSorted: the same as concatenating and sorting, sorted inputs or not', () => {
  let seed = 5;
  const rnd = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const make = (n) =>
    Array.from({ length: n }, () => {
      const start = Math.floor(rnd() * 50);
      return {
        layer: ['boilerplate', 'entity', 'statistic'][Math.floor(rnd() * 3)],
        type: 'X',
        start,
        end: start + 1 + Math.floor(rnd() * 5),
        text: '',
      };
    });
  for (let round = 0; round < 200; round++) {
    const a = make(Math.floor(rnd() * 30));
    const b = make(Math.floor(rnd() * 10));
    if (round % 2) {
      a.sort(byReadingOrder);
      b.sort(byReadingOrder);
    }
    assert.deepEqual(mergeSorted(a, b), a.concat(b).sort(byReadingOrder), `round ${round}`);
  }
});

test('format: codes that are names of Object properties show as themselves', () => {
  for (const code of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', '__defineGetter__']) {
    assert.equal(typeName(code), code, code);
    assert.equal(layerName(code), code, code);
  }
  // Ordinary codes are still named or put in words.
  assert.equal(typeName('ORG'), 'Organisation');
  assert.equal(layerName('entity'), 'Names');
  assert.equal(typeName('LIVE_BLOG'), 'Live blog');
});

test('render: 10,000 identical spans nest MAX_NESTING deep, the text whole, without recursion', () => {
  const text = 'Maria Okafor said so.';
  const many = Array.from({ length: 10_000 }, () => ({
    layer: 'entity',
    type: 'PER',
    start: 0,
    end: 12,
    text: 'Maria Okafor',
  }));
  const nodes = renderRange(text, 0, text.length, many, [...many.keys()]);
  assert.equal(textOf(nodes), text);
  let depth = 0;
  for (let level = nodes; level.length && level[0].kind === 'mark'; level = level[0].children) depth++;
  assert.equal(depth, MAX_NESTING);
});

test('RENDER_CASES: case names are unique', () => {
  assertUniqueNames(
    'RENDER_CASES',
    RENDER_CASES.map((c) => c.name),
  );
});

test('countTypes: per layer, its types in the legend order, only the counted ones', () => {
  const a = (/** @type {string} */ layer, /** @type {string} */ type) => ({ layer, type, start: 0, end: 1, text: 'x' });
  const annotations = [
    a('entity', 'ORG'),
    a('statistic', 'PERCENT'),
    a('entity', 'PER'),
    a('entity', 'ORG'),
    a('boilerplate', 'SHARE'),
    a('entity', 'PER'),
  ];
  const counts = countTypes(/** @type {any} */ (annotations), [true, true, true, true, true, false]);
  assert.deepEqual(
    [...counts].map(([layer, types]) => [layer, [...types]]),
    [
      ['boilerplate', [['SHARE', 1]]],
      [
        'entity',
        [
          ['PER', 1],
          ['ORG', 2],
        ],
      ],
      ['statistic', [['PERCENT', 1]]],
    ],
  );
  assert.deepEqual([...(countTypes([]).get('entity') ?? [])], []);
});
