// The page's sizes and delays, in one place. Pure.

/** Typing is annotated this long after the last key (a paste at once). */
export const DEBOUNCE_MS = 120;
/**
 * The longest text Gloss annotates (characters; about MB for news text). Measured in Chromium
 * (bench/browser/bench.mjs): 10 MB annotates in well under a minute and its annotations take a
 * few hundred MB of memory; beyond that a tab risks running out. Longer texts are kept in the
 * editor with a message.
 */
export const MAX_TEXT = 12_000_000;
/** Texts this long or longer have their entity pass in the helper worker (www/annotator.js). */
export const SPLIT_CHARS = 4000;
/** Texts longer than this show a progress bar, and fold the editor away. */
export const BIG_CHARS = 200_000;
/**
 * Texts up to this length are drawn whole at once; longer ones block by block, the first
 * FIRST_CHARS right away (two screens of a desktop's reading column: the first block) and the
 * rest as they near the viewport, in the tasks after the first frame.
 */
export const EAGER_CHARS = 32_000;
export const FIRST_CHARS = 6_000;
/** Figures listed in the panel at first, and added by each "Show more". */
export const FIGURES_SHOWN = 300;
/** Links longer than this may be cut by chat apps and mail clients. */
export const LONG_LINK = 8000;

/**
 * A text's length for the reader: "812 KB", "5.0 MB" (characters, near enough bytes for news).
 * @param {number} length
 */
export function formatSize(length) {
  if (length < 1_000_000) return `${Math.max(1, Math.round(length / 1000))} KB`;
  return `${(length / 1_000_000).toFixed(1)} MB`;
}

/** @param {number} ms */
export function formatMs(ms) {
  return ms < 10 ? `${ms.toFixed(1)} ms` : `${Math.round(ms)} ms`;
}
