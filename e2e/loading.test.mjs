// Opening texts other than by pasting: Try an example, and a dropped .txt or .html file (whose HTML
// never runs or enters the page).
// Needs `make build` (www/pkg).

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { EXAMPLE_TEXT } from '../www/example.js';

import { browserTests, openWorkbench, tryExample } from './helpers.mjs';

const env = browserTests();
/** @type {(url?: string | null, options?: import('playwright-core').BrowserContextOptions) => ReturnType<typeof env.open>} */
const openPage = (url, options) => openWorkbench(env, url, options);

describe('loading', () => {
  test('Try an example loads the example article and annotates it', async () => {
    const { context, page, gloss } = await openPage();
    await tryExample(gloss);
    assert.equal(await page.inputValue('#source'), EXAMPLE_TEXT);
    const entities = (await gloss.marksOf('entity')).map((m) => m.text);
    assert.ok(entities.includes('Harriet Vale'), entities.join(', '));
    assert.ok((await gloss.marksOf('statistic')).length > 5);
    assert.ok((await gloss.marksOf('boilerplate')).length > 3);
    assert.deepEqual(gloss.errors, []);
    await context.close();
  });

  test('a dropped .txt or .html file is read (the HTML never runs or enters the page)', async () => {
    const { context, page, gloss } = await openPage();
    const drop = (name, type, content) =>
      page.evaluate(
        ([n, t, c]) => {
          const data = new DataTransfer();
          data.items.add(new File([c], n, { type: t }));
          document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
        },
        [name, type, content],
      );
    await drop('note.txt', 'text/plain', 'Minister Alma Reyes opened the Lisbon office on Monday.\n');
    await page.waitForFunction(() => document.querySelector('#source').value.includes('Alma Reyes'));
    await gloss.idle();
    assert.ok((await gloss.marks()).length > 0);

    const html = `<!doctype html><html><head><title>T</title><script>window.__ran = 1</script></head>
<body><nav>Home | World | Sport</nav><h1>Port strike ends after 9 days</h1>
<p>Dock workers in <b>Rotterdam</b> returned to work after union leader Joris Bakker accepted a 6 per cent pay rise.</p>
<img src="x" onerror="window.__ran = 2"><p>Sign up to our newsletter</p></body></html>`;
    /** @type {string[]} */
    const requests = [];
    page.on('request', (r) => {
      if (!/^(blob|data):/.test(r.url())) requests.push(r.url());
    });
    await drop('strike.html', 'text/html', html);
    await page.waitForFunction(() => document.querySelector('#source').value.includes('Joris Bakker'));
    await gloss.idle();
    const source = await page.inputValue('#source');
    assert.match(
      source,
      /^Home \| World \| Sport\n+Port strike ends after 9 days\n+Dock workers in Rotterdam returned/,
    );
    assert.ok(!source.includes('<'), 'markup is not in the text');
    assert.equal(await page.evaluate(() => window.__ran), undefined, 'no script or handler ran');
    assert.equal(await page.$$eval('#view img, #view b, #view nav', (e) => e.length), 0);
    const entities = (await gloss.marksOf('entity')).map((m) => m.text);
    assert.ok(entities.includes('Joris Bakker'), entities.join(', '));
    assert.deepEqual(requests, [], "the file's image was not fetched");
    // Chromium fires the img's error in the parsed (detached) document and the page's CSP
    // blocks the inline handler: that report is the defence working, anything else is a fault.
    assert.deepEqual(
      gloss.errors.filter((e) => !/inline event handler violates/.test(e)),
      [],
    );
    await context.close();
  });
});
