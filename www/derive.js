// What the view shows, derived from the state: the annotations with corrections and flips
// applied, what is visible, the entity keys and groups. Pure; in steps (each yield is a point
// where a big text lets the page breathe, see steps.js).

import { applyFlipsSteps, inClutter, splitLines } from './model.js';
import { applyCorrections } from './corrections.js';
import { typeKey } from './annotation.js';
import { entityGroups, entityKey } from './panels/entities.js';
import { correctionsOf, liveFlips } from './state.js';
import { layerName, typeName } from './format.js';

/** @typedef {import('./types.js').Annotation} Annotation */
/** @typedef {import('./types.js').Line} Line */

/**
 * @typedef {{
 *   text: string,
 *   lines: Line[],
 *   flips: Set<number>,
 *   annotations: Annotation[],
 *   clutter: (Annotation | null)[],
 *   clutterShown: boolean[],
 *   shown: boolean[],
 *   counted: boolean[],
 *   entityKeys: (string | null)[],
 *   groups: import('./panels/entities.js').EntityGroup[],
 *   stale: import('./corrections.js').Correction[],
 * }} Derived
 */

/** How many times deriveSteps yields (with applyFlipsSteps), for progress bars. */
export const DERIVE_STEPS = 6;

/**
 * @param {import('./state.js').State} state
 * @returns {Generator<void, Derived>}
 */
export function* deriveSteps(state) {
  const text = state.rawText;
  const lines = splitLines(text);
  // Flips last while their line holds the text it had when flipped.
  const flips = new Set(liveFlips(text, state.flips).keys());
  const { annotations: corrected, stale } = applyCorrections(text, state.raw, correctionsOf(state));
  yield;
  const { annotations, clutter } = yield* applyFlipsSteps(text, lines, corrected, flips);
  yield;
  const { shown, clutterShown } = visibility(state, annotations, clutter);
  // Names and figures on clutter lines are drawn, but the panels, counts and exports hold only
  // the article's, unless the reader asks for clutter too (and does not hide it).
  const withClutter = state.clutterInPanels && !state.hideClutter;
  const counted = annotations.map((a) => a.layer === 'boilerplate' || withClutter || !inClutter(lines, clutter, a));
  yield;
  const entityKeys = annotations.map((a) => (a.layer === 'entity' ? entityKey(a) : null));
  yield;
  const groups = entityGroups(annotations, counted, entityKeys);
  return { text, lines, flips, annotations, clutter, clutterShown, shown, counted, entityKeys, groups, stale };
}

/**
 * What the legend lets through: each annotation shown or not, each clutter line marked or not
 * (a clutter line is marked as such only while its layer and type are switched on). Cheap: a
 * toggle in the legend recomputes only this.
 * @param {import('./state.js').State} state
 * @param {Annotation[]} annotations
 * @param {(Annotation | null)[]} clutter
 */
export function visibility(state, annotations, clutter) {
  const { hiddenLayers, hiddenTypes } = state;
  const isShown = (/** @type {Annotation} */ a) =>
    !hiddenLayers.has(a.layer) && (hiddenTypes.size === 0 || !hiddenTypes.has(typeKey(a)));
  return { shown: annotations.map(isShown), clutterShown: clutter.map((c) => c !== null && isShown(c)) };
}

/**
 * The entity the reader selected, if it is still there.
 * @param {Derived} derived
 * @param {string | null} key
 */
export function entityEntry(derived, key) {
  if (!key) return null;
  for (const group of derived.groups) {
    for (const entity of group.entities) if (entity.key === key) return entity;
  }
  return null;
}

/**
 * What the legend hides, in the reader's words (`Names`, `Ordinal (Figures)`): what the exports
 * leave out unless the reader asks for everything.
 * @param {import('./state.js').State} state
 * @returns {string[]}
 */
export function hiddenNames(state) {
  const layers = [...state.hiddenLayers].map(layerName);
  const types = [...state.hiddenTypes]
    .map((key) => {
      const at = key.indexOf(':');
      return { layer: key.slice(0, at), type: key.slice(at + 1) };
    })
    .filter(({ layer }) => !state.hiddenLayers.has(layer))
    .map(({ layer, type }) => `${typeName(type)} (${layerName(layer)})`);
  return layers.concat(types);
}

/**
 * The annotations an export holds: what is shown (or everything, when the reader asks), and
 * never clutter's names and figures unless the panels hold them too.
 * @param {Derived} derived
 * @param {boolean} all also what the legend hides
 */
export function exported(derived, all) {
  return derived.annotations.filter((_, i) => (all || derived.shown[i]) && derived.counted[i]);
}
