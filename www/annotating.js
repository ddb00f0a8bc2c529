// Annotating the editor's text: debounced, in the worker (annotator.js), big texts with a
// progress bar (the core's own progress, then the result's arrival, then the drawing); the
// result enters the state and is drawn.

import { BIG_CHARS, DEBOUNCE_MS, MAX_TEXT, formatMs, formatSize } from './limits.js';
import { DRAW_STEPS } from './draw.js';
import { localeTag } from './regions.js';

/**
 * Where each part of a big text's run ends on the progress bar: the WASM call (the core's own
 * progress), the result's arrival, then the drawing (about their shares of a 1-5 MB run).
 */
const BAR_ANNOTATED = 0.6;
const BAR_RECEIVED = 0.7;

const COUNT = new Intl.NumberFormat('en-GB');

/**
 * @param {{
 *   view: import('./view/index.js').View,
 *   store: import('./state.js').Store,
 *   drawer: import('./draw.js').Drawer,
 *   annotator: import('./annotator.js').Annotator,
 *   saved: import('./saved.js').Saved,
 * }} parts
 */
export function createAnnotating({ view, store, drawer, annotator, saved }) {
  const { status } = view;
  let timer = 0;
  /** @type {string | null} a message for the reader once the next run has annotated */
  let notice = null;

  /**
   * Annotates the current text (after `delay` ms, restarting on each call) and redraws.
   * @param {number} [delay]
   * @param {string | null} [note] a message to show once annotated, where a run clears old ones
   */
  function schedule(delay = DEBOUNCE_MS, note = null) {
    notice = note;
    status.setBusy(true);
    clearTimeout(timer);
    timer = window.setTimeout(run, delay);
  }

  /** Annotates the current text now (a pending scheduled run is dropped). */
  async function now() {
    clearTimeout(timer);
    await run();
  }

  async function run() {
    const { text, region } = store.state;
    /** Whether the reader has changed the text or the region since this run began. */
    const superseded = () => text !== store.state.text || region !== store.state.region;
    const note = notice;
    notice = null;
    if (text.length > MAX_TEXT) {
      refuseLongText(text);
      return;
    }
    if (store.state.tooLong) {
      store.dispatch({ type: 'fits' });
      status.showMessage(null);
    }
    /** @type {import('./annotator.js').AnnotateOptions} */
    const options = {};
    if (store.state.html) options.html = store.state.html;
    if (store.state.sharedBoilerplate) options.boilerplate = false;
    const locale = localeTag(region);
    if (locale) options.locale = locale;
    const big = text.length > BIG_CHARS;
    const size = formatSize(text.length);
    const t0 = performance.now();
    let ticker = 0;
    if (!big) status.hideProgress(); // a big text before this one may have left its bar
    if (big) {
      const tick = () =>
        status.showProgress(null, `Annotating ${size}… ${Math.round((performance.now() - t0) / 1000)} s`);
      tick();
      ticker = window.setInterval(tick, 1000);
    }
    try {
      const result = await annotator.annotate(text, options, (p) => {
        if (!big || superseded()) return;
        clearInterval(ticker);
        if (p.stage === 'annotating') {
          const seconds = Math.round((performance.now() - t0) / 1000);
          status.showProgress(
            BAR_ANNOTATED * p.done,
            `Annotating ${size}… ${Math.round(100 * p.done)}% · ${seconds} s`,
          );
        } else {
          status.showProgress(
            BAR_ANNOTATED + (BAR_RECEIVED - BAR_ANNOTATED) * (p.received / Math.max(1, p.total)),
            `Annotated in ${formatMs(p.ms)} · receiving ${COUNT.format(p.received)} of ${COUNT.format(p.total)} marks`,
          );
        }
      });
      clearInterval(ticker);
      if (!result || superseded()) return;
      const received = performance.now();
      store.dispatch({ type: 'annotated', text, region, annotations: result.annotations });
      const t1 = performance.now();
      if (big) {
        const whole = await drawer.drawSliced((done) =>
          status.showProgress(BAR_RECEIVED + ((1 - BAR_RECEIVED) * done) / DRAW_STEPS, `Drawing ${size}…`),
        );
        if (superseded()) return;
        if (!whole) {
          // The reader changed the view meanwhile: that newer draw finishes the job.
          status.hideProgress();
          status.setBusy(false);
          return;
        }
        status.hideProgress();
      } else {
        drawer.draw();
      }
      const drawn = performance.now();
      performance.measure('gloss:wasm', { start: received - result.ms, duration: result.ms });
      performance.measure('gloss:draw', { start: t1, end: drawn });
      performance.measure('gloss:total', { start: t0, end: drawn });
      status.showStatus(text ? `${store.state.raw.length} annotations · ${formatMs(result.ms)}${staleNote()}` : '');
      status.showMessage(note); // this one worked: a problem said before is past
      saved.schedule();
      status.showTimings({ annotateMs: result.ms, drawMs: drawn - t1 });
      // The figures past the panel's first screen follow in slices: busy until they are in.
      await view.panels.figuresListed;
    } catch (error) {
      clearInterval(ticker);
      status.hideProgress();
      status.showMessage(`The text could not be annotated: ${error instanceof Error ? error.message : error}`);
    }
    if (!superseded()) status.setBusy(false);
  }

  /**
   * A text over the limit: kept in the editor, not annotated, and the reader told why.
   * @param {string} text
   */
  function refuseLongText(text) {
    store.dispatch({ type: 'tooLong' });
    drawer.draw();
    status.hideProgress();
    status.showStatus('');
    status.showMessage(
      `This text is ${text.length.toLocaleString('en-GB')} characters (${formatSize(text.length)}); Gloss annotates texts of up to ${MAX_TEXT.toLocaleString('en-GB')} characters (about ${formatSize(MAX_TEXT)}). It is kept in the editor: shorten it or split it to annotate it.`,
    );
    status.setBusy(false);
  }

  /** Corrections whose words were edited away are kept (undo may bring them back) but said. */
  function staleNote() {
    const n = drawer.derived.stale.length;
    if (n === 0) return '';
    return ` · ${n} correction${n === 1 ? '' : 's'} by hand no longer match${n === 1 ? 'es' : ''} the text`;
  }

  return { schedule, now };
}

/** @typedef {ReturnType<typeof createAnnotating>} Annotating */
