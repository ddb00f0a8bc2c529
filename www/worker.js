// The annotator's Web Worker: loads the WASM once, then annotates one text per message, so that
// typing in the page never waits for it.
//
// In:  {id, text, options: {html?, boilerplate?, entities?, statistics?, progressId?}}
//      or {id, clean: true, text, spans}: the clean text from the page's boilerplate spans
//      (UTF-16 offsets and type), made by the core's own function (the one `gloss clean` uses).
// Out: {ready: true, version} once loaded; {id, cleaned} for a clean request; while the WASM
//      works, {id: progressId, progress} up to 40 times (posted by the core itself, from Rust
//      through web-sys: this script cannot run until the call returns); per message either {id, error}, or
//      {id, annotated: true, ms, total} once the WASM call returns, then the annotations in
//      slices {id, part: Annotation[]} and {id, done: true}. Slicing keeps each message small,
//      so that the page never spends long decoding one (a 5 MB text has ~250,000 annotations).

import init, { annotate, clean_text as cleanText, version } from './pkg/gloss.js';

/** `self`, typed: this file runs as a module Web Worker. */
const worker = /** @type {DedicatedWorkerGlobalScope} */ (/** @type {unknown} */ (self));

/** Annotations per message. */
const SLICE = 2000;

/** Loads the layers' models now (they load lazily on first use) so the first paste is quick. */
const WARM_UP = 'Ada Lovelace met Charles Babbage in London on 5 June 1833; 13 per cent agreed.';

/**
 * The smallest module using a 128-bit SIMD instruction (i8x16.splat of 0, then popcnt): the
 * WASM is built with `simd128`, which a browser without SIMD cannot compile.
 */
const SIMD_PROBE = new Uint8Array([
  0, 97, 115, 109, 1, 0, 0, 0, 1, 5, 1, 96, 0, 1, 123, 3, 2, 1, 0, 10, 10, 1, 8, 0, 65, 0, 253, 15, 253, 98, 11,
]);

/** Why the WASM did not load, in words a reader can act on. */
function loadError(/** @type {unknown} */ error) {
  if (!WebAssembly.validate(SIMD_PROBE)) {
    return (
      'The annotator could not load: this browser does not support WebAssembly SIMD, which ' +
      'Gloss needs. Please update it (Chrome or Edge 91+, Firefox 89+, Safari 16.4+).'
    );
  }
  return `The annotator could not load: ${error}`;
}

const loaded = init().then(
  () => {
    worker.postMessage({ ready: true, version: version() });
    annotate(WARM_UP, undefined);
  },
  (error) => {
    worker.postMessage({ ready: false, error: loadError(error) });
    throw error;
  },
);

worker.addEventListener('message', async (event) => {
  const { id, text, options } = event.data;
  try {
    await loaded;
    if (event.data.clean) {
      worker.postMessage({ id, cleaned: cleanText(text, event.data.spans) });
      return;
    }
    const t0 = performance.now();
    const result = annotate(text, options);
    const ms = performance.now() - t0;
    /** @type {unknown[]} */
    const annotations = result.annotations;
    worker.postMessage({ id, annotated: true, ms, total: annotations.length });
    for (let i = 0; i < annotations.length; i += SLICE) {
      worker.postMessage({ id, part: annotations.slice(i, i + SLICE) });
    }
    worker.postMessage({ id, done: true });
  } catch (error) {
    worker.postMessage({ id, error: String(error instanceof Error ? error.message : error) });
  }
});
