// Share links: the whole view in the URL fragment (never the query, so it never reaches a
// server). Pure apart from the browser's CompressionStream.
//
// Format v1: `v1.` + base64url( deflate-raw(JSON) ‖ CRC-32 of the JSON bytes, big-endian ).
// The version prefix lets later formats keep old links opening: decodeView dispatches on it.
// The checksum turns a link that was cut short or altered into a clear error instead of a
// different view.
// Format v2: v1's layout, whose JSON may also hold the reader's region (`r`, "AU"). A view with
// a region is written as v2 so that a Gloss of before regions says the link is newer instead of
// opening it silently read as written; a view without one stays v1, and v1 links open as before
// (no region). Decompression stops at MAX_BYTES so a crafted link cannot exhaust memory.

import { packCorrections, unpackCorrections } from './corrections.js';

/** @typedef {import('./types.js').SharedView} SharedView */
/** @typedef {import('./types.js').Annotation} Annotation */

export const MAX_BYTES = 20 * 1024 * 1024;
const V1 = 'v1.';
const V2 = 'v2.';

/** A link that cannot be opened; `message` is for the reader. */
export class ShareLinkError extends Error {
  /** @param {string} message */
  constructor(message) {
    super(message);
    this.name = 'ShareLinkError';
  }
}

/**
 * Does this fragment (without `#`) look like a Gloss link at all?
 * @param {string} fragment
 */
export function isShareFragment(fragment) {
  return /^v\d+\./.test(fragment);
}

/**
 * Encodes a view as a fragment (without the leading `#`).
 * @param {SharedView} view
 * @returns {Promise<string>}
 */
export async function encodeView(view) {
  /** @type {Record<string, unknown>} */
  const packed = { t: view.text };
  if (view.hiddenLayers.length) packed.l = view.hiddenLayers;
  if (view.hiddenTypes.length) packed.y = view.hiddenTypes;
  if (view.flips.length) packed.f = view.flips;
  if (view.hideClutter) packed.c = 1;
  if (view.corrections?.length) packed.k = packCorrections(view.corrections);
  if (view.boilerplate) {
    packed.b = view.boilerplate.map((a) => [a.start, a.end, a.type, String(a.reason ?? '')]);
  }
  if (view.region) packed.r = view.region;
  const json = new TextEncoder().encode(JSON.stringify(packed));
  const deflated = await transform(json, new CompressionStream('deflate-raw'), Infinity);
  const out = new Uint8Array(deflated.length + 4);
  out.set(deflated);
  new DataView(out.buffer).setUint32(deflated.length, crc32(json));
  return (view.region ? V2 : V1) + toBase64Url(out);
}

/**
 * Decodes a fragment (with or without `#`) into a view.
 * @param {string} fragment
 * @returns {Promise<SharedView>}
 * @throws {ShareLinkError} when the link is damaged, truncated, too large or from a newer Gloss
 */
export async function decodeView(fragment) {
  const body = fragment.replace(/^#/, '');
  if (body.startsWith(V1)) return decodePayload(body.slice(V1.length), false);
  if (body.startsWith(V2)) return decodePayload(body.slice(V2.length), true);
  const version = /^v(\d+)\./.exec(body);
  if (version) {
    throw new ShareLinkError(
      `This link was made by a newer version of Gloss (format v${version[1]}) and cannot be opened here.`,
    );
  }
  throw new ShareLinkError('This is not a Gloss share link.');
}

/**
 * @param {string} payload after the version prefix
 * @param {boolean} regions whether the format may hold a region (v2)
 */
async function decodePayload(payload, regions) {
  const damaged = 'This share link is damaged or incomplete (was it cut short when copied?).';
  if (!/^[A-Za-z0-9_-]*$/.test(payload)) throw new ShareLinkError(damaged);
  const bytes = fromBase64Url(payload);
  if (!bytes || bytes.length < 5) throw new ShareLinkError(damaged);
  const deflated = bytes.subarray(0, bytes.length - 4);
  const expected = new DataView(bytes.buffer, bytes.byteOffset).getUint32(bytes.length - 4);
  /** @type {Uint8Array} */
  let json;
  try {
    json = await transform(deflated, new DecompressionStream('deflate-raw'), MAX_BYTES);
  } catch (error) {
    if (error instanceof ShareLinkError) throw error;
    throw new ShareLinkError(damaged);
  }
  if (crc32(json) !== expected) throw new ShareLinkError(damaged);
  /** @type {unknown} */
  let packed;
  try {
    packed = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(json));
  } catch {
    throw new ShareLinkError(damaged);
  }
  return unpack(packed, regions);
}

