// Runs the WASM annotator in a Web Worker: one call per text, newest request wins.

/** @typedef {import('./types.js').Annotation} Annotation */

/**
 * @typedef {{
 *   html?: string,
 *   boilerplate?: boolean,
 *   entities?: boolean,
 *   statistics?: boolean,
 * }} AnnotateOptions
 * @typedef {{annotations: Annotation[], ms: number}} AnnotateResult
 * @typedef {{ms: number, received: number, total: number}} AnnotateProgress
 *   after the WASM call (`ms`): how many of its `total` annotations have reached the page
 * @typedef {{
 *   resolve: (r: AnnotateResult | null) => void,
 *   reject: (e: Error) => void,
 *   progress: (p: AnnotateProgress) => void,
 *   annotations: Annotation[],
 *   ms: number,
 *   total: number,
 * }} Pending
 */

export class Annotator {
  constructor() {
    this.worker = new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
    /** @type {Map<number, Pending>} */
    this.pending = new Map();
    /** @type {Map<number, {resolve: (s: string) => void, reject: (e: Error) => void}>} */
    this.cleaning = new Map();
    this.nextId = 1;
    this.latest = 0;
    /** @type {Promise<string>} the crate version, once the WASM is loaded */
    this.ready = new Promise((resolve, reject) => {
      this.worker.addEventListener('message', (event) => {
        const data = event.data;
        if ('ready' in data) {
          if (data.ready) resolve(data.version);
          else reject(new Error(data.error));
          return;
        }
        this.receive(data);
      });
      this.worker.addEventListener('error', (event) => {
        event.preventDefault();
        reject(new Error(`The annotator could not start: ${event.message || 'worker error'}`));
      });
    });
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
    if (data.annotated) {
      waiting.ms = data.ms;
      waiting.total = data.total;
    } else if (data.part) {
      for (const a of data.part) waiting.annotations.push(a);
    } else if (data.done) {
      this.pending.delete(data.id);
      waiting.resolve({ annotations: waiting.annotations, ms: waiting.ms });
      return;
    }
    waiting.progress({ ms: waiting.ms, received: waiting.annotations.length, total: waiting.total });
  }

  /**
   * The clean text of `text` given its boilerplate spans (after the reader's corrections), by
   * the core's function, the one `gloss clean` uses.
   * @param {string} text
   * @param {{start: number, end: number, type: string}[]} spans UTF-16 offsets
   * @returns {Promise<string>}
   */
  clean(text, spans) {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.cleaning.set(id, { resolve, reject });
      this.worker.postMessage({ id, clean: true, text, spans });
    });
  }

  /**
   * Annotates `text`. Resolves to null when a newer call superseded this one.
   * @param {string} text
   * @param {AnnotateOptions} options
   * @param {(p: AnnotateProgress) => void} [progress] called as the result arrives
   * @returns {Promise<AnnotateResult | null>}
   */
  annotate(text, options, progress = () => {}) {
    const id = this.nextId++;
    this.latest = id;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject, progress, annotations: [], ms: 0, total: 0 });
      this.worker.postMessage({ id, text, options });
    });
  }
}
