// Unpacks the WASM's packed result (`annotatePacked`, laid out in src/wasm/packed.rs) into the
// page's annotation objects: the same objects, fields and field order as the JSON shape of the
// CLI and of the binding's `annotate` (www/types.js `Annotation`), built on the page from typed
// arrays that the worker hands over without copying an object per annotation.

/** @typedef {import('./types.js').Annotation} Annotation */
/** @typedef {import('./types.js').PackedPart} PackedPart */

/** A layer's number in the packed result, as its name. */
const LAYERS = /** @type {const} */ (['boilerplate', 'entity', 'statistic']);

/** Numbers of `ints` per annotation. */
export const INTS = 6;

/** A statistic's flags (`ints[k*6 + 2] >>> 2`). */
const HAS_VALUE = 1;
const HAS_UNIT = 2;
const HAS_EXTRA = 4;
const HAS_VALUE_TEXT = 8;

/**
 * The annotations of one part of a packed result.
 * @param {PackedPart} part `ints` and `values` of some annotations, in order
 * @param {readonly string[]} strings the result's table of texts
 * @param {readonly object[]} extras the result's `extras`, parsed
 * @param {string} text the annotated text (each annotation's `text` is its slice)
 * @returns {Annotation[]}
 */
export function unpack(part, strings, extras, text) {
  const { ints, values } = part;
  const n = values.length;
  /** @type {Annotation[]} */
  const out = new Array(n);
  for (let k = 0; k < n; k++) {
    const i = k * INTS;
    const start = ints[i];
    const end = ints[i + 1];
    const code = ints[i + 2];
    const layer = code & 3;
    const flags = code >>> 2;
    /** @type {Annotation} */
    const a = { layer: LAYERS[layer], type: strings[ints[i + 3]], start, end, text: text.slice(start, end) };
    if (layer === 0) {
      a.reason = strings[ints[i + 4]];
    } else if (layer === 1) {
      a.entity = ints[i + 4];
      a.canonical = strings[ints[i + 5]];
    } else {
      if (flags & HAS_VALUE) a.value = values[k];
      if (flags & HAS_UNIT) a.unit = strings[ints[i + 4]];
      if (flags & HAS_EXTRA) Object.assign(a, extras[ints[i + 5]]);
      if (flags & HAS_VALUE_TEXT) a.value_text = a.text;
    }
    out[k] = a;
  }
  return out;
}
