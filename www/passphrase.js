// Passphrase-protected share links: the view is encrypted in the browser with a key derived
// from a passphrase, so that the link alone does not reveal the text. WebCrypto only.
//
// Bytes:    version (1) ‖ salt (16) ‖ iv (12) ‖ AES-GCM-256 ciphertext with its 16-byte tag.
//           The key is PBKDF2-HMAC-SHA256(NFC(passphrase), salt, ITERATIONS[version]); the
//           header (version, salt, iv) is bound to the ciphertext as additional data.
//           The iteration count comes from the version byte, never from the link, so a crafted
//           link cannot make the page spin on billions of iterations.
// Fragment: `p1.` + base64url(encrypted bytes of: inner prefix (e.g. `v1.`) ‖ the inner
//           fragment's raw bytes). The inner fragment is exactly what share.js encodeView
//           makes (deflated JSON + CRC-32), so everything a plain link carries, a protected link
//           carries too, and the inner link keeps its own version, checksum and size bound.

import { decodeView, encodeView, fromBase64Url, toBase64Url, ShareLinkError } from './share.js';

/** @typedef {import('./types.js').SharedView} SharedView */

/** The prefix of a protected share fragment. */
export const PROTECTED_PREFIX = 'p1.';

const VERSION = 1;
/** PBKDF2 iterations per layout version (OWASP 2023: ≥ 600,000 for HMAC-SHA256). */
const ITERATIONS = new Map([[1, 600_000]]);
/** The shortest passphrase a new link may have (links made before still open with theirs). */
export const MIN_PASSPHRASE = 8;
const SALT_BYTES = 16;
const IV_BYTES = 12;
const TAG_BYTES = 16;
const HEADER_BYTES = 1 + SALT_BYTES + IV_BYTES;

/**
 * Why protected data could not be opened.
 * - `damaged`: not protected data, cut short, or not base64url;
 * - `version`: made by a newer Gloss;
 * - `passphrase`: the passphrase is wrong or the data was altered (AES-GCM cannot tell which).
 * Extends ShareLinkError so that code showing link errors shows these too.
 */
export class ProtectedLinkError extends ShareLinkError {
  /**
   * @param {'damaged' | 'version' | 'passphrase'} code
   * @param {string} message
   */
  constructor(code, message) {
    super(message);
    this.name = 'ProtectedLinkError';
    this.code = code;
  }
}

/**
 * Does this fragment (with or without `#`) hold a passphrase-protected view?
 * @param {string} fragment
 */
export function isProtectedFragment(fragment) {
  return fragment.replace(/^#/, '').startsWith(PROTECTED_PREFIX);
}

/**
 * Encrypts `plain` with a key derived from `passphrase`.
 * @param {Uint8Array} plain
 * @param {string} passphrase not empty
 * @returns {Promise<Uint8Array>} version ‖ salt ‖ iv ‖ ciphertext+tag
 */
export async function encryptBytes(plain, passphrase) {
  if (typeof passphrase !== 'string' || passphrase.length === 0) {
    throw new TypeError('A passphrase is needed to protect a link.');
  }
  const out = new Uint8Array(HEADER_BYTES + plain.length + TAG_BYTES);
  out[0] = VERSION;
  const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  out.set(salt, 1);
  out.set(iv, 1 + SALT_BYTES);
  const key = await deriveKey(passphrase, salt, /** @type {number} */ (ITERATIONS.get(VERSION)));
  const header = out.slice(0, HEADER_BYTES);
  const sealed = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: header, tagLength: TAG_BYTES * 8 },
    key,
    /** @type {BufferSource} */ (plain),
  );
  out.set(new Uint8Array(sealed), HEADER_BYTES);
  return out;
}

/**
 * Decrypts what encryptBytes made.
 * @param {Uint8Array} sealed
 * @param {string} passphrase
 * @returns {Promise<Uint8Array>}
 * @throws {ProtectedLinkError}
 */
