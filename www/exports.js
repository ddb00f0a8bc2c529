// Exports of an annotated text for other tools: W3C Web Annotation JSON-LD, displaCy-style JSON
// and one standalone HTML file. Pure: strings and objects in, strings and objects out.
// (The statistics CSV is panels/statistics.js toCsv; the clean text is the core's, via model.js cleanSpans.)
//
// The page's offsets are UTF-16 code units; both JSON formats count Unicode code points (as
// Python and the Web Annotation model do): offsets.js converts them.

import { COMMON_FIELDS, byReadingOrder } from './annotation.js';
import { lineAt, splitLines } from './model.js';
import { codePointIndex, codePointSlice } from './offsets.js';
import { describeChange, layerName, statisticValue, typeName } from './format.js';
import { renderRange } from './render.js';
import { crc32 } from './share.js';

/** @typedef {import('./types.js').Annotation} Annotation */
/** @typedef {import('./render.js').Node} RenderNode */

/** Fields every annotation has, and the reader's note (a body of its own); the rest is the layer's detail. */
/** @type {ReadonlySet<string>} */
const SPAN_FIELDS = new Set([...COMMON_FIELDS, 'note']);

/** Characters of context kept on each side in a TextQuoteSelector (as Hypothesis does). */
export const QUOTE_CONTEXT = 32;

/**
 * The layer's own fields of an annotation (everything but the span and the flags).
 * @param {Annotation} a
 * @returns {Record<string, unknown>}
 */
export function detailOf(a) {
  /** @type {Record<string, unknown>} */
  const detail = Object.create(null);
  for (const [key, value] of Object.entries(a)) {
    if (!SPAN_FIELDS.has(key) && value !== undefined) detail[key] = value;
  }
  return detail;
}

/**
 * One line a reader understands: `Person: Rishi Sunak`, `Percentage: 13% (▲13% vs …)`,
 * `Sign-up prompt: Newsletter sign-up form`.
 * @param {Annotation} a
 */
export function describe(a) {
  let what = '';
  if (a.layer === 'entity') what = typeof a.canonical === 'string' ? a.canonical : '';
  else if (a.layer === 'statistic') {
    what = statisticValue(a);
    const change = describeChange(a.change);
    if (change) what = what ? `${what} (${change})` : change;
  } else if (a.layer === 'boilerplate') what = typeof a.reason === 'string' ? a.reason : '';
  const name = typeName(a.type);
  return what ? `${name}: ${what}` : name;
}

/**
 * A stable name for a text, used as the target `source` when the caller gives none.
 * @param {string} text
 */
export function textSourceIri(text) {
  const hex = crc32(new TextEncoder().encode(text)).toString(16).padStart(8, '0');
  return `urn:x-gloss:text:${hex}-${text.length}`;
}

/**
 * @typedef {{
 *   source?: string,
 *   created?: string,
 *   label?: string,
 *   omitted?: string[],
 *   region?: string,
 * }} WebAnnotationOptions
 *   `source`: the IRI of the annotated document (default: textSourceIri(text));
 *   `created`: an ISO 8601 time stamp for every annotation (default: none, so that the output
 *   is deterministic); `label`: the collection's label; `omitted`: the layers (`entity`) and
 *   types (`statistic:DATE`) the legend hid and the export left out, said in `gloss:omitted` so
 *   that a reopened file does not take their absence for the reader's removals; `region`: the
 *   reader's region the figures were read for ("AU"), said in `gloss:region` when there is one
 *   so that a reopened file reads them the same way.
 */

/**
 * The annotations as a W3C Web Annotation `AnnotationCollection` (JSON-LD, one embedded page).
 * Each annotation targets the source with a TextQuoteSelector (exact, and up to 32 code points
 * of prefix/suffix) and a TextPositionSelector in code points. Its bodies: a tagging
 * TextualBody with the type code (`PER`), a describing one a reader understands, and a
 * classifying one whose value is the JSON of Gloss's own fields (layer, type and detail:
 * canonical, entity, value, unit, change, reason, …). Marks made by hand have a Person creator
 * and `manual: true` in that JSON; machine marks have Gloss (Software) as creator. All have
 * the motivation `classifying`. A mark with a reader's note has a fourth body, a commenting
 * TextualBody holding the note (plain text).
 *
 * The text itself travels in the collection as `gloss:source`, an embedded TextualBody (the
 * model's way of carrying text inside the JSON) whose `id` is the IRI every target's `source`
 * names, so that the file can be reopened (reopen.js) with nothing else: `{id, type:
 * 'TextualBody', format: 'text/plain', value: text}`. (`gloss:` is not in the Web Annotation
 * context, so a JSON-LD processor keeps it as the property IRI `gloss:source`.)
 * @param {string} text
 * @param {Annotation[]} annotations UTF-16 offsets, any order
 * @param {WebAnnotationOptions} [options]
 */
