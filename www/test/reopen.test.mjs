// Reopening exports: a Web Annotation or displaCy file gives back the text and, applied to what
// the annotator finds, the marks and notes the file holds; a bad file is refused with a reason.
// Notes on marks: kept as corrections, in links and in the exports.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertUniqueNames, span } from './support.mjs';
import { toDisplacy, toStandaloneHtml, toWebAnnotation } from '../exports.js';
import {
  addMark,
  applyCorrections,
  MAX_NOTE,
  noteMark,
  packCorrections,
  relabelMark,
  removeMark,
  unpackCorrections,
} from '../corrections.js';
import { readExport, restoreCorrections, ReopenError, isExportFileName } from '../reopen.js';
import { utf16Index, codePointIndex } from '../offsets.js';

/** @typedef {import('../types.js').Annotation} Annotation */

const TEXT = [
  'Subscribe to the Tidewater Gazette 📰 for £4 a month',
  'Mira Castellanos 👩🏽‍🔬 told the Kestrel Institute that 𝔣𝔦𝔳𝔢 labs had shut, 40% of them in Oporto.',
  'Castellanos said it on Tuesday.',
].join('\n');

/** What the annotator finds in TEXT (made up). @type {Annotation[]} */
const MACHINE = [
  span(TEXT, 'Subscribe to the Tidewater Gazette 📰 for £4 a month', {
    layer: 'boilerplate',
    type: 'SIGNUP',
    reason: 'Subscription prompt',
  }),
  span(TEXT, 'Tidewater Gazette', { type: 'ORG', canonical: 'Tidewater Gazette' }),
  span(TEXT, 'Mira Castellanos', { type: 'PER', canonical: 'Mira Castellanos' }),
  span(TEXT, 'Kestrel Institute', { type: 'PER', canonical: 'Kestrel Institute' }),
  span(TEXT, '40%', { layer: 'statistic', type: 'PERCENT', value: 40, unit: '%' }),
  span(TEXT, 'Tuesday', { layer: 'statistic', type: 'DATE', value: 'Tuesday' }),
];
/** An export holds the article's names and figures, not the name on the clutter line. */
const COUNTED = MACHINE.map((a) => a.text !== 'Tidewater Gazette');

/** The reader's corrections: a relabel, a removal, a mark by hand over astral characters. */
const MINE = [
  relabelMark(MACHINE[3], 'ORG'),
  removeMark(MACHINE[5]),
  addMark(TEXT, { ...span(TEXT, 'Oporto', {}), layer: 'entity', type: 'LOC' }),
  addMark(TEXT, { ...span(TEXT, '𝔣𝔦𝔳𝔢', {}), layer: 'statistic', type: 'CARDINAL', detail: { value: 5 } }),
];

/** The view's marks as compared: layer, type, span, manual. @param {Annotation[]} list */
function view(list) {
  return list.map((a) => `${a.layer}:${a.type}:${a.start}-${a.end}:${a.text}${a.manual ? ':manual' : ''}`).sort();
}

test('offsets: utf16Index is the inverse of codePointIndex on code point boundaries', () => {
  const text = 'a😀b👩🏽‍🔬c\u{10348}\uD800x\uDC00y';
  const boundaries = [0];
  for (let i = 0; i < text.length; ) {
    const c = text.codePointAt(i) ?? 0;
    i += c > 0xffff ? 2 : 1;
    boundaries.push(i);
  }
  const points = codePointIndex(text, boundaries);
  const back = utf16Index(text, [...points.values(), -1, 1.5, 999]);
  assert.equal(back.length, [...text].length);
  for (const b of boundaries) assert.equal(back.index.get(/** @type {number} */ (points.get(b))), b);
  assert.equal(back.index.has(-1), false);
  assert.equal(back.index.has(1.5), false);
  assert.equal(back.index.has(999), false);
});

