// The annotator's Web Worker: loads the WASM once, then annotates one text per message, so that
// typing in the page never waits for it.
//
// In:  {id, text, options: {html?, boilerplate?, entities?, statistics?, locale?, progressId?}}
//      or {id, clean: true, text, spans}: the clean text from the page's boilerplate spans
//      (UTF-16 offsets and type), made by the core's own function (the one `gloss clean` uses).
// Out: {ready: true, version, regions} once loaded (`regions`: the core's `knownRegions`, the
//      page's Region list); {id, cleaned} for a clean request; while the WASM
//      works, {id: progressId, progress} up to 40 times (posted by the core itself, from Rust
//      through web-sys: this script cannot run until the call returns); per message either {id, error}, or
//      {id, annotated: true, ms, total, strings, extras} once the WASM call returns, then the
//      annotations packed in slices {id, part: PackedPart} (typed arrays, transferred; see
//      www/types.js and www/packed.js) and {id, done: true}. Slicing keeps each message small,
//      so that the page never spends long unpacking one (a 5 MB text has ~250,000 annotations).
//      With `half: 'entities'` (the helper), {id, entities: {ints, strings}} instead; with `half:
//      'others'`, the result waits for the page to pass that on, {id, entities}, and merges it.

import init, { annotatePacked, clean_text as cleanText, knownRegions, version } from './pkg/gloss.js';
import { INTS, merged } from './packed.js';
import { EXAMPLE_TEXT } from './example.js';
import { NO_SIMD_MESSAGE, simdSupported } from './simd.js';

/** @typedef {import('./pkg/gloss.js').PackedResult} PackedResult */

/** `self`, typed: this file runs as a module Web Worker. */
const worker = /** @type {DedicatedWorkerGlobalScope} */ (/** @type {unknown} */ (self));

/** Annotations per message. */
const SLICE = 2000;

/** Loads the layers' models now (they load lazily on first use) so the first paste is quick. */
const WARM_UP = 'Ada Lovelace met Charles Babbage in London on 5 June 1833; 13 per cent agreed.';

/**
 * Runs of the example article after loading, one per task, stopped by the first request: V8
 * optimises a WASM function once it has run enough, but a call already running keeps its
 * baseline code (a first big paste ran its once-a-text loops unoptimised; docs/SPEED_AND_MEMORY_2.md).
 */
const WARM_UP_RUNS = 100;
let warmUps = 0;

function warmUp() {
  if (warmUps >= WARM_UP_RUNS) return;
  warmUps++;
  annotatePacked(EXAMPLE_TEXT, undefined);
  setTimeout(warmUp, 0);
}

/** Why the WASM did not load, in words a reader can act on. */
function loadError(/** @type {unknown} */ error) {
  return simdSupported() ? `The annotator could not load: ${error}` : NO_SIMD_MESSAGE;
}

const loaded = init().then(
  () => {
    worker.postMessage({ ready: true, version: version(), regions: knownRegions() });
    annotatePacked(WARM_UP, undefined);
    setTimeout(warmUp, 0);
  },
  (error) => {
    worker.postMessage({ ready: false, error: loadError(error) });
    throw error;
  },
);

/** A run waiting for its entity layer. */
let held = { id: 0, t0: 0, packed: /** @type {PackedResult | null} */ (null) };

worker.addEventListener('message', async (event) => {
  const { id, text, options, half } = event.data;
  warmUps = WARM_UP_RUNS; // real work from now on
  try {
    await loaded;
    if (event.data.clean) {
      worker.postMessage({ id, cleaned: cleanText(text, event.data.spans) });
      return;
    }
    let t0 = performance.now();
    let packed;
    if (event.data.entities) {
      if (held.id !== id || !held.packed) return; // replaced meanwhile
      t0 = held.t0;
      packed = merged(held.packed, event.data.entities);
    } else {
      held.packed = null;
      packed = annotatePacked(text, options);
      if (half === 'entities') {
        const { ints, strings } = packed;
        worker.postMessage({ id, entities: { ints, strings } }, [ints.buffer]);
        return;
      }
      if (half === 'others') {
        held = { id, t0, packed };
        return;
      }
    }
    held.packed = null;
    const ms = performance.now() - t0;
    const { count, strings, extras } = packed;
    worker.postMessage({ id, annotated: true, ms, total: count, strings, extras });
    for (let i = 0; i < count; i += SLICE) {
      const ints = packed.ints.slice(i * INTS, (i + SLICE) * INTS);
      const values = packed.values.slice(i, i + SLICE);
      worker.postMessage({ id, part: { ints, values } }, [ints.buffer, values.buffer]);
    }
    worker.postMessage({ id, done: true });
  } catch (error) {
    worker.postMessage({ id, error: String(error instanceof Error ? error.message : error) });
  }
});
