// Exports parsed back: Web Annotation JSON-LD, displaCy JSON and standalone HTML.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codePointIndex } from '../offsets.js';
import { span } from './support.mjs';
import { escapeHtml, toDisplacy, toStandaloneHtml, toWebAnnotation } from '../exports.js';

/** @typedef {import('../types.js').Annotation} Annotation */

const TEXT = [
  'Sign up to our newsletter 📬 Please enter a valid email address',
  'Ada Okafor 👩🏽‍🔬 told the Harbour Trust that 1,240 jobs were at risk, a 12 per cent rise.',
  'Okafor said <img src=x onerror=alert(1)> and </mark><script>alert("x")</script> & "quotes" \'too\'.',
  'Windows line\r\nlast line with 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 and £3.5m',
].join('\n');

/** @type {Annotation[]} */
const ANNOTATIONS = [
  span(TEXT, 'Sign up to our newsletter 📬 Please enter a valid email address', {
    layer: 'boilerplate',
    type: 'SIGNUP',
    reason: 'Newsletter sign-up form',
  }),
  span(TEXT, 'Ada Okafor', { type: 'PER', entity: 1, canonical: 'Ada Okafor' }),
  span(TEXT, 'Harbour Trust', { type: 'ORG', entity: 2, canonical: 'Harbour Trust' }),
  span(TEXT, '1,240', { layer: 'statistic', type: 'CARDINAL', value: 1240 }),
  span(TEXT, '12 per cent', {
    layer: 'statistic',
    type: 'PERCENT',
    value: 12,
    unit: '%',
    change: { direction: 'up', magnitude: 12 },
  }),
  // crosses the entity "Okafor" below: must be split in HTML
  span(TEXT, 'Okafor said <img', {
    layer: 'boilerplate',
    type: 'MANUAL',
    reason: 'by hand',
    manual: true,
  }),
  span(TEXT, 'Okafor', { type: 'PER', entity: 1, canonical: 'Ada Okafor' }, TEXT.indexOf('\nOkafor')),
  span(TEXT, '<img src', { layer: 'statistic', type: 'QUANTITY', value: 1 }),
  span(TEXT, '𝔘𝔫𝔦𝔠𝔬𝔡𝔢', { type: 'MISC', canonical: 'Unicode', manual: true }),
  span(TEXT, '£3.5m', { layer: 'statistic', type: 'MONEY', value: 3500000, unit: 'GBP' }),
  // spans two lines
  span(TEXT, 'line\r\nlast', { layer: 'statistic', type: 'CARDINAL', value: 0 }),
];

/** Code point offset of a UTF-16 offset, the slow obvious way. */
function points(text, offset) {
  return Array.from(text.slice(0, offset)).length;
}

test('code points: each UTF-16 offset maps to the count of code points before it', () => {
  const text = 'a😀b👩🏽‍🔬c\u{10348}\uD800x\uDC00y';
  const offsets = [...Array(text.length + 1).keys()];
  const map = codePointIndex(text, offsets.slice().reverse());
  for (const o of offsets) {
    // only offsets on code point boundaries need to agree with Array.from
    const boundary = !(o > 0 && /[\uDC00-\uDFFF]/.test(text[o]) && /[\uD800-\uDBFF]/.test(text[o - 1]));
    if (boundary) assert.equal(map.get(o), points(text, o), `offset ${o}`);
  }
  assert.equal(map.get(text.length), Array.from(text).length);
});

