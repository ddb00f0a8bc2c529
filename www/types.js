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
 * Some annotations of a packed result (the WASM's `annotatePacked`; layout in
 * src/wasm/packed.rs, unpacked by www/packed.js), as the worker posts them to the page: per
 * annotation six numbers in `ints` (start, end, layer + 4 × flags, type, two fields indexing the
 * result's `strings` or `extras`) and its `value` in `values`. The buffers are transferred, not
 * copied.
 * @typedef {{ints: Uint32Array, values: Float64Array}} PackedPart
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
 *   region?: string,
 * }} SharedView
 *   `corrections`: the reader's own marks and changes (link key `k`), applied after annotating;
 *   `region`: the reader's region the figures were read for ("AU"; link key `r`, format v2),
 *   none when absent or ''
 */

export {};
