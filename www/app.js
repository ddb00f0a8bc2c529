// Builds the page's modules and connects them: the reader's actions (controls.js) change the
// state (state.js), the text is annotated in a worker (annotating.js), and the state is drawn
// (draw.js) by the view (view/, the only modules that touch the DOM).

import { Annotator } from './annotator.js';
import { createStore } from './state.js';
import { createView } from './view/index.js';
import { createDrawer } from './draw.js';
import { createAnnotating } from './annotating.js';
import { createLinks } from './links.js';
import { createSaved } from './saved.js';
import { bindControls } from './controls.js';
import { bookmarkletHref } from './bookmarklet.js';
import { registerServiceWorker } from './offline.js';

const view = createView();
const store = createStore();
const annotator = new Annotator();
const drawer = createDrawer(view, store);
const saved = createSaved({ store, drawer });
const annotating = createAnnotating({ view, store, drawer, annotator, saved });
const links = createLinks({ view, store, drawer, annotating });
bindControls({ view, store, drawer, annotating, links, saved, annotator });

async function start() {
  drawer.draw();
  try {
    view.input.setBookmarklet(bookmarkletHref(view.address.appUrl()));
  } catch {
    // file:// page: no bookmarklet
  }
  try {
    view.status.showVersion(await annotator.ready);
  } catch (error) {
    view.status.showMessage(`${error instanceof Error ? error.message : error}`);
    return;
  }
  if (await links.open()) return;
  const kept = await saved.restore();
  if (kept) {
    // The work kept in this browser from the last visit.
    store.dispatch({ type: 'openShared', shared: kept });
    view.editor.setText(kept.text);
    view.status.showStatus('Your last text was restored from this browser');
    annotating.schedule(0);
  } else if (store.state.text === '' && view.editor.text()) {
    // The browser restored the textarea (back/forward): annotate what is there.
    store.dispatch({ type: 'edit', text: view.editor.text() });
    annotating.schedule(0);
  }
}

start()
  .catch((error) => view.status.showMessage(`Something went wrong: ${error instanceof Error ? error.message : error}`))
  .finally(() => {
    view.status.setReady();
    registerServiceWorker();
  });
