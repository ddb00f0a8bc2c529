// The annotated document: the text in blocks of lines, marks drawn near the viewport, the
// reader's selection as offsets, moving between marks, flipping lines.

import { $ } from './dom.js';
import { lineElements, markTemplate } from './elements.js';
import { renderRange } from '../render.js';
import { layerName, typeName } from '../format.js';
import { lineAt } from '../model.js';
import { LAYERS } from '../annotation.js';
import { EAGER_CHARS, FIRST_CHARS } from '../limits.js';

/** @typedef {import('../types.js').Annotation} Annotation */
/** @typedef {import('../types.js').Line} Line */
/** @typedef {import('../render.js').Node} RenderNode */

/**
 * @typedef {{
 *   text: string,
 *   lines: Line[],
 *   annotations: Annotation[],
 *   shown: boolean[],
 *   clutter: (Annotation | null)[],
 *   clutterShown: boolean[],
 *   flips: Set<number>,
 *   hideClutter: boolean,
 *   entityKeys: (string | null)[],
 *   counted: boolean[],
 *   hiddenLayers: ReadonlySet<string>,
 *   hiddenTypes: ReadonlySet<string>,
 * }} DocumentModel
 *   Every annotation is drawn; what the legend hides is switched off by classes (the view's
 *   `off-<layer>`, a mark's `is-off` for a hidden type), so a toggle never draws again.
 * @typedef {{from: number, to: number, el: HTMLElement, drawn: boolean}} Block lines from..to
 */

/** A block of the view holds at most this many lines, or about this much text. */
const BLOCK_LINES = 64;
const BLOCK_CHARS = 8192;
/** The longest stretch the page spends drawing blocks before it yields. */
const FILL_BUDGET_MS = 30;

export class DocumentView {
  /** @param {{onRedraw: () => void}} hooks `onRedraw`: before the document is drawn again */
  constructor({ onRedraw }) {
    this.view = $('#view');
    this.onRedraw = onRedraw;
    /** @type {number[]} each line's start offset, as last drawn */
    this.lineStarts = [];
    this.renderedText = '';
    /** @type {DocumentModel | null} what the view shows */
    this.model = null;
    /** @type {number[][]} the shown annotations on each line */
    this.idsByLine = [];
    /** @type {DocumentModel | null} the model idsByLine belongs to */
    this.indexed = null;
    /** @type {Block[]} the view's blocks of lines, in order */
    this.blocks = [];
    /** @type {Block[]} blocks waiting to be drawn */
    this.queue = [];
    this.draining = false;
    /** a new text was laid out and its top is not drawn yet */
    this.fresh = false;
    /** @type {IntersectionObserver | null} */
    this.observer = null;
    /** @type {string | null} the entity whose mentions are highlighted */
    this.selectedEntity = null;
  }

  /** @param {(line: number) => void} handler */
  bindFlip(handler) {
    this.view.addEventListener('click', (event) => {
      const button = /** @type {HTMLElement} */ (event.target).closest('button.flip');
      if (button instanceof HTMLElement) handler(Number(button.dataset.line));
    });
    this.view.addEventListener('keydown', (event) => {
      if (event.key !== 'f' || event.ctrlKey || event.metaKey || event.altKey) return;
      const line = /** @type {HTMLElement | null} */ (document.activeElement)?.closest?.('.line');
      if (!(line instanceof HTMLElement) || !this.view.contains(line)) return;
      event.preventDefault();
      handler(Number(line.dataset.line));
    });
  }

