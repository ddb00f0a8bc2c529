// The page's owner of what an annotation is across the WASM boundary: its layers, the fields
// every annotation has, and the order annotations come in. Pure.
//
// The order is also written in Rust (src/pipeline.rs `sort`); www/test/fixtures/order.json pins
// the two together (checked by www/test/annotation.test.mjs and tests/boundary_fixtures.rs).

/** @typedef {import('./types.js').Annotation} Annotation */

/** The layers, in the order of the legend and of the digit shortcuts. */
export const LAYERS = /** @type {const} */ (['boilerplate', 'entity', 'statistic']);

/**
 * Fields every annotation has (the span, its type, and whether a reader made it); the rest is
 * the layer's detail. Exports, the card and corrections all read this list.
 */
export const COMMON_FIELDS = /** @type {const} */ (['layer', 'type', 'start', 'end', 'text', 'manual']);

/** The statistic layer's fields for a figure's value (the card, the CSV and exports read them). */
export const VALUE_FIELDS = /** @type {const} */ (['value', 'unit', 'min', 'max', 'qualifier', 'change']);

/** Layer rank for nesting when two annotations cover the same span: boilerplate outermost. */
const LAYER_RANK = new Map(LAYERS.map((layer, rank) => [layer, rank]));

/**
 * Start ascending, longer first, then by layer and type: the order in which spans nest.
 * @param {Annotation} a
 * @param {Annotation} b
 */
export function byReadingOrder(a, b) {
  return (
    a.start - b.start ||
    b.end - a.end ||
    (LAYER_RANK.get(a.layer) ?? 9) - (LAYER_RANK.get(b.layer) ?? 9) ||
    (a.type < b.type ? -1 : a.type > b.type ? 1 : 0)
  );
}

/**
 * `layer:type`, the key of a type in the legend and in share links.
 * @param {Annotation} a
 */
export function typeKey(a) {
  return `${a.layer}:${a.type}`;
}
