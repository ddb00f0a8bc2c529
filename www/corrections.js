// The reader's corrections to the machine's annotations, kept as a list of records rather than
// as edited annotations, so that they can travel in a share link and be applied again after the
// text is re-annotated (the annotator is deterministic: the same text gives the same spans).
// Pure functions: no DOM, no state.
//
// A record names the annotation it changes by layer + type + start + end, and carries the text
// it covered: after an edit moved that text, the record no longer applies and is reported as
// stale instead of marking the wrong words.

import { COMMON_FIELDS, LAYERS } from './annotation.js';

/** @typedef {import('./types.js').Annotation} Annotation */

/**
 * @typedef {{
 *   op: 'add',
 *   layer: 'boilerplate' | 'entity' | 'statistic',
 *   type: string,
 *   start: number,
 *   end: number,
 *   text: string,
 *   detail?: Record<string, string | number | boolean | null>,
 * }} AddCorrection
 *   A new mark by hand; `detail` holds the fields the reader gave (e.g. `value`, `unit`,
 *   `canonical`, `reason`).
 * @typedef {{
 *   op: 'remove',
 *   layer: 'boilerplate' | 'entity' | 'statistic',
 *   type: string,
 *   start: number,
 *   end: number,
 *   text: string,
 * }} RemoveCorrection
 * @typedef {{
 *   op: 'relabel',
 *   layer: 'boilerplate' | 'entity' | 'statistic',
 *   type: string,
 *   start: number,
 *   end: number,
 *   text: string,
 *   toLayer: 'boilerplate' | 'entity' | 'statistic',
 *   toType: string,
 * }} RelabelCorrection
 * @typedef {{
 *   op: 'note',
 *   layer: 'boilerplate' | 'entity' | 'statistic',
 *   type: string,
 *   start: number,
 *   end: number,
 *   text: string,
 *   note: string,
 * }} NoteCorrection
 *   A reader's note on a mark (a fact-checker's "source: ONS table 3"); an empty note takes the
 *   mark's note away. The mark stays the annotator's: a note is not a change of the mark.
 * @typedef {AddCorrection | RemoveCorrection | RelabelCorrection | NoteCorrection} Correction
 */

export const CORRECTION_LAYERS = LAYERS;

/** The types a reader can choose from, per layer (the annotators' own codes). */
export const CORRECTION_TYPES = {
  entity: ['PER', 'ORG', 'LOC', 'NORP', 'MISC'],
  statistic: ['CARDINAL', 'ORDINAL', 'PERCENT', 'MONEY', 'QUANTITY', 'DATE', 'TIME', 'DURATION'],
  boilerplate: ['MANUAL'],
};

const HAND_REASON = 'Marked as clutter by hand.';

/** Limits on what a share link may carry, so a crafted one stays cheap to apply. */
export const MAX_CORRECTIONS = 10_000;
/**
 * The longest note on a mark (characters): a short remark, so that notes keep links short (a
 * link holds at most MAX_CORRECTIONS records in all).
 */
export const MAX_NOTE = 280;
const MAX_TYPE_LENGTH = 40;
const MAX_DETAIL_FIELDS = 12;

/**
 * A correction that adds a mark over `start..end`.
 * @param {string} text
 * @param {{start: number, end: number, layer: Correction['layer'], type: string,
 *   detail?: AddCorrection['detail']}} mark
 * @returns {AddCorrection}
 */
export function addMark(text, { start, end, layer, type, detail }) {
  /** @type {AddCorrection} */
  const record = { op: 'add', layer, type, start, end, text: text.slice(start, end) };
  if (detail && Object.keys(detail).length) record.detail = { ...detail };
  return record;
}

/**
 * A correction that removes `a`.
 * @param {Annotation} a
 * @returns {RemoveCorrection}
 */
export function removeMark(a) {
  return { op: 'remove', layer: a.layer, type: a.type, start: a.start, end: a.end, text: a.text };
}

/**
 * A correction that gives `a` another type (and maybe another layer).
 * @param {Annotation} a
 * @param {string} toType
 * @param {Correction['layer']} [toLayer] default: the same layer
 * @returns {RelabelCorrection}
 */
export function relabelMark(a, toType, toLayer = a.layer) {
  return {
    op: 'relabel',
    layer: a.layer,
    type: a.type,
    start: a.start,
    end: a.end,
    text: a.text,
    toLayer,
    toType,
  };
}

