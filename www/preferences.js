// The reader's preferences kept in this browser (localStorage), apart from the work itself:
// today the theme. A browser that refuses storage gets the default, and nothing breaks.

const THEME_KEY = 'gloss.theme';

/** @returns {Storage | null} */
function storage() {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null; // storage refused (e.g. blocked cookies)
  }
}

/**
 * The theme kept in this browser, if any.
 * @param {Storage | null} [store]
 * @returns {string | null}
 */
export function keptTheme(store = storage()) {
  try {
    return store?.getItem(THEME_KEY) ?? null;
  } catch {
    return null;
  }
}

/**
 * Keeps the theme ('auto' forgets it: the page follows the system again).
 * @param {string} theme
 * @param {Storage | null} [store]
 */
export function keepTheme(theme, store = storage()) {
  try {
    if (theme === 'auto') store?.removeItem(THEME_KEY);
    else store?.setItem(THEME_KEY, theme);
  } catch {
    // full or refused: the choice lasts until the page closes
  }
}
