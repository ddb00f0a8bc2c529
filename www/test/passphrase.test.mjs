// Passphrase-protected links: round trips, and every way of failing says so clearly.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  PROTECTED_PREFIX,
  ProtectedLinkError,
  decodeProtected,
  decodeProtectedFragment,
  decryptBytes,
  encodeProtected,
  encodeProtectedFragment,
  encryptBytes,
  isProtectedFragment,
  MIN_PASSPHRASE,
  passphraseProblem,
  passphraseStrength,
} from '../passphrase.js';
import { ShareLinkError, decodeView, encodeView, fromBase64Url, toBase64Url } from '../share.js';
import { assertUniqueNames } from './support.mjs';

/** @returns {import('../types.js').SharedView} */
function sampleView(text = 'Rishi Sunak met 3,000 people in Leeds 🎉 on Tuesday.\r\nA second line.') {
  return {
    text,
    hiddenLayers: ['boilerplate'],
    hiddenTypes: ['statistic:DATE'],
    flips: [1],
    hideClutter: true,
    boilerplate: null,
  };
}

/** @param {Promise<unknown>} promise @param {string} code */
async function rejectsWith(promise, code) {
  await assert.rejects(promise, (error) => {
    assert.ok(error instanceof ProtectedLinkError, `expected ProtectedLinkError, got ${error}`);
    assert.ok(error instanceof ShareLinkError, 'is also a ShareLinkError');
    assert.equal(error.code, code);
    assert.ok(error.message.length > 10);
    return true;
  });
}

test('bytes: round trip, layout and fresh salt and iv each time', async () => {
  const plain = new TextEncoder().encode('any bytes at all \u{1F600}');
  const a = await encryptBytes(plain, 'correct horse');
  const b = await encryptBytes(plain, 'correct horse');
  assert.equal(a[0], 1, 'version byte');
  assert.equal(a.length, 1 + 16 + 12 + plain.length + 16);
  assert.notDeepEqual(a.subarray(1, 17), b.subarray(1, 17), 'salts differ');
  assert.notDeepEqual(a.subarray(17, 29), b.subarray(17, 29), 'ivs differ');
  assert.deepEqual(await decryptBytes(a, 'correct horse'), plain);
  assert.deepEqual(await decryptBytes(b, 'correct horse'), plain);
});

test('bytes: the passphrase is compared after NFC normalisation', async () => {
  const sealed = await encryptBytes(new Uint8Array([1, 2, 3]), 'caf\u00e9');
  assert.deepEqual(await decryptBytes(sealed, 'cafe\u0301'), new Uint8Array([1, 2, 3]));
});

test('bytes: an empty passphrase is refused', async () => {
  await assert.rejects(encryptBytes(new Uint8Array(1), ''), TypeError);
});

test('bytes: wrong passphrase, tampered byte, truncated, unknown version', async () => {
  const sealed = await encryptBytes(new TextEncoder().encode('secret'), 'pass');
  await rejectsWith(decryptBytes(sealed, 'Pass'), 'passphrase');
  for (const at of [1, 20, 30, sealed.length - 1]) {
    const tampered = sealed.slice();
    tampered[at] ^= 0x01;
    await rejectsWith(decryptBytes(tampered, 'pass'), 'passphrase');
  }
  await rejectsWith(decryptBytes(sealed.slice(0, sealed.length - 1), 'pass'), 'passphrase');
  await rejectsWith(decryptBytes(sealed.slice(0, 20), 'pass'), 'damaged');
  const newer = sealed.slice();
  newer[0] = 2;
  await rejectsWith(decryptBytes(newer, 'pass'), 'version');
});

test('view: round trip through a p1 fragment, with or without #', async () => {
  const view = sampleView();
  const fragment = await encodeProtected(view, 'open sesame');
  assert.ok(fragment.startsWith(PROTECTED_PREFIX));
  assert.match(fragment, /^p1\.[A-Za-z0-9_-]+$/);
  assert.ok(isProtectedFragment(fragment) && isProtectedFragment(`#${fragment}`));
  assert.ok(!isProtectedFragment(await encodeView(view)));
  assert.deepEqual(await decodeProtected(fragment, 'open sesame'), view);
  assert.deepEqual(await decodeProtected(`#${fragment}`, 'open sesame'), view);
  assert.ok(!fragment.includes('Sunak'), 'the text is not readable in the link');
});

test('view: the wrapped fragment is exactly the plain one, at a small fixed overhead', async () => {
  const plain = await encodeView(sampleView());
  const fragment = await encodeProtectedFragment(plain, 'pw-of-8+');
  assert.equal(await decodeProtectedFragment(fragment, 'pw-of-8+'), plain);
  // 1 + 16 + 12 + 16 bytes of envelope and 3 bytes of `v1.`, base64url: about 65 characters.
  assert.ok(fragment.length - plain.length <= 66, `overhead ${fragment.length - plain.length}`);
});

