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
 * The annotations of one part of a packed result, appended to `out`.
 * @param {PackedPart} part `ints` and `values` of some annotations, in order
 * @param {readonly string[]} strings the result's table of texts
 * @param {readonly object[]} extras the result's `extras`, parsed
 * @param {string} text the annotated text (each annotation's `text` is its slice)
 * @param {Annotation[]} [out]
 * @returns {Annotation[]}
 */
export function unpack(part, strings, extras, text, out = []) {
  const { ints, values } = part;
  const n = values.length;
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
    out.push(a);
  }
  return out;
}

/**
 * The packed result of a text from `others` (every layer but the entity pass) and `entities`
 * (that pass alone), in the core's order (src/pipeline.rs `order`): by start, longer first, then
 * layer. Each is in that order and they share no layer, so the type never decides; UTF-16
 * offsets order as bytes do. Only the order of `strings` may differ from the one call's.
 * @param {import('./pkg/gloss.js').PackedResult} others
 * @param {{ints: Uint32Array, strings: string[]}} entities
 * @returns {import('./pkg/gloss.js').PackedResult}
 */
export function merged(others, entities) {
  const strings = others.strings.slice();
  const index = new Map(strings.map((s, i) => [s, i]));
  const at = (/** @type {number} */ i) => {
    const s = entities.strings[i];
    let k = index.get(s);
    if (k === undefined) {
      k = strings.push(s) - 1;
      index.set(s, k);
    }
    return k;
  };
  const a = others.ints;
  const b = entities.ints;
  const count = others.count + b.length / INTS;
  const ints = new Uint32Array(count * INTS);
  const values = new Float64Array(count);
  let i = 0;
  let j = 0;
  for (let k = 0; k < count * INTS; k += INTS) {
    if (
      j < b.length &&
      (i >= a.length ||
        (b[j] !== a[i] ? b[j] < a[i] : b[j + 1] !== a[i + 1] ? b[j + 1] > a[i + 1] : (a[i + 2] & 3) > 1))
    ) {
      ints.set(b.subarray(j, j + INTS), k);
      ints[k + 3] = at(b[j + 3]);
      ints[k + 5] = at(b[j + 5]);
      j += INTS;
    } else {
      ints.set(a.subarray(i, i + INTS), k);
      values[k / INTS] = others.values[i / INTS];
      i += INTS;
    }
  }
  return { count, ints, values, strings, extras: others.extras };
}
