// A whole correction session without a mouse: the document is one tab stop (j/k and arrows move
// between marks inside it), a skip link goes to the exports, a word cursor selects words (→,
// Shift+→) and one key per type labels them, Delete removes the focused mark, a label key
// relabels it, Enter opens its tools and Esc comes back to it. A mark's accessible name is its
// text, its type is in its description. Prints the Tab presses from the editor to the exports.
// Needs `make build`.

import { test } from 'node:test';
import assert from 'node:assert/strict';

import { browserTests } from './helpers.mjs';

const env = browserTests();

/** What has the focus: `#id`, or a mark as `mark:<layer>:<type>:<text>`. */
const focused = (/** @type {import('playwright-core').Page} */ page) =>
  page.evaluate(() => {
    const a = /** @type {HTMLElement | null} */ (document.activeElement);
    if (!a) return '';
    if (a.matches('mark.mark')) return `mark:${a.dataset.layer}:${a.dataset.type}:${a.textContent}`;
    return a.id ? `#${a.id}` : `${a.tagName.toLowerCase()}${a.dataset.export ? `[${a.dataset.export}]` : ''}`;
  });

/**
 * Presses Tab until `done` says the focus is there; returns how many presses it took.
 * @param {import('playwright-core').Page} page
 * @param {(what: string) => boolean} done
 */
async function tabUntil(page, done, limit = 400) {
  for (let n = 1; n <= limit; n++) {
    await page.keyboard.press('Tab');
    if (done(await focused(page))) return n;
  }
  throw new Error(`not reached in ${limit} Tab presses (focus on ${await focused(page)})`);
}

test('keyboard only: move, select, label, remove, relabel, undo, and the exports a few Tabs away', async () => {
  const { context, page, gloss } = await env.open();
  // The skip link comes first and goes to the exports.
  await page.keyboard.press('Tab');
  assert.equal(await focused(page), '#skip-exports');
  await page.keyboard.press('Enter');
  assert.equal(await focused(page), 'button[webannotation]');

  // The example, by keyboard.
  await tabUntil(page, (w) => w === '#try-example');
  await page.keyboard.press('Enter');
  await gloss.idle();
  await page.waitForSelector('#view mark[data-layer="entity"]');

  // The legend shows each type's label key.
  assert.equal(await page.textContent('#legend button[data-type-key="entity:ORG"] kbd'), 'O');

  // From the editor to the Export buttons: the document is one stop.
  await page.focus('#source');
  const toView = await tabUntil(page, (w) => w === '#view');
  const tabs = toView + (await tabUntil(page, (w) => w.startsWith('button[')));
  console.log(`# Tab presses from the editor to the Export buttons: ${tabs}`);
  assert.ok(tabs <= 40, `a few Tab presses, not one per mark: ${tabs}`);

  // Into the document: j and ↓/↑ move between marks.
  await page.focus('#source');
  await tabUntil(page, (w) => w === '#view');
  await page.keyboard.press('j');
  const first = await focused(page);
  assert.match(first, /^mark:/, 'j focuses the first mark');
  await page.keyboard.press('ArrowDown');
  const second = await focused(page);
  assert.ok(second.startsWith('mark:') && second !== first, 'ArrowDown: the next mark');
  await page.keyboard.press('ArrowUp');
  assert.equal(await focused(page), first, 'ArrowUp: back');

  // A mark's accessible name is its text; its type is in its description.
  const names = await page.$$eval('#view mark.mark[data-layer="entity"]', (els) =>
    els.slice(0, 5).map((el) => ({
      label: el.getAttribute('aria-label'),
      text: el.textContent,
      description: el.getAttribute('aria-description') ?? '',
    })),
  );
  for (const n of names) {
    assert.equal(n.label, n.text, 'the name is the text');
    assert.match(n.description, /Names|by hand/, 'the type in the description');
  }

  // Enter opens the focused mark's tools; Esc closes them and the focus comes back.
  await page.keyboard.press('Enter');
  await page.waitForSelector('#mark-tools:not([hidden])');
  assert.equal(await focused(page), '#mark-remove');
  await page.keyboard.press('Escape');
  assert.ok(await page.isHidden('#mark-tools'));
  assert.equal(await focused(page), first, 'Esc returns the focus to the mark');

  // A label key relabels the focused mark.
  const [, layer, type, text] = first.split(':');
  const relabelTo = layer === 'entity' && type === 'LOC' ? 'O' : 'L';
  const relabelType = relabelTo === 'L' ? 'LOC' : 'ORG';
  await page.keyboard.press(`Shift+${relabelTo}`);
  const relabelled = await page.$$eval('#view mark[data-manual="true"]', (els) =>
    els.map((el) => `${/** @type {HTMLElement} */ (el).dataset.type}:${el.textContent}`),
  );
  assert.ok(relabelled.includes(`${relabelType}:${text}`), `relabelled ${text} as ${relabelType}: ${relabelled}`);

  // Delete removes the focused mark (the relabelled one, back in the document's focus).
  await page.keyboard.press('j');
  const removed = await focused(page);
  const count = async () =>
    (await gloss.marks()).filter((m) => `mark:${m.layer}:${m.type}:${m.text}` === removed).length;
  const before = await count();
  await page.keyboard.press('Delete');
  assert.equal(await count(), before - 1, `Delete removed ${removed}`);

  // The word cursor: → selects a word, Shift+→ adds the next; Shift+O labels them.
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Shift+ArrowRight');
  const words = await page.evaluate(() => String(getSelection()).trim());
  assert.match(words, /^\S+\s+\S+$/, `two words selected: "${words}"`);
  await page.keyboard.press('Shift+O');
  const manual = await page.$$eval('#view mark[data-manual="true"][data-type="ORG"]', (els) =>
    els.map((el) => el.textContent),
  );
  assert.ok(manual.includes(words), `"${words}" labelled ORG by key: ${manual}`);

  // Undo and redo by keyboard.
  await page.keyboard.press('Control+z');
  assert.ok(
    !(
      await page.$$eval('#view mark[data-manual="true"][data-type="ORG"]', (els) => els.map((el) => el.textContent))
    ).includes(words),
    'undone',
  );
  await page.keyboard.press('Control+Shift+z');
  assert.ok(
    (
      await page.$$eval('#view mark[data-manual="true"][data-type="ORG"]', (els) => els.map((el) => el.textContent))
    ).includes(words),
    'redone',
  );
  assert.deepEqual(gloss.errors, []);
  await context.close();
});
