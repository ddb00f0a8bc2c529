// The statistics panel's data: one row per statistic in reading order, and its CSV. Pure.

import { VALUE_FIELDS } from '../annotation.js';
import { describeChange, hintText, scoreText, statisticValue, typeName } from '../format.js';

/** @typedef {import('../types.js').Annotation} Annotation */

/**
 * @typedef {{
 *   id: number,
 *   figure: string,
 *   type: string,
 *   value: string,
 *   change: string,
 *   sentence: string,
 *   hint: string,
 *   annotation: Annotation,
 * }} StatisticRow
 */

/**
 * @param {string} text
 * @param {Annotation[]} annotations in reading order; `id` is the index in this array
 * @param {number} [limit] at most this many rows (the first ones)
 * @param {boolean[]} [counted] which annotations count (default: all)
 * @returns {StatisticRow[]}
 */
export function statisticRows(text, annotations, limit = Infinity, counted = undefined) {
  /** @type {StatisticRow[]} */
  const rows = [];
  for (let id = 0; id < annotations.length && rows.length < limit; id++) {
    const a = annotations[id];
    if (a.layer !== 'statistic' || (counted && !counted[id])) continue;
    rows.push({
      id,
      figure: a.text,
      type: typeName(a.type),
      value: statisticValue(a),
      change: describeChange(a.change),
      sentence: sentenceAround(text, a.start, a.end),
      hint: hintText(a),
      annotation: a,
    });
  }
  return rows;
}

/**
 * The sentence holding `start..end`: from after the previous sentence end (or line start) to
 * the next one (or line end), trimmed.
 * @param {string} text
 * @param {number} start
 * @param {number} end
 */
export function sentenceAround(text, start, end) {
  const LIMIT = 600;
  let s = start;
  while (s > 0 && start - s < LIMIT) {
    const c = text.charCodeAt(s - 1);
    if (c === 10) break;
    if (isSentenceEnd(c) && isSpaceAt(text, s)) break;
    s--;
  }
  let e = end;
  while (e < text.length && e - end < LIMIT) {
    const c = text.charCodeAt(e);
    if (c === 10 || c === 13) break;
    e++;
    if (isSentenceEnd(c) && (e >= text.length || isSpaceAt(text, e))) break;
  }
  return text.slice(s, e).trim();
}

/** @param {number} c a UTF-16 code unit: `.`, `!` or `?` */
const isSentenceEnd = (c) => c === 46 || c === 33 || c === 63;

/**
 * Is `text[i]` white space (as `/\s/` says; false past the end)? Character codes first: the
 * regular expression on every character took 9 ms of a 10,000-word article's panel.
 * @param {string} text
 * @param {number} i
 */
function isSpaceAt(text, i) {
  if (i >= text.length) return false;
  const c = text.charCodeAt(i);
  if (c < 128) return c === 32 || (c > 8 && c < 14);
  return /\s/.test(text[i]);
}

/** The other fields a figure may carry: a date's or duration's ISO 8601 form, whether a
 * relative date was resolved, what a quantity measures and its value in SI units. */
const MORE_FIELDS = /** @type {const} */ (['per', 'iso', 'resolved', 'measure', 'si_value', 'si_unit']);

const CSV_COLUMNS = /** @type {const} */ ([
  'figure',
  'type',
  ...VALUE_FIELDS,
  ...MORE_FIELDS,
  'hint',
  'sentence',
  'start',
  'end',
]);

/**
 * The rows as CSV (RFC 4180, CRLF line ends): every value of each figure, dates and durations
 * by their ISO 8601 form (`iso`), quantities with their SI value. Numbers stay numbers; text
 * cells that a spreadsheet would run as a formula get a leading apostrophe.
 * @param {StatisticRow[]} rows
 */
export function toCsv(rows) {
  const lines = [CSV_COLUMNS.join(',')];
  for (const r of rows) {
    const a = r.annotation;
    /** @type {Record<string, unknown>} */
    const cells = {
      figure: r.figure,
      type: a.type,
      value: a.value ?? a.value_text ?? (scoreText(a) || undefined),
      unit: a.unit,
      min: a.min,
      max: a.max,
      qualifier: a.qualifier,
      change: r.change,
      per: a.per,
      iso: a.iso,
      resolved: a.resolved,
      measure: a.measure,
      si_value: a.si_value,
      si_unit: a.si_unit,
      hint: r.hint,
      sentence: r.sentence,
      start: a.start,
      end: a.end,
    };
    lines.push(CSV_COLUMNS.map((c) => csvCell(cells[c])).join(','));
  }
  return csvText(lines);
}

/**
 * Lines of cells as CSV text (CRLF line ends, one after the last line).
 * @param {string[]} lines
 */
export function csvText(lines) {
  return `${lines.join('\r\n')}\r\n`;
}

/**
 * One CSV cell: a number as written, text quoted where needed and defused where a spreadsheet
 * would run it as a formula, anything else as JSON; empty for nothing.
 * @param {unknown} value
 */
export function csvCell(value) {
  if (value === undefined || value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  let s = typeof value === 'string' ? value : JSON.stringify(value);
  if (/^[=+@\t\r]/.test(s) || /^-[^\d.]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * Parses CSV as written by toCsv (for tests and round trips).
 * @param {string} csv
 * @returns {string[][]}
 */
export function parseCsv(csv) {
  /** @type {string[][]} */
  const rows = [];
  /** @type {string[]} */
  let row = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const c = csv[i];
    if (quoted) {
      if (c === '"' && csv[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && csv[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  if (cell !== '' || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}
