// The page's one place where offsets change unit. The WASM hands the page UTF-16 offsets (the
// core converts them from UTF-8 bytes in src/offsets.rs + src/output.rs); the exports count
// Unicode code points, as Python, displaCy and the Web Annotation model do, and the CLI's JSON
// does. www/test/fixtures/offsets.json pins this module to the core's own conversion. Pure.

/**
 * Maps UTF-16 offsets to code point offsets for many offsets at once, in one pass over the text.
 * An offset between the two halves of a surrogate pair maps to the pair's code point index + 1.
 * @param {string} text
 * @param {number[]} offsets UTF-16 offsets, any order, each in 0..text.length
 * @returns {Map<number, number>} UTF-16 offset → code point offset
 */
export function codePointIndex(text, offsets) {
  const sorted = Float64Array.from(offsets).sort();
  // code point offset = UTF-16 offset − the low halves of surrogate pairs before it
  /** @type {number[]} */
  const lows = [];
  const pairs = /[\uD800-\uDBFF][\uDC00-\uDFFF]/g;
  for (let m = pairs.exec(text); m; m = pairs.exec(text)) lows.push(m.index + 1);
  /** @type {Map<number, number>} */
  const map = new Map();
  let k = 0;
  for (const target of sorted) {
    while (k < lows.length && lows[k] < target) k++;
    map.set(target, target - k);
  }
  return map;
}

/** @param {number} c */
function isHighSurrogate(c) {
  return c >= 0xd800 && c <= 0xdbff;
}

/** @param {number} c */
function isLowSurrogate(c) {
  return c >= 0xdc00 && c <= 0xdfff;
}

/**
 * Is `s[i - 1]` the low half of a pair that starts at `s[i - 2]`?
 * @param {string} s
 * @param {number} i
 */
function pairEndsAt(s, i) {
  return i >= 2 && isLowSurrogate(s.charCodeAt(i - 1)) && isHighSurrogate(s.charCodeAt(i - 2));
}

/**
 * `text` cut to at most `n` code points, from its end (`fromEnd`) or its start. A lone
 * surrogate counts as one code point (as Array.from counts it).
 * @param {string} text
 * @param {number} n
 * @param {boolean} fromEnd
 */
export function codePointSlice(text, n, fromEnd) {
  let count = 0;
  if (fromEnd) {
    let i = text.length;
    for (; i > 0 && count < n; count++) i -= pairEndsAt(text, i) ? 2 : 1;
    return text.slice(i);
  }
  let i = 0;
  for (; i < text.length && count < n; count++) i += pairEndsAt(text, i + 2) ? 2 : 1;
  return text.slice(0, i);
}

/**
 * Maps code point offsets back to UTF-16 offsets (the inverse of codePointIndex), for many
 * offsets at once, in one pass: what a reopened export's offsets become in the page. A lone
 * surrogate counts as one code point, as in codePointIndex. Offsets past the text's end are
 * left out of the map (the caller refuses them), and so are negative or fractional ones.
 * @param {string} text
 * @param {number[]} offsets code point offsets, any order
 * @returns {{index: Map<number, number>, length: number}} code point offset → UTF-16 offset,
 *   and the text's length in code points
 */
export function utf16Index(text, offsets) {
  const sorted = Float64Array.from(offsets).sort();
  /** @type {Map<number, number>} */
  const index = new Map();
  let k = 0;
  let point = 0;
  let i = 0;
  for (;;) {
    for (; k < sorted.length && sorted[k] <= point; k++) if (sorted[k] === point) index.set(point, i);
    if (i >= text.length) break;
    i += pairEndsAt(text, i + 2) ? 2 : 1;
    point++;
  }
  return { index, length: point };
}
