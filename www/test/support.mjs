// What the pure tests share: made-up annotations over a text.

import assert from 'node:assert/strict';

/** @typedef {import('../types.js').Annotation} Annotation */

/**
 * An annotation over the first occurrence of `needle` (after `from`): a PER entity unless
 * `fields` say otherwise.
 * @param {string} text @param {string} needle @param {Partial<Annotation>} fields
 * @returns {Annotation}
 */
export function span(text, needle, fields, from = 0) {
  const start = text.indexOf(needle, from);
  assert.ok(start >= 0, `fixture: ${needle}`);
  return /** @type {Annotation} */ ({
    layer: 'entity',
    type: 'PER',
    ...fields,
    start,
    end: start + needle.length,
    text: needle,
  });
}
