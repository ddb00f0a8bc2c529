// Builds the modules and connects them: the reader's actions (View hooks) change the state,
// the state is annotated (Annotator) and derived (model, panels), the View draws the result.

import { Annotator } from './annotator.js';
import {
  applyFlipsSteps,
  LAYERS,
  cleanSpans,
  countTypes,
  splitLines,
  typeKey,
  lineAt,
} from './model.js';
import { LAYER_NAMES, cardRows, typeName } from './format.js';
import { decodeView, encodeView, isShareFragment, ShareLinkError } from './share.js';
import { statisticRows, toCsv } from './panels/statistics.js';
import { entityGroups, entityKey } from './panels/entities.js';
import { View, BIG_CHARS, formatSize } from './view.js';
import { exportFile, EXPORT_FORMATS } from './exports.js';
import { encodeProtectedFragment, isProtectedFragment, openProtected } from './passphrase.js';
import {
  addMark,
  applyCorrections,
  CORRECTION_TYPES,
  relabelMark,
  removeMark,
} from './corrections.js';
import { History } from './history.js';
import { registerServiceWorker } from './offline.js';
import { bookmarkletHref } from './bookmarklet.js';
import { EXAMPLE_TEXT, EXAMPLE_TITLE } from './example.js';

/** @typedef {import('./types.js').Annotation} Annotation */
/** @typedef {import('./types.js').Line} Line */

const DEBOUNCE_MS = 120;
/**
 * The longest text Gloss annotates (characters; about MB for news text). Measured in Chromium
 * (bench/browser/bench.mjs): 10 MB annotates in well under a minute and its annotations take a
 * few hundred MB of memory; beyond that a tab risks running out. Longer texts are kept in the
 * editor with a message.
 */
export const MAX_TEXT = 12_000_000;
/** Figures listed in the panel at first, and added by each "Show more". */
const FIGURES_SHOWN = 300;
/** Links longer than this may be cut by chat apps and mail clients. */
const LONG_LINK = 8000;

const view = new View();
const annotator = new Annotator();

const state = {
  text: '',
  /** @type {string | null} the HTML of a rich paste that covered the whole text */
  html: null,
  /** @type {Annotation[] | null} boilerplate from a shared link of a rich paste */
  sharedBoilerplate: /** @type {Annotation[] | null} */ (null),
  /** @type {Annotation[]} as the annotator returned them */
  raw: /** @type {Annotation[]} */ ([]),
  /** the text `raw` belongs to: what the view shows until the next result arrives */
  rawText: '',
  hiddenLayers: new Set(/** @type {string[]} */ ([])),
  hiddenTypes: new Set(/** @type {string[]} */ ([])),
  /** line index → that line's text when it was flipped (a flip lasts while the line does) */
  flips: new Map(/** @type {[number, string][]} */ ([])),
  hideClutter: false,
  /** @type {string | null} */
  selectedEntity: null,
  entityStep: 0,
  /** @type {import('./corrections.js').Correction[]} the reader's own marks and changes */
  corrections: /** @type {import('./corrections.js').Correction[]} */ ([]),
  /** the title of the example or dropped file, for export names */
  title: '',
  /** how many figures the statistics panel lists */
  figuresShown: FIGURES_SHOWN,
  /** the text is over MAX_TEXT (and the message says so) */
  tooLong: false,
};

/** Undo/redo over the corrections (each state is a whole list, never changed in place). */
let corrections = new History(state.corrections);

/** @param {import('./corrections.js').Correction[]} list */
function setCorrections(list) {
  state.corrections = list;
  draw();
}

/** Starts a new document: corrections and their history belong to the text they were made on. */
function resetCorrections() {
  state.corrections = [];
  corrections = new History(state.corrections);
}

/** What the view shows, derived from the state after each change. */
let derived = derive();

