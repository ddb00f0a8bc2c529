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
import { browserRegionNames, checkedRegion, regionChoices } from './regions.js';
import { keptRegion } from './preferences.js';

const view = createView();
const store = createStore();
const annotator = new Annotator();
const drawer = createDrawer(view, store);
const saved = createSaved({ store, drawer });
const annotating = createAnnotating({ view, store, drawer, annotator, saved });
const links = createLinks({ view, store, drawer, annotating, regions: () => annotator.regions });
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
  chooseRegions();
  if (await links.open()) return;
  const kept = await saved.restore();
  if (kept) {
    // The work kept in this browser from the last visit.
    const { region, problem } = checkedRegion(kept.region, annotator.regions);
    store.dispatch({ type: 'openShared', shared: { ...kept, region } });
    view.editor.setText(kept.text);
    view.region.setRegion(region);
    view.status.showStatus('Your last text was restored from this browser');
    annotating.schedule(0, problem);
  } else if (store.state.text === '' && view.editor.text()) {
    // The browser restored the textarea (back/forward): annotate what is there.
    store.dispatch({ type: 'edit', text: view.editor.text() });
    annotating.schedule(0);
  }
}

/** The Region control, once the core has said which regions it knows; the reader's kept choice. */
function chooseRegions() {
  const known = annotator.regions;
  const languages = navigator.languages?.length ? navigator.languages : [navigator.language];
  view.region.setRegions(regionChoices(known, languages, browserRegionNames()));
  const { region } = checkedRegion(keptRegion() ?? '', known);
  view.region.setRegion(region);
  if (region === store.state.region) return;
  store.dispatch({ type: 'region', region });
  if (store.state.text) annotating.schedule(0); // typed while the annotator loaded
}

start()
  .catch((error) => view.status.showMessage(`Something went wrong: ${error instanceof Error ? error.message : error}`))
  .finally(() => {
    view.status.setReady();
    registerServiceWorker();
  });
