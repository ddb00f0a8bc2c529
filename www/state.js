// The page's one state and its pure updates: `update(state, event)` returns a new state and
// never changes the one it is given (Sets, Maps and lists are copied when they change). The
// store holds the current state; app modules dispatch events to it and redraw what changed.

import { splitLines } from './model.js';
import { FIGURES_SHOWN } from './limits.js';
import * as history from './history.js';

/** @typedef {import('./types.js').Annotation} Annotation */
/** @typedef {import('./types.js').SharedView} SharedView */
/** @typedef {import('./corrections.js').Correction} Correction */

/**
 * @typedef {{
 *   text: string,
 *   html: string | null,
 *   sharedBoilerplate: Annotation[] | null,
 *   raw: Annotation[],
 *   rawText: string,
 *   hiddenLayers: ReadonlySet<string>,
 *   hiddenTypes: ReadonlySet<string>,
 *   flips: ReadonlyMap<number, string>,
 *   hideClutter: boolean,
 *   clutterInPanels: boolean,
 *   exportAll: boolean,
 *   selectedEntity: string | null,
 *   entityStep: number,
 *   corrections: history.History<Correction[]>,
 *   title: string,
 *   figuresShown: number,
 *   tooLong: boolean,
 *   region: string,
 *   rawRegion: string,
 * }} State
 *   `text`: the editor's text; `html`: the HTML of a rich paste that covered the whole text;
 *   `sharedBoilerplate`: boilerplate from a shared link of a rich paste; `raw`: the annotations
 *   as the annotator returned them, for `rawText` (what the view shows until the next result);
 *   `flips`: line index → that line's text when it was flipped (a flip lasts while the line
 *   does); `clutterInPanels`: the panels, counts and exports also hold
 *   the names and figures on clutter lines; `exportAll`: exports hold what the legend hides too;
 *   `corrections`: the reader's own marks and changes, with undo; `title`: of the example
 *   or dropped file, for export names; `figuresShown`: how many figures the panel lists;
 *   `tooLong`: the text is over MAX_TEXT (and the message says so); `region`: the reader's
 *   region ("AU", www/regions.js; '' for none), whose conventions read "$", "10 grand" and
 *   3/4/2024; `rawRegion`: the region `raw` was annotated with.
 *
 * @typedef {{type: 'edit', text: string}
 *   | {type: 'richPaste', text: string, html: string | null}
 *   | {type: 'load', text: string, html: string | null, title: string}
 *   | {type: 'openShared', shared: SharedView}
 *   | {type: 'annotated', text: string, region: string, annotations: Annotation[]}
 *   | {type: 'region', region: string}
 *   | {type: 'tooLong'}
 *   | {type: 'fits'}
 *   | {type: 'toggleLayer', layer: string}
 *   | {type: 'toggleType', key: string}
 *   | {type: 'flip', line: number, content: string}
 *   | {type: 'hideClutter', hide: boolean}
 *   | {type: 'clutterInPanels', include: boolean}
 *   | {type: 'exportAll', all: boolean}
 *   | {type: 'correct', correction: Correction}
 *   | {type: 'restore', corrections: Correction[]}
 *   | {type: 'undo'}
 *   | {type: 'redo'}
 *   | {type: 'moreFigures'}
 *   | {type: 'selectEntity', key: string}
 *   | {type: 'stepEntity', delta: number, total: number}
 *   | {type: 'clearEntity'}} Event
 */

/** @returns {State} the state of an empty page */
export function initialState() {
  return {
    text: '',
    html: null,
    sharedBoilerplate: null,
    raw: [],
    rawText: '',
    hiddenLayers: new Set(),
    hiddenTypes: new Set(),
    flips: new Map(),
    hideClutter: false,
    clutterInPanels: false,
    exportAll: false,
    selectedEntity: null,
    entityStep: 0,
    corrections: history.startHistory(/** @type {Correction[]} */ ([])),
    title: '',
    figuresShown: FIGURES_SHOWN,
    tooLong: false,
    region: '',
    rawRegion: '',
  };
}

/**
 * The corrections in force now.
 * @param {State} state
 */
export function correctionsOf(state) {
  return history.current(state.corrections);
}

/**
 * @param {State} state
 * @param {Event} event
 * @returns {State}
 */
