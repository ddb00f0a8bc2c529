// The entities panel's data: entities grouped by type, each with its mentions, and its CSV. Pure.

import { csvCell, csvText } from './statistics.js';

/** @typedef {import('../types.js').Annotation} Annotation */

/**
 * @typedef {{
 *   key: string,
 *   type: string,
 *   canonical: string,
 *   mentions: number[],
 *   forms: string[],
 * }} EntityEntry
 * @typedef {{type: string, entities: EntityEntry[]}} EntityGroup
 */

const TYPE_ORDER = ['PER', 'ORG', 'LOC', 'NORP', 'MISC'];

/**
 * Compares names as `localeCompare` without arguments does (the browser's locale), made once:
 * `localeCompare` builds its collator on every call, which took 8 ms of the panel's sort on a
 * 10,000-word article.
 */
const byName = new Intl.Collator().compare;

/**
 * The key that links mentions of one thing: the layer's `entity` id, else the canonical name.
 * @param {Annotation} a
 */
export function entityKey(a) {
  if (typeof a.entity === 'number' || typeof a.entity === 'string') return `id:${a.entity}`;
  return `name:${a.type}:${typeof a.canonical === 'string' ? a.canonical : a.text}`;
}

/**
 * Groups entity annotations by type (PER, ORG, LOC, NORP, MISC, then any other), each group
 * sorted by mention count, then name.
 * @param {Annotation[]} annotations in reading order; mention ids are indices in this array
 * @param {boolean[]} [counted] which annotations count (default: all)
 * @param {readonly (string | null)[]} [keys] each annotation's entityKey, when made already
 * @returns {EntityGroup[]}
 */
export function entityGroups(annotations, counted, keys) {
  /** @type {Map<string, EntityEntry>} */
  const byKey = new Map();
  /** @type {Map<string, Set<string>>} each entity's forms, for a quick "seen?" */
  const formSets = new Map();
  annotations.forEach((a, id) => {
    if (a.layer !== 'entity' || (counted && !counted[id])) return;
    const key = keys?.[id] ?? entityKey(a);
    let entry = byKey.get(key);
    if (!entry) {
      entry = {
        key,
        type: a.type,
        canonical: typeof a.canonical === 'string' && a.canonical ? a.canonical : a.text,
        mentions: [],
        forms: [],
      };
      byKey.set(key, entry);
      formSets.set(key, new Set());
    }
    entry.mentions.push(id);
    const seen = /** @type {Set<string>} */ (formSets.get(key));
    if (!seen.has(a.text)) {
      seen.add(a.text);
      entry.forms.push(a.text);
    }
  });
  /** @type {Map<string, EntityEntry[]>} */
  const byType = new Map();
  for (const entry of byKey.values()) {
    const list = byType.get(entry.type) ?? [];
    list.push(entry);
    byType.set(entry.type, list);
  }
  const rank = (/** @type {string} */ t) => {
    const i = TYPE_ORDER.indexOf(t);
    return i === -1 ? TYPE_ORDER.length : i;
  };
  return [...byType.entries()]
    .sort(([a], [b]) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0))
    .map(([type, entities]) => ({
      type,
      entities: entities.sort((x, y) => y.mentions.length - x.mentions.length || byName(x.canonical, y.canonical)),
    }));
}

const NAMES_COLUMNS = /** @type {const} */ (['entity', 'type', 'canonical', 'mentions', 'first_start', 'forms']);

/**
 * The names as CSV (RFC 4180, CRLF line ends), one row per entity in the panel's order: its id
 * (the layer's `entity`, else its key), type, canonical name, number of mentions, the start of
 * its first mention (in the page's offsets, as the statistics CSV) and every form it is written
 * in, joined by " | ".
 * @param {Annotation[]} annotations in reading order
 * @param {boolean[]} [counted] which annotations count (default: all)
 */
export function namesCsv(annotations, counted) {
  const lines = [NAMES_COLUMNS.join(',')];
  for (const group of entityGroups(annotations, counted)) {
    for (const e of group.entities) {
      const first = annotations[e.mentions[0]];
      const id = first && (typeof first.entity === 'number' || typeof first.entity === 'string') ? first.entity : e.key;
      const cells = [id, e.type, e.canonical, e.mentions.length, first?.start, e.forms.join(' | ')];
      lines.push(cells.map(csvCell).join(','));
    }
  }
  return csvText(lines);
}
