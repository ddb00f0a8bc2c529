// Work in steps (www/steps.js): runSliced shares a task between short steps and yields once a
// task has run SLICE_MS; it reports every step and stops when a newer run has started. The
// steps move a clock of the test's own instead of taking time. Run with `node --test www/test/`.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SLICE_MS, finish, runSliced } from '../steps.js';

/**
 * Steps that each take `ms` of the clock and record the task they ran in.
 * @param {number[]} ms
 * @param {{ms: number, task: number}} clock
 * @param {number[]} ranIn
 */
function* steps(ms, clock, ranIn) {
  for (const m of ms) {
    clock.ms += m;
    ranIn.push(clock.task);
    yield;
  }
  return 'done';
}

/** A clock, and a count of the tasks run since it started (every later macrotask moves it on). */
function clocked() {
  const clock = { ms: 0, task: 0, stop: false };
  const tick = () => {
    clock.task++;
    if (!clock.stop) setTimeout(tick, 0);
  };
  setTimeout(tick, 0);
  return clock;
}

test('steps: short steps share a task, a long one ends its task', async () => {
  const clock = clocked();
  /** @type {number[]} */
  const ranIn = [];
  /** @type {number[]} */
  const reported = [];
  const short = SLICE_MS / 4;
  const whole = await runSliced(
    steps([short, short, SLICE_MS, short, short, short, short, short], clock, ranIn),
    (done) => reported.push(done),
    () => true,
    () => clock.ms,
  );
  clock.stop = true;
  assert.equal(whole, true);
  assert.deepEqual(reported, [1, 2, 3, 4, 5, 6, 7, 8], 'every step is reported');
  assert.equal(ranIn[0], ranIn[1], 'two short steps in one task');
  assert.equal(ranIn[1], ranIn[2], 'the long step starts in the same task');
  assert.ok(ranIn[3] > ranIn[2], 'the page had a task after the long step');
  assert.deepEqual(ranIn.slice(4, 7), [ranIn[3], ranIn[3], ranIn[3]], 'then short steps share a task again');
  assert.ok(ranIn[7] > ranIn[6], 'up to SLICE_MS of them');
});

test('steps: a newer run stops an older one at its next yield', async () => {
  const clock = { ms: 0, task: 0 };
  /** @type {number[]} */
  const ranIn = [];
  let current = true;
  const run = runSliced(
    steps([SLICE_MS, SLICE_MS, SLICE_MS], clock, ranIn),
    () => {
      current = false; // a newer run started while the first step ran
    },
    () => current,
    () => clock.ms,
  );
  assert.equal(await run, false);
  assert.equal(ranIn.length, 1, 'no step after the yield');
});

test('steps: finish runs them all at once and returns the result', () => {
  /** @type {number[]} */
  const ranIn = [];
  assert.equal(finish(steps([1, 1, 1], { ms: 0, task: 7 }, ranIn)), 'done');
  assert.deepEqual(ranIn, [7, 7, 7]);
});
