// The reader's region, without a browser: the Region control's choices and labels, the
// browser's region, a link's or kept work's region checked, the region in share links (format
// v2; v1 links still open with none), in the state and in the kept preferences.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { deflateRawSync } from 'node:zlib';

import {
  browserRegion,
  browserRegionNames,
  checkedRegion,
  localeTag,
  regionChoices,
  regionEffect,
  regionName,
  regionOfTag,
} from '../regions.js';
import { crc32, decodeView, encodeView, ShareLinkError, toBase64Url } from '../share.js';
import { initialState, sharedView, update } from '../state.js';
import { keepRegion, keptRegion } from '../preferences.js';
import { decodeProtected, encodeProtected } from '../passphrase.js';
import { exportFile, toWebAnnotation } from '../exports.js';
import { readExport } from '../reopen.js';
import { assertUniqueNames } from './support.mjs';

/** @typedef {import('../pkg/gloss.js').KnownRegion} KnownRegion */

/** A few regions as the WASM's `knownRegions` gives them (made up from regions.txt's facts). */
/** @type {KnownRegion[]} */
const KNOWN = [
  { region: 'AU', currency: 'AUD', symbolDollar: 'AUD', dollar: 'AUD', dayFirst: true },
  { region: 'GB', currency: 'GBP', symbolDollar: 'USD', dollar: 'USD', dayFirst: true },
  { region: 'US', currency: 'USD', symbolDollar: 'USD', dollar: 'USD', dayFirst: false },
  { region: 'CA', currency: 'CAD', symbolDollar: 'CAD', dollar: 'CAD', dayFirst: false },
  { region: 'MX', currency: 'MXN', symbolDollar: 'MXN', dollar: 'USD', dayFirst: true },
];
const NAMES = browserRegionNames();

test('regions: each choice says what it changes', () => {
  const cases = /** @type {const} */ ([
    ['dollar_and_day_first', 'AU', 'Australia ($ is AUD, day/month dates)'],
    ['grand_only', 'GB', 'United Kingdom (grand is GBP, day/month dates)'],
    ['dates_only', 'US', 'United States (month/day dates)'],
    ['dollar_and_month_first', 'CA', 'Canada ($ is CAD, month/day dates)'],
    ['symbol_not_named_dollar', 'MX', 'Mexico ($ is MXN, day/month dates)'],
  ]);
  assertUniqueNames(
    'region labels',
    cases.map((c) => c[0]),
  );
  const { all } = regionChoices(KNOWN, [], NAMES);
  for (const [name, region, label] of cases) {
    assert.equal(all.find((c) => c.value === region)?.label, label, name);
  }
  assert.deepEqual(
    all.map((c) => c.value),
    ['AU', 'CA', 'MX', 'GB', 'US'],
    'by name',
  );
});

test('regions: the browser’s region comes first when Gloss knows it, and only then', () => {
  const cases = /** @type {const} */ ([
    ['known', ['en-AU'], 'AU'],
    ['underscore_and_case', ['en_gb'], 'GB'],
    ['script_before_region', ['zh-Hant-CA'], 'CA'],
    ['first_with_a_known_region', ['en', 'fr-ZZ', 'es-MX', 'en-AU'], 'MX'],
    ['no_region', ['en'], null],
    ['unknown_region', ['en-ZZ'], null],
    ['none', [], null],
  ]);
  assertUniqueNames(
    'browser regions',
    cases.map((c) => c[0]),
  );
  for (const [name, languages, region] of cases) {
    assert.equal(browserRegion(languages, KNOWN), region, name);
    const { suggested, all } = regionChoices(KNOWN, languages, NAMES);
    assert.equal(suggested?.value ?? null, region, name);
    assert.equal(all.length, KNOWN.length - (region ? 1 : 0), `${name}: offered once`);
    assert.ok(!all.some((c) => c.value === region), `${name}: not twice`);
  }
});

test('regions: tags read as the core reads them; the core is given an English tag', () => {
  assert.equal(regionOfTag('en-AU'), 'AU');
  assert.equal(regionOfTag('sr-Latn-RS'), 'RS');
  assert.equal(regionOfTag('es-419'), null, 'a numeric area is no region Gloss knows');
  assert.equal(regionOfTag('AU'), null, 'a region alone has no language');
  assert.equal(regionOfTag(''), null);
  assert.equal(localeTag('AU'), 'en-AU');
  assert.equal(localeTag(''), undefined);
  assert.equal(regionName('AU', null), 'AU', 'no names in this browser: the code');
  assert.equal(
    regionName('AU', {
      of() {
        throw new RangeError('x');
      },
    }),
    'AU',
  );
  assert.equal(regionEffect(KNOWN[2]), 'month/day dates');
});

test('regions: a region from a link or kept work is kept only when Gloss knows it', () => {
  assert.deepEqual(checkedRegion('AU', KNOWN), { region: 'AU', problem: null });
  assert.deepEqual(checkedRegion(undefined, KNOWN), { region: '', problem: null });
  assert.deepEqual(checkedRegion('', KNOWN), { region: '', problem: null });
  for (const bad of ['ZZ', 'au', '<img src=x onerror=alert(1)>', 'A'.repeat(5000)]) {
    const { region, problem } = checkedRegion(bad, KNOWN);
    assert.equal(region, '', bad.slice(0, 20));
    assert.match(String(problem), /region Gloss does not know .* read as written/);
    assert.ok(String(problem).length < 200, 'a long code is cut short');
  }
});

