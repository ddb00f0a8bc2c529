// Share-link lengths in Chromium: the example, ../shared/examples/news-article.txt (when
// present) and a made-up 10,000-word article, each pasted and shared as a reader would.
// Run: node bench/browser/links.mjs (needs `make build`).

import { GlossPage, launchBrowser, startServer, ROOT } from '../../e2e/helpers.mjs';
import { newsArticle } from '../../e2e/newsgen.mjs';
import { EXAMPLE_TEXT } from '../../www/example.js';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const texts = [['example (www/example.js)', EXAMPLE_TEXT]];
const shared = join(ROOT, '..', 'shared', 'examples', 'news-article.txt');
if (existsSync(shared)) texts.push(['news-article.txt (../shared)', readFileSync(shared, 'utf8')]);
texts.push(['made-up 10,000-word article', newsArticle(10_000)]);

const server = await startServer();
const browser = await launchBrowser();
try {
  console.log('| text | words | characters | link characters | link / text |');
  console.log('|---|---:|---:|---:|---:|');
  for (const [name, text] of texts) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const gloss = new GlossPage(page, server.url);
    await gloss.open();
    await gloss.enter(text);
    const url = await gloss.share();
    const words = text.split(/\s+/).filter(Boolean).length;
    console.log(`| ${name} | ${words} | ${text.length} | ${url.length} | ${(url.length / text.length).toFixed(2)} |`);
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
