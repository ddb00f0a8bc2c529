import { GlossPage, launchBrowser, startServer } from './helpers.mjs';
import { newsText } from './newsgen.mjs';
import { writeFileSync } from 'node:fs';
const text = newsText(5e6);
const server = await startServer();
const browser = await launchBrowser();
const page = await browser.newPage();
const gloss = new GlossPage(page, server.url);
await gloss.open();
const anns = await page.evaluate(async (t) => {
  const { Annotator } = await import('/www/annotator.js');
  const a = new Annotator(); await a.ready;
  return (await a.annotate(t, {})).annotations;
}, text);
writeFileSync('/tmp/bd/anns.json', JSON.stringify(anns));
console.log(anns.length);
await browser.close(); await server.close();
