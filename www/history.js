// Undo and redo for the reader's corrections: a bounded list of states and a cursor, as a value.
// Pure: every function returns a new history and never changes the one it is given.

/**
 * @template T
 * @typedef {{states: readonly T[], index: number, limit: number}} History
 */

/**
 * A history holding only `initial`.
 * @template T
 * @param {T} initial the state before any change
 * @param {{limit?: number}} [options] `limit`: how many steps back can be undone (default 200)
 * @returns {History<T>}
 */
export function startHistory(initial, { limit = 200 } = {}) {
  if (!Number.isSafeInteger(limit) || limit < 1) throw new RangeError('limit must be ≥ 1');
  return { states: [initial], index: 0, limit };
}

/**
 * The state now.
 * @template T
 * @param {History<T>} h
 * @returns {T}
 */
export function current(h) {
  return h.states[h.index];
}

/** @param {History<unknown>} h */
export function canUndo(h) {
  return h.index > 0;
}

/** @param {History<unknown>} h */
export function canRedo(h) {
  return h.index < h.states.length - 1;
}

/**
 * Records a new state after the current one; whatever could be redone is dropped, and the
 * oldest states beyond the limit are forgotten.
 * @template T
 * @param {History<T>} h
 * @param {T} state
 * @returns {History<T>}
 */
export function push(h, state) {
  const states = h.states.slice(0, h.index + 1).concat([state]);
  const kept = states.length > h.limit + 1 ? states.slice(states.length - h.limit - 1) : states;
  return { states: kept, index: kept.length - 1, limit: h.limit };
}

/**
 * One step back (the same history when there is nothing to undo).
 * @template T
 * @param {History<T>} h
 * @returns {History<T>}
 */
export function undo(h) {
  return canUndo(h) ? { ...h, index: h.index - 1 } : h;
}

/**
 * One step forward again (the same history when there is nothing to redo).
 * @template T
 * @param {History<T>} h
 * @returns {History<T>}
 */
export function redo(h) {
  return canRedo(h) ? { ...h, index: h.index + 1 } : h;
}
