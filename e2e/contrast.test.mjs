// Accessible colours, in the light and the dark scheme (the system's, or the one picked with the
// page's theme switch, which is remembered):
// every piece of text on the page (marks and their type labels, clutter lines, the legend, the
// panels, the card, the status line) has a WCAG contrast of at least 4.5:1 against what is
// behind it (backgrounds blended over the page), every mark type has a cue besides colour, and
// every mark tells assistive technology its type. Needs `make build`.

import { test } from 'node:test';
import assert from 'node:assert/strict';

import { browserTests } from './helpers.mjs';

/** WCAG AA for normal text. */
const AA = 4.5;

/** Made-up sentences that bring out more types than the example has. */
const EXTRA = [
  'The Danish skipper Nils Berg, who joined the Harbour Trust in Porto, came third on 4 May at 10:30.',
  'The ferry carried 1,240 passengers, 12 per cent more, for £4.2 million over three weeks and 40 km.',
].join('\n');

const env = browserTests();

/**
 * Runs in the page: the contrast of each element's own text against its effective background.
 * @returns {{what: string, ratio: number, fg: string, bg: string}[]}
 */
function measureContrast() {
  /** @param {string} css @returns {[number, number, number, number]} */
  const parse = (css) => {
    const m = css.match(/rgba?\(([^)]+)\)/);
    if (!m) {
      // color(srgb r g b / a) from color-mix
      const c = css.match(/color\(srgb ([\d.]+) ([\d.]+) ([\d.]+)(?: \/ ([\d.]+))?\)/);
      if (c) return [Number(c[1]) * 255, Number(c[2]) * 255, Number(c[3]) * 255, c[4] === undefined ? 1 : Number(c[4])];
      return [0, 0, 0, 0];
    }
    const parts = m[1]
      .split(/[ ,/]+/)
      .filter(Boolean)
      .map(Number);
    return [parts[0], parts[1], parts[2], parts[3] ?? 1];
  };
  /** @param {number[]} top @param {number[]} bottom opaque */
  const blend = (top, bottom) => [0, 1, 2].map((i) => top[i] * top[3] + bottom[i] * (1 - top[3])).concat(1);
  /** @param {number[]} c */
  const luminance = (c) => {
    const [r, g, b] = c.slice(0, 3).map((v) => {
      const s = v / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  /** The background behind `el`: its ancestors' backgrounds blended from the page up. */
  const background = (/** @type {Element} */ el) => {
    const chain = [];
    for (let e = /** @type {Element | null} */ (el); e; e = e.parentElement) chain.push(e);
    let bg = parse(getComputedStyle(document.documentElement).backgroundColor);
    if (bg[3] < 1) bg = blend(bg, [255, 255, 255, 1]);
    for (const e of chain.reverse()) {
      const c = parse(getComputedStyle(e).backgroundColor);
      if (c[3] > 0) bg = blend(c, bg);
    }
    return bg;
  };
  /** Opacity of `el` and its ancestors. */
  const opacity = (/** @type {Element} */ el) => {
    let o = 1;
    for (let e = /** @type {Element | null} */ (el); e; e = e.parentElement) o *= Number(getComputedStyle(e).opacity);
    return o;
  };
  const ratio = (/** @type {number[]} */ a, /** @type {number[]} */ b) => {
    const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (hi + 0.05) / (lo + 0.05);
  };
  const rgb = (/** @type {number[]} */ c) =>
    `rgb(${c
      .slice(0, 3)
      .map((v) => Math.round(v))
      .join(',')})`;
  const name = (/** @type {Element} */ el) =>
    `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ').join('.')}` : ''}${el instanceof HTMLElement && el.dataset.type ? `[${el.dataset.type}]` : ''} "${(el.textContent ?? '').trim().slice(0, 24)}"`;

  const out = [];
  for (const el of document.body.querySelectorAll('*')) {
    if (!(el instanceof HTMLElement) || el.closest('[hidden], dialog:not([open]), script, style, textarea')) continue;
    if (el.matches(':disabled')) continue; // inactive controls are exempt (WCAG 1.4.3)
    const ownText = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim());
    const box = el.getBoundingClientRect();
    if (box.width === 0 || box.height === 0 || getComputedStyle(el).visibility === 'hidden') continue;
    const bg = background(el);
    if (ownText) {
      const fg = parse(getComputedStyle(el).color);
      const shown = blend([fg[0], fg[1], fg[2], fg[3] * opacity(el)], bg);
      out.push({ what: name(el), ratio: ratio(shown, bg), fg: rgb(shown), bg: rgb(bg) });
    }
    for (const pseudo of ['::before', '::after']) {
      const style = getComputedStyle(el, pseudo);
      const content = style.content;
      if (!content || content === 'none' || content === 'normal' || content === '""') continue;
      const fg = parse(style.color);
      const shown = blend([fg[0], fg[1], fg[2], fg[3] * opacity(el) * Number(style.opacity)], bg);
      out.push({ what: `${name(el)}${pseudo}`, ratio: ratio(shown, bg), fg: rgb(shown), bg: rgb(bg) });
    }
  }
  return out;
}

/** The page's own background is dark (the scheme in force, whatever the system says). */
const pageIsDark = (/** @type {import('playwright-core').Page} */ page) =>
  page.evaluate(() => {
    const m = getComputedStyle(document.body).backgroundColor.match(/\d+/g) ?? ['255'];
    return Number(m[0]) < 100;
  });

/**
 * The system's scheme, and the theme the reader picks on the page (none: auto). A picked theme
 * wins over the system's, is kept in this browser, and keeps every text at AA.
 * @type {{system: 'light' | 'dark', pick?: 'light' | 'dark'}[]}
 */
const CASES = [
  { system: 'light' },
  { system: 'dark' },
  { system: 'light', pick: 'dark' },
  { system: 'dark', pick: 'light' },
];

for (const { system, pick } of CASES) {
  const scheme = pick ?? system;
  const what = pick ? `${pick} theme picked on a ${system} system` : `${system} scheme`;
  test(`${what}: all text has AA contrast; marks have a non-colour cue and an accessible type`, async () => {
    const { context, page, gloss } = await env.open(undefined, { context: { colorScheme: system } });
    assert.equal(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches), system === 'dark');
    assert.equal(await page.inputValue('#theme'), 'auto', 'the page follows the system until the reader picks');
    assert.equal(await pageIsDark(page), system === 'dark');
    if (pick) {
      await page.selectOption('#theme', pick);
      assert.equal(await pageIsDark(page), pick === 'dark', 'the picked theme wins over the system');
      await gloss.open();
      assert.equal(await page.inputValue('#theme'), pick, 'the theme is remembered');
      assert.equal(await pageIsDark(page), pick === 'dark', 'and applied after a reload');
    }
    await page.click('#try-example');
    await gloss.idle();
    await page.evaluate((extra) => {
      const source = /** @type {HTMLTextAreaElement} */ (document.querySelector('#source'));
      source.value += `\n${extra}`;
      source.dispatchEvent(new InputEvent('input', { inputType: 'insertText', bubbles: true }));
    }, EXTRA);
    await gloss.idle();
    await page.waitForSelector('#view mark[data-layer="statistic"][data-type="DATE"]');
    // States with their own colours: a selected entity, a type switched off in the legend.
    await page.click('#entities button.entity');
    await gloss.toggleType('statistic', 'ORDINAL');
    await page.hover('#view mark[data-layer="statistic"]:not(.is-off)');
    await page.waitForSelector('#card:not([hidden])');

    const results = await page.evaluate(measureContrast);
    const types = await page.$$eval('#view mark[data-layer]', (els) => [
      ...new Set(els.map((e) => `${e.dataset.layer}:${e.dataset.type}`)),
    ]);
    assert.ok(types.length >= 10, `many types on the page: ${types.join(', ')}`);
    assert.ok(results.length > 50, 'text found');
    const failing = results.filter((r) => r.ratio < AA);
    const lowest = results.reduce((a, b) => (a.ratio <= b.ratio ? a : b));
    console.log(
      `# ${scheme}: ${results.length} texts, lowest contrast ${lowest.ratio.toFixed(2)}:1 (${lowest.what}, ${lowest.fg} on ${lowest.bg})`,
    );
    assert.deepEqual(
      failing.map((f) => `${f.what}: ${f.ratio.toFixed(2)} (${f.fg} on ${f.bg})`),
      [],
      'every text at least 4.5:1',
    );

    // No type told by colour alone, and each mark's type reaches assistive technology.
    // The marks shown (a type switched off in the legend is drawn as plain text: --mark-off).
    const cues = await page.$$eval('#view mark[data-layer]', (els) =>
      els
        .filter((el) => getComputedStyle(el).getPropertyValue('--mark-off').trim() !== '1')
        .map((el) => {
          const style = getComputedStyle(el);
          const after = getComputedStyle(el, '::after').content;
          const line = el.closest('.line');
          return {
            key: `${el.dataset.layer}:${el.dataset.type}`,
            underline: style.boxShadow !== 'none' || style.textDecorationLine !== 'none',
            label: Boolean(after && after !== 'none' && after !== 'normal'),
            clutterLine: Boolean(
              line && (line.classList.contains('is-clutter') || line.classList.contains('is-title')),
            ),
            described: el.getAttribute('aria-description') ?? el.getAttribute('aria-label') ?? '',
            roleDescription: el.getAttribute('aria-roledescription') ?? '',
          };
        }),
    );
    for (const c of cues) {
      assert.ok(c.underline || c.label || c.clutterLine, `${c.key}: a cue besides colour`);
      const [layer, type] = c.key.split(':');
      assert.ok(c.described.length > 0 || c.roleDescription.length > 0, `${c.key}: an accessible description`);
      assert.ok(c.described.includes(type) || /[a-z]/i.test(c.described), `${c.key}: names its type (${c.described})`);
      void layer;
    }
    // Entities say their type with a label (not colour); figures by their underline style.
    const entity = cues.find((c) => c.key.startsWith('entity:') && !c.clutterLine);
    assert.ok(entity?.label, 'entity marks carry a type label');
    assert.deepEqual(gloss.errors, []);
    await context.close();
  });
}
