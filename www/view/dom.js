// The two DOM helpers every view module uses: look an element up once, make one with text.
// Text enters the DOM only through textContent / createTextNode, never as markup.

/**
 * @template {Element} [T=HTMLElement]
 * @param {string} selector
 * @returns {T}
 */
export function $(selector) {
  const found = document.querySelector(selector);
  if (!found) throw new Error(`missing element ${selector}`);
  return /** @type {T} */ (/** @type {unknown} */ (found));
}

/**
 * @param {string} tag
 * @param {Record<string, string>} [attributes]
 * @param {string} [text]
 * @returns {HTMLElement}
 */
export function el(tag, attributes = {}, text) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attributes)) node.setAttribute(k, v);
  if (text !== undefined) node.textContent = text;
  return node;
}

/**
 * Places a floating toolbar or card under a box (page coordinates).
 * @param {HTMLElement} floating
 * @param {DOMRect} box
 */
export function placeBelow(floating, box) {
  // Kept inside the screen: a toolbar under a mark near the right edge (a phone) moves left.
  const room = window.scrollX + document.documentElement.clientWidth - floating.offsetWidth - 8;
  floating.style.left = `${Math.max(8, Math.min(box.left + window.scrollX, room))}px`;
  floating.style.top = `${box.bottom + window.scrollY + 6}px`;
}

/**
 * Is the key event's target a place where keys type text (so single-key shortcuts stay off)?
 * @param {Event} event
 * @param {string} [also] more selectors that count
 */
export function inTextField(event, also = '') {
  const target = /** @type {HTMLElement} */ (event.target);
  return Boolean(target.closest?.(`textarea, input, select, [contenteditable]${also}`));
}