test('web annotation: a collection whose selectors find each annotation again', () => {
  const doc = toWebAnnotation(TEXT, ANNOTATIONS, { source: 'https://example.org/story' });
  const parsed = JSON.parse(JSON.stringify(doc));
  assert.equal(parsed['@context'], 'http://www.w3.org/ns/anno.jsonld');
  assert.equal(parsed.type, 'AnnotationCollection');
  assert.equal(parsed.total, ANNOTATIONS.length);
  const items = parsed.first.items;
  assert.equal(parsed.first.type, 'AnnotationPage');
  assert.equal(items.length, ANNOTATIONS.length);
  const cps = Array.from(TEXT);
  const ids = new Set();
  for (const item of items) {
    assert.equal(item.type, 'Annotation');
    ids.add(item.id);
    assert.ok(item.id.startsWith('https://example.org/story#'));
    assert.equal(item.target.source, 'https://example.org/story');
    const quote = item.target.selector.find((s) => s.type === 'TextQuoteSelector');
    const position = item.target.selector.find((s) => s.type === 'TextPositionSelector');
    // The position selector in code points picks out exactly the quote.
    assert.equal(cps.slice(position.start, position.end).join(''), quote.exact);
    assert.equal(cps.slice(Math.max(0, position.start - 32), position.start).join(''), quote.prefix);
    assert.equal(cps.slice(position.end, position.end + 32).join(''), quote.suffix);
    assert.ok(Array.from(quote.prefix).length <= 32 && Array.from(quote.suffix).length <= 32);
    // The bodies carry the type, a description and Gloss's own fields.
    const tag = item.body.find((b) => b.purpose === 'tagging');
    const data = JSON.parse(item.body.find((b) => b.format === 'application/json').value);
    assert.equal(tag.value, data.type);
    const original = ANNOTATIONS.find((a) => a.type === data.type && a.layer === data.layer && a.text === quote.exact);
    assert.ok(original, `found ${quote.exact}`);
    for (const key of ['canonical', 'entity', 'value', 'unit', 'reason', 'change']) {
      assert.deepEqual(data[key], original[key], key);
    }
    assert.equal(Boolean(data.manual), Boolean(original.manual));
    assert.equal(item.creator.type, original.manual ? 'Person' : 'Software');
    assert.equal(item.generator.name, 'Gloss');
  }
  assert.equal(ids.size, items.length, 'ids are unique');
  const describing = items.map((i) => i.body.find((b) => b.purpose === 'describing').value);
  assert.ok(describing.includes('Person: Ada Okafor'));
  assert.ok(
    describing.some((d) => d.startsWith('Money: £3,500,000')),
    describing.join('|'),
  );
  assert.ok(describing.includes('Sign-up prompt: Newsletter sign-up form'));
});

test('web annotation: the default source is stable for a text and differs between texts', () => {
  const a = toWebAnnotation(TEXT, ANNOTATIONS);
  const b = toWebAnnotation(TEXT, ANNOTATIONS);
  const c = toWebAnnotation(`${TEXT}.`, ANNOTATIONS);
  assert.deepEqual(a, b);
  assert.match(a.first.items[0].target.source, /^urn:x-gloss:text:[0-9a-f]{8}-\d+$/);
  assert.notEqual(a.first.items[0].target.source, c.first.items[0].target.source);
  assert.equal(a.first.items[0].created, undefined);
  const fragment = toWebAnnotation(TEXT, ANNOTATIONS, { source: 'https://example.org/a#part' });
  assert.equal(fragment.first.items[0].id, 'https://example.org/a#gloss-1', 'one # in an id');
  assert.equal(fragment.first.items[0].target.source, 'https://example.org/a#part');
  const dated = toWebAnnotation(TEXT, ANNOTATIONS, { created: '2026-01-02T03:04:05Z' });
  assert.equal(dated.first.items[0].created, '2026-01-02T03:04:05Z');
});

test('displaCy: entities only, code point offsets, labels', () => {
  const out = JSON.parse(JSON.stringify(toDisplacy(TEXT, ANNOTATIONS)));
  assert.deepEqual(Object.keys(out).sort(), ['ents', 'text', 'title']);
  assert.equal(out.text, TEXT);
  assert.equal(out.title, null);
  const cps = Array.from(TEXT);
  assert.deepEqual(
    out.ents.map((e) => [cps.slice(e.start, e.end).join(''), e.label]),
    [
      ['Ada Okafor', 'PER'],
      ['Harbour Trust', 'ORG'],
      ['Okafor', 'PER'],
      ['𝔘𝔫𝔦𝔠𝔬𝔡𝔢', 'MISC'],
    ],
  );
  for (let i = 1; i < out.ents.length; i++) assert.ok(out.ents[i].start >= out.ents[i - 1].end);
});

test('displaCy: more layers on request, overlaps dropped, title kept', () => {
  const out = toDisplacy(TEXT, ANNOTATIONS, { layers: ['entity', 'statistic'], title: 'Story' });
  assert.equal(out.title, 'Story');
  const labels = out.ents.map((e) => e.label);
  assert.ok(labels.includes('PERCENT') && labels.includes('MONEY') && labels.includes('CARDINAL'));
  for (let i = 1; i < out.ents.length; i++) assert.ok(out.ents[i].start >= out.ents[i - 1].end);
});

// --- A tiny HTML tokenizer, enough to read back what toStandaloneHtml writes. ---

const NAMED = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
/** @param {string} s */
function decodeEntities(s) {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e) => {
    if (e[0] === '#')
      return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
    if (!(e in NAMED)) throw new Error(`unknown entity ${m}`);
    return NAMED[e];
  });
}

/**
 * @param {string} html
 * @returns {({kind: 'text', text: string} | {kind: 'open', name: string, attrs: Record<string, string>} | {kind: 'close', name: string})[]}
 */
