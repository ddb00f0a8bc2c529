// The annotator's Web Worker: loads the WASM once, then annotates one text per message, so that
// typing in the page never waits for it.
//
// In:  {id, text, options: {html?, boilerplate?, entities?, statistics?}}
// Out: {ready: true, version} once loaded; {id, annotations, ms} or {id, error} per message.

import init, { annotate, version } from './pkg/gloss.js';

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
    const t0 = performance.now();
    const result = annotate(text, options);
    const ms = performance.now() - t0;
    self.postMessage({ id, annotations: result.annotations, ms });
  } catch (error) {
    self.postMessage({ id, error: String(error instanceof Error ? error.message : error) });
  }
});
