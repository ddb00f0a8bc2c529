// Modal dialogs: the passphrase of a protected link.

import { $ } from './dom.js';

/**
 * Asks for a passphrase in a modal dialog.
 * @param {{prompt: string, confirm: string, error?: string | null}} how
 * @returns {Promise<string | null>} null when cancelled
 */
export function askPassphrase({ prompt, confirm, error = null }) {
  const dialog = /** @type {HTMLDialogElement} */ ($('#passphrase-dialog'));
  const input = /** @type {HTMLInputElement} */ ($('#passphrase-input'));
  const problem = $('#passphrase-error');
  $('#passphrase-prompt').textContent = prompt;
  $('#passphrase-ok').textContent = confirm;
  problem.textContent = error ?? '';
  problem.hidden = !error;
  input.value = '';
  return new Promise((resolve) => {
    const done = (/** @type {string | null} */ value) => {
      ok.removeEventListener('click', onOk);
      cancel.removeEventListener('click', onCancel);
      input.removeEventListener('keydown', onKey);
      dialog.removeEventListener('cancel', onCancel);
      if (dialog.open) dialog.close();
      resolve(value);
    };
    const ok = $('#passphrase-ok');
    const cancel = $('#passphrase-cancel');
    const onOk = () => {
      if (input.value) done(input.value);
      else input.focus();
    };
    const onCancel = () => done(null);
    const onKey = (/** @type {KeyboardEvent} */ event) => {
      if (event.key === 'Enter') {
        event.preventDefault();
        onOk();
      }
    };
    ok.addEventListener('click', onOk);
    cancel.addEventListener('click', onCancel);
    input.addEventListener('keydown', onKey);
    dialog.addEventListener('cancel', onCancel);
    dialog.showModal();
    input.focus();
  });
}