/** @template T @param {Generator<unknown, T>} steps @returns {T} the result, all steps at once */
function finish(steps) {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

function derive() {
  return finish(deriveSteps());
}

/** Derives the view's data in steps (each yield is a point where a big text lets the page breathe). */
function* deriveSteps() {
  const text = state.rawText;
  const lines = splitLines(text);
  // Flips last while their line holds the text it had when flipped.
  const flips = new Set(
    [...state.flips]
      .filter(([index, content]) => lines[index] && text.slice(lines[index].start, lines[index].end) === content)
      .map(([index]) => index),
  );
  const { annotations: corrected, stale } = applyCorrections(text, state.raw, state.corrections);
  yield;
  const { annotations, clutter } = yield* applyFlipsSteps(text, lines, corrected, flips);
  yield;
  const { hiddenLayers, hiddenTypes } = state;
  const shown = annotations.map(
    (a) => !hiddenLayers.has(a.layer) && (hiddenTypes.size === 0 || !hiddenTypes.has(typeKey(a))),
  );
  yield;
  const entityKeys = annotations.map((a) => (a.layer === 'entity' ? entityKey(a) : null));
  yield;
  const groups = entityGroups(annotations);
  return { text, lines, flips, annotations, clutter, shown, entityKeys, groups, stale };
}

/** Redraws everything from the state. */
function draw() {
  drawing++;
  if (state.rawText.length <= BIG_CHARS) finish(drawSteps());
  else runSliced(drawSteps(), () => {});
}

/** Counts draws: a sliced draw stops when a newer one has started. */
let drawing = 0;

/** Derives and draws in steps: the document (its blocks wait for the viewport), then the panels. */
function* drawSteps() {
  derived = yield* deriveSteps();
  const model = {
    text: derived.text,
    lines: derived.lines,
    annotations: derived.annotations,
    shown: derived.shown,
    clutter: derived.clutter,
    flips: derived.flips,
    hideClutter: state.hideClutter,
    entityKeys: derived.entityKeys,
  };
  view.indexDocument(model);
  yield;
  view.renderDocument(model);
  yield;
  view.drawTop();
  yield;
  const counts = countTypes(derived.annotations);
  view.renderLegend(counts, state.hiddenLayers, state.hiddenTypes);
  yield;
  drawStatistics([...(counts.get('statistic')?.values() ?? [])].reduce((a, b) => a + b, 0));
  yield;
  drawEntities();
}

/** @param {number} [total] how many figures there are, when known */
function drawStatistics(total = derived.annotations.reduce((n, a) => n + (a.layer === 'statistic' ? 1 : 0), 0)) {
  view.renderStatistics(statisticRows(derived.text, derived.annotations, state.figuresShown), total);
}

/**
 * Runs the steps of a draw, yielding to the page between them, and reports each step done.
 * Stops (false) when a newer draw has started meanwhile.
 * @param {Generator} steps
 * @param {(done: number) => void} progress
 * @returns {Promise<boolean>} whether it ran to the end
 */
async function runSliced(steps, progress) {
  const run = drawing;
  for (let done = 1; ; done++) {
    const t0 = performance.now();
    if (steps.next().done) return true;
    performance.measure(`gloss:step ${done}`, { start: t0 });
    progress(done);
    await new Promise((resolve) => setTimeout(resolve, 0));
    if (run !== drawing) return false;
  }
}

function drawEntities() {
  const entry = selectedEntry();
  if (!entry) state.selectedEntity = null;
  const position = entry ? { index: state.entityStep, total: entry.mentions.length } : null;
  view.renderEntities(derived.groups, state.selectedEntity, position);
}

function selectedEntry() {
  if (!state.selectedEntity) return null;
  for (const group of derived.groups) {
    for (const entity of group.entities) if (entity.key === state.selectedEntity) return entity;
  }
  return null;
}

// --- Annotating -------------------------------------------------------------------------------

let timer = 0;

/** Annotates the current text (after `delay` ms, restarting on each call) and redraws. */
function scheduleAnnotate(delay = DEBOUNCE_MS) {
  view.setBusy(true);
  clearTimeout(timer);
  timer = window.setTimeout(runAnnotate, delay);
}

async function runAnnotate() {
  const text = state.text;
  if (text.length > MAX_TEXT) {
    refuseLongText(text);
    return;
  }
  if (state.tooLong) {
    state.tooLong = false;
    view.showMessage(null);
  }
  /** @type {import('./annotator.js').AnnotateOptions} */
  const options = {};
  if (state.html) options.html = state.html;
  if (state.sharedBoilerplate) options.boilerplate = false;
  const big = text.length > BIG_CHARS;
  const size = formatSize(text.length);
  const t0 = performance.now();
  let ticker = 0;
  if (!big) view.hideProgress(); // a big text before this one may have left its bar
  if (big) {
    const tick = () => view.showProgress(null, `Annotating ${size}… ${Math.round((performance.now() - t0) / 1000)} s`);
    tick();
    ticker = window.setInterval(tick, 1000);
  }
  try {
    const result = await annotator.annotate(text, options, (p) => {
      clearInterval(ticker);
      if (big && text === state.text) {
        view.showProgress(0.5 * (p.received / Math.max(1, p.total)), `Annotated in ${formatMs(p.ms)} · receiving ${p.received.toLocaleString('en-GB')} of ${p.total.toLocaleString('en-GB')} marks`);
      }
    });
    clearInterval(ticker);
    if (!result || text !== state.text) return; // superseded
    const received = performance.now();
    state.raw = state.sharedBoilerplate ? result.annotations.concat(state.sharedBoilerplate) : result.annotations;
    state.rawText = text;
    state.figuresShown = FIGURES_SHOWN;
    for (const [index, content] of state.flips) {
      if (!flipStillApplies(text, index, content)) state.flips.delete(index);
    }
    const t1 = performance.now();
    if (big) {
      const steps = 13; // the yields of drawSteps (with deriveSteps and applyFlipsSteps), plus one
      drawing++;
      const whole = await runSliced(drawSteps(), (done) => view.showProgress(0.5 + (0.5 * done) / steps, `Drawing ${size}…`));
      if (text !== state.text) return;
      if (!whole) {
        // The reader changed the view meanwhile: that newer draw finishes the job.
        view.hideProgress();
        view.setBusy(false);
        return;
      }
      view.hideProgress();
    } else {
      draw();
    }
    const drawn = performance.now();
    document.body.dataset.drawMs = (drawn - t1).toFixed(1);
    performance.measure('gloss:wasm', { start: received - result.ms, duration: result.ms });
    performance.measure('gloss:draw', { start: t1, end: drawn });
    performance.measure('gloss:total', { start: t0, end: drawn });
    view.showStatus(
      text
        ? `${state.raw.length} annotations · ${formatMs(result.ms)}${staleNote()}`
        : '',
    );
    document.body.dataset.annotateMs = result.ms.toFixed(2);
  } catch (error) {
    clearInterval(ticker);
    view.hideProgress();
    view.showMessage(`The text could not be annotated: ${error instanceof Error ? error.message : error}`);
  }
  if (text === state.text) view.setBusy(false);
}

/**
 * A text over the limit: kept in the editor, not annotated, and the reader told why.
 * @param {string} text
 */
function refuseLongText(text) {
  state.tooLong = true;
  state.raw = [];
  state.rawText = '';
  draw();
  view.hideProgress();
  view.showStatus('');
  view.showMessage(
    `This text is ${text.length.toLocaleString('en-GB')} characters (${formatSize(text.length)}); Gloss annotates texts of up to ${MAX_TEXT.toLocaleString('en-GB')} characters (about ${formatSize(MAX_TEXT)}). It is kept in the editor: shorten it or split it to annotate it.`,
  );
  view.setBusy(false);
}

/**
 * @param {string} text
 * @param {number} index
 * @param {string} content the line's text when it was flipped
 */
function flipStillApplies(text, index, content) {
  const line = splitLines(text)[index];
  return Boolean(line) && text.slice(line.start, line.end) === content;
}

/** Corrections whose words were edited away are kept (undo may bring them back) but said. */
function staleNote() {
  const n = derived.stale.length;
  if (n === 0) return '';
  return ` · ${n} correction${n === 1 ? '' : 's'} by hand no longer match${n === 1 ? 'es' : ''} the text`;
}

/** @param {number} ms */
function formatMs(ms) {
  return ms < 10 ? `${ms.toFixed(1)} ms` : `${Math.round(ms)} ms`;
}

// --- Sharing ----------------------------------------------------------------------------------

/** The plain (`v1.`) fragment for the view as it is now. */
async function viewFragment() {
  if (state.text.length > MAX_TEXT) throw new Error('the text is over the length Gloss annotates');
  if (state.text !== state.rawText) {
    // Typed just now: annotate first so that the link holds what the view will show.
    clearTimeout(timer);
    await runAnnotate();
  }
  return encodeView({
    text: state.rawText,
    hiddenLayers: [...state.hiddenLayers],
    hiddenTypes: [...state.hiddenTypes],
    flips: [...derived.flips].sort((a, b) => a - b),
    hideClutter: state.hideClutter,
    corrections: state.corrections,
    boilerplate: state.html || state.sharedBoilerplate
      ? state.raw.filter((a) => a.layer === 'boilerplate')
      : null,
  });
}

async function share() {
  const fragment = await viewFragment();
  view.writeFragment(fragment);
  const copied = await view.copy(view.currentUrl());
  const where = copied ? 'Link copied and in the address bar' : 'Link is in the address bar';
  const length = view.currentUrl().length;
  view.showStatus(
    length > LONG_LINK
      ? `${where} · ${length.toLocaleString('en-GB')} characters: some chat apps may cut a link this long`
      : `${where} · ${length.toLocaleString('en-GB')} characters`,
  );
}

/** Shares the view as a `#p1.` link that opens only with a passphrase. */
async function shareProtected() {
  const passphrase = await view.askPassphrase({
    prompt: 'Choose a passphrase. The link opens only with it: send it to your colleague another way.',
    confirm: 'Make link',
  });
  if (!passphrase) return;
  // The plain link is never written to the address bar or the clipboard.
  const fragment = await encodeProtectedFragment(await viewFragment(), passphrase);
  view.writeFragment(fragment);
  const copied = await view.copy(view.currentUrl());
  const length = view.currentUrl().length;
  view.showStatus(
    `${copied ? 'Protected link copied and in the address bar' : 'Protected link is in the address bar'} · ${length.toLocaleString('en-GB')} characters`,
  );
}

/** Opens the view held by the address's fragment, if it holds one. */
async function openFragment() {
  const fragment = view.readFragment();
  const protectedLink = isProtectedFragment(fragment);
  if (!protectedLink && !isShareFragment(fragment)) return false;
  try {
    const shared = protectedLink
      ? await openProtected(fragment, (attempt, error) =>
          view.askPassphrase({
            prompt: 'This link is protected. Enter its passphrase to open it.',
            confirm: 'Open',
            error: error ? 'That passphrase does not open this link. Try again.' : null,
          }),
        )
      : await decodeView(fragment);
    if (!shared) {
      view.showMessage('The protected link was not opened. You can paste an article instead.');
      return true;
    }
    state.text = shared.text;
    state.html = null;
    state.title = '';
    state.sharedBoilerplate = shared.boilerplate;
    state.hiddenLayers = new Set(shared.hiddenLayers);
    state.hiddenTypes = new Set(shared.hiddenTypes);
    const lines = splitLines(shared.text);
    state.flips = new Map(
      shared.flips
        .filter((i) => i < lines.length)
        .map((i) => [i, shared.text.slice(lines[i].start, lines[i].end)]),
    );
    state.hideClutter = shared.hideClutter;
    state.selectedEntity = null;
    resetCorrections();
    state.corrections = shared.corrections ?? [];
    corrections = new History(state.corrections);
    view.setSource(shared.text);
    view.showMessage(null);
    scheduleAnnotate(0);
  } catch (error) {
    const reason =
      error instanceof ShareLinkError ? error.message : 'This share link could not be opened.';
    view.showMessage(`${reason} Nothing was loaded from it; you can paste an article instead.`);
  }
  return true;
}

/**
 * Replaces the text with a new document (the example, a dropped file).
 * @param {string} text
 * @param {string | null} html
 * @param {string} title
 */
function loadDocument(text, html, title) {
  state.text = text;
  state.html = html;
  state.title = title;
  state.sharedBoilerplate = null;
  state.flips.clear();
  resetCorrections();
  view.setSource(text);
  view.showMessage(null);
  scheduleAnnotate(0);
}

/** @param {string} format a key of EXPORT_FORMATS */
function exportAs(format) {
  if (!(format in EXPORT_FORMATS)) return;
  const shown = derived.annotations.filter((_, i) => derived.shown[i]);
  const file = exportFile(
    /** @type {keyof typeof EXPORT_FORMATS} */ (format),
    derived.text,
    shown,
    { baseName: state.title || 'gloss', title: state.title || undefined, created: new Date().toISOString() },
  );
  view.download(file.name, file.content, file.type);
}

// --- Wiring -----------------------------------------------------------------------------------

view.bindEdit((text, pasted) => {
  state.text = text;
  state.html = null; // the HTML of a rich paste no longer matches an edited text
  state.sharedBoilerplate = null;
  scheduleAnnotate(pasted ? 0 : DEBOUNCE_MS); // typing is debounced, a paste is not
});

view.bindRichPaste(({ text, html, whole }) => {
  state.text = text;
  state.html = whole && html ? html : null;
  state.sharedBoilerplate = null;
  scheduleAnnotate(0);
});

view.bindShareProtected(() => {
  shareProtected().catch((error) => view.showMessage(`Could not make a link: ${error}`));
});

view.bindExample(() => loadDocument(EXAMPLE_TEXT, null, EXAMPLE_TITLE));

view.bindDrop(
  ({ text, html, name }) => loadDocument(text, html, name.replace(/\.[^.]*$/, '')),
  (problem) => view.showMessage(problem),
);

view.bindExports(exportAs);

view.setLabelTypes(CORRECTION_TYPES);

/** @param {import('./corrections.js').Correction} correction */
function correct(correction) {
  corrections.push(state.corrections.concat([correction]));
  setCorrections(corrections.current);
}

view.bindSelectionLabel(({ start, end, layer, type }) => {
  correct(addMark(derived.text, { start, end, layer: /** @type {'entity'} */ (layer), type }));
});

view.bindMarkTools(
  (id) => {
    const a = derived.annotations[id];
    return a ? `${typeName(a.type)} · ${a.manual ? 'by hand' : LAYER_NAMES[a.layer] ?? a.layer}` : null;
  },
  (id) => {
    const a = derived.annotations[id];
    if (a) correct(removeMark(a));
  },
  (id, layer, type) => {
    const a = derived.annotations[id];
    if (a && (a.layer !== layer || a.type !== type)) {
      correct(relabelMark(a, type, /** @type {'entity'} */ (layer)));
    }
  },
);

view.bindUndo(
  () => {
    if (!corrections.canUndo) return;
    setCorrections(corrections.undo());
    view.showStatus('Correction undone');
  },
  () => {
    if (!corrections.canRedo) return;
    setCorrections(corrections.redo());
    view.showStatus('Correction redone');
  },
);

view.bindShortcuts((index) => {
  const layer = LAYERS[index];
  if (!layer) return;
  flip(state.hiddenLayers, layer);
  draw();
});

view.bindShare(() => {
  share().catch((error) => view.showMessage(`Could not make a link: ${error}`));
});

view.bindLegend((toggle) => {
  if ('layer' in toggle) flip(state.hiddenLayers, toggle.layer);
  else flip(state.hiddenTypes, toggle.typeKey);
  draw();
});

view.bindFlip((line) => {
  const l = derived.lines[line];
  if (!l) return;
  if (state.flips.has(line)) state.flips.delete(line);
  else state.flips.set(line, derived.text.slice(l.start, l.end));
  draw();
});

view.bindHideClutter((hide) => {
  state.hideClutter = hide;
  draw();
});

/** The clean text, made by the core (the same function as `gloss clean`) from the clutter spans. */
async function coreCleanText() {
  const spans = cleanSpans(derived.lines, derived.clutter);
  return annotator.clean(derived.text, spans);
}

view.bindCleanText(
  async () => {
    const copied = await view.copy(await coreCleanText());
    view.showStatus(copied ? 'Clean text copied' : 'The clipboard refused the clean text: use Download');
  },
  async () => view.download('article.txt', await coreCleanText(), 'text/plain;charset=utf-8'),
);

view.bindStatistics(
  (id) => {
    const a = derived.annotations[id];
    if (a) view.revealMark(id, lineAt(derived.lines, a.start));
  },
  () => {
    const csv = toCsv(statisticRows(derived.text, derived.annotations));
    view.download('figures.csv', csv, 'text/csv;charset=utf-8');
  },
  () => {
    state.figuresShown += FIGURES_SHOWN;
    drawStatistics();
  },
);

view.bindEntities(
  (key) => {
    if (state.selectedEntity === key) state.selectedEntity = null;
    else {
      state.selectedEntity = key;
      state.entityStep = 0;
    }
    drawEntities();
    revealStep();
  },
  (delta) => {
    const entry = selectedEntry();
    if (!entry) return;
    const n = entry.mentions.length;
    state.entityStep = (state.entityStep + delta + n) % n;
    drawEntities();
    revealStep();
  },
  () => {
    state.selectedEntity = null;
    drawEntities();
  },
);

function revealStep() {
  const entry = selectedEntry();
  if (!entry) return;
  const id = entry.mentions[state.entityStep];
  view.revealMark(id, lineAt(derived.lines, derived.annotations[id].start));
}

view.bindHashChange(() => {
  openFragment();
});

view.setCardProvider((id) => {
  const a = derived.annotations[id];
  if (!a) return null;
  const mentions =
    a.layer === 'entity'
      ? derived.annotations.filter((m, i) => derived.entityKeys[i] === derived.entityKeys[id])
      : [];
  return {
    layer: a.layer,
    title: `${typeName(a.type)} · ${LAYER_NAMES[a.layer] ?? a.layer}`,
    rows: cardRows(a, mentions),
  };
});

/**
 * @param {Set<string>} set
 * @param {string} item
 */
function flip(set, item) {
  if (set.has(item)) set.delete(item);
  else set.add(item);
}

// --- Start ------------------------------------------------------------------------------------

async function start() {
  draw();
  try {
    view.setBookmarklet(bookmarkletHref(new URL('./', location.href).href));
  } catch {
    // file:// page: no bookmarklet
  }
  try {
    const version = await annotator.ready;
    view.showVersion(version);
  } catch (error) {
    view.showMessage(`${error instanceof Error ? error.message : error}`);
    return;
  }
  if (!(await openFragment()) && state.text === '' && view.sourceText()) {
    // The browser restored the textarea (back/forward): annotate what is there.
    state.text = view.sourceText();
    scheduleAnnotate(0);
  }
}

start()
  .catch((error) => view.showMessage(`Something went wrong: ${error instanceof Error ? error.message : error}`))
  .finally(() => {
    view.setReady();
    registerServiceWorker();
  });