export function update(state, event) {
  switch (event.type) {
    case 'edit':
      // The HTML of a rich paste no longer matches an edited text.
      return { ...state, text: event.text, html: null, sharedBoilerplate: null };
    case 'richPaste':
      return { ...state, text: event.text, html: event.html, sharedBoilerplate: null };
    case 'load':
      return {
        ...state,
        text: event.text,
        html: event.html,
        title: event.title,
        sharedBoilerplate: null,
        flips: new Map(),
        corrections: history.startHistory(/** @type {Correction[]} */ ([])),
      };
    case 'openShared':
      return openShared(state, event.shared);
    case 'annotated':
      return {
        ...state,
        raw: state.sharedBoilerplate ? event.annotations.concat(state.sharedBoilerplate) : event.annotations,
        rawText: event.text,
        rawRegion: event.region,
        figuresShown: FIGURES_SHOWN,
        flips: liveFlips(event.text, state.flips),
      };
    case 'region':
      return { ...state, region: event.region };
    case 'tooLong':
      return { ...state, tooLong: true, raw: [], rawText: '' };
    case 'fits':
      return { ...state, tooLong: false };
    case 'toggleLayer':
      return { ...state, hiddenLayers: toggled(state.hiddenLayers, event.layer) };
    case 'toggleType':
      return { ...state, hiddenTypes: toggled(state.hiddenTypes, event.key) };
    case 'flip': {
      const flips = new Map(state.flips);
      if (flips.has(event.line)) flips.delete(event.line);
      else flips.set(event.line, event.content);
      return { ...state, flips };
    }
    case 'hideClutter':
      return { ...state, hideClutter: event.hide };
    case 'clutterInPanels':
      return { ...state, clutterInPanels: event.include };
    case 'exportAll':
      return { ...state, exportAll: event.all };
    case 'correct':
      return {
        ...state,
        corrections: history.push(state.corrections, correctionsOf(state).concat([event.correction])),
      };
    case 'restore':
      // A reopened file's corrections: the reader's work as it was, as a link opens it.
      return { ...state, corrections: history.startHistory(event.corrections) };
    case 'undo':
      return { ...state, corrections: history.undo(state.corrections) };
    case 'redo':
      return { ...state, corrections: history.redo(state.corrections) };
    case 'moreFigures':
      return { ...state, figuresShown: state.figuresShown + FIGURES_SHOWN };
    case 'selectEntity':
      return state.selectedEntity === event.key
        ? { ...state, selectedEntity: null }
        : { ...state, selectedEntity: event.key, entityStep: 0 };
    case 'stepEntity': {
      const n = event.total;
      return n > 0 ? { ...state, entityStep: (state.entityStep + event.delta + n) % n } : state;
    }
    case 'clearEntity':
      return state.selectedEntity === null ? state : { ...state, selectedEntity: null };
    default:
      return state;
  }
}

/**
 * The view as a share link (or the kept work) holds it: the annotated text and the region it
 * was read for, the reader's choices, flips and corrections, and the boilerplate when it came from HTML or a link.
 * @param {State} state
 * @param {Iterable<number>} flips the flipped lines that still apply
 * @returns {SharedView}
 */
export function sharedView(state, flips) {
  return {
    text: state.rawText,
    hiddenLayers: [...state.hiddenLayers],
    hiddenTypes: [...state.hiddenTypes],
    flips: [...flips].sort((a, b) => a - b),
    hideClutter: state.hideClutter,
    corrections: correctionsOf(state),
    boilerplate: state.html || state.sharedBoilerplate ? state.raw.filter((a) => a.layer === 'boilerplate') : null,
    region: state.rawRegion,
  };
}

/**
 * The view a share link holds, as the state: its text, choices, flips and corrections.
 * @param {State} state
 * @param {SharedView} shared
 * @returns {State}
 */
function openShared(state, shared) {
  const lines = splitLines(shared.text);
  return {
    ...state,
    text: shared.text,
    html: null,
    title: '',
    sharedBoilerplate: shared.boilerplate,
    hiddenLayers: new Set(shared.hiddenLayers),
    hiddenTypes: new Set(shared.hiddenTypes),
    flips: new Map(
      shared.flips.filter((i) => i < lines.length).map((i) => [i, shared.text.slice(lines[i].start, lines[i].end)]),
    ),
    hideClutter: shared.hideClutter,
    region: shared.region ?? '',
    selectedEntity: null,
    corrections: history.startHistory(shared.corrections ?? []),
  };
}

/**
 * The flips whose line still holds the text it had when flipped.
 * @param {string} text
 * @param {ReadonlyMap<number, string>} flips
 * @returns {ReadonlyMap<number, string>}
 */
export function liveFlips(text, flips) {
  if (flips.size === 0) return flips;
  const lines = splitLines(text);
  return new Map(
    [...flips].filter(
      ([index, content]) => lines[index] && text.slice(lines[index].start, lines[index].end) === content,
    ),
  );
}

/**
 * @param {ReadonlySet<string>} set
 * @param {string} item
 * @returns {Set<string>} a copy with `item` added, or removed when it was there
 */
function toggled(set, item) {
  const out = new Set(set);
  if (out.has(item)) out.delete(item);
  else out.add(item);
  return out;
}

/**
 * Holds the current state; `dispatch` replaces it with `update(state, event)`.
 * @param {State} [state]
 */
export function createStore(state = initialState()) {
  let now = state;
  return {
    get state() {
      return now;
    },
    /** @param {Event} event @returns {State} the new state */
    dispatch(event) {
      now = update(now, event);
      return now;
    },
  };
}

/** @typedef {ReturnType<typeof createStore>} Store */
