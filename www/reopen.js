// Reopening Gloss's own exports: a W3C Web Annotation JSON-LD file (with its embedded text) or a
// displaCy JSON file gives back the text, its marks and the reader's notes, and the marks become
// the corrections that turn what the annotator finds into what the file holds. Pure.
//
// A file is untrusted data: its shape, its sizes and every offset are checked (code points, in
// range; a W3C quote must be the text at its position), and a bad file is refused as a whole
// with a reason a reader understands, before anything on the page changes.

import { LAYERS } from './annotation.js';
import {
  addMark,
  CORRECTION_TYPES,
  MAX_CORRECTIONS,
  MAX_NOTE,
  noteMark,
  relabelMark,
  removeMark,
} from './corrections.js';
import { MAX_TEXT } from './limits.js';
import { utf16Index } from './offsets.js';

/** @typedef {import('./types.js').Annotation} Annotation */
/** @typedef {import('./corrections.js').Correction} Correction */

/** The longest file read (characters): a W3C export is about 15 times its text. */
export const MAX_FILE_CHARS = 64_000_000;
/** The most marks a file may hold (a 5 MB text has about 250,000). */
export const MAX_MARKS = 500_000;
/** The longest JSON a classifying body may hold (Gloss's own fields of one mark). */
const MAX_FIELDS_JSON = 4000;
/** Detail fields kept per mark, and the longest string value kept. */
const MAX_DETAIL_FIELDS = 12;
const MAX_DETAIL_STRING = 500;

/** Why a file cannot be reopened, in words for the reader (a full sentence). */
export class ReopenError extends Error {}

/**
 * One mark of a reopened file, in the page's UTF-16 offsets.
 * @typedef {{
 *   layer: 'boilerplate' | 'entity' | 'statistic',
 *   type: string,
 *   start: number,
 *   end: number,
 *   detail: Record<string, string | number | boolean | null>,
 *   note: string | null,
 * }} FileMark
 * @typedef {{
 *   format: 'webannotation' | 'displacy',
 *   text: string,
 *   title: string | null,
 *   marks: FileMark[],
 *   covers: (layer: string, type: string) => boolean,
 *   region: unknown,
 * }} Reopened
 *   `covers`: whether the file would hold the annotator's marks of this layer and type, so that
 *   their absence from it is the reader's doing (a Gloss Web Annotation export says what the
 *   legend hid in `gloss:omitted`; otherwise a file covers the layers it has marks of, and a
 *   displaCy file the names); `region`: the reader's region a Gloss Web Annotation export was
 *   read for (`gloss:region`; '' when a Gloss export has none), undefined when the file does
 *   not say (displaCy, other tools): unchecked, the page checks it against the regions it knows
 */

/**
 * Is this file, by its name or type, one Gloss may have exported (JSON or JSON-LD)?
 * @param {string} name
 * @param {string} type
 */
export function isExportFileName(name, type) {
  return /\.(json|jsonld)$/i.test(name) || /^application\/(ld\+)?json\b/.test(type);
}

/**
 * Reads a W3C Web Annotation or displaCy export back.
 * @param {string} content the file's text
 * @returns {Reopened}
 * @throws {ReopenError} with the reason, when the file is not one Gloss can reopen
 */
export function readExport(content) {
  if (content.length > MAX_FILE_CHARS) {
    throw new ReopenError(`It is over ${MAX_FILE_CHARS / 1_000_000} million characters.`);
  }
  /** @type {unknown} */
  let data;
  try {
    data = JSON.parse(content);
  } catch {
    throw new ReopenError('It is not valid JSON.');
  }
  if (Array.isArray(data)) {
    // displaCy takes a list of documents; Gloss opens one.
    if (data.length !== 1) throw new ReopenError(`It holds ${data.length} documents; Gloss opens one at a time.`);
    data = data[0];
  }
  if (!isRecord(data)) throw new ReopenError('It is neither a Web Annotation export nor a displaCy file.');
  if (data.type === 'AnnotationCollection' || data.type === 'AnnotationPage') return readWebAnnotation(data);
  if (typeof data.text === 'string' && Array.isArray(data.ents)) return readDisplacy(data);
  throw new ReopenError('It is neither a Web Annotation export nor a displaCy file.');
}

/**
 * @param {Record<string, unknown>} data
 * @returns {Reopened}
 */
