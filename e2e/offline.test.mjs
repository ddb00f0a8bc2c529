// Offline: after the first visit the page opens and annotates with the network cut.
// Needs `make build` (www/pkg).

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';

import { browserTests, openWorkbench } from './helpers.mjs';

const env = browserTests();
/** @type {(url?: string | null, options?: import('playwright-core').BrowserContextOptions) => ReturnType<typeof env.open>} */
const openPage = (url, options) => openWorkbench(env, url, options);

describe('offline', () => {
  test('offline: after the first visit the page opens and annotates with the network cut', async () => {
    const { context, page, gloss } = await openPage();
    await gloss.within(() => navigator.serviceWorker.ready.then(() => undefined));
    await context.setOffline(true);
    await page.reload();
    await page.waitForSelector('html[data-ready="true"]');
    await gloss.enter('Mayor Ines Duarte said 1,200 homes in Porto lost power on Tuesday.\n');
    assert.ok((await gloss.marksOf('entity')).length > 0);
    assert.deepEqual((await gloss.marksOf('statistic')).map((m) => m.text).includes('1,200'), true);
    assert.deepEqual(gloss.errors, []);
    await context.close();
  });
});
