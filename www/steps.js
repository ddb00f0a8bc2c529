// Work done in steps: a generator yields where a big text lets the page breathe. `finish` runs
// all steps at once (small texts); `runSliced` yields to the page between tasks of steps.

/**
 * @template T
 * @param {Generator<unknown, T>} steps
 * @returns {T} the result, all steps at once
 */
export function finish(steps) {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/**
 * A task runs steps until it has run this long (ms), then yields. A yield costs about a frame
 * (the page renders before the next task): yielding after each of a 1 MB draw's 11 steps, most
 * of them 2-10 ms, left two thirds of its 380 ms draw waiting between steps.
 */
export const SLICE_MS = 16;

/**
 * Runs the steps, yielding to the page once a task has run SLICE_MS, and reports each step
 * done. Stops (false) as soon as `current()` says a newer run has started.
 * @param {Generator} steps
 * @param {(done: number) => void} progress
 * @param {() => boolean} current
 * @param {() => number} [now] the clock (ms): the tests' own
 * @returns {Promise<boolean>} whether it ran to the end
 */
export async function runSliced(steps, progress, current, now = () => performance.now()) {
  let task = now();
  for (let done = 1; ; done++) {
    const t0 = performance.now();
    if (steps.next().done) return true;
    performance.measure(`gloss:step ${done}`, { start: t0 });
    progress(done);
    if (now() - task < SLICE_MS) continue;
    await new Promise((resolve) => setTimeout(resolve, 0));
    if (!current()) return false;
    task = now();
  }
}