test('reopen: a Web Annotation export gives back the text and the corrected view', () => {
  const { annotations: corrected } = applyCorrections(TEXT, MACHINE, MINE);
  const shown = corrected.filter((a) => a.text !== 'Tidewater Gazette'); // as the export holds them
  const file = JSON.stringify(toWebAnnotation(TEXT, shown, { label: 'Kestrel story' }));
  const reopened = readExport(file);
  assert.equal(reopened.format, 'webannotation');
  assert.equal(reopened.text, TEXT);
  assert.equal(reopened.title, 'Kestrel story');
  const corrections = restoreCorrections(TEXT, MACHINE, COUNTED, reopened);
  const { annotations, stale } = applyCorrections(TEXT, MACHINE, corrections);
  assert.deepEqual(stale, []);
  assert.deepEqual(view(annotations), view(corrected), 'the same marks, the clutter line name kept');
  const added = annotations.find((a) => a.text === '𝔣𝔦𝔳𝔢');
  assert.equal(added?.value, 5, 'a mark by hand keeps its detail');
  const relabelled = annotations.find((a) => a.text === 'Kestrel Institute');
  assert.equal(relabelled?.was, 'entity:PER');
});

test('reopen: what the legend hid and the export left out comes back as the annotator made it', () => {
  const withoutDates = MACHINE.filter((a) => a.type !== 'DATE' && a.text !== 'Tidewater Gazette');
  const file = JSON.stringify(toWebAnnotation(TEXT, withoutDates, { omitted: ['statistic:DATE'] }));
  const reopened = readExport(file);
  assert.equal(reopened.covers('statistic', 'DATE'), false);
  assert.equal(reopened.covers('statistic', 'PERCENT'), true);
  assert.deepEqual(restoreCorrections(TEXT, MACHINE, COUNTED, reopened), []);
  const noNames = readExport(JSON.stringify(toWebAnnotation(TEXT, [], { omitted: ['entity'] })));
  assert.equal(noNames.covers('entity', 'PER'), false);
  assert.equal(noNames.covers('boilerplate', 'SIGNUP'), true);
});

test('reopen: a displaCy export gives back the text and its names', () => {
  const { annotations: corrected } = applyCorrections(TEXT, MACHINE, MINE);
  const file = JSON.stringify(toDisplacy(TEXT, corrected, { title: 'Kestrel' }));
  const reopened = readExport(file);
  assert.equal(reopened.format, 'displacy');
  assert.equal(reopened.title, 'Kestrel');
  const corrections = restoreCorrections(TEXT, MACHINE, COUNTED, reopened);
  const { annotations } = applyCorrections(TEXT, MACHINE, corrections);
  const names = (/** @type {Annotation[]} */ list) => view(list.filter((a) => a.layer === 'entity'));
  assert.deepEqual(names(annotations), names(corrected));
  // The figures are not in a displaCy file: they stay as the annotator made them.
  assert.deepEqual(
    view(annotations.filter((a) => a.layer === 'statistic')),
    view(MACHINE.filter((a) => a.layer === 'statistic')),
  );
});

test('reopen: a name over a figure the file does not cover is added, the figure kept', () => {
  // displaCy holds names only: its name over the words of a date the annotator found is a mark
  // by hand beside that date, not a relabel of it.
  const { start, end } = span(TEXT, 'Tuesday', {});
  const points = codePointIndex(TEXT, [start, end]); // displaCy counts code points
  const ents = [{ start: points.get(start), end: points.get(end), label: 'MISC' }];
  const file = readExport(JSON.stringify({ text: TEXT, ents }));
  const corrections = restoreCorrections(TEXT, MACHINE, COUNTED, file);
  const { annotations } = applyCorrections(TEXT, MACHINE, corrections);
  const tuesday = annotations.filter((a) => a.text === 'Tuesday').map((a) => `${a.layer}:${a.type}`);
  assert.deepEqual(tuesday.sort(), ['entity:MISC', 'statistic:DATE']);
  // The file's names replace the annotator's: the ones it lacks are removed.
  assert.equal(annotations.filter((a) => a.layer === 'entity' && a.text !== 'Tidewater Gazette').length, 1);
});

test('reopen: a list of one displaCy document is read; a Web Annotation file without its text is refused', () => {
  const one = JSON.stringify([{ text: 'Ada in Lyon.', ents: [{ start: 7, end: 11, label: 'GPE' }] }]);
  const { marks, covers } = readExport(one);
  assert.equal(covers('entity', 'PER'), true);
  assert.equal(covers('statistic', 'DATE'), false, 'a displaCy file holds names only');
  assert.deepEqual(marks, [{ layer: 'entity', type: 'GPE', start: 7, end: 11, detail: {}, note: null }]);
  const doc = toWebAnnotation('Ada in Lyon.', []);
  delete doc['gloss:source'];
  assert.throws(() => readExport(JSON.stringify(doc)), /does not hold the text/);
});

