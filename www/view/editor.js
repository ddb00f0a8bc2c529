// The editor: the text box the reader types and pastes into, folded away while the text is big.

import { $ } from './dom.js';
import { BIG_CHARS, formatSize } from '../limits.js';

export class Editor {
  constructor() {
    /** @type {HTMLTextAreaElement} */
    this.source = $('#source');
    this.folded = $('#source-folded');
    /** @type {string | null} the text while the editor is folded away (see fold) */
    this.foldedText = null;
    $('#source-unfold').addEventListener('click', () => {
      this.unfold();
      this.source.focus();
    });
  }

  /** @param {(text: string, pasted: boolean) => void} handler called on every edit */
  bindEdit(handler) {
    this.source.addEventListener('input', (event) => {
      const type = /** @type {InputEvent} */ (event).inputType ?? '';
      handler(this.source.value, type === 'insertFromPaste' || type === 'insertFromDrop');
    });
  }

  /**
   * A paste that carries HTML, or a big one: the page inserts the plain text itself and hands
   * the HTML on (as a string, never into the DOM). A big text folds the editor away first, so
   * that the browser never lays it out. Other pastes are left to the browser.
   * @param {(paste: {text: string, html: string, whole: boolean}) => void} handler
   */
  bindRichPaste(handler) {
    this.source.addEventListener('paste', (event) => {
      const data = event.clipboardData;
      if (!data) return;
      const text = data.getData('text/plain');
      const html = data.types.includes('text/html') ? data.getData('text/html') : '';
      const { selectionStart, selectionEnd, value } = this.source;
      const length = value.length - (selectionEnd - selectionStart) + text.length;
      const big = length > BIG_CHARS;
      if (!text || (!html && !big)) return;
      event.preventDefault();
      const whole = selectionStart === 0 && selectionEnd === value.length;
      if (big) this.setText(value.slice(0, selectionStart) + text + value.slice(selectionEnd));
      else this.source.setRangeText(text, selectionStart, selectionEnd, 'end');
      handler({ text: this.text(), html, whole });
    });
  }

  /**
   * Hides the editor while the text is big: the browser's text box lays out all of its text at
   * once (seconds for a few MB: measured 4-7 s for 5 MB in Chromium, and 0.1-0.3 s only to set
   * its value), while the view below draws only what is on screen. The text waits in
   * `foldedText` and enters the text box when the reader unfolds it.
   * @param {number} length
   */
  fold(length) {
    this.source.hidden = true;
    this.folded.hidden = false;
    this.folded.dataset.chars = String(length);
    $('#source-folded-text').textContent =
      `The text (${formatSize(length)}) is folded away to keep the page quick: the view below shows all of it.`;
  }

  /** Shows the editor again (for a big text the page may pause while the browser lays it out). */
  unfold() {
    if (this.foldedText !== null) this.source.value = this.foldedText;
    this.foldedText = null;
    this.source.hidden = false;
    this.folded.hidden = true;
  }

  /** The editor's text (also while it is folded away). */
  text() {
    return this.foldedText ?? this.source.value;
  }

  /** @param {string} text */
  setText(text) {
    if (text.length > BIG_CHARS) {
      this.source.value = '';
      this.foldedText = text;
      this.fold(text.length);
    } else {
      this.foldedText = null;
      this.unfold();
      this.source.value = text;
    }
  }
}
