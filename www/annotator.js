// Runs the WASM annotator in a Web Worker: one call per text, newest request wins. The core
// reports its progress from the worker while it works (`{id, progress}` messages, posted by the
// WASM itself through web-sys), and a new text cancels a long annotation still running.
//
// Cancelling: the WASM call is synchronous, so the worker cannot read a message until it ends.
// A request that waits behind a long run (a big text, or one running for CANCEL_AFTER_MS) would
// wait for all of it; instead the worker is terminated and a new one started (it loads the WASM
// again: measured in docs/SPEED_AND_MEMORY.md). Short runs are not worth a restart: a newer request queues
// behind them and their result is dropped.
//
// With a second worker (the helper), texts of SPLIT_CHARS or more have their entity pass run
// there while the first runs the other layers and merges the two (www/packed.js `merged`).

import { BIG_CHARS, SPLIT_CHARS } from './limits.js';
import { unpack } from './packed.js';
import { NO_SIMD_MESSAGE, simdSupported } from './simd.js';

/** @typedef {import('./types.js').Annotation} Annotation */

/** A run going this long (ms) is cancelled by a newer request, whatever its size. */
export const CANCEL_AFTER_MS = 1500;

const startWorker = () => new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });

/**
 * The fraction done of a two-worker run from each one's report (src/progress.rs shares): the
 * entity pass (0.1 to 0.7) from the helper's, the rest from the first's.
 * @param {number} first
 * @param {number} helper
 */
export function sharedProgress(first, helper) {
  return Math.min(first, 0.1) + Math.max(0, first - 0.7) + Math.max(0, Math.min(helper, 0.7) - 0.1);
}

/**
 * @typedef {{
 *   html?: string,
 *   boilerplate?: boolean,
 *   entities?: boolean,
 *   statistics?: boolean,
 *   locale?: string,
 * }} AnnotateOptions
 *   `locale`: the reader's region as a tag ("en-AU", www/regions.js `localeTag`)
 * @typedef {{annotations: Annotation[], ms: number}} AnnotateResult
 * @typedef {{stage: 'annotating', done: number}
 *   | {stage: 'receiving', ms: number, received: number, total: number}} AnnotateProgress
 *   `annotating`: the core's own report, the fraction `done` (0 to 1); `receiving`: after the
 *   WASM call (`ms`), how many of its `total` annotations have reached the page
 * @typedef {{
 *   resolve: (r: AnnotateResult | null) => void,
 *   reject: (e: Error) => void,
 *   progress: (p: AnnotateProgress) => void,
 *   annotations: Annotation[],
 *   ms: number,
 *   total: number,
 *   text: string,
 *   strings: string[],
 *   extras: object[],
 *   message: {id: number, text: string, options: object},
 *   halves: number[] | null,
 * }} Pending
 *   `text`, and the result's `strings` and `extras` (parsed): what its packed parts refer to;
 *   `halves` the two workers' progress when split
 */

export class Annotator {
  /** @param {boolean} [helped] start the helper (by default with over two cores: see docs/SPEED_AND_MEMORY.md) */
  constructor(helped = navigator.hardwareConcurrency > 2) {
    this.helped = helped;
    /** @type {Map<number, Pending>} */
    this.pending = new Map();
    /** @type {Map<number, {resolve: (s: string) => void, reject: (e: Error) => void, message: object}>} */
    this.cleaning = new Map();
    this.nextId = 1;
    this.latest = 0;
    /** @type {{id: number, started: number, big: boolean} | null} the annotation the worker is on */
    this.running = null;
    /** How many times a worker was replaced to cancel a run. */
    this.restarts = 0;
    /** @type {import('./pkg/gloss.js').KnownRegion[]} the regions the core knows, once loaded */
    this.regions = [];
    /** @type {string | null} why this browser cannot annotate at all (no WebAssembly SIMD) */
    this.unsupported = null;
    /** @type {Worker} */
    this.worker = /** @type {any} */ (null);
    /** @type {Worker | null} the helper, once loaded */
    this.helper = null;
    /** @type {Promise<string>} the crate version, once the first worker has loaded the WASM */
    this.ready = this.spawn();
    // Loaded beside the first worker, so that no request follows the page's loading.
    const helping = this.spawnHelper();
    this.ready = this.ready.then((version) => helping.then(() => version));
  }

  /**
   * Starts the helper, if helped; it takes its share once loaded, and none if it fails.
   * @returns {Promise<void>} once it has loaded or failed
   */
  spawnHelper() {
    if (!this.helped || this.unsupported) return Promise.resolve();
    const helper = startWorker();
    const first = this.worker;
    const dropped = () => {
      helper.terminate();
      if (this.helper !== helper) return;
      this.helper = null;
      // Its run goes to the first worker whole.
      for (const [id, waiting] of this.pending) {
        if (waiting.halves && id === this.latest) {
          waiting.halves = null;
          this.worker.postMessage(waiting.message);
        }
      }
    };
    return new Promise((settled) => {
      helper.addEventListener('message', (event) => {
        const data = event.data;
        if ('ready' in data) {
          if (data.ready && this.worker === first) this.helper = helper;
          else dropped();
          settled();
          return;
        }
        if (helper !== this.helper) return;
        const waiting = this.pending.get(data.id);
        if (!waiting?.halves || data.id !== this.latest) return; // stale
        if (data.error !== undefined) dropped();
        else if (data.entities) this.worker.postMessage(data, [data.entities.ints.buffer]);
        else if (typeof data.progress === 'number') {
          waiting.halves[1] = data.progress;
          waiting.progress({ stage: 'annotating', done: sharedProgress(waiting.halves[0], data.progress) });
        }
      });
      helper.addEventListener('error', (event) => {
        event.preventDefault();
        dropped();
        settled();
      });
    });
  }