test('view: wrong passphrase, tampered character, truncated link, junk', async () => {
  const fragment = await encodeProtected(sampleView(), 'right one');
  await rejectsWith(decodeProtected(fragment, 'wrong'), 'passphrase');

  const payload = fragment.slice(PROTECTED_PREFIX.length);
  const bytes = /** @type {Uint8Array} */ (fromBase64Url(payload));
  bytes[40] ^= 0x80;
  await rejectsWith(decodeProtected(PROTECTED_PREFIX + toBase64Url(bytes), 'right one'), 'passphrase');

  // Cut short at every kind of length: too short for a header, or a broken ciphertext.
  for (const keep of [0, 5, 30, fragment.length - 7, fragment.length - 1]) {
    await assert.rejects(decodeProtected(fragment.slice(0, keep), 'right one'), ProtectedLinkError);
  }
  await rejectsWith(decodeProtected('p1.not base64!', 'right'), 'damaged');
  await rejectsWith(decodeProtected('v1.abc', 'right'), 'damaged');
});

test('view: a wrapped payload that is not a Gloss link is refused', async () => {
  // Encrypt junk directly (as an attacker who knows the passphrase could): still a clear error.
  const sealed = await encryptBytes(new TextEncoder().encode('hello'), 'pw');
  await rejectsWith(decodeProtected(PROTECTED_PREFIX + toBase64Url(sealed), 'pw'), 'damaged');
  const inner = await encryptBytes(new TextEncoder().encode('v1.zzzz'), 'pw');
  await assert.rejects(decodeProtected(PROTECTED_PREFIX + toBase64Url(inner), 'pw'), ShareLinkError);
});

test('view: long texts and astral characters survive', async () => {
  const text = 'The council spent £4.2m on 1,200 homes 🏠. '.repeat(2000);
  const view = { ...sampleView(text), boilerplate: null };
  const fragment = await encodeProtected(view, 'long one');
  assert.deepEqual(await decodeView(await decodeProtectedFragment(fragment, 'long one')), view);
});

test('openProtected: asks until the passphrase is right, stops when the reader gives up', async () => {
  const { openProtected } = await import('../passphrase.js');
  const view = sampleView('short');
  const fragment = await encodeProtected(view, 'third time');
  const asked = [];
  const answers = ['first', 'second', 'third time'];
  const opened = await openProtected(`#${fragment}`, async (attempt, error) => {
    asked.push([attempt, error?.code ?? null]);
    return answers[attempt - 1];
  });
  assert.deepEqual(opened, view);
  assert.deepEqual(asked, [
    [1, null],
    [2, 'passphrase'],
    [3, 'passphrase'],
  ]);
  assert.equal(await openProtected(fragment, async () => null), null);
  await rejectsWith(
    openProtected(fragment, async () => 'nope', { attempts: 2 }),
    'passphrase',
  );
  await rejectsWith(
    openProtected('p1.AAAA', async () => 'x'),
    'damaged',
  );
});

test('new passphrases: under 8 characters refused, by the link maker too', async () => {
  assert.equal(MIN_PASSPHRASE, 8);
  for (const short of ['', 'a', 'seven77', '🔑🔑🔑🔑🔑🔑🔑']) {
    assert.match(passphraseProblem(short) ?? '', /at least 8 characters/, JSON.stringify(short));
    await assert.rejects(encodeProtected(sampleView(), short), TypeError, JSON.stringify(short));
  }
  assert.equal(passphraseProblem('eight888'), null);
  // Old links made with a short passphrase still open: only making one is refused.
  const sealed = await encryptBytes(new TextEncoder().encode('v1.x'), 'pw');
  assert.equal(new TextDecoder().decode(await decryptBytes(sealed, 'pw')), 'v1.x');
});

const STRENGTH_CASES = [
  { name: 'too short', passphrase: 'abc', level: 'too-short' },
  { name: 'one repeated character', passphrase: 'aaaaaaaaaaaa', level: 'weak' },
  { name: 'a dictionary-like word of 8', passphrase: 'password', level: 'weak' },
  { name: 'digits only', passphrase: '1234567890', level: 'weak' },
  { name: 'mixed classes, 10 characters', passphrase: 'Harb0ur-42', level: 'fair' },
  { name: 'four words', passphrase: 'harbour lights tidal barrier', level: 'strong' },
  { name: 'long mixed', passphrase: 'Tidal-Barrier 42 at Dawn!', level: 'strong' },
];

for (const c of STRENGTH_CASES) {
  test(`strength hint: ${c.name}`, () => {
    const strength = passphraseStrength(c.passphrase);
    assert.equal(strength.level, c.level, `${c.passphrase}: ${strength.hint}`);
    assert.ok(strength.hint.length > 0);
  });
}

test('strength hint: case names are unique', () => {
  assertUniqueNames(
    'STRENGTH_CASES',
    STRENGTH_CASES.map((c) => c.name),
  );
});
