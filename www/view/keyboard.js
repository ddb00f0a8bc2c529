// Keys outside the editor: undo/redo of corrections, j/k between marks, digits for layers,
// n/p/Esc through the selected entity's mentions, ? for the list of shortcuts.

import { $, inTextField } from './dom.js';

/** @param {() => void} undo @param {() => void} redo */
export function bindUndo(undo, redo) {
  document.addEventListener('keydown', (event) => {
    if (!(event.ctrlKey || event.metaKey) || event.key.toLowerCase() !== 'z') return;
    if (inTextField(event)) return; // the editor's own undo
    event.preventDefault();
    if (event.shiftKey) redo();
    else undo();
  });
}

/**
 * Single-key shortcuts outside the editor: j/k move between marks, digits toggle layers,
 * ? lists the shortcuts.
 * @param {(delta: number) => void} stepMark
 * @param {(index: number) => void} toggleLayer digit − 1
 */
export function bindShortcuts(stepMark, toggleLayer) {
  const dialog = /** @type {HTMLDialogElement} */ ($('#shortcuts'));
  $('#shortcuts-close').addEventListener('click', () => dialog.close());
  document.addEventListener('keydown', (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (inTextField(event, ', dialog')) return;
    if (event.key === 'j' || event.key === 'k') stepMark(event.key === 'j' ? 1 : -1);
    else if (/^[1-9]$/.test(event.key)) toggleLayer(Number(event.key) - 1);
    else if (event.key === '?') dialog.showModal();
    else return;
    event.preventDefault();
  });
}

/**
 * n / p step through the selected entity's mentions, Esc clears the selection, while the
 * stepper shows.
 * @param {() => boolean} stepping
 * @param {(delta: number) => void} step
 * @param {() => void} clear
 */
export function bindEntityKeys(stepping, step, clear) {
  document.addEventListener('keydown', (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (inTextField(event)) return;
    if (!stepping()) return;
    if (event.key === 'n') step(1);
    else if (event.key === 'p') step(-1);
    else if (event.key === 'Escape') clear();
    else return;
    event.preventDefault();
  });
}

/** @param {() => void} handler Escape anywhere */
export function bindEscape(handler) {
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') handler();
  });
}
