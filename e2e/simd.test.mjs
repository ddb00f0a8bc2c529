// A browser without WebAssembly SIMD (the WASM is built with simd128) is told so plainly, before
// any worker starts, and a paste then says the same instead of failing. The missing feature is
// made up by stubbing WebAssembly.validate before the page's scripts run. Needs `make build`.

import { test } from 'node:test';
import assert from 'node:assert/strict';

import { browserTests } from './helpers.mjs';

const env = browserTests();

test('a browser without WebAssembly SIMD is told to update, and a paste says it again', async () => {
  const { context, page, gloss } = await env.open(undefined, {
    init: () => {
      // This browser "lacks" SIMD: no module validates.
      WebAssembly.validate = () => false;
    },
  });
  const workers = [];
  page.on('worker', (w) => workers.push(w.url()));
  const message = page.locator('#message');
  await message.waitFor({ state: 'visible' });
  assert.match(await message.textContent(), /does not support WebAssembly SIMD.*Please update it/);

  await page.fill('#source', 'Maria Okafor said 13 per cent of firms closed.');
  await page.waitForFunction(() => !document.body.dataset.busy);
  assert.match(await message.textContent(), /does not support WebAssembly SIMD/);
  assert.equal(await page.locator('#view mark').count(), 0);
  assert.deepEqual(workers, [], 'no worker was started');
  assert.deepEqual(gloss.errors, []);
  await context.close();
});

test('a browser with SIMD loads the annotator and shows no such message', async () => {
  const { context, page, gloss } = await env.open();
  await gloss.enter('Maria Okafor said 13 per cent of firms closed.');
  assert.ok((await page.locator('#view mark').count()) > 0);
  assert.doesNotMatch((await page.locator('#message').textContent()) ?? '', /SIMD/);
  await context.close();
});
