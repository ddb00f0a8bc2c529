// Ways a text or a command enters the page besides the editor: the example button, a dropped
// file, the share and export buttons, the bookmarklet link.

import { $ } from './dom.js';
import { htmlText } from './html-text.js';

/** @param {() => void} handler */
export function bindExample(handler) {
  $('#try-example').addEventListener('click', handler);
}

/**
 * @typedef {{
 *   text: (file: {text: string, html: string | null, name: string}) => void,
 *   exported: (file: {content: string, name: string}) => void,
 *   refuse: (problem: string) => void,
 * }} FileHandlers
 *   `text`: a .txt or .html file; `exported`: a .json or .jsonld file (an export to reopen, read
 *   as a string only); `refuse`: any other file, or one too big to read
 */

/**
 * A file dropped anywhere on the page or chosen with "Open a file". An HTML file is parsed in a
 * detached, inert document (DOMParser: no script runs, nothing loads) only to read its text.
 * @param {FileHandlers} handlers
 * @param {{maxBytes: number, isExport: (name: string, type: string) => boolean}} rules
 */
export function bindFiles(handlers, { maxBytes, isExport }) {
  /** @param {File} file */
  const read = async (file) => {
    const exported = isExport(file.name, file.type);
    const isHtml = /\.html?$/i.test(file.name) || file.type === 'text/html';
    const isText = /\.(txt|text|md)$/i.test(file.name) || file.type.startsWith('text/');
    if (!exported && !isHtml && !isText) {
      handlers.refuse(`${file.name} is not a .txt, .html, .json or .jsonld file. Your text is unchanged.`);
      return;
    }
    if (file.size > maxBytes) {
      handlers.refuse(`${file.name} is over ${Math.round(maxBytes / 1_000_000)} MB. Your text is unchanged.`);
      return;
    }
    const content = await file.text();
    if (exported) handlers.exported({ content, name: file.name });
    else if (isHtml) handlers.text({ text: htmlText(content), html: content, name: file.name });
    else handlers.text({ text: content, html: null, name: file.name });
  };
  /** @param {File} file */
  const readOrSay = (file) =>
    read(file).catch(() => handlers.refuse(`${file.name} could not be read. Your text is unchanged.`));
  document.addEventListener('dragover', (event) => {
    if (event.dataTransfer?.types.includes('Files')) event.preventDefault();
  });
  document.addEventListener('drop', (event) => {
    const file = event.dataTransfer?.files?.[0];
    if (!file) return;
    event.preventDefault();
    readOrSay(file);
  });
  /** @type {HTMLInputElement} */
  const picker = $('#open-file-input');
  $('#open-file').addEventListener('click', () => picker.click());
  picker.addEventListener('change', () => {
    const file = picker.files?.[0];
    picker.value = ''; // the same file chosen again is read again
    if (file) readOrSay(file);
  });
}

/** @param {() => void} handler */
export function bindShare(handler) {
  $('#share').addEventListener('click', handler);
}

/** @param {() => void} handler */
export function bindShareProtected(handler) {
  $('#share-protected').addEventListener('click', handler);
}

/** @param {(format: string) => void} handler */
export function bindExports(handler) {
  // The skip link: straight to the first export button (no change of the address's fragment).
  $('#skip-exports').addEventListener('click', (event) => {
    event.preventDefault();
    /** @type {HTMLElement} */ ($('#exports button')).focus();
  });
  $('#exports').addEventListener('click', (event) => {
    const button = /** @type {HTMLElement} */ (event.target).closest('button[data-export]');
    if (button instanceof HTMLElement && button.dataset.export) handler(button.dataset.export);
  });
}

/** @param {(all: boolean) => void} handler the reader asks for everything, or for what is shown */
export function bindExportAll(handler) {
  const box = /** @type {HTMLInputElement} */ ($('#export-all'));
  box.addEventListener('change', () => handler(box.checked));
}

/**
 * Says what the exports leave out: what the legend hides (nothing said when it hides nothing).
 * @param {string[]} hidden the hidden layers and types, in the reader's words
 * @param {boolean} all the exports hold everything anyway
 */
export function setExportScope(hidden, all) {
  const scope = $('#export-scope');
  /** @type {HTMLInputElement} */ ($('#export-all')).checked = all;
  scope.hidden = hidden.length === 0;
  const text =
    hidden.length === 0
      ? ''
      : `The legend hides ${hidden.join(', ')}: ${all ? 'the exports hold them anyway.' : 'the exports leave them out.'}`;
  const said = $('#export-scope-text');
  if (said.textContent !== text) said.textContent = text; // said again only when it changes (aria-live)
}

/** @param {string} href a javascript: URL for the bookmarklet link */
export function setBookmarklet(href) {
  $('#bookmarklet').setAttribute('href', href);
}

/** @param {() => void} handler */
export function bindForget(handler) {
  $('#forget').addEventListener('click', handler);
}

/**
 * Leaving the page (closing the tab, reloading, following a link away): the browser asks the
 * reader first when `shouldWarn()` says work would be lost.
 * @param {() => boolean} shouldWarn
 */
export function bindLeave(shouldWarn) {
  window.addEventListener('beforeunload', (event) => {
    if (!shouldWarn()) return;
    event.preventDefault();
    event.returnValue = ''; // older browsers ask only when this is set
  });
}