  /**
   * Keys inside the document (its one tab stop): ↓/↑ move to the next or previous mark (as j/k
   * do); ←/→ move a word cursor (the selected word), Shift+←/→ extend it word by word, for the
   * label keys.
   */
  bindKeys() {
    this.view.addEventListener('keydown', (event) => {
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        this.stepMark(event.key === 'ArrowDown' ? 1 : -1);
      } else if (event.key === 'ArrowRight' || event.key === 'ArrowLeft') {
        this.moveWordCursor(event.key === 'ArrowRight' ? 'forward' : 'backward', event.shiftKey);
      } else return;
      event.preventDefault();
    });
  }

  /**
   * Moves the word cursor (the selection) a word on, or extends it by a word.
   * @param {'forward' | 'backward'} direction
   * @param {boolean} extend
   */
  moveWordCursor(direction, extend) {
    const selection = getSelection();
    if (!selection) return;
    const inView = selection.rangeCount > 0 && this.view.contains(selection.anchorNode);
    if (!inView) {
      // Starts at the focused mark, or at the top of the document.
      const active = document.activeElement;
      const from = active instanceof HTMLElement && this.view.contains(active) && active !== this.view ? active : null;
      const start = from ?? this.view.querySelector('.line-text');
      if (!start) return;
      selection.collapse(start, 0);
      if (!from && direction === 'backward') return;
    }
    if (extend) {
      selection.modify('extend', direction, 'word');
      return;
    }
    if (inView) {
      if (direction === 'forward') selection.collapseToEnd();
      else selection.collapseToStart();
    }
    selection.modify('move', direction, 'word');
    if (direction === 'forward') {
      // At the end of a word: select back to its start.
      selection.modify('extend', 'backward', 'word');
    } else selection.modify('extend', 'forward', 'word');
    // Forwards (anchor at the start), so that Shift+→ extends at the end.
    if (selection.rangeCount > 0) {
      const range = selection.getRangeAt(0);
      selection.setBaseAndExtent(range.startContainer, range.startOffset, range.endContainer, range.endOffset);
    }
    const focus = selection.focusNode?.parentElement;
    focus?.scrollIntoView({ block: 'nearest' });
  }

  /**
   * Draws the document in blocks of lines. A block holds its text at once, but its marks only
   * once it nears the viewport (IntersectionObserver), so that a 5 MB text never costs more
   * than a few blocks of work at a time; off-screen blocks of a big text also skip layout
   * (`content-visibility: auto`, sized by an estimate). Texts up to EAGER_CHARS are drawn whole.
   * @param {DocumentModel} model
   */
  renderDocument(model) {
    this.onRedraw();
    if (this.indexed !== model) this.indexDocument(model);
    const { text, lines, hideClutter } = model;
    const sameText = text === this.renderedText && this.blocks.length > 0;
    this.model = model;
    const big = text.length > EAGER_CHARS;
    this.view.classList.toggle('is-big', big);
    if (sameText) {
      // A change of layers, flips or corrections: redraw the drawn blocks near the viewport in
      // place (the text, and so the scroll position, stays); the others wait again.
      const near = this.nearViewport();
      for (const block of this.blocks) {
        if (!block.drawn) continue;
        if (!big || near(block.el)) this.fillBlock(block);
        else this.emptyBlock(block);
      }
    } else {
      this.observer?.disconnect();
      this.observer = big ? this.blockObserver() : null;
      this.queue = [];
      this.blocks = [];
      const fragment = document.createDocumentFragment();
      const rowHeight = big ? this.estimateRow() : null;
      let from = 0;
      let chars = 0;
      for (let i = 0; i < lines.length; i++) {
        chars += lines[i].end - lines[i].start + 1;
        if (i + 1 < lines.length && i + 1 - from < BLOCK_LINES && chars < BLOCK_CHARS) continue;
        const el = document.createElement('div');
        el.className = 'block';
        const block = { from, to: i + 1, el, drawn: false };
        this.blocks.push(block);
        if (rowHeight) {
          let rows = 0;
          for (let k = from; k <= i; k++)
            rows += Math.max(1, Math.ceil((lines[k].end - lines[k].start) / rowHeight.chars));
          el.style.containIntrinsicSize = `auto ${Math.round(rows * rowHeight.px)}px`;
          this.emptyBlock(block);
        } else {
          this.fillBlock(block);
        }
        fragment.append(el);
        from = i + 1;
        chars = 0;
      }
      this.view.replaceChildren(fragment);
      this.fresh = true;
      this.lineStarts = lines.map((l) => l.start);
      this.renderedText = text;
    }
    this.view.dataset.empty = String(text.length === 0);
    this.view.classList.toggle('hide-clutter', hideClutter);
    this.switchLayers(model);
  }

  /** @param {DocumentModel} model the view's class for each hidden layer */
  switchLayers(model) {
    for (const layer of LAYERS) this.view.classList.toggle(`off-${layer}`, model.hiddenLayers.has(layer));
  }

  /**
   * What is shown changed (a toggle in the legend), nothing else: switches classes on what is
   * drawn (the view for layers, the marks of a type, the clutter lines) instead of drawing.
   * @param {DocumentModel} model
   */
  setVisibility(model) {
    const before = this.model;
    if (!before || before.annotations !== model.annotations || before.text !== model.text) {
      this.renderDocument(model);
      return;
    }
    this.model = model;
    this.indexed = model; // the index holds every annotation: it does not change
    this.switchLayers(model);
    const changed = new Set([...before.hiddenTypes, ...model.hiddenTypes]);
    for (const key of changed) {
      const off = model.hiddenTypes.has(key);
      if (before.hiddenTypes.has(key) === off) continue;
      const at = key.indexOf(':');
      const selector = `mark.mark[data-layer="${CSS.escape(key.slice(0, at))}"][data-type="${CSS.escape(key.slice(at + 1))}"]`;
      for (const mark of this.view.querySelectorAll(selector)) mark.classList.toggle('is-off', off);
    }
    for (const line of /** @type {NodeListOf<HTMLElement>} */ (
      this.view.querySelectorAll('.line[data-clutter-type]')
    )) {
      const index = Number(line.dataset.line);
      const marked = model.clutterShown[index] === true;
      const title = line.dataset.clutterType === 'TITLE';
      line.classList.toggle('is-title', marked && title);
      line.classList.toggle('is-clutter', marked && !title);
    }
  }

  /**
   * Is this mark shown (its layer and type switched on in the legend)?
   * @param {Element} mark
   */
  isShown(mark) {
    return (
      mark instanceof HTMLElement &&
      !mark.classList.contains('is-off') &&
      !this.view.classList.contains(`off-${mark.dataset.layer}`)
    );
  }

  /**
   * The innermost shown mark at an event's target, if any.
   * @param {EventTarget | null} target
   * @returns {HTMLElement | null}
   */
  shownMarkAt(target) {
    let mark = target instanceof Element ? target.closest('mark.mark') : null;
    while (mark && !this.isShown(mark)) mark = mark.parentElement?.closest('mark.mark') ?? null;
    return /** @type {HTMLElement | null} */ (mark);
  }

  /**
   * Finds the annotations of each line (all of them: the legend switches them by classes) (the first half of renderDocument, which a big
   * text runs as a step of its own).
   * @param {DocumentModel} model
   */
  indexDocument(model) {
    const { lines, annotations } = model;
    /** @type {number[][]} */
    const idsByLine = new Array(lines.length);
    let line = 0;
    annotations.forEach((a, id) => {
      // Annotations come in reading order: the line of the last one is a good first guess.
      if (!(lines[line].start <= a.start && (line + 1 === lines.length || lines[line + 1].start > a.start))) {
        line = lineAt(lines, a.start);
      }
      for (let i = line; i < lines.length && lines[i].start < a.end; i++) {
        const ids = idsByLine[i];
        if (ids) ids.push(id);
        else idsByLine[i] = [id];
      }
    });
    this.idsByLine = idsByLine;
    this.indexed = model;
  }

  /**
   * Draws the first blocks of a big text (FIRST_CHARS of it) now, so that the top of the view
   * has its marks without waiting for the IntersectionObserver (a step of its own).
   */
  drawTop() {
    if (!this.fresh) return; // a redraw of the same text keeps to where the reader is
    this.fresh = false;
    const lines = this.model?.lines ?? [];
    let chars = 0;
    for (const block of this.blocks) {
      if (chars >= FIRST_CHARS) break;
      if (!block.drawn) this.fillBlock(block);
      chars += lines[block.to - 1].end - lines[block.from].start;
    }
  }

  /** Characters per row and the row height of the reading view, for estimating block heights. */
  estimateRow() {
    const style = getComputedStyle(this.view);
    const size = parseFloat(style.fontSize) || 18;
    const px = parseFloat(style.lineHeight) || size * 1.75;
    const width = Math.max(200, this.view.clientWidth);
    return { px, chars: Math.max(20, Math.floor(width / (size * 0.47))) };
  }

  /** @returns {(el: HTMLElement) => boolean} whether an element is within a screen of the viewport */
  nearViewport() {
    const margin = window.innerHeight;
    return (el) => {
      const box = el.getBoundingClientRect();
      return box.bottom > -margin && box.top < window.innerHeight + margin;
    };
  }

  /** Fills blocks as they near the viewport, a few at a time. */
  blockObserver() {
    return new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          if (!entry.isIntersecting) continue;
          const block = this.blocks.find((b) => b.el === entry.target);
          if (block && !block.drawn && !this.queue.includes(block)) this.queue.push(block);
        }
        this.drainQueue();
      },
      { rootMargin: '800px 0px' },
    );
  }

  /** Draws queued blocks for up to FILL_BUDGET_MS, then yields to the page and goes on. */
  drainQueue() {
    if (this.draining) return;
    this.draining = true;
    const step = () => {
      const t0 = performance.now();
      while (this.queue.length && performance.now() - t0 < FILL_BUDGET_MS) {
        const block = /** @type {Block} */ (this.queue.shift());
        if (!block.drawn && this.blocks.includes(block)) this.fillBlock(block);
      }
      if (this.queue.length) setTimeout(step, 0);
      else this.draining = false;
    };
    step();
  }

  /** @param {Block} block back to its plain text, its marks drawn when it nears the viewport */
  emptyBlock(block) {
    const lines = this.model?.lines ?? [];
    const text = this.model?.text ?? '';
    block.drawn = false;
    block.el.classList.add('pending');
    block.el.textContent = text.slice(lines[block.from].start, lines[block.to - 1].end);
    this.observer?.observe(block.el);
  }

  /** @param {Block} block drawn with its lines and marks */
  fillBlock(block) {
    const model = /** @type {DocumentModel} */ (this.model);
    const { text, lines, annotations, clutter, clutterShown, flips } = model;
    const fragment = document.createDocumentFragment();
    for (let i = block.from; i < block.to; i++) {
      const line = lines[i];
      const c = clutter[line.index];
      const blank = text.slice(line.start, line.end).trim() === '';
      const { div, flip, content } = lineElements();
      div.setAttribute('data-line', String(line.index));
      if (blank) {
        div.classList.add('blank');
        flip.remove();
      }
      if (c) {
        // Clutter is always said (data-clutter-type; "Hide clutter" hides it), and marked only
        // while its layer and type are switched on.
        div.dataset.clutterType = c.type;
        if (clutterShown[line.index]) div.classList.add(c.type === 'TITLE' ? 'is-title' : 'is-clutter');
      }
      if (flips.has(line.index)) div.classList.add('is-flipped');
      if (!blank) {
        const label = c
          ? `Line ${line.index + 1} is clutter (${typeName(c.type)}). Mark it as article.`
          : `Line ${line.index + 1} is article. Mark it as clutter.`;
        flip.setAttribute('data-line', String(line.index));
        flip.setAttribute('aria-label', label);
        flip.setAttribute('title', label);
      }
      const nodes = renderRange(text, line.start, line.end, annotations, this.idsByLine[line.index] ?? []);
      this.appendNodes(content, nodes, model);
      fragment.append(div);
    }
    block.el.replaceChildren(fragment);
    block.el.classList.remove('pending');
    block.drawn = true;
    this.observer?.unobserve(block.el);
  }

  /**
   * Draws the block holding line `index` now, if it waits.
   * @param {number} index
   */
  drawLine(index) {
    let lo = 0;
    let hi = this.blocks.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.blocks[mid].from <= index) lo = mid;
      else hi = mid - 1;
    }
    const block = this.blocks[lo];
    if (block && !block.drawn) this.fillBlock(block);
  }

  /**
   * Draws a node tree under `parent`, without recursion: marks may nest as deep as the
   * annotations do (a link may carry 10,000 identical corrections).
   * @param {Node} parent
   * @param {RenderNode[]} nodes
   * @param {DocumentModel} model
   */
  appendNodes(parent, nodes, model) {
    const stack = [{ parent, nodes, next: 0 }];
    while (stack.length) {
      const top = stack[stack.length - 1];
      if (top.next === top.nodes.length) {
        stack.pop();
        continue;
      }
      const node = top.nodes[top.next++];
      if (node.kind === 'text') {
        top.parent.appendChild(document.createTextNode(node.text));
        continue;
      }
      const mark = this.markElement(node.id, model);
      top.parent.appendChild(mark);
      stack.push({ parent: mark, nodes: node.children, next: 0 });
    }
  }

  /**
   * The element of one mark (its children are drawn by appendNodes).
   * @param {number} id
   * @param {DocumentModel} model
   */
  markElement(id, model) {
    const a = model.annotations[id];
    const mark = /** @type {HTMLElement} */ (markTemplate().cloneNode(false));
    // setAttribute: `dataset` writes cost more in Chromium.
    mark.setAttribute('data-layer', a.layer);
    mark.setAttribute('data-type', a.type);
    mark.setAttribute('data-id', String(id));
    // Its name is its text; the type goes in words in its description for assistive
    // technology (the colours and labels are visual cues).
    mark.setAttribute('aria-label', model.text.slice(a.start, a.end));
    const kind = `${typeName(a.type)} · ${a.manual ? 'marked by hand' : layerName(a.layer)}`;
    mark.setAttribute('aria-description', typeof a.note === 'string' ? `${kind} · Note: ${a.note}` : kind);
    // Selecting a name in the panel highlights the mentions it counts.
    const key = model.counted[id] ? model.entityKeys[id] : null;
    if (key) {
      mark.dataset.entity = key;
      if (key === this.selectedEntity) mark.classList.add('is-selected');
    }
    if (a.manual) mark.dataset.manual = 'true';
    if (typeof a.note === 'string') mark.dataset.note = 'true';
    if (a.hint) mark.dataset.hint = 'true';
    if (model.hiddenTypes.size > 0 && model.hiddenTypes.has(`${a.layer}:${a.type}`)) mark.classList.add('is-off');
    return mark;
  }

  /**
   * The selection inside the view as offsets into the text, or null.
   * @returns {{start: number, end: number} | null}
   */
  selectionSpan() {
    const selection = getSelection();
    if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
    const range = selection.getRangeAt(0);
    const start = this.offsetOf(range.startContainer, range.startOffset);
    const end = this.offsetOf(range.endContainer, range.endOffset);
    if (start === null || end === null || end <= start) return null;
    const text = this.renderedText;
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    return e > s ? { start: s, end: e } : null;
  }

  /**
   * The text offset of a DOM position inside a line of the view.
   * @param {Node} node
   * @param {number} offset
   * @returns {number | null}
   */
  offsetOf(node, offset) {
    const element = node instanceof Element ? node : node.parentElement;
    const lineText = element?.closest('.line-text');
    const line = lineText?.closest('.line');
    if (!(lineText instanceof HTMLElement) || !(line instanceof HTMLElement)) return null;
    const lineStart = this.lineStarts[Number(line.dataset.line)];
    if (lineStart === undefined) return null;
    const before = document.createRange();
    before.setStart(lineText, 0);
    before.setEnd(node, offset);
    return lineStart + before.toString().length;
  }

  /**
   * Moves the focus to the next (1) or previous (−1) visible mark, in reading order, drawing its
   * block first when it waits.
   * @param {number} delta
   */
  stepMark(delta) {
    const model = this.model;
    if (!model) return;
    const n = model.annotations.length;
    const active = /** @type {HTMLElement | null} */ (document.activeElement);
    const at = active?.matches('#view mark.mark') ? Number(active.dataset.id) : delta > 0 ? -1 : n;
    for (let k = 1; k <= n; k++) {
      const id = (((at + delta * k) % n) + n) % n;
      if (!model.shown[id] || id === at) continue;
      this.drawLine(lineAt(model.lines, model.annotations[id].start));
      const mark = /** @type {HTMLElement | null} */ (this.view.querySelector(`mark[data-id="${id}"]`));
      if (!mark || mark.offsetParent === null || !this.isShown(mark)) continue;
      mark.focus();
      mark.scrollIntoView({ block: 'nearest' });
      return;
    }
  }

  /**
   * Scrolls to the mark of annotation `id` (or its line) and flashes it.
   * @param {number} id
   * @param {number} line where to go when the mark is hidden
   * @param {{focus?: boolean}} [how]
   */
  revealMark(id, line, how = {}) {
    for (const current of this.view.querySelectorAll('mark.is-current')) current.classList.remove('is-current');
    this.drawLine(line);
    const marks = /** @type {HTMLElement[]} */ ([...this.view.querySelectorAll(`mark[data-id="${id}"]`)]).filter((m) =>
      this.isShown(m),
    );
    const target = marks[0] ?? this.view.querySelector(`.line[data-line="${line}"]`);
    if (!(target instanceof HTMLElement)) return;
    target.scrollIntoView({ block: 'center', behavior: 'smooth' });
    for (const m of marks.length ? marks : [target]) {
      m.classList.remove('flash');
      void m.offsetWidth; // restart the animation
      m.classList.add('flash', 'is-current');
    }
    if (how.focus && marks[0]) marks[0].focus({ preventScroll: true });
  }

  /**
   * Highlights the mentions of the selected entity.
   * @param {string | null} selected
   */
  markSelected(selected) {
    this.selectedEntity = selected;
    for (const mark of this.view.querySelectorAll('mark.is-selected')) {
      mark.classList.remove('is-selected', 'is-current');
    }
    if (selected) {
      for (const mark of this.view.querySelectorAll('mark[data-entity]')) {
        if (/** @type {HTMLElement} */ (mark).dataset.entity === selected) mark.classList.add('is-selected');
      }
    }
  }
}