function readWebAnnotation(data) {
  const page = data.type === 'AnnotationPage' ? data : data.first;
  if (!isRecord(page) || !Array.isArray(page.items)) {
    throw new ReopenError('Its annotations are not in the file (only a link to them).');
  }
  const items = page.items;
  const source = embeddedSource(data, items);
  if (!source) {
    throw new ReopenError(
      'It does not hold the text it annotates (Gloss exports hold it as "gloss:source"); paste the text instead.',
    );
  }
  const text = checkedText(source.value);
  checkCount(items.length);
  /** @type {{layer: string, type: string, start: number, end: number, quote: string | null,
   *   detail: FileMark['detail'], note: string | null}[]} */
  const raw = items.map((item, n) => {
    const where = `Annotation ${n + 1}`;
    if (!isRecord(item)) throw new ReopenError(`${where} is not an object.`);
    const target = Array.isArray(item.target) ? item.target[0] : item.target;
    if (!isRecord(target)) throw new ReopenError(`${where} has no target.`);
    const targetSource = isRecord(target.source) ? target.source.id : target.source;
    if (targetSource !== source.id) throw new ReopenError(`${where} annotates another text (${short(targetSource)}).`);
    const selectors = Array.isArray(target.selector) ? target.selector : [target.selector];
    const position = selectors.find((s) => isRecord(s) && s.type === 'TextPositionSelector');
    const quote = selectors.find((s) => isRecord(s) && s.type === 'TextQuoteSelector');
    if (!isRecord(position)) throw new ReopenError(`${where} has no TextPositionSelector.`);
    const { start, end } = position;
    checkSpan(where, start, end);
    const bodies = Array.isArray(item.body) ? item.body : item.body === undefined ? [] : [item.body];
    let type = '';
    let layer = '';
    /** @type {FileMark['detail']} */
    let detail = {};
    /** @type {string | null} */
    let note = null;
    for (const body of bodies) {
      if (!isRecord(body) || body.type !== 'TextualBody' || typeof body.value !== 'string') continue;
      if (body.purpose === 'tagging' && !type) type = body.value;
      else if (body.purpose === 'commenting' && note === null) {
        if (body.value.length > MAX_NOTE) throw new ReopenError(`${where} has a note over ${MAX_NOTE} characters.`);
        note = body.value.trim() || null;
      } else if (body.purpose === 'classifying' && body.format === 'application/json') {
        const fields = glossFields(body.value, where);
        if (typeof fields.type === 'string') type = fields.type;
        if (typeof fields.layer === 'string') layer = fields.layer;
        detail = scalarDetail(fields);
      }
    }
    return {
      layer,
      type,
      start: Number(start),
      end: Number(end),
      quote: isRecord(quote) && typeof quote.exact === 'string' ? quote.exact : null,
      detail,
      note,
    };
  });
  const marks = placed(text, raw);
  const title = typeof data.label === 'string' && data.label !== 'Gloss annotations' ? data.label.slice(0, 200) : null;
  const declared = data['gloss:omitted'];
  /** @type {Reopened['covers']} */
  let covers = coveredLayers(marks, []);
  if (Array.isArray(declared)) {
    const omitted = new Set(declared.filter((k) => typeof k === 'string'));
    covers = (layer, type) => !omitted.has(layer) && !omitted.has(`${layer}:${type}`);
  }
  // A Gloss export says what it left out; one made without a region reads its figures as written.
  const region = data['gloss:region'] ?? (Array.isArray(declared) ? '' : undefined);
  return { format: 'webannotation', text, title, marks, covers, region };
}

/**
 * The text a W3C file embeds: Gloss's `gloss:source` on the collection, or a target whose
 * source is an embedded TextualBody.
 * @param {Record<string, unknown>} data
 * @param {unknown[]} items
 * @returns {{id: unknown, value: unknown} | null}
 */
function embeddedSource(data, items) {
  const own = data['gloss:source'];
  if (isRecord(own) && typeof own.value === 'string') return { id: own.id, value: own.value };
  for (const item of items.slice(0, 1)) {
    const target = isRecord(item) ? (Array.isArray(item.target) ? item.target[0] : item.target) : null;
    if (isRecord(target) && isRecord(target.source) && typeof target.source.value === 'string') {
      return { id: target.source.id, value: target.source.value };
    }
  }
  return null;
}

/**
 * Throws unless `start`..`end` is a span: whole numbers, 0 <= start < end (the text's length is
 * checked after the offsets are converted).
 * @param {string} where the item, for the message
 * @param {unknown} start
 * @param {unknown} end
 */
function checkSpan(where, start, end) {
  if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end) || Number(start) < 0 || Number(start) >= Number(end)) {
    throw new ReopenError(`${where} has a position that is not a span of the text.`);
  }
}

/**
 * @param {Record<string, unknown>} data
 * @returns {Reopened}
 */
