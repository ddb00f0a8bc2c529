// The theme switch: auto (the system's colour scheme), light or dark. The choice is set as
// data-theme on the root element, which the style sheet's light-dark() colours follow.

import { $ } from './dom.js';

export const THEMES = /** @type {const} */ (['auto', 'light', 'dark']);
/** @typedef {typeof THEMES[number]} Theme */

/**
 * @param {unknown} value
 * @returns {value is Theme}
 */
export function isTheme(value) {
  return typeof value === 'string' && /** @type {readonly string[]} */ (THEMES).includes(value);
}

/** @param {Theme} theme */
export function setTheme(theme) {
  const root = document.documentElement;
  if (theme === 'auto') delete root.dataset.theme;
  else root.dataset.theme = theme;
  /** @type {HTMLSelectElement} */ ($('#theme')).value = theme;
}

/** @param {(theme: Theme) => void} handler the reader picked a theme */
export function bindTheme(handler) {
  const select = /** @type {HTMLSelectElement} */ ($('#theme'));
  select.addEventListener('change', () => {
    if (isTheme(select.value)) handler(select.value);
  });
}
