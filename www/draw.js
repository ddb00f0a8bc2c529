// Drawing the state: derive what the view shows (derive.js) and hand it to the view, whole for
// small texts, in steps that let the page breathe for big ones (steps.js).

import { finish, runSliced } from './steps.js';
import { DERIVE_STEPS, deriveSteps, entityEntry, hiddenNames, visibility } from './derive.js';
import { countTypes, lineAt } from './model.js';
import { statisticRows } from './panels/statistics.js';
import { BIG_CHARS } from './limits.js';

/** The yields of drawSteps (with deriveSteps), plus one: the steps of a progress bar. */
export const DRAW_STEPS = DERIVE_STEPS + 7;

/**
 * @param {import('./view/index.js').View} view
 * @param {import('./state.js').Store} store
 */
export function createDrawer(view, store) {
  /** What the view shows, derived from the state at the last draw. */
  let derived = finish(deriveSteps(store.state));
  /** Counts draws: a sliced draw stops when a newer one has started. */
  let drawing = 0;
  /** A draw in steps is under way. */
  let slicing = false;

  /** Derives and draws in steps: the document (its blocks wait for the viewport), then the panels. */
  function* drawSteps() {
    derived = yield* deriveSteps(store.state);
    const model = documentModel();
    view.doc.indexDocument(model);
    yield;
    view.doc.renderDocument(model);
    view.legend.setHideClutter(model.hideClutter, store.state.clutterInPanels);
    yield;
    view.doc.drawTop();
    yield;
    const counts = drawLegend();
    yield;
    drawStatistics([...(counts.get('statistic')?.values() ?? [])].reduce((a, b) => a + b, 0));
    yield;
    drawEntities();
  }

  /** @returns {import('./view/document.js').DocumentModel} what the document view draws */
  function documentModel() {
    return {
      text: derived.text,
      lines: derived.lines,
      annotations: derived.annotations,
      shown: derived.shown,
      clutter: derived.clutter,
      clutterShown: derived.clutterShown,
      flips: derived.flips,
      hideClutter: store.state.hideClutter,
      entityKeys: derived.entityKeys,
      counted: derived.counted,
      hiddenLayers: store.state.hiddenLayers,
      hiddenTypes: store.state.hiddenTypes,
    };
  }

  /** The legend and what the exports leave out; returns the counts by type. */
  function drawLegend() {
    const counts = countTypes(derived.annotations, derived.counted);
    view.legend.render(counts, store.state.hiddenLayers, store.state.hiddenTypes);
    view.input.setExportScope(hiddenNames(store.state), store.state.exportAll);
    return counts;
  }

  /**
   * After a toggle in the legend: only what is shown changes (not the text, the panels or the
   * counts), so the document switches classes on what it has drawn instead of drawing again.
   */
  function drawVisibility() {
    if (slicing || derived.text !== store.state.rawText) {
      draw(); // a draw in steps is under way, or the text changed: draw it all
      return;
    }
    derived = { ...derived, ...visibility(store.state, derived.annotations, derived.clutter) };
    view.doc.setVisibility(documentModel());
    drawLegend();
  }

  /**
   * Draws in steps, yielding to the page between them.
   * @param {(done: number) => void} progress
   * @returns {Promise<boolean>} whether it ran to the end (false: a newer draw started)
   */
  function drawSliced(progress) {
    const run = ++drawing;
    slicing = true;
    return runSliced(drawSteps(), progress, () => run === drawing).finally(() => {
      if (run === drawing) slicing = false;
    });
  }

  /** Redraws everything from the state. */
  function draw() {
    if (store.state.rawText.length <= BIG_CHARS) {
      drawing++;
      slicing = false;
      finish(drawSteps());
    } else drawSliced(() => {});
  }

  /** @param {number} [total] how many figures there are, when known */
  function drawStatistics(
    total = derived.annotations.reduce((n, a, i) => n + (a.layer === 'statistic' && derived.counted[i] ? 1 : 0), 0),
  ) {
    view.panels.renderStatistics(
      statisticRows(derived.text, derived.annotations, store.state.figuresShown, derived.counted),
      total,
    );
  }

  function drawEntities() {
    const entry = entityEntry(derived, store.state.selectedEntity);
    if (!entry) store.dispatch({ type: 'clearEntity' });
    const { selectedEntity, entityStep } = store.state;
    const position = entry ? { index: entityStep, total: entry.mentions.length } : null;
    view.panels.renderEntities(derived.groups, selectedEntity, position);
  }

  /** Shows the selected entity's current mention. */
  function revealStep() {
    const entry = entityEntry(derived, store.state.selectedEntity);
    if (!entry) return;
    reveal(entry.mentions[store.state.entityStep]);
  }

  /** @param {number} id an annotation: scroll to its mark (or its line) and flash it */
  function reveal(id) {
    const a = derived.annotations[id];
    if (a) view.doc.revealMark(id, lineAt(derived.lines, a.start));
  }

  return {
    draw,
    drawSliced,
    drawVisibility,
    drawStatistics,
    drawEntities,
    revealStep,
    reveal,
    /** What the view shows now. */
    get derived() {
      return derived;
    },
  };
}

/** @typedef {ReturnType<typeof createDrawer>} Drawer */
