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
 */

export class Annotator {
  constructor() {
    this.worker = new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
    /** @type {Map<number, {resolve: (r: AnnotateResult | null) => void, reject: (e: Error) => void}>} */
    this.pending = new Map();
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
        const waiting = this.pending.get(data.id);
        if (!waiting) return;
        this.pending.delete(data.id);
        if (data.error !== undefined) waiting.reject(new Error(data.error));
        // A newer request was made meanwhile: this answer is stale.
        else if (data.id !== this.latest) waiting.resolve(null);
        else waiting.resolve({ annotations: data.annotations, ms: data.ms });
      });
      this.worker.addEventListener('error', (event) => {
        event.preventDefault();
        reject(new Error(`The annotator could not start: ${event.message || 'worker error'}`));
      });
    });
  }

  /**
   * Annotates `text`. Resolves to null when a newer call superseded this one.
   * @param {string} text
   * @param {AnnotateOptions} options
   * @returns {Promise<AnnotateResult | null>}
   */
  annotate(text, options) {
    const id = this.nextId++;
    this.latest = id;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ id, text, options });
    });
  }
}