/**
 * A correction that puts `note` on `a` (trimmed, cut to MAX_NOTE; empty: takes its note away).
 * @param {Annotation} a
 * @param {string} note
 * @returns {NoteCorrection}
 */
export function noteMark(a, note) {
  return {
    op: 'note',
    layer: a.layer,
    type: a.type,
    start: a.start,
    end: a.end,
    text: a.text,
    note: note.trim().slice(0, MAX_NOTE),
  };
}

/**
 * Applies the corrections, in order, to the annotations of `text`. An added mark is
 * `manual: true` (an entity's `canonical` defaults to its text; clutter gets a `reason`); a
 * relabelled one is `manual: true` and keeps `was: 'layer:TYPE'`, and keeps its detail while its
 * layer stays the same (its note always). A note sets the mark's `note` (an empty one removes it). A later record may change a mark an earlier one added. Records whose
 * span does not hold their text any more, or whose annotation is not there, are returned as
 * stale and change nothing.
 * @param {string} text
 * @param {Annotation[]} annotations as annotated (not changed)
 * @param {Correction[]} corrections
 * @returns {{annotations: Annotation[], stale: Correction[]}} annotations in the input's order,
 *   added ones at the end
 */
export function applyCorrections(text, annotations, corrections) {
  /** @type {(Annotation | null)[]} */
  const list = annotations.slice();
  // Index only the annotations a record may name: by start offset (cheap on 100,000 marks).
  const wanted = new Set(corrections.filter((c) => c.op !== 'add').map((c) => c.start));
  /** @type {Map<number, number[]>} start → indices in `list` */
  const byStart = new Map();
  const remember = (/** @type {number} */ i) => {
    const start = /** @type {Annotation} */ (list[i]).start;
    if (!wanted.has(start)) return;
    const at = byStart.get(start);
    if (at) at.push(i);
    else byStart.set(start, [i]);
  };
  for (let i = 0; i < list.length; i++) remember(i);
  /** @type {Correction[]} */
  const stale = [];

  for (const c of corrections) {
    if (c.start < 0 || c.end > text.length || c.start >= c.end || text.slice(c.start, c.end) !== c.text) {
      stale.push(c);
      continue;
    }
    if (c.op === 'add') {
      list.push(addedAnnotation(c));
      remember(list.length - 1);
      continue;
    }
    const i = (byStart.get(c.start) ?? []).find((k) => {
      const a = list[k];
      return a !== null && a.layer === c.layer && a.type === c.type && a.end === c.end;
    });
    if (i === undefined) {
      stale.push(c);
      continue;
    }
    if (c.op === 'remove') {
      list[i] = null;
    } else if (c.op === 'note') {
      const { note: _old, ...before } = /** @type {Annotation} */ (list[i]);
      list[i] = c.note ? { ...before, note: c.note } : before;
    } else {
      const before = /** @type {Annotation} */ (list[i]);
      const sameLayer = c.toLayer === before.layer;
      /** @type {Annotation} */
      const after = sameLayer
        ? { ...before, type: c.toType }
        : {
            layer: c.toLayer,
            type: c.toType,
            start: before.start,
            end: before.end,
            text: before.text,
          };
      if (!sameLayer) {
        Object.assign(after, defaultDetail(after.layer, after.text));
        if (typeof before.note === 'string') after.note = before.note;
      }
      after.manual = true;
      after.was = typeof before.was === 'string' ? before.was : `${before.layer}:${before.type}`;
      list[i] = after;
    }
  }
  return { annotations: /** @type {Annotation[]} */ (list.filter((a) => a !== null)), stale };
}

/**
 * @param {AddCorrection} c
 * @returns {Annotation}
 */
function addedAnnotation(c) {
  return {
    layer: c.layer,
    type: c.type,
    start: c.start,
    end: c.end,
    text: c.text,
    ...defaultDetail(c.layer, c.text),
    ...(c.detail ?? {}),
    manual: true,
  };
}

/**
 * What a mark by hand says when the reader gave nothing more.
 * @param {string} layer
 * @param {string} text
 * @returns {Record<string, string>}
 */
function defaultDetail(layer, text) {
  if (layer === 'entity') return { canonical: text.trim() };
  if (layer === 'boilerplate') return { reason: HAND_REASON };
  return {};
}

