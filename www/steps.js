// Work done in steps: a generator yields where a big text lets the page breathe. `finish` runs
// all steps at once (small texts); `runSliced` yields to the page between steps.

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
 * Runs the steps, yielding to the page between them, and reports each step done. Stops (false)
 * as soon as `current()` says a newer run has started.
 * @param {Generator} steps
 * @param {(done: number) => void} progress
 * @param {() => boolean} current
 * @returns {Promise<boolean>} whether it ran to the end
 */
export async function runSliced(steps, progress, current) {
  for (let done = 1; ; done++) {
    const t0 = performance.now();
    if (steps.next().done) return true;
    performance.measure(`gloss:step ${done}`, { start: t0 });
    progress(done);
    await new Promise((resolve) => setTimeout(resolve, 0));
    if (!current()) return false;
  }
}
