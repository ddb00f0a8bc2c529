// www/annotator.js `sharedProgress`: the bar of a two-worker run from the two workers' reports.

import { test } from 'node:test';
import assert from 'node:assert/strict';

import { sharedProgress } from '../annotator.js';

test('the shared progress starts at 0, only moves forward, and ends where one worker ends', () => {
  // What each worker reports in order (the core's shares: boilerplate to 0.1, entities to 0.7,
  // statistics to 0.88, the result to 1; a worker without a layer jumps over its share).
  const first = [0, 0.05, 0.1, 0.7, 0.8, 0.88, 0.97];
  const helper = [0, 0.1, 0.3, 0.5, 0.7, 0.88, 0.97];
  assert.equal(sharedProgress(0, 0), 0);
  for (let i = 0; i < first.length; i++) {
    for (let j = 0; j < helper.length; j++) {
      const here = sharedProgress(first[i], helper[j]);
      if (i > 0) assert.ok(here >= sharedProgress(first[i - 1], helper[j]), `${first[i]}, ${helper[j]}`);
      if (j > 0) assert.ok(here >= sharedProgress(first[i], helper[j - 1]), `${first[i]}, ${helper[j]}`);
      assert.ok(here <= 1);
    }
  }
  assert.ok(Math.abs(sharedProgress(0.97, 0.97) - 0.97) < 1e-9);
});
