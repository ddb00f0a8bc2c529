// The view's data, derived from the text and the annotations: lines, boilerplate flips, what
// is visible, the clean text. Pure functions: no DOM, no state.

import { LAYERS, byReadingOrder } from './annotation.js';
import { finish } from './steps.js';

/** @typedef {import('./types.js').Annotation} Annotation */
/** @typedef {import('./types.js').Line} Line */

/** Boilerplate types that are page furniture the clean copy keeps on top. */
export const KEPT_TYPES = new Set(['TITLE']);

/** The reason given to a line a reader marked as boilerplate. */
export const MANUAL_TYPE = 'MANUAL';
const MANUAL_REASON = 'Marked as boilerplate by hand.';

/**
 * Splits `text` into lines at `\n`; a `\r` before it is not part of the line.
 * @param {string} text
 * @returns {Line[]}
 */
export function splitLines(text) {
  /** @type {Line[]} */
  const lines = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const stop = nl === -1 ? text.length : nl;
    const end = stop > start && text.charCodeAt(stop - 1) === 13 ? stop - 1 : stop;
    lines.push({ index: lines.length, start, end });
    if (nl === -1) break;
    start = nl + 1;
  }
  return lines;
}

/**
 * The first and last non-space positions of `line` (end exclusive), or null for a blank line.
 * @param {string} text
 * @param {Line} line
 * @returns {[number, number] | null}
 */
export function trimmedExtent(text, line) {
  let s = line.start;
  let e = line.end;
  while (s < e && /\s/.test(text[s])) s++;
  while (e > s && /\s/.test(text[e - 1])) e--;
  return s < e ? [s, e] : null;
}

/**
 * Cuts each annotation at line breaks, so that every piece lies within one line. The pieces keep
 * all fields of their annotation (text re-sliced).
 * @param {string} text
 * @param {Line[]} lines
 * @param {Annotation[]} annotations
 * @returns {Annotation[]}
 */
export function cutAtLines(text, lines, annotations) {
  /** @type {Annotation[]} */
  const out = [];
  for (const a of annotations) {
    let i = lineAt(lines, a.start);
    for (; i < lines.length && lines[i].start < a.end; i++) {
      const start = Math.max(a.start, lines[i].start);
      const end = Math.min(a.end, lines[i].end);
      if (start < end) out.push({ ...a, start, end, text: text.slice(start, end) });
    }
  }
  return out;
}

/**
 * The index of the line holding `offset` (binary search).
 * @param {Line[]} lines
 * @param {number} offset
 */