/**
 * The corrections in a compact JSON form for a share link: one array per record,
 * `[op, layer, type, start, end, text, extra?]` with op `a`/`r`/`l`/`n`; `extra` is an add's
 * detail, a relabel's `[toLayer, toType]` or a note's text.
 * @param {Correction[]} corrections
 * @returns {unknown[]}
 */
export function packCorrections(corrections) {
  return corrections.map((c) => {
    const op = c.op === 'add' ? 'a' : c.op === 'remove' ? 'r' : c.op === 'relabel' ? 'l' : 'n';
    /** @type {unknown[]} */
    const head = [op, c.layer, c.type, c.start, c.end, c.text];
    if (c.op === 'add' && c.detail) head.push(c.detail);
    if (c.op === 'relabel') head.push([c.toLayer, c.toType]);
    if (c.op === 'note') head.push(c.note);
    return head;
  });
}

/**
 * Reads corrections back from a share link, checking every field (a link is data from
 * anywhere). Offsets are not checked against the text here: applyCorrections does that.
 * @param {unknown} packed
 * @returns {Correction[]}
 * @throws {TypeError} when anything is malformed
 */
export function unpackCorrections(packed) {
  const bad = () => new TypeError('The corrections in this link are malformed.');
  if (!Array.isArray(packed) || packed.length > MAX_CORRECTIONS) throw bad();
  return packed.map((entry) => {
    if (!Array.isArray(entry) || entry.length < 6 || entry.length > 7) throw bad();
    const [op, layer, type, start, end, text, extra] = entry;
    const ok =
      (op === 'a' || op === 'r' || op === 'l' || op === 'n') &&
      isLayer(layer) &&
      isType(type) &&
      Number.isSafeInteger(start) &&
      Number.isSafeInteger(end) &&
      start >= 0 &&
      start < end &&
      typeof text === 'string' &&
      text.length === end - start;
    if (!ok) throw bad();
    const base = { layer, type, start, end, text };
    if (op === 'r') {
      if (entry.length !== 6) throw bad();
      return /** @type {RemoveCorrection} */ ({ op: 'remove', ...base });
    }
    if (op === 'n') {
      if (typeof extra !== 'string' || extra.length > MAX_NOTE) throw bad();
      return /** @type {NoteCorrection} */ ({ op: 'note', ...base, note: extra });
    }
    if (op === 'l') {
      if (!Array.isArray(extra) || extra.length !== 2 || !isLayer(extra[0]) || !isType(extra[1])) {
        throw bad();
      }
      return /** @type {RelabelCorrection} */ ({
        op: 'relabel',
        ...base,
        toLayer: extra[0],
        toType: extra[1],
      });
    }
    /** @type {AddCorrection} */
    const add = /** @type {AddCorrection} */ ({ op: 'add', ...base });
    if (entry.length === 7) add.detail = checkDetail(extra, bad);
    return add;
  });
}

/** @param {unknown} v @returns {v is Correction['layer']} */
function isLayer(v) {
  return typeof v === 'string' && /** @type {readonly string[]} */ (CORRECTION_LAYERS).includes(v);
}

/** @param {unknown} v @returns {v is string} */
function isType(v) {
  return typeof v === 'string' && v.length > 0 && v.length <= MAX_TYPE_LENGTH && /^[A-Za-z0-9_-]+$/.test(v);
}

/** Fields an added mark may not set through its detail (they are the mark itself). */
const RESERVED = new Set([...COMMON_FIELDS, '__proto__', 'constructor', 'prototype']);

/**
 * @param {unknown} v
 * @param {() => Error} bad
 * @returns {Record<string, string | number | boolean | null>}
 */
function checkDetail(v, bad) {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) throw bad();
  const entries = Object.entries(v);
  if (entries.length > MAX_DETAIL_FIELDS) throw bad();
  /** @type {Record<string, string | number | boolean | null>} */
  const out = {}; // safe: RESERVED refuses `__proto__`
  for (const [key, value] of entries) {
    const scalar =
      value === null ||
      typeof value === 'boolean' ||
      (typeof value === 'number' && Number.isFinite(value)) ||
      (typeof value === 'string' && value.length <= 500);
    if (RESERVED.has(key) || !/^[A-Za-z_][A-Za-z0-9_]{0,39}$/.test(key) || !scalar) throw bad();
    out[key] = value;
  }
  return out;
}
