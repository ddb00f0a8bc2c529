// The page's status line, problem message, progress bar, busy/ready flags and version.

import { $ } from './dom.js';

export class Status {
  constructor() {
    this.status = $('#status');
    this.message = $('#message');
    this.version = $('#version');
    this.progress = $('#progress');
    /** @type {HTMLProgressElement} */
    this.progressBar = $('#progress-bar');
    this.progressText = $('#progress-text');
  }

  /** @param {string} text */
  showStatus(text) {
    this.status.textContent = text;
  }

  /** @param {string} version */
  showVersion(version) {
    this.version.textContent = `Gloss ${version}.`;
  }

  /** @param {string | null} text a problem to show, or null to clear it */
  showMessage(text) {
    this.message.hidden = text === null;
    this.message.textContent = text ?? '';
  }

  /**
   * The progress of annotating and drawing a big text.
   * @param {number | null} fraction 0..1, or null while it cannot be told (the WASM call)
   * @param {string} text what is happening
   */
  showProgress(fraction, text) {
    this.progress.hidden = false;
    if (fraction === null) this.progressBar.removeAttribute('value');
    else this.progressBar.value = fraction;
    this.progressText.textContent = text;
  }

  hideProgress() {
    this.progress.hidden = true;
  }

  /** @param {boolean} busy */
  setBusy(busy) {
    if (busy) document.body.dataset.busy = 'true';
    else delete document.body.dataset.busy;
  }

  setReady() {
    document.documentElement.dataset.ready = 'true';
  }

  /**
   * Timings for tests and benches, on the body.
   * @param {{annotateMs: number, drawMs: number}} times
   */
  showTimings({ annotateMs, drawMs }) {
    document.body.dataset.drawMs = drawMs.toFixed(1);
    document.body.dataset.annotateMs = annotateMs.toFixed(2);
  }
}
