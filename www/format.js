// Words for annotations: type names, normalised values, changes, and the rows of a card. Pure.
// The layers' detail fields are rendered generically: known ones nicely, unknown ones as they
// come, missing ones not at all.

import { COMMON_FIELDS, VALUE_FIELDS } from './annotation.js';

/** @typedef {import('./types.js').Annotation} Annotation */

// Lookups keyed by data (type and layer codes come from links too) are Maps: a code such as
// `__proto__`, `constructor` or `toString` is then just a code, never a property of Object.

/** @type {ReadonlyMap<string, string>} */
const LAYER_NAMES = new Map([
  ['boilerplate', 'Clutter'],
  ['entity', 'Names'],
  ['statistic', 'Figures'],
]);

/**
 * A reader's name for a layer: `entity` → `Names`; unknown layers as they come (`__proto__` is
 * `__proto__`).
 * @param {string} layer
 */
export function layerName(layer) {
  return LAYER_NAMES.get(layer) ?? layer;
}

/** @type {ReadonlyMap<string, string>} */
const TYPE_NAMES = new Map(
  Object.entries({
    PER: 'Person',
    ORG: 'Organisation',
    LOC: 'Place',
    NORP: 'Nationality or group',
    MISC: 'Other name',
    CARDINAL: 'Number',
    ORDINAL: 'Rank',
    PERCENT: 'Percentage',
    MONEY: 'Money',
    QUANTITY: 'Quantity',
    DATE: 'Date',
    TIME: 'Time',
    DURATION: 'Duration',
    NAVIGATION: 'Navigation',
    SIGNUP: 'Sign-up prompt',
    COOKIE: 'Cookie notice',
    SHARE: 'Share / follow',
    SOCIAL: 'Share / follow',
    RELATED: 'Related links',
    AD: 'Advertisement',
    ADVERTISEMENT: 'Advertisement',
    ADVERT: 'Advertisement',
    COMMENTS: 'Comments prompt',
    FOOTER: 'Footer',
    LEGAL: 'Legal',
    CAPTION: 'Photo caption',
    CREDIT: 'Photo credit',
    METADATA: 'Metadata',
    TITLE: 'Headline',
    STANDFIRST: 'Standfirst',
    BYLINE: 'Byline',
    DATELINE: 'Dateline',
    REPEATED: 'Repeated line',
    MANUAL: 'Marked by hand',
  }),
);

/**
 * A reader's name for a type code: `PER` → `Person`; other codes in capitals become words
 * (`LIVE_BLOG` → `Live blog`); anything else shows as it comes (`__proto__`, `toString`).
 * @param {string} type
 */
export function typeName(type) {
  const known = TYPE_NAMES.get(type);
  if (known) return known;
  if (!/^[A-Z][A-Z0-9]*([_-]+[A-Z0-9]+)*$/.test(type)) return type;
  const words = type.replace(/[_-]+/g, ' ').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const numberFormat = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 6 });

/**
 * @param {unknown} n
 * @returns {string}
 */
export function formatNumber(n) {
  if (typeof n !== 'number' || !Number.isFinite(n)) return String(n);
  return numberFormat.format(n);
}

/** @type {Map<string, Intl.NumberFormat | null>} currency formats made so far (null: not a currency Intl knows) */
const currencyFormats = new Map();

/**
 * The format of amounts in `currency` (ISO 4217), made once: making one costs more than
 * formatting many numbers, and a long text has thousands of amounts.
 * @param {string} currency
 * @param {boolean} whole no minor units shown (`£3`, not `£3.00`)
 */
function currencyFormat(currency, whole) {
  const key = `${currency} ${whole}`;
  let format = currencyFormats.get(key);
  if (format === undefined) {
    try {
      format = new Intl.NumberFormat('en-GB', {
        style: 'currency',
        currency,
        minimumFractionDigits: whole ? 0 : undefined,
        maximumFractionDigits: 6,
      });
    } catch {
      format = null; // not a currency Intl knows: shown as a number and its code
    }
    currencyFormats.set(key, format);
  }
  return format;
}

