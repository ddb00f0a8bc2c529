// The bookmarklet, run against a fake page: what it opens is a v1 link share.js decodes.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bookmarkletHref, bookmarkletSource } from '../bookmarklet.js';
import { decodeView } from '../share.js';

const APP = 'https://gloss.example/app/';

/**
 * Runs the bookmarklet behind `href` on a fake page.
 * @param {string} href
 * @param {{selection?: string, article?: string, main?: string, body?: string, popups?: boolean}} page
 * @returns {Promise<{opened: string | null, navigated: string | null, alerts: string[], closed: boolean}>}
 */
async function run(href, page) {
  assert.ok(href.startsWith('javascript:'));
  const source = decodeURIComponent(href.slice('javascript:'.length));
  const result = { opened: null, navigated: null, alerts: [], closed: false };
  let finish = () => {};
  const done = new Promise((resolve) => (finish = resolve));
  const element = (text) => (text === undefined ? null : { innerText: text });
  const all = (list) => (list ?? []).map(element);
  const document = {
    querySelectorAll: (sel) =>
      sel === 'article'
        ? all(page.articles ?? (page.article === undefined ? [] : [page.article]))
        : all(page.main === undefined ? [] : [page.main]),
    body: element(page.body ?? ''),
  };
  const tab = {
    opener: 'the page',
    location: {
      replace: (url) => {
        assert.equal(tab.opener, null, 'the new tab cannot reach back to the page');
        result.opened = url;
        finish();
      },
    },
    close: () => {
      result.closed = true;
    },
  };
  const window = {
    getSelection: () => ({ toString: () => page.selection ?? '' }),
    open: (url, target) => {
      assert.equal(url, '');
      assert.equal(target, '_blank');
      return page.popups === false ? null : tab;
    },
    alert: (message) => {
      result.alerts.push(message);
      finish();
    },
    location: {
      set href(url) {
        result.navigated = url;
        finish();
      },
    },
    TextEncoder,
    CompressionStream,
    Blob,
    Response,
    btoa,
  };
  new Function('window', 'document', source)(window, document);
  await done;
  return result;
}

/** @param {string} url */
async function textOf(url) {
  assert.ok(url.startsWith(`${APP}#v1.`), url.slice(0, 60));
  const view = await decodeView(url.slice(url.indexOf('#')));
  return view.text;
}

test('the href is a javascript: URL whose source parses', () => {
  const href = bookmarkletHref(`${APP}#v1.old`);
  assert.match(href, /^javascript:[A-Za-z0-9%!'()*._~-]+$/, 'fully percent-encoded');
  const source = decodeURIComponent(href.slice(11));
  assert.ok(source.includes(JSON.stringify(APP)), 'the fragment of the app address is dropped');
  assert.doesNotThrow(() => new Function('window', 'document', source));
  assert.ok(!/fetch|XMLHttpRequest|sendBeacon|import\(/.test(source), 'nothing is sent anywhere');
  assert.ok(href.length < 3000, `short enough for a bookmark: ${href.length}`);
});

test('refuses an app address that is not http(s)', () => {
  assert.throws(() => bookmarkletHref('javascript:alert(1)'), TypeError);
  assert.throws(() => bookmarkletHref('not a url'), TypeError);
});

test('the selection wins over the page text', async () => {
  const r = await run(bookmarkletHref(APP), {
    selection: '  Selected words 🎉 £3m  ',
    article: 'the article',
  });
  assert.equal(await textOf(r.opened), 'Selected words 🎉 £3m');
});

test('without a selection: article, then main, then body', async () => {
  const article =
    'Headline\n\nThe council said 1,200 homes — "about 4 per cent" — were affected.\r\nMore: <b>bold</b> & ünïcödé 👩🏽‍🔬';
  assert.equal(await textOf((await run(bookmarkletHref(APP), { article, main: 'main' })).opened), article);
  assert.equal(await textOf((await run(bookmarkletHref(APP), { main: 'Main text' })).opened), 'Main text');
  assert.equal(await textOf((await run(bookmarkletHref(APP), { body: 'Body text' })).opened), 'Body text');
});

test('of several articles, the longest', async () => {
  const r = await run(bookmarkletHref(APP), {
    articles: ['Related: a short card', 'The story itself, which is much longer than the card.', 'Another card'],
  });
  assert.equal(await textOf(r.opened), 'The story itself, which is much longer than the card.');
});

test('a long page round-trips', async () => {
  const article = 'Paragraph about 3,000 migrants and £2.5bn of spending in 2024. '.repeat(5000);
  const r = await run(bookmarkletHref(APP), { article });
  assert.equal(await textOf(r.opened), article.trim());
});

test('with popups blocked it navigates the current tab instead', async () => {
  const r = await run(bookmarkletHref(APP), { article: 'Some text', popups: false });
  assert.equal(r.opened, null);
  assert.equal(await textOf(r.navigated), 'Some text');
});

test('an empty page or a too-long link gets a message, not a link', async () => {
  const empty = await run(bookmarkletHref(APP), { body: '   ' });
  assert.equal(empty.opened, null);
  assert.match(empty.alerts[0], /no text/);
  const href = `javascript:${encodeURIComponent(bookmarkletSource(APP, 100))}`;
  // Text that does not compress: letters from a fixed pseudo-random sequence.
  let seed = 7;
  const noise = Array.from({ length: 400 }, () => {
    seed = (seed * 48271) % 2147483647;
    return String.fromCharCode(97 + (seed % 26));
  }).join('');
  const long = await run(href, { article: noise });
  assert.equal(long.opened, null);
  assert.equal(long.closed, true);
  assert.match(long.alerts[0], /too long/);
});
