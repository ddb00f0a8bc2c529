// The reader's work kept in this browser (localStorage; it never leaves the machine): the text
// and the view as a share link's fragment holds them (share.js), so that a reload, a closed tab
// or a crash loses nothing, and restoring checks everything as opening a link does.

import { decodeView, encodeView } from './share.js';
import { correctionsOf, sharedView } from './state.js';
import { BIG_CHARS } from './limits.js';

const KEY = 'gloss:work';
/** Texts longer than this are not kept (encoding them would hold up the page). */
export const MAX_KEPT = BIG_CHARS;
/** Changes are written this long after the last one. */
const DELAY_MS = 400;

/**
 * @param {{
 *   store: import('./state.js').Store,
 *   drawer: import('./draw.js').Drawer,
 *   storage?: Storage | null,
 * }} parts `storage`: default localStorage (none where the browser refuses it)
 */
export function createSaved({ store, drawer, storage = safeLocalStorage() }) {
  let timer = 0;
  /** what was written last, so that an unchanged view is not written again */
  let last = '';
  /** whether what is kept is the view as it is now */
  let upToDate = true;

  /** Keeps the view as it is now, a moment after the last change. */
  function schedule() {
    upToDate = false;
    if (!storage) return;
    clearTimeout(timer);
    timer = window.setTimeout(() => {
      save().catch(() => {});
    }, DELAY_MS);
  }

  async function save() {
    const state = store.state;
    if (!storage || state.text !== state.rawText || state.region !== state.rawRegion) return; // kept once annotated
    if (state.rawText === '') {
      forget();
      return;
    }
    if (state.rawText.length > MAX_KEPT) {
      remove(); // too long to keep: what was kept is an older text, and leaving warns
      return;
    }
    const fragment = await encodeView(sharedView(state, drawer.derived.flips));
    if (fragment === last) {
      upToDate = true;
      return;
    }
    try {
      storage.setItem(KEY, fragment);
      last = fragment;
      upToDate = true;
    } catch {
      // Full or refused: the work is not kept, and leaving the page warns.
    }
  }

  /**
   * Whether leaving the page now would lose corrections by hand: they are not kept (yet) in
   * this browser (storage refused or full, a text too long to keep, a change not written yet).
   */
  function unkept() {
    return !upToDate && correctionsOf(store.state).length > 0;
  }

  /** @returns {Promise<import('./types.js').SharedView | null>} the kept view, if any */
  async function restore() {
    const fragment = storage?.getItem(KEY);
    if (!fragment) return null;
    try {
      const view = await decodeView(fragment);
      last = fragment;
      return view;
    } catch {
      forget();
      return null;
    }
  }

  /** Clears what is kept: the reader asked, or there is nothing to keep. */
  function forget() {
    clearTimeout(timer);
    upToDate = true;
    remove();
  }

  function remove() {
    last = '';
    try {
      storage?.removeItem(KEY);
    } catch {
      // nothing kept
    }
  }

  return { schedule, restore, forget, unkept };
}

/** @returns {Storage | null} */
function safeLocalStorage() {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null; // storage blocked by the browser's settings
  }
}

/** @typedef {ReturnType<typeof createSaved>} Saved */