/**
 * A number with its unit: `13%`, `3 pp`, `£2.70`, `1,335`, `5 km`.
 * @param {unknown} value
 * @param {unknown} unit
 */
export function withUnit(value, unit) {
  if (typeof value !== 'number') return value === undefined || value === null ? '' : String(value);
  if (unit === '%' || unit === 'percent') return `${formatNumber(value)}%`;
  if (unit === 'pp') return `${formatNumber(value)} percentage points`;
  if (unit === '×' || unit === 'x') return `×${formatNumber(value)}`;
  if (typeof unit === 'string' && /^[A-Z]{3}$/.test(unit)) {
    const format = currencyFormat(unit, Number.isInteger(value));
    if (format) return format.format(value);
  }
  if (typeof unit !== 'string' || !unit) return formatNumber(value);
  // An age's unit is the word "year": "65 years", "1 year".
  const word = TIME_WORDS.has(unit) && value !== 1 ? `${unit}s` : unit;
  return `${formatNumber(value)} ${word}`;
}

/** Units named by a singular English word of time, said in the plural after any other number. */
const TIME_WORDS = new Set(['second', 'minute', 'hour', 'day', 'week', 'month', 'year']);

/**
 * A statistic's normalised value with its unit, range and qualifier:
 * `more than 3,000`, `2–5%`, `2024-02-02`.
 * @param {Annotation} a
 */
export function statisticValue(a) {
  const unit = a.unit;
  let core = '';
  const score = scoreText(a);
  if (score) {
    core = score;
  } else if (typeof a.min === 'number' && typeof a.max === 'number' && a.min !== a.max) {
    // A unit written after the number ("km", "years") is said once: "4 – 6 years".
    const after = typeof unit === 'string' && /^[a-z°µ]/i.test(unit) && !/^[A-Z]{3}$/.test(unit);
    core = after
      ? `${formatNumber(a.min)} – ${withUnit(a.max, unit)}`
      : `${withUnit(a.min, unit)} – ${withUnit(a.max, unit)}`;
  } else if (a.value !== undefined && a.value !== null) {
    core = withUnit(a.value, unit);
  } else if (typeof a.min === 'number') {
    core = `at least ${withUnit(a.min, unit)}`;
  } else if (typeof a.max === 'number') {
    core = `up to ${withUnit(a.max, unit)}`;
  } else {
    const iso = firstString(a, ['iso', 'date', 'resolved', 'normalized', 'normalised']);
    if (iso) core = readableDuration(iso) ?? iso;
  }
  // A price: "$15 per hour", "£5 each".
  if (core && typeof a.per === 'string' && a.per) core += a.per === 'each' ? ' each' : ` per ${a.per}`;
  let qualifier = typeof a.qualifier === 'string' ? a.qualifier.replace(/_/g, ' ') : '';
  if (qualifier === 'between' && core.includes('–')) qualifier = '';
  // "thousands": a bound alone already says "at least 2,000".
  if (qualifier && core.startsWith(`${qualifier} `)) qualifier = '';
  if (!qualifier || !core) return core;
  // A bound written after the figure reads after it: "65 years or more", "£50,000 or less".
  return qualifier.startsWith('or ') ? `${core} ${qualifier}` : `${qualifier} ${core}`;
}

/**
 * A score or vote's two counts as a result reads (`2–1`, `52–48`); '' for any other figure.
 * @param {Annotation} a
 */
export function scoreText(a) {
  const s = a.score;
  if (!Array.isArray(s) || s.length !== 2 || !s.every((n) => typeof n === 'number')) return '';
  return `${formatNumber(s[0])}–${formatNumber(s[1])}`;
}