export async function decryptBytes(sealed, passphrase) {
  if (sealed.length < HEADER_BYTES + TAG_BYTES) {
    throw new ProtectedLinkError(
      'damaged',
      'This protected link is damaged or incomplete (was it cut short when copied?).',
    );
  }
  const version = sealed[0];
  const iterations = ITERATIONS.get(version);
  if (!iterations) {
    throw new ProtectedLinkError(
      'version',
      `This protected link was made by a newer version of Gloss (layout ${version}) and cannot be opened here.`,
    );
  }
  const salt = sealed.slice(1, 1 + SALT_BYTES);
  const iv = sealed.slice(1 + SALT_BYTES, HEADER_BYTES);
  const key = await deriveKey(String(passphrase), salt, iterations);
  try {
    const plain = await crypto.subtle.decrypt(
      {
        name: 'AES-GCM',
        iv,
        additionalData: sealed.slice(0, HEADER_BYTES),
        tagLength: TAG_BYTES * 8,
      },
      key,
      sealed.slice(HEADER_BYTES),
    );
    return new Uint8Array(plain);
  } catch {
    throw new ProtectedLinkError('passphrase', 'This passphrase does not open the link (or the link was altered).');
  }
}

/**
 * @param {string} passphrase
 * @param {BufferSource} salt
 * @param {number} iterations
 */
