// The WASM is built with 128-bit SIMD (`.cargo/config.toml`), which every current browser has;
// one without it cannot compile the module. The page checks first, with the smallest module
// that uses a SIMD instruction, and says so in words a reader can act on.

/**
 * The smallest module using a 128-bit SIMD instruction (i8x16.splat of 0, then popcnt).
 */
const SIMD_PROBE = new Uint8Array([
  0, 97, 115, 109, 1, 0, 0, 0, 1, 5, 1, 96, 0, 1, 123, 3, 2, 1, 0, 10, 10, 1, 8, 0, 65, 0, 253, 15, 253, 98, 11,
]);

export const NO_SIMD_MESSAGE =
  'The annotator could not load: this browser does not support WebAssembly SIMD, which ' +
  'Gloss needs. Please update it (Chrome or Edge 91+, Firefox 89+, Safari 16.4+).';

/** Whether this browser can run the annotator's WASM (WebAssembly with SIMD). */
export function simdSupported() {
  try {
    return typeof WebAssembly === 'object' && WebAssembly.validate(SIMD_PROBE);
  } catch {
    return false;
  }
}