/** @type {import('../types.js').SharedView} */
const VIEW = {
  text: 'Fares rose to $4.50 on 3/4/2024.',
  hiddenLayers: [],
  hiddenTypes: [],
  flips: [],
  hideClutter: false,
  boilerplate: null,
  corrections: [],
};

test('share: a view with a region is a v2 link that gives it back; without one it stays v1', async () => {
  const withRegion = await encodeView({ ...VIEW, region: 'AU' });
  assert.match(withRegion, /^v2\.[A-Za-z0-9_-]+$/);
  assert.equal((await decodeView(withRegion)).region, 'AU');
  const without = await encodeView({ ...VIEW, region: '' });
  assert.match(without, /^v1\./);
  assert.equal(without, await encodeView(VIEW), 'no region: the link of before');
  assert.equal((await decodeView(without)).region, undefined);
});

test('share: a passphrase link carries the region too (it wraps the v2 link whole)', async () => {
  const fragment = await encodeProtected({ ...VIEW, region: 'GB' }, 'a long passphrase');
  assert.equal((await decodeProtected(fragment, 'a long passphrase')).region, 'GB');
});

/**
 * A link of `version` holding `json` with a correct checksum.
 * @param {string} json
 * @param {string} version
 */
function link(json, version) {
  const bytes = new TextEncoder().encode(json);
  const deflated = deflateRawSync(bytes);
  const out = new Uint8Array(deflated.length + 4);
  out.set(deflated);
  new DataView(out.buffer).setUint32(deflated.length, crc32(bytes));
  return `${version}.${toBase64Url(out)}`;
}

test('share: a region is read from v2 links only, and must be a string', async () => {
  // A v1 link never held a region: one there is not Gloss's, and the view opens with none.
  assert.equal((await decodeView(link('{"t": "a", "r": "AU"}', 'v1'))).region, undefined);
  // An unknown region is data (the page says it does not know it); a non-string is a bad link.
  assert.equal((await decodeView(link('{"t": "a", "r": "ZZ"}', 'v2'))).region, 'ZZ');
  for (const r of ['1', '["AU"]', '{"x": 1}', 'null']) {
    await assert.rejects(decodeView(link(`{"t": "a", "r": ${r}}`, 'v2')), ShareLinkError, r);
  }
  await assert.rejects(decodeView(link('{"t": "a"}', 'v3')), /newer version/);
});

test('exports: a Web Annotation export says its region, and reopening it gives the region back', () => {
  const text = VIEW.text;
  const money = {
    layer: /** @type {const} */ ('statistic'),
    type: 'MONEY',
    start: 14,
    end: 19,
    text: '$4.50',
    value: 4.5,
    unit: 'AUD',
  };
  const withRegion = toWebAnnotation(text, [money], { region: 'AU' });
  assert.equal(withRegion['gloss:region'], 'AU');
  assert.equal(readExport(JSON.stringify(withRegion)).region, 'AU');
  const without = toWebAnnotation(text, [money]);
  assert.ok(!('gloss:region' in without), 'no region: the export of before');
  assert.equal(readExport(JSON.stringify(without)).region, '', 'a Gloss export without one: as written');
  // A file that does not say (another tool's, displaCy) leaves the reader's region as it is.
  const { 'gloss:omitted': _omitted, ...foreign } = without;
  assert.equal(readExport(JSON.stringify(foreign)).region, undefined);
  const displacy = exportFile('displacy', text, [money]).content;
  assert.equal(readExport(displacy).region, undefined);
  assert.match(exportFile('webannotation', text, [money], { region: 'GB' }).content, /"gloss:region": "GB"/);
});

test('state: the view holds the region its figures were read with', () => {
  let state = update(initialState(), { type: 'edit', text: VIEW.text });
  state = update(state, { type: 'annotated', text: VIEW.text, region: '', annotations: [] });
  state = update(state, { type: 'region', region: 'AU' });
  assert.equal(state.region, 'AU');
  assert.equal(sharedView(state, []).region, '', 'not read for AU yet: a link holds what was read');
  state = update(state, { type: 'annotated', text: VIEW.text, region: 'AU', annotations: [] });
  assert.equal(sharedView(state, []).region, 'AU');
  const opened = update(state, { type: 'openShared', shared: { ...VIEW } });
  assert.equal(opened.region, '', 'a link without a region opens with none');
  assert.equal(update(state, { type: 'openShared', shared: { ...VIEW, region: 'GB' } }).region, 'GB');
});

test('preferences: the region is kept, and "As written" forgets it', () => {
  /** @type {Map<string, string>} */
  const map = new Map();
  const store = /** @type {Storage} */ (
    /** @type {unknown} */ ({
      getItem: (/** @type {string} */ k) => map.get(k) ?? null,
      setItem: (/** @type {string} */ k, /** @type {string} */ v) => map.set(k, v),
      removeItem: (/** @type {string} */ k) => map.delete(k),
    })
  );
  assert.equal(keptRegion(store), null);
  keepRegion('AU', store);
  assert.equal(keptRegion(store), 'AU');
  keepRegion('', store);
  assert.equal(keptRegion(store), null);
  assert.equal(map.size, 0);
  const refusing = /** @type {Storage} */ (
    /** @type {unknown} */ ({
      getItem() {
        throw new Error('refused');
      },
      setItem() {
        throw new Error('full');
      },
    })
  );
  keepRegion('AU', refusing);
  assert.equal(keptRegion(refusing), null);
});