  /**
   * Starts a worker and listens to it.
   * @returns {Promise<string>} the crate version, once it has loaded the WASM
   */
  spawn() {
    if (!simdSupported()) {
      // Checked before any worker starts: the WASM could not compile, and every request says why.
      this.unsupported = NO_SIMD_MESSAGE;
      return Promise.reject(new Error(NO_SIMD_MESSAGE));
    }
    const worker = startWorker();
    this.worker = worker;
    return new Promise((resolve, reject) => {
      worker.addEventListener('message', (event) => {
        if (worker !== this.worker) return; // a terminated worker's last words
        const data = event.data;
        if ('ready' in data) {
          if (data.ready) {
            this.regions = data.regions;
            resolve(data.version);
          } else reject(new Error(data.error));
          return;
        }
        this.receive(data);
      });
      worker.addEventListener('error', (event) => {
        event.preventDefault();
        reject(new Error(`The annotator could not start: ${event.message || 'worker error'}`));
      });
    });
  }

  /**
   * Cancels the run in progress: a new worker replaces the busy one; the cancelled request
   * resolves to null (superseded) and waiting clean requests go to the new worker.
   */
  restart() {
    this.worker.terminate();
    this.helper?.terminate();
    this.helper = null;
    this.restarts++;
    performance.mark('gloss:cancel'); // for the tests and benches: a run was cancelled
    for (const [id, waiting] of this.pending) {
      this.pending.delete(id);
      waiting.resolve(null);
    }
    this.running = null;
    this.spawn().catch(() => {}); // a worker that cannot start says so through its requests
    this.spawnHelper();
    for (const { message } of this.cleaning.values()) this.worker.postMessage(message);
  }

  /** @param {any} data one message of the worker about request `data.id` */
  receive(data) {
    const cleaning = this.cleaning.get(data.id);
    if (cleaning) {
      this.cleaning.delete(data.id);
      if (data.error !== undefined) cleaning.reject(new Error(data.error));
      else cleaning.resolve(data.cleaned);
      return;
    }
    if (data.annotated || data.error !== undefined) {
      if (this.running?.id === data.id) this.running = null;
    }
    const waiting = this.pending.get(data.id);
    if (!waiting) return;
    if (data.error !== undefined) {
      this.pending.delete(data.id);
      waiting.reject(new Error(data.error));
      return;
    }
    if (data.id !== this.latest) {
      // A newer request was made meanwhile: this answer is stale (its slices are dropped).
      this.pending.delete(data.id);
      waiting.resolve(null);
      return;
    }
    if (typeof data.progress === 'number') {
      const halves = waiting.halves;
      if (halves) halves[0] = data.progress;
      waiting.progress({
        stage: 'annotating',
        done: halves ? sharedProgress(data.progress, halves[1]) : data.progress,
      });
      return;
    }
    if (data.annotated) {
      waiting.ms = data.ms;
      waiting.total = data.total;
      waiting.strings = data.strings;
      waiting.extras = JSON.parse(data.extras);
    } else if (data.part) {
      unpack(data.part, waiting.strings, waiting.extras, waiting.text, waiting.annotations);
    } else if (data.done) {
      this.pending.delete(data.id);
      waiting.resolve({ annotations: waiting.annotations, ms: waiting.ms });
      return;
    }
    waiting.progress({
      stage: 'receiving',
      ms: waiting.ms,
      received: waiting.annotations.length,
      total: waiting.total,
    });
  }

  /**
   * The clean text of `text` given its boilerplate spans (after the reader's corrections), by
   * the core's function, the one `gloss clean` uses.
   * @param {string} text
   * @param {{start: number, end: number, type: string}[]} spans UTF-16 offsets
   * @returns {Promise<string>}
   */
  clean(text, spans) {
    if (this.unsupported) return Promise.reject(new Error(this.unsupported));
    const id = this.nextId++;
    const message = { id, clean: true, text, spans };
    return new Promise((resolve, reject) => {
      this.cleaning.set(id, { resolve, reject, message });
      this.worker.postMessage(message);
    });
  }

  /**
   * Annotates `text`. Resolves to null when a newer call superseded this one. A long run still
   * going is cancelled (see the top of this file).
   * @param {string} text
   * @param {AnnotateOptions} options
   * @param {(p: AnnotateProgress) => void} [progress] the core's progress, then the result's arrival
   * @returns {Promise<AnnotateResult | null>}
   */
  annotate(text, options, progress = () => {}) {
    if (this.unsupported) return Promise.reject(new Error(this.unsupported));
    const running = this.running;
    if (running && (running.big || performance.now() - running.started > CANCEL_AFTER_MS)) this.restart();
    const id = this.nextId++;
    this.latest = id;
    this.running = { id, started: performance.now(), big: text.length > BIG_CHARS };
    const message = { id, text, options: { ...options, progressId: id } };
    const split = this.helper && text.length >= SPLIT_CHARS && options.entities !== false;
    return new Promise((resolve, reject) => {
      this.pending.set(id, {
        resolve,
        reject,
        progress,
        annotations: [],
        ms: 0,
        total: 0,
        text,
        strings: [],
        extras: [],
        message,
        halves: split ? [0, 0] : null,
      });
      if (!split) {
        this.worker.postMessage(message);
        return;
      }
      this.worker.postMessage({ ...message, options: { ...message.options, entities: false }, half: 'others' });
      const entitiesOnly = { entities: true, boilerplate: false, statistics: false, progressId: id };
      this.helper?.postMessage({ id, text, options: entitiesOnly, half: 'entities' });
    });
  }
}