function tokenize(html) {
  const tokens = [];
  let i = 0;
  while (i < html.length) {
    if (html.startsWith('<!--', i)) throw new Error('comment');
    if (html[i] === '<') {
      const end = html.indexOf('>', i);
      const raw = html.slice(i + 1, end);
      i = end + 1;
      if (raw.startsWith('!')) continue; // doctype
      if (raw.startsWith('/')) {
        tokens.push({ kind: 'close', name: raw.slice(1).trim().toLowerCase() });
        continue;
      }
      const name = /^[a-zA-Z][a-zA-Z0-9-]*/.exec(raw)[0].toLowerCase();
      const attrs = {};
      const rest = raw.slice(name.length);
      const re = /\s+([^\s=/>]+)(?:="([^"]*)")?/g;
      let seen = 0;
      for (let m = re.exec(rest); m; m = re.exec(rest)) {
        attrs[m[1].toLowerCase()] = decodeEntities(m[2] ?? '');
        seen = re.lastIndex;
      }
      assert.equal(rest.slice(seen).trim(), '', `unparsed attribute text in <${raw}>`);
      tokens.push({ kind: 'open', name, attrs });
      if (name === 'style' || name === 'title') {
        const close = html.indexOf(`</${name}>`, i);
        tokens.push({ kind: 'text', text: decodeEntities(html.slice(i, close)) });
        i = close;
      }
    } else {
      const end = html.indexOf('<', i);
      const stop = end === -1 ? html.length : end;
      tokens.push({ kind: 'text', text: decodeEntities(html.slice(i, stop)) });
      i = stop;
    }
  }
  return tokens;
}

const VOID = new Set(['meta', 'br']);
const ALLOWED = new Set([
  'html',
  'head',
  'meta',
  'title',
  'style',
  'body',
  'main',
  'header',
  'h1',
  'p',
  'ul',
  'li',
  'strong',
  'mark',
  'span',
  'div',
  'footer',
]);

/**
 * Reads the `.text` div back: its text, and each mark's pieces as [id, layer, type, start, end].
 * @param {string} html
 */
function readBack(html) {
  const tokens = tokenize(html);
  const stack = [];
  let inText = false;
  let depthAtText = 0;
  let text = '';
  /** @type {{id: string, layer: string, type: string, start: number, title: string}[]} */
  const open = [];
  const pieces = [];
  for (const t of tokens) {
    if (t.kind === 'open') {
      assert.ok(ALLOWED.has(t.name), `unexpected element <${t.name}>`);
      for (const name of Object.keys(t.attrs)) {
        assert.ok(!name.startsWith('on'), `handler ${name}`);
        assert.ok(!['src', 'href', 'srcset', 'action', 'style'].includes(name), `nothing is loaded: ${name}`);
      }
      if (!VOID.has(t.name)) stack.push(t.name);
      if (t.name === 'div' && t.attrs.class === 'text') {
        inText = true;
        depthAtText = stack.length;
      } else if (inText) {
        assert.equal(t.name, 'mark', 'only marks inside the text');
        open.push({
          id: t.attrs['data-id'],
          layer: t.attrs['data-layer'],
          type: t.attrs['data-type'],
          start: text.length,
          title: t.attrs.title,
          label: t.attrs['data-label'],
        });
      }
    } else if (t.kind === 'close') {
      assert.equal(stack.pop(), t.name, 'tags are balanced');
      if (inText && t.name === 'mark') {
        const m = open.pop();
        pieces.push([Number(m.id), m.layer, m.type, m.start, text.length, m.title, m.label]);
      } else if (inText && stack.length < depthAtText) inText = false;
    } else if (inText) {
      text += t.text;
    }
  }
  assert.equal(stack.length, 0);
  return { text, pieces, tokens };
}