function readDisplacy(data) {
  const text = checkedText(data.text);
  const ents = /** @type {unknown[]} */ (data.ents);
  checkCount(ents.length);
  const raw = ents.map((e, n) => {
    const where = `Entity ${n + 1}`;
    if (!isRecord(e)) throw new ReopenError(`${where} is not an object.`);
    const { start, end, label } = e;
    checkSpan(where, start, end);
    return {
      layer: '',
      type: typeof label === 'string' ? label : '',
      start: Number(start),
      end: Number(end),
      quote: null,
      detail: {},
      note: null,
    };
  });
  const title = typeof data.title === 'string' ? data.title.slice(0, 200) : null;
  const marks = placed(text, raw);
  return { format: 'displacy', text, title, marks, covers: coveredLayers(marks, ['entity']), region: undefined };
}

/**
 * @param {FileMark[]} marks
 * @param {string[]} always layers covered even without marks
 * @returns {Reopened['covers']}
 */
function coveredLayers(marks, always) {
  const layers = new Set(always.concat(marks.map((m) => m.layer)));
  return (layer) => layers.has(layer);
}

/**
 * The marks with checked types and layers, in UTF-16 offsets; a position past the text's end,
 * or a quote that is not the text at its position, refuses the file.
 * @param {string} text
 * @param {{layer: string, type: string, start: number, end: number, quote: string | null,
 *   detail: FileMark['detail'], note: string | null}[]} raw code point offsets
 * @returns {FileMark[]}
 */
function placed(text, raw) {
  const { index, length } = utf16Index(
    text,
    raw.flatMap((m) => [m.start, m.end]),
  );
  return raw.map((m, n) => {
    const start = index.get(m.start);
    const end = index.get(m.end);
    if (start === undefined || end === undefined) {
      throw new ReopenError(`Mark ${n + 1} ends at ${m.end}, past the text's end (${length} characters).`);
    }
    if (m.quote !== null && text.slice(start, end) !== m.quote) {
      throw new ReopenError(
        `Mark ${n + 1} quotes “${short(m.quote)}” but the text there is “${short(text.slice(start, end))}”.`,
      );
    }
    if (!/^[A-Za-z0-9_-]{1,40}$/.test(m.type)) throw new ReopenError(`Mark ${n + 1} has no usable type.`);
    const layer = isLayer(m.layer) ? m.layer : layerOfType(m.type);
    return { layer, type: m.type, start, end, detail: m.detail, note: m.note };
  });
}

/**
 * The layer a type belongs to when the file does not say (displaCy): a figure's OntoNotes label
 * is a figure, Gloss's clutter types are clutter, anything else a name.
 * @param {string} type
 * @returns {FileMark['layer']}
 */
function layerOfType(type) {
  if (/** @type {readonly string[]} */ (CORRECTION_TYPES.statistic).includes(type)) return 'statistic';
  if (/** @type {readonly string[]} */ (CORRECTION_TYPES.boilerplate).includes(type)) return 'boilerplate';
  return 'entity';
}

/** @param {unknown} value */
function checkedText(value) {
  if (typeof value !== 'string') throw new ReopenError('Its text is not a string.');
  if (value.length > MAX_TEXT) {
    throw new ReopenError(`Its text is over the ${MAX_TEXT.toLocaleString('en-GB')} characters Gloss annotates.`);
  }
  return value;
}

/** @param {number} n */
function checkCount(n) {
  if (n > MAX_MARKS)
    throw new ReopenError(
      `It holds ${n.toLocaleString('en-GB')} marks, over the ${MAX_MARKS.toLocaleString('en-GB')} Gloss reopens.`,
    );
}

/**
 * Gloss's own fields of a mark (the classifying body's JSON).
 * @param {string} json
 * @param {string} where
 * @returns {Record<string, unknown>}
 */
function glossFields(json, where) {
  if (json.length > MAX_FIELDS_JSON) throw new ReopenError(`${where} has a classifying body that is too long.`);
  try {
    const fields = JSON.parse(json);
    if (isRecord(fields)) return fields;
  } catch {
    // said below
  }
  throw new ReopenError(`${where} has a classifying body that is not a JSON object.`);
}

/** Fields of a mark that are the mark itself or the page's bookkeeping, never detail. */
const NOT_DETAIL = new Set([
  'layer',
  'type',
  'start',
  'end',
  'text',
  'manual',
  'was',
  'note',
  '__proto__',
  'constructor',
  'prototype',
]);

/**
 * The scalar detail fields of a mark (value, unit, canonical, reason, …); the rest is dropped.
 * @param {Record<string, unknown>} fields
 * @returns {FileMark['detail']}
 */