export function toWebAnnotation(text, annotations, options = {}) {
  const source = options.source ?? textSourceIri(text);
  const idBase = source.split('#')[0];
  const sorted = [...annotations].sort(byReadingOrder);
  const points = codePointIndex(
    text,
    sorted.flatMap((a) => [a.start, a.end]),
  );
  const software = { type: 'Software', name: 'Gloss' };
  const items = sorted.map((a, i) => {
    const exact = text.slice(a.start, a.end);
    const before = text.slice(Math.max(0, a.start - 2 * QUOTE_CONTEXT), a.start);
    const after = text.slice(a.end, a.end + 2 * QUOTE_CONTEXT);
    /** @type {Record<string, unknown>} */
    const gloss = { layer: a.layer, type: a.type, ...detailOf(a) };
    if (a.manual) gloss.manual = true;
    /** @type {Record<string, unknown>} */
    const annotation = {
      id: `${idBase}#gloss-${i + 1}`,
      type: 'Annotation',
      motivation: 'classifying',
      creator: a.manual ? { type: 'Person', name: 'Reader' } : software,
      generator: software,
      body: [
        { type: 'TextualBody', purpose: 'tagging', value: a.type },
        { type: 'TextualBody', purpose: 'describing', value: describe(a), format: 'text/plain' },
        {
          type: 'TextualBody',
          purpose: 'classifying',
          format: 'application/json',
          value: JSON.stringify(gloss),
        },
        ...(typeof a.note === 'string' && a.note
          ? [{ type: 'TextualBody', purpose: 'commenting', value: a.note, format: 'text/plain' }]
          : []),
      ],
      target: {
        source,
        selector: [
          {
            type: 'TextQuoteSelector',
            exact,
            prefix: codePointSlice(before, QUOTE_CONTEXT, true),
            suffix: codePointSlice(after, QUOTE_CONTEXT, false),
          },
          {
            type: 'TextPositionSelector',
            start: points.get(a.start),
            end: points.get(a.end),
          },
        ],
      },
    };
    if (options.created) annotation.created = options.created;
    return annotation;
  });
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: `${idBase}#gloss-annotations`,
    type: 'AnnotationCollection',
    label: options.label ?? 'Gloss annotations',
    total: items.length,
    'gloss:source': { id: source, type: 'TextualBody', format: 'text/plain', value: text },
    'gloss:omitted': options.omitted ?? [],
    ...(options.region ? { 'gloss:region': options.region } : {}),
    first: { id: `${idBase}#gloss-page-1`, type: 'AnnotationPage', startIndex: 0, items },
  };
}

/**
 * The annotations of the chosen layers as displaCy's manual format:
 * `{text, ents: [{start, end, label}], title}`, offsets in code points (Python string indices).
 * displaCy draws no overlapping spans, so a span overlapping one already kept (in reading order:
 * earlier, then longer first) is left out.
 * @param {string} text
 * @param {Annotation[]} annotations
 * @param {{layers?: string[], title?: string | null}} [options] layers: default `['entity']`
 *   (Gloss's statistic types are OntoNotes labels too, so `['entity', 'statistic']` also works)
 * @returns {{text: string, ents: {start: number, end: number, label: string}[], title: string | null}}
 */