export function lineAt(lines, offset) {
  let lo = 0;
  let hi = lines.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lines[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * For each line: the boilerplate annotation covering most of it, when boilerplate covers at least
 * half of its non-space characters (the evaluation's rule), else null.
 * @param {string} text
 * @param {Line[]} lines
 * @param {Annotation[]} boilerplate pieces already cut at lines
 * @returns {(Annotation | null)[]}
 */
export function clutterByLine(text, lines, boilerplate) {
  /** @type {Map<number, Annotation[]>} only the lines that have boilerplate (a few of 100,000) */
  const byLine = new Map();
  for (const a of boilerplate) {
    const i = lineAt(lines, a.start);
    const list = byLine.get(i);
    if (list) list.push(a);
    else byLine.set(i, [a]);
  }
  /** @type {(Annotation | null)[]} */
  const out = new Array(lines.length).fill(null);
  for (const [i, pieces] of byLine) {
    const line = lines[i];
    const covered = new Uint8Array(line.end - line.start);
    let best = pieces[0];
    let bestLength = 0;
    for (const a of pieces) {
      covered.fill(1, a.start - line.start, a.end - line.start);
      if (a.end - a.start > bestLength) {
        best = a;
        bestLength = a.end - a.start;
      }
    }
    let solid = 0;
    let hit = 0;
    for (let k = line.start; k < line.end; k++) {
      const c = text.charCodeAt(k);
      if (c === 32 || (c > 8 && c < 14) || (c > 127 && /\s/.test(text[k]))) continue;
      solid++;
      hit += covered[k - line.start];
    }
    out[i] = solid > 0 && hit * 2 >= solid ? best : null;
  }
  return out;
}

/**
 * Applies the reader's flips to the boilerplate layer: a flipped boilerplate line becomes
 * article (its boilerplate pieces are dropped); a flipped article line becomes boilerplate (a
 * `MANUAL` annotation over its non-space extent). Other layers are untouched.
 * @param {string} text
 * @param {Line[]} lines
 * @param {Annotation[]} annotations all layers, as annotated
 * @param {Set<number>} flips line indices
 * @returns {{annotations: Annotation[], clutter: (Annotation | null)[]}} the annotations with
 *   boilerplate cut at lines and flipped, and each line's boilerplate (null = article)
 */
export function applyFlips(text, lines, annotations, flips) {
  return finish(applyFlipsSteps(text, lines, annotations, flips));
}

/**
 * applyFlips in steps: each `yield` is a point where the page may let other work in (a 5 MB
 * text has ~250,000 annotations; see draw.js).
 * @param {string} text
 * @param {Line[]} lines
 * @param {Annotation[]} annotations
 * @param {Set<number>} flips
 * @returns {Generator<void, {annotations: Annotation[], clutter: (Annotation | null)[]}>}
 */
export function* applyFlipsSteps(text, lines, annotations, flips) {
  /** @type {Annotation[]} */
  const others = [];
  /** @type {Annotation[]} */
  const found = [];
  for (const a of annotations) (a.layer === 'boilerplate' ? found : others).push(a);
  yield;
  const boilerplate = cutAtLines(text, lines, found);
  const before = clutterByLine(text, lines, boilerplate);
  yield;
  if (flips.size === 0) {
    // Nothing flipped (the usual case): the boilerplate as annotated, its lines as found.
    return { annotations: mergeSorted(others, boilerplate), clutter: before };
  }
  const kept = boilerplate.filter((a) => !flips.has(lineAt(lines, a.start)));
  for (const index of flips) {
    const line = lines[index];
    if (!line || before[index]) continue;
    const extent = trimmedExtent(text, line);
    if (!extent) continue;
    kept.push({
      layer: 'boilerplate',
      type: MANUAL_TYPE,
      start: extent[0],
      end: extent[1],
      text: text.slice(extent[0], extent[1]),
      reason: MANUAL_REASON,
      manual: true,
    });
  }
  return { annotations: mergeSorted(others, kept), clutter: clutterByLine(text, lines, kept) };
}

/**
 * `a.concat(b).sort(byReadingOrder)`, in linear time when both are in order already (the
 * annotator's output is): a 5 MB text has ~250,000 annotations.
 * @param {Annotation[]} a
 * @param {Annotation[]} b
 * @returns {Annotation[]}
 */
export function mergeSorted(a, b) {
  const sorted = (/** @type {Annotation[]} */ list) => {
    for (let i = 1; i < list.length; i++) if (byReadingOrder(list[i - 1], list[i]) > 0) return false;
    return true;
  };
  if (!sorted(a) || !sorted(b)) return a.concat(b).sort(byReadingOrder);
  /** @type {Annotation[]} */
  const out = new Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  // Ties go to `a` first, as the stable sort of a.concat(b) would have them.
  while (i < a.length && j < b.length) out[k++] = byReadingOrder(b[j], a[i]) < 0 ? b[j++] : a[i++];
  while (i < a.length) out[k++] = a[i++];
  while (j < b.length) out[k++] = b[j++];
  return out;
}

/**
 * Is `a` on a clutter line (one that is not kept with the article, as a headline is)?
 * @param {Line[]} lines
 * @param {(Annotation | null)[]} clutter each line's boilerplate, as from applyFlips
 * @param {Annotation} a
 */
export function inClutter(lines, clutter, a) {
  const c = clutter[lineAt(lines, a.start)];
  return c !== null && c !== undefined && !KEPT_TYPES.has(c.type);
}

/**
 * The boilerplate spans the core's clean text needs: each clutter line whole, with its type.
 * @param {Line[]} lines
 * @param {(Annotation | null)[]} clutter each line's boilerplate, as from applyFlips
 * @returns {{start: number, end: number, type: string}[]}
 */
export function cleanSpans(lines, clutter) {
  const spans = [];
  for (const line of lines) {
    const c = clutter[line.index];
    if (c) spans.push({ start: line.start, end: line.end, type: c.type });
  }
  return spans;
}

/** The legend's order of types; others follow alphabetically. */
const TYPE_ORDER = [
  'PER',
  'ORG',
  'LOC',
  'NORP',
  'MISC',
  'CARDINAL',
  'ORDINAL',
  'PERCENT',
  'MONEY',
  'QUANTITY',
  'DATE',
  'TIME',
  'DURATION',
  'TITLE',
  'STANDFIRST',
  'BYLINE',
  'DATELINE',
  'CAPTION',
];

/**
 * Counts per layer and per `layer:type`, for the legend.
 * @param {Annotation[]} annotations
 * @param {boolean[]} [counted] which annotations count (default: all)
 * @returns {Map<string, Map<string, number>>} layer → type → count (types in TYPE_ORDER)
 */
export function countTypes(annotations, counted) {
  /** @type {Map<string, Map<string, number>>} */
  const counts = new Map(LAYERS.map((l) => [l, new Map()]));
  for (let i = 0; i < annotations.length; i++) {
    if (counted && !counted[i]) continue;
    const a = annotations[i];
    if (!counts.has(a.layer)) counts.set(a.layer, new Map());
    const types = /** @type {Map<string, number>} */ (counts.get(a.layer));
    types.set(a.type, (types.get(a.type) ?? 0) + 1);
  }
  const rank = (/** @type {string} */ t) => {
    const i = TYPE_ORDER.indexOf(t);
    return i === -1 ? TYPE_ORDER.length : i;
  };
  for (const [layer, types] of counts) {
    const sorted = [...types].sort(([a], [b]) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
    counts.set(layer, new Map(sorted));
  }
  return counts;
}
