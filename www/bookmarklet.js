// "Annotate this page": a bookmarklet that takes the page's selection (or else its main text:
// the longest <article>, else <main>, else the whole body) and
// opens Gloss with it in a new tab, through a share link's fragment, so that nothing is sent
// to any server.
//
// A bookmarklet cannot import modules, so `collectAndOpen` below is self-contained: it repeats,
// in a few lines, what share.js encodeView does for a view that is only a text (format v1:
// `v1.` + base64url(deflate-raw(JSON) ‖ CRC-32 of the JSON, big-endian)). The tests check that
// share.js decodeView opens what it makes. Its source becomes the bookmarklet through
// Function.prototype.toString, so keep it free of comments and of references to anything
// outside it but `window` and `document`.

/** The longest link browsers open reliably (Chromium's limit is 2 MB). */
export const MAX_BOOKMARKLET_URL = 2_000_000;

/**
 * Runs on the page the reader is looking at.
 * @param {string} appUrl Gloss's address (any fragment is dropped)
 * @param {number} maxUrl
 */
async function collectAndOpen(appUrl, maxUrl) {
  const selected = String(window.getSelection ? window.getSelection() : '').trim();
  const textOf = (/** @type {HTMLElement | null} */ el) =>
    el ? String(el.innerText || el.textContent || '').trim() : '';
  const longest = (/** @type {string} */ selector) =>
    Array.from(document.querySelectorAll(selector)).reduce((best, /** @type {any} */ el) => {
      const t = textOf(el);
      return t.length > best.length ? t : best;
    }, '');
  const text = selected || longest('article') || longest('main, [role="main"]') || textOf(document.body);
  if (!text) {
    window.alert('Gloss: there is no text to annotate on this page.');
    return;
  }
  if (typeof window.CompressionStream !== 'function') {
    window.alert('Gloss: this browser cannot compress the text into a link (CompressionStream is missing).');
    return;
  }
  const tab = window.open('', '_blank');
  const json = new window.TextEncoder().encode(JSON.stringify({ t: text }));
  const stream = new window.Blob([json]).stream().pipeThrough(new window.CompressionStream('deflate-raw'));
  const deflated = new Uint8Array(await new window.Response(stream).arrayBuffer());
  let crc = -1;
  for (let i = 0; i < json.length; i++) {
    let c = (crc ^ json[i]) & 255;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    crc = c ^ (crc >>> 8);
  }
  const bytes = new Uint8Array(deflated.length + 4);
  bytes.set(deflated);
  new DataView(bytes.buffer).setUint32(deflated.length, (crc ^ -1) >>> 0);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode.apply(null, Array.from(bytes.subarray(i, i + 0x8000)));
  }
  const payload = window.btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  const url = `${appUrl.split('#')[0]}#v1.${payload}`;
  if (url.length > maxUrl) {
    if (tab) tab.close();
    window.alert('Gloss: this page is too long for a link. Select the part to annotate and try again.');
    return;
  }
  if (tab) {
    tab.opener = null;
    tab.location.replace(url);
  } else {
    window.location.href = url;
  }
}

/**
 * The bookmarklet's source: a statement that runs `collectAndOpen(appUrl)`.
 * @param {string} appUrl
 * @param {number} [maxUrl]
 */
export function bookmarkletSource(appUrl, maxUrl = MAX_BOOKMARKLET_URL) {
  // Type comments and indentation only cost length once percent-encoded; line breaks stay
  // (semicolon insertion). No string in collectAndOpen holds `/*`.
  const body = collectAndOpen
    .toString()
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\n\s*/g, '\n');
  return `void (${body})(${JSON.stringify(appUrl)}, ${maxUrl});`;
}

/**
 * A `javascript:` URL for a link the reader drags to the bookmarks bar. The page that offers
 * it must not run it (Gloss's CSP blocks `javascript:` URLs on its own page).
 * @param {string} appUrl Gloss's address, e.g. `location.origin + location.pathname`
 * @returns {string}
 */
export function bookmarkletHref(appUrl) {
  const url = new URL(appUrl);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new TypeError('Gloss must be served over http(s) for a bookmarklet to open it.');
  }
  url.hash = '';
  return `javascript:${encodeURIComponent(bookmarkletSource(url.href))}`;
}
