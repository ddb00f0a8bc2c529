// Modal dialogs: the passphrase of a protected link (asked once to open one; twice, with a
// strength hint, to make one).

import { $ } from './dom.js';

/**
 * @typedef {{
 *   prompt: string,
 *   confirm: string,
 *   error?: string | null,
 *   make?: {problem: (p: string) => string | null, strength: (p: string) => {level: string, hint: string}},
 * }} PassphraseRequest
 *   `error`: the previous try's failure; `make`: a new passphrase is being chosen: it is asked
 *   twice, `problem` refuses it (e.g. too short) and `strength` is shown as it is typed
 */

/**
 * Asks for a passphrase in a modal dialog.
 * @param {PassphraseRequest} how
 * @returns {Promise<string | null>} null when cancelled
 */
export function askPassphrase({ prompt, confirm, error = null, make }) {
  const dialog = /** @type {HTMLDialogElement} */ ($('#passphrase-dialog'));
  /** @type {HTMLInputElement} */
  const input = $('#passphrase-input');
  /** @type {HTMLInputElement} */
  const again = $('#passphrase-again');
  const againLabel = $('#passphrase-again-label');
  const strength = $('#passphrase-strength');
  const problem = $('#passphrase-error');
  const ok = $('#passphrase-ok');
  const cancel = $('#passphrase-cancel');
  $('#passphrase-prompt').textContent = prompt;
  ok.textContent = confirm;
  /** @param {string | null} text */
  const say = (text) => {
    problem.textContent = text ?? '';
    problem.hidden = !text;
  };
  say(error);
  input.value = '';
  again.value = '';
  again.hidden = againLabel.hidden = strength.hidden = !make;
  strength.textContent = '';
  delete strength.dataset.level;
  return new Promise((resolve) => {
    // The dialog's listeners last while it asks.
    const listening = new AbortController();
    const { signal } = listening;
    const done = (/** @type {string | null} */ value) => {
      listening.abort();
      if (dialog.open) dialog.close();
      resolve(value);
    };
    const onOk = () => {
      const value = input.value;
      if (!value) {
        input.focus();
        return;
      }
      if (make) {
        const refused = make.problem(value) ?? (again.value === value ? null : 'The two passphrases do not match.');
        if (refused) {
          say(refused);
          (make.problem(value) ? input : again).focus();
          return;
        }
      }
      done(value);
    };
    const onInput = () => {
      if (!make) return;
      const { level, hint } = make.strength(input.value);
      strength.textContent = input.value ? hint : '';
      strength.dataset.level = level;
    };
    const onCancel = () => done(null);
    const onKey = (/** @type {KeyboardEvent} */ event) => {
      if (event.key === 'Enter') {
        event.preventDefault();
        onOk();
      }
    };
    ok.addEventListener('click', onOk, { signal });
    cancel.addEventListener('click', onCancel, { signal });
    input.addEventListener('keydown', onKey, { signal });
    input.addEventListener('input', onInput, { signal });
    again.addEventListener('keydown', onKey, { signal });
    dialog.addEventListener('cancel', onCancel, { signal });
    dialog.showModal();
    input.focus();
  });
}

/**
 * Asks before a new text replaces corrections made by hand (none: no question).
 * @param {number} corrections how many the reader made
 * @returns {boolean} whether to go on
 */
export function confirmReplace(corrections) {
  if (corrections === 0) return true;
  const what = corrections === 1 ? 'your correction' : `your ${corrections} corrections`;
  return window.confirm(`Replace this text and ${what} by hand? (Share a link first to keep them.)`);
}