async function deriveKey(passphrase, salt, iterations) {
  // NFC so that "é" typed as one or two code points gives the same key on every device.
  const secret = new TextEncoder().encode(passphrase.normalize('NFC'));
  const material = await crypto.subtle.importKey('raw', secret, 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

/**
 * Encodes a view as a protected fragment (without `#`): `p1.` + base64url(sealed).
 * @param {SharedView} view any view share.js encodeView accepts
 * @param {string} passphrase
 * @returns {Promise<string>}
 */
export async function encodeProtected(view, passphrase) {
  return encodeProtectedFragment(await encodeView(view), passphrase);
}

/**
 * Why a new passphrase cannot protect a link, or null when it can: it has at least
 * MIN_PASSPHRASE characters (code points, after NFC).
 * @param {string} passphrase
 * @returns {string | null}
 */
export function passphraseProblem(passphrase) {
  const length = [...passphrase.normalize('NFC')].length;
  return length < MIN_PASSPHRASE ? `Choose a passphrase of at least ${MIN_PASSPHRASE} characters.` : null;
}

/**
 * A rough strength of a new passphrase, for a hint while it is typed: an estimate of its
 * guessing entropy from its length in characters, the kinds of characters it mixes, and how
 * often characters repeat (a word list's passphrase of four words counts as strong). Never
 * sent anywhere, never stored.
 * @param {string} passphrase
 * @returns {{level: 'too-short' | 'weak' | 'fair' | 'strong', bits: number, hint: string}}
 */
export function passphraseStrength(passphrase) {
  const chars = [...passphrase.normalize('NFC')];
  const problem = passphraseProblem(passphrase);
  if (problem) return { level: 'too-short', bits: 0, hint: `Too short: ${problem.toLowerCase()}` };
  let pool = 0;
  if (chars.some((c) => /[a-z]/.test(c))) pool += 26;
  if (chars.some((c) => /[A-Z]/.test(c))) pool += 26;
  if (chars.some((c) => /[0-9]/.test(c))) pool += 10;
  if (chars.some((c) => c === ' ')) pool += 1;
  if (chars.some((c) => /[^a-zA-Z0-9 ]/.test(c))) pool += 33;
  // Repeats add little: count each character by how new it is among its neighbours.
  const distinct = new Set(chars).size;
  const effective = Math.min(chars.length, distinct * 2);
  const bits = Math.round(effective * Math.log2(Math.max(pool, 2)));
  // Common short words or sequences are guessed first, whatever their length suggests.
  const common = /^(password|passphrase|letmein|qwerty\w*|abc\w*|\d+|(.)\2+)$/i.test(passphrase);
  if (common || bits < 45) {
    return { level: 'weak', bits, hint: 'Weak: easy to guess. Add more words, or mix in capitals, digits and signs.' };
  }
  if (bits < 70) return { level: 'fair', bits, hint: 'Fair. A few more words make it strong.' };
  return { level: 'strong', bits, hint: 'Strong.' };
}

/**
 * Wraps an existing plain fragment (`v1.…`, as from encodeView) in a protected one.
 * @param {string} fragment
 * @param {string} passphrase at least MIN_PASSPHRASE characters
 * @returns {Promise<string>}
 * @throws {TypeError} when the passphrase is shorter
 */
export async function encodeProtectedFragment(fragment, passphrase) {
  const problem = passphraseProblem(String(passphrase));
  if (problem) throw new TypeError(problem);
  const match = /^(v\d+\.)([A-Za-z0-9_-]*)$/.exec(fragment.replace(/^#/, ''));
  const payload = match && fromBase64Url(match[2]);
  if (!match || !payload) throw new TypeError('Not a plain Gloss share fragment.');
  const prefix = new TextEncoder().encode(match[1]);
  const plain = new Uint8Array(prefix.length + payload.length);
  plain.set(prefix);
  plain.set(payload, prefix.length);
  return PROTECTED_PREFIX + toBase64Url(await encryptBytes(plain, passphrase));
}

/**
 * Decrypts a protected fragment back to the plain fragment it wraps (`v1.…`).
 * @param {string} fragment with or without `#`
 * @param {string} passphrase
 * @returns {Promise<string>}
 * @throws {ProtectedLinkError}
 */
export async function decodeProtectedFragment(fragment, passphrase) {
  const damaged = new ProtectedLinkError(
    'damaged',
    'This protected link is damaged or incomplete (was it cut short when copied?).',
  );
  const body = fragment.replace(/^#/, '');
  if (!body.startsWith(PROTECTED_PREFIX)) throw damaged;
  const payload = body.slice(PROTECTED_PREFIX.length);
  if (!/^[A-Za-z0-9_-]*$/.test(payload)) throw damaged;
  const sealed = fromBase64Url(payload);
  if (!sealed) throw damaged;
  const plain = await decryptBytes(sealed, passphrase);
  // The inner prefix is ASCII `v<digits>.`; the rest is the inner link's raw bytes.
  let dot = 1;
  while (dot < plain.length && dot < 12 && plain[dot] >= 0x30 && plain[dot] <= 0x39) dot++;
  if (plain[0] !== 0x76 || dot === 1 || plain[dot] !== 0x2e) throw damaged;
  const prefix = new TextDecoder().decode(plain.subarray(0, dot + 1));
  return prefix + toBase64Url(plain.subarray(dot + 1));
}

/**
 * Opens a protected fragment.
 * @param {string} fragment with or without `#`
 * @param {string} passphrase
 * @returns {Promise<SharedView>}
 * @throws {ShareLinkError} a ProtectedLinkError for the wrapper (see its `code`), or share.js's
 *   own error for the view inside
 */
export async function decodeProtected(fragment, passphrase) {
  return decodeView(await decodeProtectedFragment(fragment, passphrase));
}

/**
 * Opens a protected fragment, asking for the passphrase until it opens the link, the reader
 * gives up (ask resolves to null or ''), or `attempts` wrong tries were made.
 * @param {string} fragment
 * @param {(attempt: number, error: ProtectedLinkError | null) => Promise<string | null>} ask
 *   shows the prompt; `error` is the previous try's failure (null on the first)
 * @param {{attempts?: number}} [options]
 * @returns {Promise<SharedView | null>} null when the reader gave up
 * @throws {ShareLinkError} when the link is damaged (asking again would not help), or after the
 *   last wrong passphrase
 */
export async function openProtected(fragment, ask, { attempts = 5 } = {}) {
  /** @type {ProtectedLinkError | null} */
  let error = null;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    const passphrase = await ask(attempt, error);
    if (!passphrase) return null;
    try {
      return await decodeProtected(fragment, passphrase);
    } catch (e) {
      if (!(e instanceof ProtectedLinkError) || e.code !== 'passphrase') throw e;
      error = e;
    }
  }
  throw /** @type {ProtectedLinkError} */ (error);
}