test('reopen: names of files that may be exports', () => {
  assert.equal(isExportFileName('story.jsonld', ''), true);
  assert.equal(isExportFileName('story.JSON', ''), true);
  assert.equal(isExportFileName('blob', 'application/ld+json; profile="x"'), true);
  assert.equal(isExportFileName('story.txt', 'text/plain'), false);
});

/** A valid Web Annotation file over `text` with one mark, changed by `edit`. */
function webFile(/** @type {(doc: any) => void} */ edit, text = 'Ada met Bo in Lyon.') {
  const doc = /** @type {any} */ (toWebAnnotation(text, [span(text, 'Lyon', { type: 'LOC' })]));
  edit(doc);
  return JSON.stringify(doc);
}

/** @type {[string, string, RegExp][]} name, file, the reason said */
const BAD_FILES = [
  ['not json', '{"type": "AnnotationCollection",', /not valid JSON/],
  ['json of another kind', '{"hello": "world"}', /neither a Web Annotation export nor a displaCy file/],
  ['bare number', '42', /neither/],
  [
    'two documents',
    JSON.stringify([
      { text: 'a', ents: [] },
      { text: 'b', ents: [] },
    ]),
    /holds 2 documents/,
  ],
  ['text not a string', JSON.stringify({ text: 5, ents: [] }), /neither/],
  [
    'end past the text',
    JSON.stringify({ text: 'Lyon', ents: [{ start: 0, end: 9, label: 'LOC' }] }),
    /past the text's end/,
  ],
  [
    'astral counted in UTF-16',
    JSON.stringify({ text: '😀 Lyon', ents: [{ start: 3, end: 7, label: 'LOC' }] }),
    /past the text's end/,
  ],
  ['negative start', JSON.stringify({ text: 'Lyon', ents: [{ start: -1, end: 2, label: 'LOC' }] }), /not a span/],
  ['empty span', JSON.stringify({ text: 'Lyon', ents: [{ start: 2, end: 2, label: 'LOC' }] }), /not a span/],
  ['fractional offset', JSON.stringify({ text: 'Lyon', ents: [{ start: 0.5, end: 2, label: 'LOC' }] }), /not a span/],
  ['string offset', JSON.stringify({ text: 'Lyon', ents: [{ start: '0', end: 2, label: 'LOC' }] }), /not a span/],
  [
    'markup as a type',
    JSON.stringify({ text: 'Lyon', ents: [{ start: 0, end: 2, label: '<img src=x>' }] }),
    /no usable type/,
  ],
  ['entity not an object', JSON.stringify({ text: 'Lyon', ents: [7] }), /Entity 1 is not an object/],
  [
    'quote not the text',
    webFile((d) => {
      d.first.items[0].target.selector[0].exact = 'Paris';
    }),
    /quotes “Paris” but the text there is “Lyon”/,
  ],
  [
    'another source',
    webFile((d) => {
      d.first.items[0].target.source = 'https://example.org/other';
    }),
    /annotates another text/,
  ],
  [
    'no position',
    webFile((d) => {
      d.first.items[0].target.selector = [d.first.items[0].target.selector[0]];
    }),
    /no TextPositionSelector/,
  ],
  [
    'classifying body not json',
    webFile((d) => {
      d.first.items[0].body[2].value = '{not json';
    }),
    /classifying body that is not a JSON object/,
  ],
  [
    'paged elsewhere',
    webFile((d) => {
      d.first = 'https://example.org/page1';
    }),
    /only a link to them/,
  ],
  ['too many marks', JSON.stringify({ text: 'a', ents: Array(500_001).fill(0) }), /over the 500,000/],
];

test('reopen: bad files are refused with a reason', () => {
  assertUniqueNames(
    'BAD_FILES',
    BAD_FILES.map(([name]) => name),
  );
  for (const [name, file, reason] of BAD_FILES) {
    assert.throws(
      () => readExport(file),
      (error) => error instanceof ReopenError && reason.test(error.message),
      name,
    );
  }
});

test('reopen: detail fields that are not scalars or that name the mark itself are dropped', () => {
  const file = webFile((d) => {
    d.first.items[0].body[2].value = JSON.stringify({
      layer: 'entity',
      type: 'LOC',
      canonical: 'Lyon',
      start: 0,
      __proto__: { polluted: true },
      nested: { a: 1 },
      long: 'x'.repeat(501),
    });
  });
  const [mark] = readExport(file).marks;
  assert.deepEqual(mark.detail, { canonical: 'Lyon' });
  assert.equal(/** @type {any} */ ({}).polluted, undefined);
});