test('standalone HTML: no script, strict CSP, text round-trips, marks tile their spans', () => {
  const html = toStandaloneHtml(TEXT, ANNOTATIONS, { title: 'A <b>test</b> & "title"' });
  assert.ok(!/<script/i.test(html), 'no script element anywhere');
  assert.ok(!/\son[a-z]+\s*=/i.test(html.replace(/<div class="text">[\s\S]*<\/div>/, '')), 'no handlers outside');
  assert.ok(html.includes(`content="default-src 'none'; style-src 'unsafe-inline'`));
  const { text, pieces, tokens } = readBack(html);
  assert.equal(text, TEXT, 'the text reads back exactly (CR, emoji, quotes, angle brackets)');
  const titleText = tokens[tokens.findIndex((t) => t.kind === 'open' && t.name === 'title') + 1];
  assert.equal(titleText.text, 'A <b>test</b> & "title"');

  // Sort as the exporter does (reading order) and check each annotation's pieces tile its span
  // within lines (line breaks are not marked).
  const byId = new Map();
  for (const [id, layer, type, start, end, title, label] of pieces) {
    const list = byId.get(id) ?? [];
    list.push({ layer, type, start, end, title, label });
    byId.set(id, list);
  }
  assert.equal(byId.size, ANNOTATIONS.length);
  for (const a of ANNOTATIONS) {
    const match = [...byId.values()].find(
      (list) =>
        list[0].layer === a.layer &&
        list[0].type === a.type &&
        list[0].start >= a.start &&
        list[0].start < a.end &&
        Math.min(...list.map((p) => p.start)) === a.start,
    );
    assert.ok(match, `marks for ${a.text}`);
    const covered = match.map((p) => TEXT.slice(p.start, p.end)).join('');
    assert.equal(covered, a.text.replace(/\r?\n/g, ''), `pieces of ${JSON.stringify(a.text)}`);
    assert.equal(Math.max(...match.map((p) => p.end)), a.end);
  }
  const crossing = [...byId.values()].find((l) => l[0].type === 'QUANTITY');
  assert.ok(crossing.length >= 2, 'a span crossing another is split');
  for (const list of byId.values()) {
    const labelled = list.filter((p) => p.label !== undefined);
    if (list[0].layer === 'boilerplate') assert.equal(labelled.length, 0);
    else {
      assert.equal(labelled.length, 1, 'one type label per annotation');
      assert.equal(labelled[0].end, Math.max(...list.map((p) => p.end)), 'on its last piece');
    }
  }
  const money = [...byId.values()].find((l) => l[0].type === 'MONEY');
  assert.match(money[0].title, /Figures · Money: £3,500,000/);
});

test('standalone HTML: hostile text stays text', () => {
  const hostile =
    '</div></mark><script>alert(1)</script><img src=x onerror=alert(1)> <a href="javascript:x">y</a> \' " <style>*{}</style> <!-- c --> ]]>';
  const annotations = [
    {
      layer: 'entity',
      type: 'PER" onmouseover="alert(1)',
      start: 0,
      end: 8,
      text: hostile.slice(0, 8),
      canonical: '"><script>x</script>',
    },
    {
      layer: 'statistic',
      type: 'CARDINAL',
      start: 10,
      end: 40,
      text: hostile.slice(10, 40),
      reason: "' onfocus='x",
    },
  ];
  const html = toStandaloneHtml(hostile, /** @type {Annotation[]} */ (annotations), {
    title: '</title><script>x</script>',
  });
  assert.ok(!/<script|<img|<a |<style>\*|<!--/i.test(html), 'no markup from the text survives');
  const { text, pieces } = readBack(html);
  assert.equal(text, hostile);
  assert.equal(pieces.length, 2);
  assert.equal(pieces[0][2], 'PER" onmouseover="alert(1)', 'the attribute value stays one value');
});

test('standalone HTML: empty text and no annotations', () => {
  const html = toStandaloneHtml('', []);
  assert.equal(readBack(html).text, '');
  assert.equal(readBack(toStandaloneHtml('plain\n\nlines\n', [])).text, 'plain\n\nlines\n');
});

test('escapeHtml escapes the five characters and a carriage return', () => {
  assert.equal(escapeHtml(`&<>"'\r\n`), '&amp;&lt;&gt;&quot;&#39;&#13;\n');
});

test('exportFile: names, types and contents that parse back', async () => {
  const { exportFile, EXPORT_FORMATS } = await import('../exports.js');
  const wa = exportFile('webannotation', TEXT, ANNOTATIONS, {
    baseName: 'Boats / “crisis”: report',
    title: 'Story',
  });
  assert.equal(wa.name, 'Boats-crisis-report.jsonld');
  assert.match(wa.type, /^application\/ld\+json/);
  assert.equal(JSON.parse(wa.content).total, ANNOTATIONS.length);
  assert.equal(JSON.parse(wa.content).label, 'Story');
  const dc = exportFile('displacy', TEXT, ANNOTATIONS, { baseName: '../../etc' });
  assert.equal(dc.name, 'etc.json');
  assert.equal(JSON.parse(dc.content).text, TEXT);
  const html = exportFile('html', TEXT, ANNOTATIONS);
  assert.equal(html.name, 'gloss.html');
  assert.equal(readBack(html.content).text, TEXT);
  assert.deepEqual(Object.keys(EXPORT_FORMATS).sort(), ['displacy', 'html', 'webannotation']);
  assert.throws(() => exportFile(/** @type {any} */ ('pdf'), TEXT, []), TypeError);
});