/** The names of the regular expression's groups below, in order: Y M W D, then T H M S. */
const DURATION_PARTS = /** @type {const} */ ([
  ['year', 'years'],
  ['month', 'months'],
  ['week', 'weeks'],
  ['day', 'days'],
  ['hour', 'hours'],
  ['minute', 'minutes'],
  ['second', 'seconds'],
]);

const ISO_DURATION =
  /^P(?:([\d.]+)Y)?(?:([\d.]+)M)?(?:([\d.]+)W)?(?:([\d.]+)D)?(?:T(?:([\d.]+)H)?(?:([\d.]+)M)?(?:([\d.]+)S)?)?$/;

/**
 * An ISO 8601 duration in words: `P18W` → `18 weeks`, `P1Y6M` → `1 year 6 months`,
 * `PT1H30M` → `1 hour 30 minutes`; `null` for anything else (dates, intervals).
 * @param {string} iso
 * @returns {string | null}
 */
export function readableDuration(iso) {
  const m = ISO_DURATION.exec(iso);
  if (!m || iso === 'P' || iso.endsWith('T')) return null;
  const words = [];
  for (const [i, [one, many]] of DURATION_PARTS.entries()) {
    const amount = m[i + 1];
    if (amount === undefined) continue;
    const n = Number(amount);
    if (!Number.isFinite(n)) return null;
    words.push(`${formatNumber(n)} ${n === 1 ? one : many}`);
  }
  return words.length > 0 ? words.join(' ') : null;
}

/**
 * @param {Record<string, unknown>} object
 * @param {string[]} keys
 */
function firstString(object, keys) {
  for (const k of keys) {
    const v = object[k];
    if (typeof v === 'string' && v) return v;
  }
  return '';
}

/**
 * A change as a reader says it: `▲13% vs the same month last year`, `▼90%`, `▲ ×2.1`.
 * @param {unknown} change
 * @returns {string}
 */
export function describeChange(change) {
  if (!change || typeof change !== 'object') return '';
  const c = /** @type {Record<string, unknown>} */ (change);
  const direction = String(c.direction ?? '').toLowerCase();
  const arrow =
    direction === 'up' || direction === 'increase' || direction === 'rise'
      ? '▲'
      : direction === 'down' || direction === 'decrease' || direction === 'fall'
        ? '▼'
        : direction === 'same' || direction === 'flat'
          ? '='
          : '';
  let amount = '';
  const magnitude = c.magnitude;
  if (typeof magnitude === 'number') {
    // `by`: "relative" (per cent of the old value), "points", "factor" or "absolute".
    const how = String(c.by ?? c.kind ?? c.unit ?? '').toLowerCase();
    if (how.includes('point') || how === 'pp') amount = `${formatNumber(magnitude)} pp`;
    else if (how.includes('factor') || how.includes('times') || how === 'ratio') {
      amount = `×${formatNumber(magnitude)}`;
    } else if (how.includes('abs')) amount = formatNumber(magnitude);
    else amount = `${formatNumber(magnitude)}%`;
  } else if (typeof magnitude === 'string') {
    amount = magnitude;
  } else if (typeof c.factor === 'number') {
    amount = `×${formatNumber(c.factor)}`;
  }
  const baseline = baselineText(c.baseline);
  const parts = [arrow + amount];
  if (baseline) parts.push(`vs ${baseline}`);
  return parts.join(' ').trim();
}

/**
 * @param {unknown} baseline a phrase, or an object with `text` (and maybe a span)
 * @returns {string}
 */
function baselineText(baseline) {
  if (typeof baseline === 'string') return baseline;
  if (baseline && typeof baseline === 'object') {
    const b = /** @type {Record<string, unknown>} */ (baseline);
    if (typeof b.text === 'string') return b.text;
    if (typeof b.phrase === 'string') return b.phrase;
    if (typeof b.value === 'number') return withUnit(b.value, b.unit);
  }
  return '';
}