/**
 * Checks every field's type: a link is data from anywhere. Whether its region is one Gloss
 * knows is for the page to say (www/regions.js `checkedRegion`): an unknown one is read as none.
 * @param {unknown} packed
 * @param {boolean} regions whether the format may hold a region (v2)
 * @returns {SharedView}
 */
function unpack(packed, regions) {
  const bad = new ShareLinkError('This share link does not hold a Gloss view.');
  if (!isObject(packed) || typeof packed.t !== 'string') throw bad;
  const strings = (/** @type {unknown} */ v) => {
    if (v === undefined) return [];
    if (!Array.isArray(v) || !v.every((s) => typeof s === 'string')) throw bad;
    return /** @type {string[]} */ (v);
  };
  const flips = packed.f === undefined ? [] : packed.f;
  if (!Array.isArray(flips) || !flips.every((n) => Number.isSafeInteger(n) && n >= 0)) throw bad;
  /** @type {Annotation[] | null} */
  let boilerplate = null;
  if (packed.b !== undefined) {
    if (!Array.isArray(packed.b)) throw bad;
    const text = packed.t;
    boilerplate = packed.b.map((entry) => {
      if (!Array.isArray(entry) || entry.length !== 4) throw bad;
      const [start, end, type, reason] = entry;
      const ok =
        Number.isSafeInteger(start) &&
        Number.isSafeInteger(end) &&
        start >= 0 &&
        start < end &&
        end <= text.length &&
        typeof type === 'string' &&
        typeof reason === 'string';
      if (!ok) throw bad;
      return { layer: 'boilerplate', type, start, end, text: text.slice(start, end), reason };
    });
  }
  /** @type {{corrections?: import('./corrections.js').Correction[], region?: string}} */
  const extra = {};
  if (regions && packed.r !== undefined) {
    if (typeof packed.r !== 'string') throw bad;
    extra.region = packed.r;
  }
  if (packed.k !== undefined) {
    try {
      extra.corrections = unpackCorrections(packed.k);
    } catch {
      throw bad;
    }
  }
  return {
    text: packed.t,
    hiddenLayers: strings(packed.l),
    hiddenTypes: strings(packed.y),
    flips: /** @type {number[]} */ (flips),
    hideClutter: packed.c === 1,
    boilerplate,
    ...extra,
  };
}

/**
 * @param {unknown} v
 * @returns {v is Record<string, unknown>}
 */
function isObject(v) {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Pipes `input` through a (de)compression stream, failing once the output exceeds `limit` bytes.
 * @param {Uint8Array} input
 * @param {CompressionStream | DecompressionStream} stream
 * @param {number} limit
 * @returns {Promise<Uint8Array>}
 */
async function transform(input, stream, limit) {
  const writer = stream.writable.getWriter();
  // Errors surface through the reader; keep the writer's own rejections from going unhandled.
  writer.write(/** @type {Uint8Array<ArrayBuffer>} */ (input)).catch(() => {});
  writer.close().catch(() => {});
  const reader = stream.readable.getReader();
  /** @type {Uint8Array[]} */
  const chunks = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > limit) {
      reader.cancel().catch(() => {});
      throw new ShareLinkError(
        `This share link unpacks to more than ${Math.round(limit / 1024 / 1024)} MB and was not opened.`,
      );
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** @param {Uint8Array} bytes */
export function toBase64Url(bytes) {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/**
 * @param {string} text base64url without padding
 * @returns {Uint8Array | null}
 */
export function fromBase64Url(text) {
  if (text.length % 4 === 1) return null;
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    const out = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
    return out;
  } catch {
    return null;
  }
}

/** @type {Uint32Array | null} */
let crcTable = null;

/**
 * CRC-32 (IEEE), as in zip and PNG.
 * @param {Uint8Array} bytes
 */
export function crc32(bytes) {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) crc = crcTable[(crc ^ bytes[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