export function toDisplacy(text, annotations, options = {}) {
  const layers = new Set(options.layers ?? ['entity']);
  const chosen = annotations.filter((a) => layers.has(a.layer) && a.start < a.end).sort(byReadingOrder);
  /** @type {Annotation[]} */
  const kept = [];
  let reach = 0;
  for (const a of chosen) {
    if (a.start < reach) continue;
    kept.push(a);
    reach = a.end;
  }
  const points = codePointIndex(
    text,
    kept.flatMap((a) => [a.start, a.end]),
  );
  return {
    text,
    ents: kept.map((a) => ({
      start: /** @type {number} */ (points.get(a.start)),
      end: /** @type {number} */ (points.get(a.end)),
      label: a.type,
    })),
    title: options.title ?? null,
  };
}

/**
 * Escapes text for HTML element content and attribute values (quoted with `"`). A carriage
 * return becomes `&#13;` because HTML parsers turn a literal one into a line feed; NUL, which
 * no HTML parser keeps, becomes U+FFFD.
 * @param {string} s
 */
export function escapeHtml(s) {
  return s.replace(/[&<>"'\r\0]/g, (c) => HTML_ESCAPES[c]);
}

/** @type {Record<string, string>} */
const HTML_ESCAPES = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '\r': '&#13;',
  '\0': '\uFFFD',
};

/** Per layer: the colours (light, dark) and the underline style that tells it apart. */
const STANDALONE_CSS = `
:root { color-scheme: light dark; --bg: #fdfcf9; --fg: #1d1d1f; --muted: #5b5b63; --rule: #d9d6cf;
  --clutter: #eceae4; --clutter-fg: #55555c; --entity: #dbeafe; --entity-line: #1d4ed8;
  --stat: #fde8c8; --stat-line: #9a3412; --manual: #6d28d9; }
@media (prefers-color-scheme: dark) { :root { --bg: #17171a; --fg: #ececf0; --muted: #a6a6b0;
  --rule: #3a3a42; --clutter: #2a2a30; --clutter-fg: #b4b4bd; --entity: #1e3a5f; --entity-line: #93c5fd;
  --stat: #4a2c12; --stat-line: #fdba74; --manual: #c4b5fd; } }
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--fg);
  font: 17px/1.65 Georgia, 'Times New Roman', serif; }
main { max-width: 46rem; margin: 0 auto; padding: 2rem 1.25rem 3rem; }
header h1 { font: 600 1.35rem/1.3 system-ui, sans-serif; margin: 0 0 .25rem; }
header p, footer { color: var(--muted); font: .85rem/1.5 system-ui, sans-serif; margin: 0; }
.legend { display: flex; flex-direction: column; gap: .3rem; list-style: none; padding: .75rem 0;
  margin: 1rem 0 1.5rem; border-block: 1px solid var(--rule); font: .85rem/1.6 system-ui, sans-serif; }
.legend strong { display: inline-block; min-width: 4.5rem; font-weight: 600; }
.legend .count { color: var(--muted); }
.text { white-space: pre-wrap; overflow-wrap: anywhere; }
mark { color: inherit; background: none; border-radius: 2px; padding: 0 1px; }
mark[data-layer="boilerplate"] { background: var(--clutter); color: var(--clutter-fg);
  text-decoration: line-through 1px var(--clutter-fg); }
mark[data-layer="entity"] { background: var(--entity);
  text-decoration: underline 2px solid var(--entity-line); text-underline-offset: 3px; }
mark[data-layer="statistic"] { background: var(--stat);
  text-decoration: underline 2px dashed var(--stat-line); text-underline-offset: 3px; }
mark[data-layer="entity"][data-label]::after, mark[data-layer="statistic"][data-label]::after {
  content: attr(data-label); font: 600 .6rem/1 system-ui, sans-serif; vertical-align: super;
  margin-left: 1px; color: var(--muted); }
mark[data-manual] { outline: 1.5px dotted var(--manual); outline-offset: 1px; }
mark[data-note] { border-bottom: 2px dotted var(--fg); }
.notes { margin-top: 2rem; font: .9rem/1.5 system-ui, sans-serif; }
.notes h2 { font-size: 1rem; margin: 0 0 .5rem; }
footer { margin-top: 2rem; padding-top: .75rem; border-top: 1px solid var(--rule); }
@media print { mark { print-color-adjust: exact; -webkit-print-color-adjust: exact; } }
`;

/**
 * One self-contained HTML file showing the annotated text: inline CSS, no script at all, a CSP
 * that forbids everything but inline style, every mark a `<mark>` with `data-layer`,
 * `data-type`, `data-id` (the index in reading order: the pieces of a split span share it) and
 * a `title` describing it, nested or split where spans overlap, a legend with counts.
 * Every character of the text (and of every detail) is escaped: nothing in the text can become
 * markup. Text nodes read in order give back the text exactly (except NUL and lone surrogates,
 * which HTML cannot carry).
 * @param {string} text
 * @param {Annotation[]} annotations the ones to show (UTF-16 offsets, any order)
 * @param {{title?: string, note?: string}} [options] `title`: the page's heading; `note`: a line
 *   under it (e.g. where the text came from)
 * @returns {string}
 */
export function toStandaloneHtml(text, annotations, options = {}) {
  const title = options.title ?? 'Annotated with Gloss';
  const sorted = annotations.filter((a) => a.start < a.end).sort(byReadingOrder);
  const lines = splitLines(text);

  // Per line, the ids of the spans that touch it (in nesting order: ids ascend).
  /** @type {number[][]} */
  const idsByLine = lines.map(() => []);
  let firstLine = 0;
  sorted.forEach((a, id) => {
    while (firstLine + 1 < lines.length && lines[firstLine + 1].start <= a.start) firstLine++;
    for (let i = firstLine; i < lines.length && lines[i].start < a.end; i++) {
      if (Math.min(a.end, lines[i].end) > Math.max(a.start, lines[i].start)) idsByLine[i].push(id);
    }
  });
  const titles = sorted.map((a) =>
    escapeHtml(
      `${layerName(a.layer)} · ${describe(a)}${a.manual ? ' · marked by hand' : ''}${noteOf(a) ? ` · Note: ${noteOf(a)}` : ''}`,
    ),
  );

  /**
   * Writes the nodes of a line starting at text offset `at`; the type label goes on the last
   * piece of a split mark only. Without recursion: marks may nest as deep as the annotations do.
   * @param {RenderNode[]} nodes
   * @param {number} at
   * @returns {string}
   */
  const html = (nodes, at) => {
    /** @type {string[]} */
    const out = [];
    /** @type {{nodes: RenderNode[], next: number, id: number, open: number}[]} */
    const stack = [{ nodes, next: 0, id: -1, open: -1 }];
    while (stack.length) {
      const top = stack[stack.length - 1];
      if (top.next === top.nodes.length) {
        stack.pop();
        if (top.id < 0) continue;
        // The mark's piece ends here: its opening tag can now say whether it is the last piece.
        const a = sorted[top.id];
        const last = at === a.end || at === lines[lineAt(lines, a.end - 1)].end;
        const label = a.layer !== 'boilerplate' && last ? ` data-label="${escapeHtml(a.type)}"` : '';
        const manual = a.manual ? ' data-manual="true"' : '';
        const noted = noteOf(a) ? ` data-note="${top.id}"` : '';
        out[top.open] =
          `<mark data-id="${top.id}" data-layer="${escapeHtml(a.layer)}" data-type="${escapeHtml(a.type)}"` +
          `${label}${manual}${noted} title="${titles[top.id]}">`;
        out.push('</mark>');
        continue;
      }
      const n = top.nodes[top.next++];
      if (n.kind === 'text') {
        at += n.text.length;
        out.push(escapeHtml(n.text));
        continue;
      }
      stack.push({ nodes: n.children, next: 0, id: n.id, open: out.length });
      out.push(''); // the opening tag, once the piece's end is known
    }
    return out.join('');
  };

  const body = lines
    .map((line, i) => {
      const next = i + 1 < lines.length ? lines[i + 1].start : text.length;
      const nodes = renderRange(text, line.start, line.end, sorted, idsByLine[i]);
      return html(nodes, line.start) + escapeHtml(text.slice(line.end, next));
    })
    .join('');

  /** @type {Map<string, Map<string, number>>} */
  const counts = new Map();
  for (const a of sorted) {
    const types = counts.get(a.layer) ?? new Map();
    counts.set(a.layer, types);
    types.set(a.type, (types.get(a.type) ?? 0) + 1);
  }
  const legend = [...counts]
    .map(
      ([layer, types]) =>
        `<li><strong>${escapeHtml(layerName(layer))}</strong> ` +
        [...types]
          .map(
            ([type, n]) =>
              `<mark data-layer="${escapeHtml(layer)}" data-type="${escapeHtml(type)}">${escapeHtml(typeName(type))}</mark>` +
              ` <span class="count">${n}</span>`,
          )
          .join(' ') +
        '</li>',
    )
    .join('\n');
  const note = options.note ? `<p>${escapeHtml(options.note)}</p>\n` : '';
  // The reader's notes, listed after the text (as text: every character escaped).
  const noted = sorted.map((a, id) => ({ a, id })).filter(({ a }) => noteOf(a));
  const notes = noted.length
    ? `<aside class="notes" aria-label="Notes">\n<h2>Notes</h2>\n<ol>\n${noted
        .map(
          ({ a, id }) =>
            `<li data-note="${id}"><q>${escapeHtml(a.text)}</q> (${escapeHtml(typeName(a.type))}): ${escapeHtml(noteOf(a))}</li>`,
        )
        .join('\n')}\n</ol>\n</aside>\n`
    : '';

  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Gloss">
<title>${escapeHtml(title)}</title>
<style>${STANDALONE_CSS}</style>
</head>
<body>
<main>
<header>
<h1>${escapeHtml(title)}</h1>
${note}<p>${sorted.length} annotations. Hover a mark to see what it is. Marks with a dotted outline were made by hand.</p>
</header>
<ul class="legend" aria-label="Legend">
${legend}
</ul>
<div class="text">${body}</div>
${notes}<footer>Made with Gloss, which annotates text in the browser. This file contains no script.</footer>
</main>
</body>
</html>
`;
}

/**
 * The reader's note on a mark, or ''.
 * @param {Annotation} a
 */
function noteOf(a) {
  return typeof a.note === 'string' ? a.note : '';
}

/** The export formats, for buttons and downloads. */
export const EXPORT_FORMATS = /** @type {const} */ ({
  webannotation: {
    label: 'W3C Web Annotation (JSON-LD)',
    extension: 'jsonld',
    type: 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"',
  },
  displacy: { label: 'displaCy JSON (spaCy)', extension: 'json', type: 'application/json' },
  html: { label: 'Standalone HTML', extension: 'html', type: 'text/html; charset=utf-8' },
});

/**
 * Is `format` one of EXPORT_FORMATS (an own key, never an Object property such as `toString`)?
 * @param {string} format
 * @returns {format is keyof typeof EXPORT_FORMATS}
 */
export function isExportFormat(format) {
  return Object.hasOwn(EXPORT_FORMATS, format);
}

/**
 * A file ready for a download (`new Blob([file.content], {type: file.type})`, `file.name`).
 * @param {keyof typeof EXPORT_FORMATS} format
 * @param {string} text
 * @param {Annotation[]} annotations the ones to export (for displaCy, all layers are passed
 *   and it keeps the entities)
 * @param {{baseName?: string, title?: string, source?: string, created?: string, omitted?: string[], region?: string}} [options]
 *   `baseName`: the file name without extension (default `gloss`, made safe for file systems);
 *   `omitted`: what the legend hid and the export leaves out, `region` the reader's region
 *   (see WebAnnotationOptions)
 * @returns {{name: string, type: string, content: string}}
 */
export function exportFile(format, text, annotations, options = {}) {
  if (!isExportFormat(format)) throw new TypeError(`Unknown export format: ${format}`);
  const base =
    (options.baseName ?? 'gloss')
      .replace(/[^\p{L}\p{N}._-]+/gu, '-')
      .replace(/^[-.]+|-+$/g, '')
      .slice(0, 80) || 'gloss';
  let content = '';
  if (format === 'webannotation') {
    content = `${JSON.stringify(toWebAnnotation(text, annotations, { source: options.source, created: options.created, label: options.title, omitted: options.omitted, region: options.region }), null, 2)}\n`;
  } else if (format === 'displacy') {
    content = `${JSON.stringify(toDisplacy(text, annotations, { title: options.title ?? null }))}\n`;
  } else {
    content = toStandaloneHtml(text, annotations, { title: options.title });
  }
  const spec = EXPORT_FORMATS[format];
  return { name: `${base}.${spec.extension}`, type: spec.type, content };
}