/** Fields every annotation has, or that a card shows in its own way. */
const SHOWN_ELSEWHERE = new Set([
  ...COMMON_FIELDS,
  'note',
  ...VALUE_FIELDS,
  'reason',
  'entity',
  'canonical',
  'aliases',
  'hint',
  'iso',
  'resolved',
  'measure',
  'si_value',
  'si_unit',
  'score',
  'per',
]);

/**
 * The rows of the card for one annotation: [label, text] pairs, most important first.
 * @param {Annotation} a
 * @param {Annotation[]} mentions every annotation of the same entity (entities only)
 * @returns {[string, string][]}
 */
export function cardRows(a, mentions = []) {
  /** @type {[string, string][]} */
  const rows = [];
  if (typeof a.note === 'string' && a.note) rows.push(['Note', a.note]);
  if (a.layer === 'statistic') {
    const value = statisticValue(a);
    if (value) rows.push(['Value', value]);
    if (scoreText(a)) rows.push(['Reads as', 'a score or vote: two counts, one result']);
    if (typeof a.measure === 'string') rows.push(['Measures', a.measure]);
    if (typeof a.si_value === 'number' && typeof a.si_unit === 'string' && a.si_unit !== a.unit) {
      rows.push(['In SI', `${formatNumber(a.si_value)} ${a.si_unit}`]);
    }
    if (typeof a.iso === 'string' && !rows.some(([, v]) => v.includes(String(a.iso)))) rows.push(['ISO', a.iso]);
    if (a.resolved === false) rows.push(['Date', 'relative, not resolved (no dateline in the text)']);
    const change = describeChange(a.change);
    if (change) rows.push(['Change', change]);
  } else if (a.layer === 'entity') {
    if (typeof a.canonical === 'string') rows.push(['Name', a.canonical]);
    const forms = new Set();
    for (const m of mentions) forms.add(m.text);
    if (Array.isArray(a.aliases)) for (const s of a.aliases) forms.add(String(s));
    forms.delete(a.canonical);
    if (forms.size) rows.push(['Also', [...forms].join(' · ')]);
    if (mentions.length > 1) rows.push(['Mentions', String(mentions.length)]);
  } else if (a.layer === 'boilerplate') {
    if (typeof a.reason === 'string' && a.reason) rows.push(['Why', a.reason]);
  }
  if (typeof a.hint === 'string' && a.hint) rows.push(['Check', a.hint]);
  else if (a.hint && typeof a.hint === 'object') rows.push(['Check', plain(a.hint)]);
  for (const [key, value] of Object.entries(a)) {
    if (SHOWN_ELSEWHERE.has(key) || value === null || value === undefined || value === '') continue;
    rows.push([labelOf(key), plain(value)]);
  }
  return rows;
}

/**
 * `baseline_span` → `Baseline span`.
 * @param {string} key
 */
function labelOf(key) {
  const words = key
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * Any JSON value as short readable text.
 * @param {unknown} value
 * @returns {string}
 */
export function plain(value) {
  if (typeof value === 'number') return formatNumber(value);
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (Array.isArray(value)) return value.map(plain).join(', ');
  if (value && typeof value === 'object') {
    const o = /** @type {Record<string, unknown>} */ (value);
    if (typeof o.text === 'string' && Object.keys(o).every((k) => ['text', 'start', 'end'].includes(k))) {
      return o.text;
    }
    if (typeof o.message === 'string') return o.message;
    return Object.entries(o)
      .filter(([, v]) => v !== null && v !== undefined)
      .map(([k, v]) => `${labelOf(k).toLowerCase()} ${plain(v)}`)
      .join('; ');
  }
  return '';
}

/**
 * The hint of a statistic as a sentence, if it has one.
 * @param {Annotation} a
 */
export function hintText(a) {
  if (typeof a.hint === 'string') return a.hint;
  if (a.hint && typeof a.hint === 'object') return plain(a.hint);
  return '';
}
