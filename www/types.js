// Shared JSDoc types (no code). Import them with `@typedef {import('./types.js').X} X`.

/**
 * One annotation as the WASM binding returns it; `start`/`end` index the JavaScript string
 * (UTF-16 code units). Layers add their own fields (`reason`, `entity`, `canonical`, `value`,
 * `unit`, `change`, `hint`, ...); the page renders whatever is present.
 * @typedef {{
 *   layer: 'boilerplate' | 'entity' | 'statistic',
 *   type: string,
 *   start: number,
 *   end: number,
 *   text: string,
 *   manual?: boolean,
 *   [field: string]: unknown,
 * }} Annotation
 */

/**
 * One line of the text: `start`..`end` excludes the line break.
 * @typedef {{index: number, start: number, end: number}} Line
 */

/**
 * What a share link holds.
 * @typedef {{
 *   text: string,
 *   hiddenLayers: string[],
 *   hiddenTypes: string[],
 *   flips: number[],
 *   hideClutter: boolean,
 *   boilerplate: Annotation[] | null,
 *   corrections?: import('./corrections.js').Correction[],
 * }} SharedView
 *   `corrections`: the reader's own marks and changes (link key `k`), applied after annotating
 */

export {};
