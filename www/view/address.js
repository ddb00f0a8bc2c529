// The address bar: the fragment a share link keeps the view in.

/** The fragment without `#`. */
export function readFragment() {
  const raw = location.hash.replace(/^#/, '');
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw; // a malformed %-escape: let the link decoder reject it
  }
}

/** @param {string} fragment without `#`; empty removes it */
export function writeFragment(fragment) {
  const url = location.pathname + location.search + (fragment ? `#${fragment}` : '');
  history.replaceState(null, '', url);
}

/** @returns {string} the page's address, with the fragment */
export function currentUrl() {
  return location.href;
}

/** @param {() => void} handler */
export function bindHashChange(handler) {
  window.addEventListener('hashchange', handler);
}

/** The page's folder, for the bookmarklet. */
export function appUrl() {
  return new URL('./', location.href).href;
}
