// The document's elements made by cloning an empty one made once: a 10,000-word article's first
// draw makes a few hundred lines and marks, and a clone is cheaper than making and setting each.

import { el } from './dom.js';

/** @type {HTMLElement | null} an empty mark, made on first use */
let emptyMark = null;

/**
 * An empty mark to clone: what every mark has (the document is one tab stop, the view; marks
 * take the focus by j/k and arrows).
 */
export function markTemplate() {
  emptyMark ??= el('mark', { class: 'mark', tabindex: '-1' });
  return emptyMark;
}

/** @type {HTMLElement | null} an empty line, made on first use */
let emptyLine = null;

/**
 * A line's elements, empty: the line, its flip button in the gutter and its text, cloned from
 * one made once (cloning is cheaper than making and setting each of a few hundred lines).
 */
export function lineElements() {
  if (!emptyLine) {
    emptyLine = el('div', { class: 'line' });
    // tabindex -1: one tab stop for the document; f flips the focused mark's line.
    emptyLine.append(
      el('button', { class: 'flip', type: 'button', tabindex: '-1' }),
      el('span', { class: 'line-text' }),
    );
  }
  const div = /** @type {HTMLElement} */ (emptyLine.cloneNode(true));
  const [flip, content] = /** @type {HTMLElement[]} */ ([...div.children]);
  return { div, flip, content };
}
