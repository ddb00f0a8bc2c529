// The reader's work kept in this browser (localStorage; it never leaves the machine): the text
// and the view as a share link's fragment holds them (share.js), so that a reload, a closed tab
// or a crash loses nothing, and restoring checks everything as opening a link does.

import { decodeView, encodeView } from './share.js';
import { sharedView } from './state.js';
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

  /** Keeps the view as it is now, a moment after the last change. */
  function schedule() {
    if (!storage) return;
    clearTimeout(timer);
    timer = window.setTimeout(() => {
      save().catch(() => {});
    }, DELAY_MS);
  }

  async function save() {
    const state = store.state;
    if (!storage || state.text !== state.rawText) return; // kept once annotated
    if (state.rawText === '' || state.rawText.length > MAX_KEPT) {
      forget();
      return;
    }
    const fragment = await encodeView(sharedView(state, drawer.derived.flips));
    if (fragment === last) return;
    try {
      storage.setItem(KEY, fragment);
      last = fragment;
    } catch {
      // Full or refused: the work is simply not kept.
    }
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

  /** Clears what is kept. */
  function forget() {
    clearTimeout(timer);
    last = '';
    try {
      storage?.removeItem(KEY);
    } catch {
      // nothing kept
    }
  }

  return { schedule, restore, forget };
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
