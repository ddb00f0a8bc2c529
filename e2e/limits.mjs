// Time limits shared by the browser tests (no imports, so that any test file can read them).

/**
 * Playwright's limit for one action (click, fill, press, hover) and for short waits. Every page
 * and context gets it, so that a stuck action fails in seconds with its selector named instead of
 * holding up the suite; waits for work that takes longer (annotating a big text) say so.
 */
export const ACTION_MS = 15_000;
/** How long annotating an ordinary text may take (under load on the shared 2-core machine). */
export const IDLE_MS = 30_000;
/** Each test file's limit per test (`node --test --test-timeout`, see the Makefile). */
export const TEST_MS = 180_000;