test('notes: kept on a mark, carried by a relabel, taken away by an empty note, packed for links', () => {
  const notes = [
    noteMark(MACHINE[2], '  source: ONS table 3 '),
    noteMark(MACHINE[3], 'check the spelling'),
    relabelMark(MACHINE[3], 'LOC', 'statistic'),
    noteMark(MACHINE[4], 'first'),
    noteMark(MACHINE[4], ''),
  ];
  assert.equal(notes[0].note, 'source: ONS table 3', 'trimmed');
  assert.equal(noteMark(MACHINE[2], 'x'.repeat(400)).note.length, MAX_NOTE, 'cut to the limit');
  const { annotations, stale } = applyCorrections(TEXT, MACHINE, notes);
  assert.deepEqual(stale, []);
  const byText = (/** @type {string} */ t) => annotations.find((a) => a.text === t);
  assert.equal(byText('Mira Castellanos')?.note, 'source: ONS table 3');
  assert.equal(byText('Mira Castellanos')?.manual, undefined, 'a note does not make a mark by hand');
  assert.equal(byText('Kestrel Institute')?.note, 'check the spelling', 'the relabel to another layer keeps it');
  assert.equal('note' in /** @type {object} */ (byText('40%')), false, 'an empty note takes it away');
  assert.deepEqual(unpackCorrections(JSON.parse(JSON.stringify(packCorrections(notes)))), notes);
  assert.throws(() => unpackCorrections([['n', 'entity', 'PER', 0, 4, 'Mira', 'x'.repeat(MAX_NOTE + 1)]]), TypeError);
  assert.throws(() => unpackCorrections([['n', 'entity', 'PER', 0, 4, 'Mira', 7]]), TypeError);
});

test('notes: in the Web Annotation export as commenting bodies, and back when reopened', () => {
  const mine = [
    ...MINE,
    noteMark(MACHINE[2], 'source: ONS table 3'),
    noteMark({ ...MACHINE[3], type: 'ORG' }, 'was <b>PER</b>'),
  ];
  const { annotations: corrected } = applyCorrections(TEXT, MACHINE, mine);
  const doc = toWebAnnotation(TEXT, corrected);
  const commenting = doc.first.items.flatMap((/** @type {any} */ item) =>
    item.body.filter((/** @type {any} */ b) => b.purpose === 'commenting').map((/** @type {any} */ b) => b.value),
  );
  assert.deepEqual(commenting.sort(), ['source: ONS table 3', 'was <b>PER</b>']);
  const classifying = JSON.stringify(doc).includes('\\"note\\"');
  assert.equal(classifying, false, 'the note is not also in the classifying JSON');
  const reopened = readExport(JSON.stringify(doc));
  const { annotations } = applyCorrections(
    TEXT,
    MACHINE,
    restoreCorrections(
      TEXT,
      MACHINE,
      MACHINE.map(() => true),
      reopened,
    ),
  );
  const noted = (/** @type {Annotation[]} */ list) =>
    list
      .filter((a) => a.note)
      .map((a) => `${a.layer}:${a.type}:${a.text}:${a.note}`)
      .sort();
  assert.deepEqual(noted(annotations), noted(corrected));
  const tooLong = webFile((d) => {
    d.first.items[0].body.push({ type: 'TextualBody', purpose: 'commenting', value: 'x'.repeat(MAX_NOTE + 1) });
  });
  assert.throws(() => readExport(tooLong), /note over 280 characters/);
});

test('notes: in the standalone HTML as text (title and a list after the text), never as markup', () => {
  const a = { ...span(TEXT, 'Mira Castellanos', { type: 'PER' }), note: 'source: <script>alert(1)</script> & co' };
  const html = toStandaloneHtml(TEXT, [a]);
  assert.ok(!html.includes('<script>alert'), 'escaped');
  assert.match(html, /title="[^"]*Note: source: &lt;script&gt;alert\(1\)&lt;\/script&gt; &amp; co"/);
  assert.match(
    html,
    /<aside class="notes"[^>]*>\n<h2>Notes<\/h2>\n<ol>\n<li data-note="0"><q>Mira Castellanos<\/q> \(Person\): source: &lt;script&gt;/,
  );
  assert.ok(!toStandaloneHtml(TEXT, [span(TEXT, 'Mira Castellanos', {})]).includes('<aside'), 'no notes, no list');
});