function scalarDetail(fields) {
  /** @type {FileMark['detail']} */
  const out = {};
  for (const [key, value] of Object.entries(fields)) {
    if (Object.keys(out).length >= MAX_DETAIL_FIELDS) break;
    if (NOT_DETAIL.has(key) || !/^[A-Za-z_][A-Za-z0-9_]{0,39}$/.test(key)) continue;
    const scalar =
      value === null ||
      typeof value === 'boolean' ||
      (typeof value === 'number' && Number.isFinite(value)) ||
      (typeof value === 'string' && value.length <= MAX_DETAIL_STRING);
    if (scalar) out[key] = /** @type {string | number | boolean | null} */ (value);
  }
  return out;
}

/**
 * The corrections that turn the annotator's marks into the file's, for the marks the file
 * could hold: a mark of the file the annotator also made stays as it is; one the annotator made
 * with another type over the same words is relabelled; one it did not make is added (with its
 * detail); a mark of the annotator's that the file lacks is removed, but only when the file
 * covers its layer and type and it is one an export holds (`counted`: not a name or figure on
 * a clutter line): what an export left out (a hidden layer or type) comes back as the
 * annotator made it. Each of the file's notes becomes a note on its mark, after the rest.
 * @param {string} text
 * @param {Annotation[]} machine the annotator's marks of `text` (no corrections)
 * @param {boolean[]} counted per machine mark: whether an export would hold it
 * @param {Pick<Reopened, 'marks' | 'covers'>} file
 * @returns {Correction[]}
 */
export function restoreCorrections(text, machine, counted, { marks, covers }) {
  const spanKey = (/** @type {{start: number, end: number}} */ m) => `${m.start}:${m.end}`;
  const key = (/** @type {{layer: string, type: string, start: number, end: number}} */ m) =>
    `${m.layer}:${m.type}:${spanKey(m)}`;
  /** @type {Map<string, FileMark[]>} */
  const byKey = new Map();
  for (const m of marks) byKey.set(key(m), [...(byKey.get(key(m)) ?? []), m]);

  /** @type {Correction[]} */
  const corrections = [];
  /** @type {Correction[]} notes come last: they name the marks as corrected */
  const notes = [];
  const note = (/** @type {FileMark} */ m, /** @type {Annotation} */ a) => {
    if (m.note) notes.push(noteMark(a, m.note));
  };
  /** @type {number[]} */
  const unmatched = [];
  machine.forEach((a, i) => {
    const m = byKey.get(key(a))?.pop();
    if (m) note(m, a);
    else unmatched.push(i);
  });
  /** @type {Map<string, FileMark[]>} the file's marks left, by span */
  const bySpan = new Map();
  for (const m of [...byKey.values()].flat()) bySpan.set(spanKey(m), [...(bySpan.get(spanKey(m)) ?? []), m]);
  for (const i of unmatched) {
    const a = machine[i];
    // Only a mark the file would have held was changed by the reader: over the same words the
    // file has another label (a relabel, in the same layer if it can) or nothing (a removal).
    if (!covers(a.layer, a.type)) continue;
    const there = bySpan.get(spanKey(a)) ?? [];
    const k = Math.max(
      0,
      there.findIndex((m) => m.layer === a.layer),
    );
    const [m] = there.splice(k, 1);
    if (m) {
      corrections.push(relabelMark(a, m.type, m.layer));
      note(m, { ...a, layer: m.layer, type: m.type });
    } else if (counted[i]) {
      corrections.push(removeMark(a));
    }
  }
  for (const m of [...bySpan.values()].flat()) {
    const added = addMark(text, { start: m.start, end: m.end, layer: m.layer, type: m.type, detail: m.detail });
    corrections.push(added);
    note(m, { layer: m.layer, type: m.type, start: m.start, end: m.end, text: added.text });
  }
  const all = corrections.concat(notes);
  if (all.length > MAX_CORRECTIONS) {
    throw new ReopenError(
      `Its marks and notes differ from Gloss's own in ${all.length.toLocaleString('en-GB')} places, over the ${MAX_CORRECTIONS.toLocaleString('en-GB')} corrections Gloss keeps.`,
    );
  }
  return all;
}

/** @param {unknown} v @returns {v is FileMark['layer']} */
function isLayer(v) {
  return typeof v === 'string' && /** @type {readonly string[]} */ (LAYERS).includes(v);
}

/** @param {unknown} v @returns {v is Record<string, unknown>} */
function isRecord(v) {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A value cut for a message. @param {unknown} v */
function short(v) {
  const s = typeof v === 'string' ? v : String(v);
  return s.length > 40 ? `${s.slice(0, 40)}…` : s;
}
