// The reader's preferences kept in this browser (localStorage), apart from the work itself:
// the theme and the region. A browser that refuses storage gets the defaults, and nothing breaks.

const THEME_KEY = 'gloss.theme';
const REGION_KEY = 'gloss.region';

/** @returns {Storage | null} */
function storage() {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null; // storage refused (e.g. blocked cookies)
  }
}

/**
 * @param {string} key
 * @param {Storage | null} store
 * @returns {string | null}
 */
function kept(key, store) {
  try {
    return store?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

/**
 * Keeps `value` under `key`; `forget` (the default choice) removes it.
 * @param {string} key
 * @param {string} value
 * @param {boolean} forget
 * @param {Storage | null} store
 */
function keep(key, value, forget, store) {
  try {
    if (forget) store?.removeItem(key);
    else store?.setItem(key, value);
  } catch {
    // full or refused: the choice lasts until the page closes
  }
}

/**
 * The theme kept in this browser, if any.
 * @param {Storage | null} [store]
 * @returns {string | null}
 */
export function keptTheme(store = storage()) {
  return kept(THEME_KEY, store);
}

/**
 * Keeps the theme ('auto' forgets it: the page follows the system again).
 * @param {string} theme
 * @param {Storage | null} [store]
 */
export function keepTheme(theme, store = storage()) {
  keep(THEME_KEY, theme, theme === 'auto', store);
}

/**
 * The region kept in this browser ("AU"), if any: checked against the known regions by the caller.
 * @param {Storage | null} [store]
 * @returns {string | null}
 */
export function keptRegion(store = storage()) {
  return kept(REGION_KEY, store);
}

/**
 * Keeps the region ('' forgets it: figures are read as written).
 * @param {string} region
 * @param {Storage | null} [store]
 */
export function keepRegion(region, store = storage()) {
  keep(REGION_KEY, region, region === '', store);
}
