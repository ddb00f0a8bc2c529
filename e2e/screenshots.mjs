// Takes the README's screenshots: the page with the example article pasted, light and dark, and
// on a phone, into docs/. Run with `make screenshots` (after `make build`).

import { join } from 'node:path';
import { mkdirSync } from 'node:fs';
import { GlossPage, ROOT, exampleArticle, launchBrowser, startServer } from './helpers.mjs';

const server = await startServer();
const browser = await launchBrowser();
const out = join(ROOT, 'docs');
mkdirSync(out, { recursive: true });
try {
  const article = exampleArticle();
  for (const scheme of /** @type {const} */ (['light', 'dark'])) {
    const context = await browser.newContext({
      viewport: { width: 1360, height: 900 },
      deviceScaleFactor: 1,
      colorScheme: scheme,
    });
    const page = await context.newPage();
    const gloss = new GlossPage(page, server.url);
    await gloss.open();
    await gloss.enter(article.text);
    await page.evaluate(() => {
      const source = /** @type {HTMLTextAreaElement} */ (document.querySelector('#source'));
      source.blur();
      source.setSelectionRange(0, 0);
      source.scrollTop = 0;
    });
    // Show a card, as a reader hovering a figure would see it.
    const figure = page
      .locator('#view .line:not(.is-clutter) mark[data-layer="statistic"][data-type="PERCENT"]')
      .first();
    if (await figure.count()) {
      await figure.scrollIntoViewIfNeeded();
      await page.evaluate(() => window.scrollTo(0, 0));
      await figure.hover();
    }
    const path = join(out, `screenshot-${scheme}.png`);
    await page.screenshot({ path });
    console.log(`screenshots: ${path}${article.shared ? '' : ' (own fixture article)'}`);
    await context.close();
  }
  // A phone: a tapped mark's card and tools, the panels' tabs at the bottom.
  const phone = await browser.newContext({
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 1,
    hasTouch: true,
    isMobile: true,
  });
  const page = await phone.newPage();
  const gloss = new GlossPage(page, server.url);
  await gloss.open();
  await gloss.enter(article.text);
  await page.evaluate(() => /** @type {HTMLElement} */ (document.activeElement)?.blur());
  const name = page.locator('#view .line:not(.is-clutter) mark[data-layer="entity"]').nth(2);
  if (await name.count()) {
    await name.scrollIntoViewIfNeeded();
    await page.evaluate(() => window.scrollBy(0, -200));
    await name.tap();
  }
  const path = join(out, 'screenshot-phone.png');
  await page.screenshot({ path });
  console.log(`screenshots: ${path}${article.shared ? '' : ' (own fixture article)'}`);
  await phone.close();
} finally {
  await browser.close();
  await server.close();
}
