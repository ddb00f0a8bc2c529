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

/**
 * A table test's case names are unique (a repeated name would hide a case in the report).
 * @param {string} table
 * @param {string[]} names
 */
export function assertUniqueNames(table, names) {
  const seen = new Set();
  const repeated = names.filter((n) => seen.size === seen.add(n).size);
  assert.deepEqual(repeated, [], `${table}: case names repeated`);
}
