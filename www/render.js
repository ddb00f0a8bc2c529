// Turns one line of text and the annotations on it into a tree of text and mark nodes, nesting
// spans that nest and splitting spans that cross, so that no text is ever lost. Pure.

/** @typedef {import('./types.js').Annotation} Annotation */

/**
 * @typedef {{kind: 'text', text: string}} TextNode
 * @typedef {{kind: 'mark', id: number, children: Node[]}} MarkNode
 * @typedef {TextNode | MarkNode} Node
 */

/**
 * The deepest marks nest in a drawing. Browsers cannot hold unbounded nesting (Chromium's
 * renderer crashes laying out 10,000 nested marks, which a link may carry), so marks nested
 * deeper than this are not drawn: they stay in the panels, the counts and the exports.
 */
export const MAX_NESTING = 64;

/**
 * Builds the node tree for `text[from..to]`.
 *
 * `annotations[id]` must be sorted in nesting order (outer first: start ascending, longer
 * first); mark nodes refer to them by index. Annotations outside `from..to` are clipped.
 *
 * Each stretch between two consecutive boundaries is covered by some set of annotations; the
 * stretch sits inside marks for exactly those, outermost first. Walking the stretches keeps the
 * open marks that the next stretch shares and reopens the rest, so a span that crosses another
 * is split in two elements. At most MAX_NESTING marks are open at once (the outermost).
 *
 * @param {string} text
 * @param {number} from
 * @param {number} to
 * @param {Annotation[]} annotations
 * @param {number[]} ids indices into `annotations` to draw (ascending = nesting order)
 * @returns {Node[]}
 */
export function renderRange(text, from, to, annotations, ids) {
  /** @type {{id: number, start: number, end: number}[]} */
  const spans = [];
  for (const id of ids) {
    const a = annotations[id];
    const start = Math.max(a.start, from);
    const end = Math.min(a.end, to);
    if (start < end) spans.push({ id, start, end });
  }
  /** @type {Node[]} */
  const root = [];
  if (from >= to) return root;
  if (spans.length === 0) {
    root.push({ kind: 'text', text: text.slice(from, to) });
    return root;
  }
  const cuts = new Set([from, to]);
  for (const s of spans) {
    cuts.add(s.start);
    cuts.add(s.end);
  }
  const bounds = [...cuts].sort((a, b) => a - b);

  /** @type {{id: number, children: Node[]}[]} marks open now, outermost first */
  const open = [];
  let first = 0; // spans before this index ended before the current stretch
  for (let b = 0; b + 1 < bounds.length; b++) {
    const lo = bounds[b];
    const hi = bounds[b + 1];
    while (first < spans.length && spans[first].end <= lo) first++;
    /** @type {number[]} */
    const active = [];
    for (let k = first; k < spans.length && spans[k].start <= lo && active.length < MAX_NESTING; k++) {
      if (spans[k].end > lo) active.push(spans[k].id);
    }
    let keep = 0;
    while (keep < open.length && keep < active.length && open[keep].id === active[keep]) keep++;
    open.length = keep;
    for (let k = keep; k < active.length; k++) {
      /** @type {MarkNode} */
      const mark = { kind: 'mark', id: active[k], children: [] };
      (open.length ? open[open.length - 1].children : root).push(mark);
      open.push(mark);
    }
    const into = open.length ? open[open.length - 1].children : root;
    into.push({ kind: 'text', text: text.slice(lo, hi) });
  }
  return root;
}

/**
 * The text a node tree shows (its text nodes, in order): always the text it was built from.
 * @param {Node[]} nodes
 * @returns {string}
 */
export function textOf(nodes) {
  /** @type {string[]} */
  const out = [];
  /** @type {Node[]} what is left, the next node last */
  const todo = nodes.slice().reverse();
  while (todo.length) {
    const n = /** @type {Node} */ (todo.pop());
    if (n.kind === 'text') out.push(n.text);
    else for (let i = n.children.length - 1; i >= 0; i--) todo.push(n.children[i]);
  }
  return out.join('');
}
