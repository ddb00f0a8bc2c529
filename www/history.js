// Undo and redo for the reader's corrections: a bounded list of states and a cursor. States are
// treated as immutable values (push a new array, never change one already pushed).

/**
 * @template T
 */
export class History {
  /**
   * @param {T} initial the state before any change
   * @param {{limit?: number}} [options] `limit`: how many steps back can be undone (default 200)
   */
  constructor(initial, { limit = 200 } = {}) {
    if (!Number.isSafeInteger(limit) || limit < 1) throw new RangeError('limit must be ≥ 1');
    /** @type {T[]} */
    this.states = [initial];
    this.index = 0;
    this.limit = limit;
  }

  /** The state now. */
  get current() {
    return this.states[this.index];
  }

  get canUndo() {
    return this.index > 0;
  }

  get canRedo() {
    return this.index < this.states.length - 1;
  }

  /**
   * Records a new state after the current one; whatever could be redone is dropped, and the
   * oldest states beyond the limit are forgotten.
   * @param {T} state
   * @returns {T}
   */
  push(state) {
    this.states.length = this.index + 1;
    this.states.push(state);
    if (this.states.length > this.limit + 1)
      this.states.splice(0, this.states.length - this.limit - 1);
    this.index = this.states.length - 1;
    return state;
  }

  /**
   * Steps back; returns the state now current, or undefined when there is nothing to undo.
   * @returns {T | undefined}
   */
  undo() {
    if (!this.canUndo) return undefined;
    this.index--;
    return this.current;
  }

  /**
   * Steps forward again; returns the state now current, or undefined when there is nothing to
   * redo.
   * @returns {T | undefined}
   */
  redo() {
    if (!this.canRedo) return undefined;
    this.index++;
    return this.current;
  }

  /**
   * Forgets everything and starts again from `state` (e.g. a new text was pasted or a link
   * opened).
   * @param {T} state
   */
  reset(state) {
    this.states = [state];
    this.index = 0;
  }
}
