// The annotator's Web Worker: loads the WASM once, then annotates one text per message, so that
// typing in the page never waits for it.
//
// In:  {id, text, options: {html?, boilerplate?, entities?, statistics?}}
//      or {id, clean: true, text, spans}: the clean text from the page's boilerplate spans
//      (UTF-16 offsets and type), made by the core's own function (the one `gloss clean` uses).
// Out: {ready: true, version} once loaded; {id, cleaned} for a clean request; per message either {id, error}, or
//      {id, annotated: true, ms, total} once the WASM call returns, then the annotations in
//      slices {id, part: Annotation[]} and {id, done: true}. Slicing keeps each message small,
//      so that the page never spends long decoding one (a 5 MB text has ~250,000 annotations).

import init, { annotate, clean_text as cleanText, version } from './pkg/gloss.js';

/** Annotations per message. */
const SLICE = 2000;

/** Loads the layers' models now (they load lazily on first use) so the first paste is quick. */
const WARM_UP = 'Ada Lovelace met Charles Babbage in London on 5 June 1833; 13 per cent agreed.';

const loaded = init().then(
  () => {
    self.postMessage({ ready: true, version: version() });
    annotate(WARM_UP, undefined);
  },
  (error) => {
    self.postMessage({ ready: false, error: `The annotator could not load: ${error}` });
    throw error;
  },
);

self.addEventListener('message', async (event) => {
  const { id, text, options } = event.data;
  try {
    await loaded;
    if (event.data.clean) {
      self.postMessage({ id, cleaned: cleanText(text, event.data.spans) });
      return;
    }
    const t0 = performance.now();
    const result = annotate(text, options);
    const ms = performance.now() - t0;
    /** @type {unknown[]} */
    const annotations = result.annotations;
    self.postMessage({ id, annotated: true, ms, total: annotations.length });
    for (let i = 0; i < annotations.length; i += SLICE) {
      self.postMessage({ id, part: annotations.slice(i, i + SLICE) });
    }
    self.postMessage({ id, done: true });
  } catch (error) {
    self.postMessage({ id, error: String(error instanceof Error ? error.message : error) });
  }
});
