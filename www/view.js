// The only module that touches the DOM. It looks elements up once, draws what app.js hands it,
// and reports what the reader does through bindX(handler) hooks (one delegated listener per
// list). Text enters the DOM only through textContent / createTextNode.

import { renderRange } from './render.js';
import { LAYER_NAMES, typeName } from './format.js';
import { lineAt } from './model.js';

/** @typedef {import('./types.js').Annotation} Annotation */
/** @typedef {import('./types.js').Line} Line */
/** @typedef {import('./render.js').Node} RenderNode */
/** @typedef {import('./panels/statistics.js').StatisticRow} StatisticRow */
/** @typedef {import('./panels/entities.js').EntityGroup} EntityGroup */

/**
 * @typedef {{
 *   text: string,
 *   lines: Line[],
 *   annotations: Annotation[],
 *   shown: boolean[],
 *   clutter: (Annotation | null)[],
 *   flips: Set<number>,
 *   hideClutter: boolean,
 *   entityKeys: (string | null)[],
 * }} DocumentModel
 * @typedef {{layer: string, title: string, rows: [string, string][]}} CardSection
 * @typedef {{from: number, to: number, el: HTMLElement, drawn: boolean}} Block lines from..to
 */

/** A block of the view holds at most this many lines, or about this much text. */
const BLOCK_LINES = 64;
const BLOCK_CHARS = 8192;
/** Texts longer than this show a progress bar, and fold the editor away. */
export const BIG_CHARS = 200_000;
/**
 * Texts up to this length are drawn whole at once; longer ones block by block, the first
 * FIRST_CHARS right away (drawTop) and the rest as they near the viewport.
 */
export const EAGER_CHARS = 32_000;
const FIRST_CHARS = 16_000;
/** Entities listed per type until the reader asks for all. */
const ENTITY_LIMIT = 60;
/** The longest stretch the page spends drawing blocks before it yields. */
const FILL_BUDGET_MS = 30;

/**
 * A text's length for the reader: "812 KB", "5.0 MB" (characters, near enough bytes for news).
 * @param {number} length
 */
export function formatSize(length) {
  if (length < 1_000_000) return `${Math.max(1, Math.round(length / 1000))} KB`;
  return `${(length / 1_000_000).toFixed(1)} MB`;
}

/**
 * @template {Element} T
 * @param {string} selector
 * @returns {T}
 */
function $(selector) {
  const el = document.querySelector(selector);
  if (!el) throw new Error(`missing element ${selector}`);
  return /** @type {T} */ (el);
}

/**
 * @param {string} tag
 * @param {Record<string, string>} [attributes]
 * @param {string} [text]
 */
function el(tag, attributes = {}, text) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attributes)) node.setAttribute(k, v);
  if (text !== undefined) node.textContent = text;
  return node;
}

export class View {
  constructor() {
    /** @type {HTMLTextAreaElement} */
    this.source = $('#source');
    /** @type {HTMLElement} */
    this.view = $('#view');
    /** @type {HTMLElement} */
    this.legend = $('#legend');
    /** @type {HTMLElement} */
    this.status = $('#status');
    /** @type {HTMLElement} */
    this.message = $('#message');
    /** @type {HTMLElement} */
    this.card = $('#card');
    /** @type {HTMLButtonElement} */
    this.share = $('#share');
    /** @type {HTMLInputElement} */
    this.hideClutter = $('#hide-clutter');
    /** @type {HTMLTableSectionElement} */
    this.statistics = $('#statistics tbody');
    /** @type {HTMLElement} */
    this.statisticsCount = $('#statistics-count');
    /** @type {HTMLElement} */
    this.entities = $('#entities');
    /** @type {HTMLElement} */
    this.entitiesCount = $('#entities-count');
    /** @type {HTMLElement} */
    this.stepper = $('#entity-stepper');
    /** @type {HTMLElement} */
    this.stepPosition = $('#entity-position');
    /** @type {HTMLElement} */
    this.version = $('#version');
    /** @type {HTMLElement} */
    this.folded = $('#source-folded');
    /** @type {string | null} the text while the editor is folded away (see foldSource) */
    this.foldedText = null;
    /** @type {HTMLElement} */
    this.progress = $('#progress');
    /** @type {HTMLProgressElement} */
    this.progressBar = $('#progress-bar');
    /** @type {HTMLElement} */
    this.progressText = $('#progress-text');
    $('#source-unfold').addEventListener('click', () => {
      this.unfoldSource();
      this.source.focus();
    });
    /** @type {(id: number) => CardSection | null} */
    this.cardFor = () => null;
    /** @type {HTMLElement | null} the mark the card is showing */
    this.cardMark = null;
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
    /** @type {Set<string>} entity types whose whole list is shown */
    this.openGroups = new Set();
    /** @type {Parameters<View['renderEntities']> | null} for redrawing the list with a group opened */
    this.lastEntities = null;
    this.closeMarkTools = () => {};
    this.bindCard();
  }

  // --- Hooks ------------------------------------------------------------------------------

  /** @param {(text: string, pasted: boolean) => void} handler called on every edit */
  bindEdit(handler) {
    this.source.addEventListener('input', (event) => {
      const type = /** @type {InputEvent} */ (event).inputType ?? '';
      handler(this.source.value, type === 'insertFromPaste' || type === 'insertFromDrop');
    });
  }

  /**
   * A paste that carries HTML, or a big one: the page inserts the plain text itself and hands
   * the HTML on (as a string, never into the DOM). A big text folds the editor away first, so
   * that the browser never lays it out. Other pastes are left to the browser.
   * @param {(paste: {text: string, html: string, whole: boolean}) => void} handler
   */
  bindRichPaste(handler) {
    this.source.addEventListener('paste', (event) => {
      const data = event.clipboardData;
      if (!data) return;
      const text = data.getData('text/plain');
      const html = data.types.includes('text/html') ? data.getData('text/html') : '';
      const { selectionStart, selectionEnd, value } = this.source;
      const length = value.length - (selectionEnd - selectionStart) + text.length;
      const big = length > BIG_CHARS;
      if (!text || (!html && !big)) return;
      event.preventDefault();
      const whole = selectionStart === 0 && selectionEnd === value.length;
      if (big) this.setSource(value.slice(0, selectionStart) + text + value.slice(selectionEnd));
      else this.source.setRangeText(text, selectionStart, selectionEnd, 'end');
      handler({ text: this.sourceText(), html, whole });
    });
  }

  /**
   * Hides the editor while the text is big: the browser's text box lays out all of its text at
   * once (seconds for a few MB: measured 4-7 s for 5 MB in Chromium, and 0.1-0.3 s only to set
   * its value), while the view below draws only what is on screen. The text waits in
   * `foldedText` and enters the text box when the reader unfolds it.
   * @param {number} length
   */
  foldSource(length) {
    this.source.hidden = true;
    this.folded.hidden = false;
    $('#source-folded-text').textContent =
      `The text (${formatSize(length)}) is folded away to keep the page quick: the view below shows all of it.`;
  }

  /** Shows the editor again (for a big text the page may pause while the browser lays it out). */
  unfoldSource() {
    if (this.foldedText !== null) this.source.value = this.foldedText;
    this.foldedText = null;
    this.source.hidden = false;
    this.folded.hidden = true;
  }

  /**
   * The progress of annotating and drawing a big text.
   * @param {number | null} fraction 0..1, or null while it cannot be told (the WASM call)
   * @param {string} text what is happening
   */
  showProgress(fraction, text) {
    this.progress.hidden = false;
    if (fraction === null) this.progressBar.removeAttribute('value');
    else this.progressBar.value = fraction;
    this.progressText.textContent = text;
  }

  hideProgress() {
    this.progress.hidden = true;
  }

  /** @param {() => void} handler */
  bindShare(handler) {
    this.share.addEventListener('click', handler);
  }

  /** @param {(toggle: {layer: string} | {typeKey: string}) => void} handler */
  bindLegend(handler) {
    this.legend.addEventListener('click', (event) => {
      const button = /** @type {HTMLElement} */ (event.target).closest('button');
      if (!button) return;
      if (button.dataset.typeKey) handler({ typeKey: button.dataset.typeKey });
      else if (button.dataset.layer) handler({ layer: button.dataset.layer });
    });
  }

  /** @param {(line: number) => void} handler */
  bindFlip(handler) {
    this.view.addEventListener('click', (event) => {
      const button = /** @type {HTMLElement} */ (event.target).closest('button.flip');
      if (button instanceof HTMLElement) handler(Number(button.dataset.line));
    });
  }

  /** @param {(hide: boolean) => void} handler */
  bindHideClutter(handler) {
    this.hideClutter.addEventListener('change', () => handler(this.hideClutter.checked));
  }

  /** @param {() => void} copy @param {() => void} download */
  bindCleanText(copy, download) {
    $('#copy-clean').addEventListener('click', copy);
    $('#download-clean').addEventListener('click', download);
  }

  /**
   * @param {(id: number) => void} handler
   * @param {() => void} exportCsv
   * @param {() => void} more list more figures
   */
  bindStatistics(handler, exportCsv, more) {
    const activate = (/** @type {Event} */ event) => {
      if (/** @type {HTMLElement} */ (event.target).closest('button[data-more]')) {
        more();
        return;
      }
      const row = /** @type {HTMLElement} */ (event.target).closest('tr[data-id]');
      if (row instanceof HTMLElement) handler(Number(row.dataset.id));
    };
    this.statistics.addEventListener('click', activate);
    this.statistics.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        activate(event);
      }
    });
    $('#export-csv').addEventListener('click', exportCsv);
  }

  /**
   * @param {(key: string) => void} select
   * @param {(delta: number) => void} step
   * @param {() => void} clear
   */
  bindEntities(select, step, clear) {
    this.entities.addEventListener('click', (event) => {
      const target = /** @type {HTMLElement} */ (event.target);
      const more = target.closest('button[data-more]');
      if (more instanceof HTMLElement && more.dataset.more && this.lastEntities) {
        this.openGroups.add(more.dataset.more);
        this.renderEntities(...this.lastEntities);
        return;
      }
      const button = target.closest('button[data-key]');
      if (button instanceof HTMLElement && button.dataset.key) select(button.dataset.key);
    });
    $('#entity-prev').addEventListener('click', () => step(-1));
    $('#entity-next').addEventListener('click', () => step(1));
    $('#entity-clear').addEventListener('click', clear);
    document.addEventListener('keydown', (event) => {
      const target = /** @type {HTMLElement} */ (event.target);
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      if (target.closest('textarea, input, select, [contenteditable]')) return;
      if (this.stepper.hidden) return;
      if (event.key === 'n') step(1);
      else if (event.key === 'p') step(-1);
      else if (event.key === 'Escape') clear();
      else return;
      event.preventDefault();
    });
  }

  /** @param {() => void} handler */
  bindHashChange(handler) {
    window.addEventListener('hashchange', handler);
  }

  /** @param {(id: number) => CardSection | null} provider */
  setCardProvider(provider) {
    this.cardFor = provider;
  }

  // --- Simple state -----------------------------------------------------------------------

  /** The editor's text (also while it is folded away). */
  sourceText() {
    return this.foldedText ?? this.source.value;
  }

  /** @param {string} text */
  setSource(text) {
    if (text.length > BIG_CHARS) {
      this.source.value = '';
      this.foldedText = text;
      this.foldSource(text.length);
    } else {
      this.foldedText = null;
      this.unfoldSource();
      this.source.value = text;
    }
  }

  /** @param {boolean} busy */
  setBusy(busy) {
    if (busy) document.body.dataset.busy = 'true';
    else delete document.body.dataset.busy;
  }

  setReady() {
    document.documentElement.dataset.ready = 'true';
  }

  /** @param {string} text */
  showStatus(text) {
    this.status.textContent = text;
  }

  /** @param {string} version */
  showVersion(version) {
    this.version.textContent = `Gloss ${version}.`;
  }

  /** @param {string | null} text a problem to show, or null to clear it */
  showMessage(text) {
    this.message.hidden = text === null;
    this.message.textContent = text ?? '';
  }

  /** The fragment without `#`. */
  readFragment() {
    const raw = location.hash.replace(/^#/, '');
    try {
      return decodeURIComponent(raw);
    } catch {
      return raw; // a malformed %-escape: let the link decoder reject it
    }
  }

  /** @param {string} fragment without `#`; empty removes it */
  writeFragment(fragment) {
    const url = location.pathname + location.search + (fragment ? `#${fragment}` : '');
    history.replaceState(null, '', url);
  }

  /** @returns {string} the page's address, with the fragment */
  currentUrl() {
    return location.href;
  }

  /**
   * @param {string} text
   * @returns {Promise<boolean>} whether the clipboard took it
   */
  async copy(text) {
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch {
      return false;
    }
  }

  /**
   * Offers `text` as a file download (a Blob URL; no network).
   * @param {string} filename
   * @param {string} text
   * @param {string} type
   */
  download(filename, text, type) {
    const url = URL.createObjectURL(new Blob([text], { type }));
    const link = el('a', { href: url, download: filename });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }

  // --- The annotated document -------------------------------------------------------------

  /**
   * Draws the document in blocks of lines. A block holds its text at once, but its marks only
   * once it nears the viewport (IntersectionObserver), so that a 5 MB text never costs more
   * than a few blocks of work at a time; off-screen blocks of a big text also skip layout
   * (`content-visibility: auto`, sized by an estimate). Texts up to EAGER_CHARS are drawn whole.
   * @param {DocumentModel} model
   */
  renderDocument(model) {
    this.hideCard();
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
          for (let k = from; k <= i; k++) rows += Math.max(1, Math.ceil((lines[k].end - lines[k].start) / rowHeight.chars));
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
    this.closeMarkTools();
    this.view.dataset.empty = String(text.length === 0);
    this.view.classList.toggle('hide-clutter', hideClutter);
    this.hideClutter.checked = hideClutter;
  }

  /**
   * Finds the shown annotations of each line (the first half of renderDocument, which a big
   * text runs as a step of its own).
   * @param {DocumentModel} model
   */
  indexDocument(model) {
    const { lines, annotations, shown } = model;
    /** @type {number[][]} */
    const idsByLine = new Array(lines.length);
    let line = 0;
    annotations.forEach((a, id) => {
      if (!shown[id]) return;
      // Annotations come in reading order: the line of the last one is a good first guess.
      if (!(lines[line].start <= a.start && (line + 1 === lines.length || lines[line + 1].start > a.start))) {
        line = lineAt(lines, a.start);
      }
      for (let i = line; i < lines.length && lines[i].start < a.end; i++) {
        (idsByLine[i] ??= []).push(id);
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
    const { text, lines, annotations, clutter, flips } = model;
    const fragment = document.createDocumentFragment();
    for (let i = block.from; i < block.to; i++) {
      const line = lines[i];
      const c = clutter[line.index];
      const blank = text.slice(line.start, line.end).trim() === '';
      const div = el('div', { class: 'line', 'data-line': String(line.index) });
      if (blank) div.classList.add('blank');
      if (c) {
        div.classList.add(c.type === 'TITLE' ? 'is-title' : 'is-clutter');
        div.dataset.clutterType = c.type;
      }
      if (flips.has(line.index)) div.classList.add('is-flipped');
      if (!blank) {
        const label = c
          ? `Line ${line.index + 1} is clutter (${typeName(c.type)}). Mark it as article.`
          : `Line ${line.index + 1} is article. Mark it as clutter.`;
        div.append(
          el('button', {
            class: 'flip',
            type: 'button',
            'data-line': String(line.index),
            'aria-label': label,
            title: label,
          }),
        );
      }
      const content = el('span', { class: 'line-text' });
      const nodes = renderRange(text, line.start, line.end, annotations, this.idsByLine[line.index] ?? []);
      this.appendNodes(content, nodes, model);
      div.append(content);
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
   * @param {Node} parent
   * @param {RenderNode[]} nodes
   * @param {DocumentModel} model
   */
  appendNodes(parent, nodes, model) {
    for (const node of nodes) {
      if (node.kind === 'text') {
        parent.appendChild(document.createTextNode(node.text));
        continue;
      }
      const a = model.annotations[node.id];
      const mark = el('mark', {
        class: 'mark',
        'data-layer': a.layer,
        'data-type': a.type,
        'data-id': String(node.id),
        tabindex: '0',
        // The type in words for assistive technology (the colours and labels are visual cues).
        'aria-description': `${typeName(a.type)} · ${LAYER_NAMES[a.layer] ?? a.layer}`,
      });
      const key = model.entityKeys[node.id];
      if (key) {
        mark.dataset.entity = key;
        if (key === this.selectedEntity) mark.classList.add('is-selected');
      }
      if (a.manual) {
        mark.dataset.manual = 'true';
        mark.setAttribute('aria-label', `${typeName(a.type)}, marked by hand`);
      }
      if (a.hint) mark.dataset.hint = 'true';
      this.appendNodes(mark, node.children, model);
      parent.appendChild(mark);
    }
  }

  /**
   * @param {Map<string, Map<string, number>>} counts
   * @param {Set<string>} hiddenLayers
   * @param {Set<string>} hiddenTypes
   */
  renderLegend(counts, hiddenLayers, hiddenTypes) {
    const fragment = document.createDocumentFragment();
    for (const [layer, types] of counts) {
      const total = [...types.values()].reduce((a, b) => a + b, 0);
      const group = el('div', { class: 'legend-layer', 'data-layer': layer });
      const on = !hiddenLayers.has(layer);
      const button = el('button', {
        type: 'button',
        class: 'layer-toggle',
        'data-layer': layer,
        'aria-pressed': String(on),
        title: `${on ? 'Hide' : 'Show'} ${LAYER_NAMES[layer] ?? layer}`,
      });
      button.append(
        el('span', { class: 'swatch', 'aria-hidden': 'true' }),
        el('span', { class: 'name' }, LAYER_NAMES[layer] ?? layer),
        el('span', { class: 'count' }, String(total)),
      );
      group.append(button);
      const list = el('div', { class: 'type-list' });
      for (const [type, count] of types) {
        const key = `${layer}:${type}`;
        const typeOn = !hiddenTypes.has(key);
        const chip = el('button', {
          type: 'button',
          class: 'type-toggle',
          'data-type-key': key,
          'data-type': type,
          'aria-pressed': String(typeOn),
          title: `${typeOn ? 'Hide' : 'Show'} ${typeName(type)} (${type})`,
        });
        chip.append(el('span', {}, typeName(type)), el('span', { class: 'count' }, String(count)));
        if (!on) chip.disabled = true;
        list.append(chip);
      }
      group.append(list);
      fragment.append(group);
    }
    this.legend.replaceChildren(fragment);
  }

  /**
   * @param {StatisticRow[]} rows the first figures
   * @param {number} total how many there are in all
   */
  renderStatistics(rows, total = rows.length) {
    const fragment = document.createDocumentFragment();
    for (const r of rows) {
      const tr = el('tr', { 'data-id': String(r.id), tabindex: '0' });
      const figure = el('td', { class: 'figure' });
      figure.append(el('span', { class: 'figure-text' }, r.figure), el('span', { class: 'sub' }, r.type));
      const value = el('td', { class: 'value' }, r.value);
      const change = el('td', { class: 'change' }, r.change);
      if (r.change.startsWith('▲')) change.classList.add('up');
      if (r.change.startsWith('▼')) change.classList.add('down');
      tr.append(figure, value, change);
      const context = el('tr', { class: 'context', 'data-id': String(r.id) });
      const sentence = el('td', { colspan: '3' });
      sentence.append(el('span', { class: 'sentence' }, r.sentence));
      if (r.hint) {
        tr.classList.add('has-hint');
        sentence.prepend(el('span', { class: 'hint', title: r.hint }, `⚠ ${r.hint}`));
      }
      context.append(sentence);
      fragment.append(tr, context);
    }
    if (total > rows.length) {
      const cell = el('td', { colspan: '3' });
      cell.append(el('button', { type: 'button', class: 'small more', 'data-more': 'figures' }, `Show more (${(total - rows.length).toLocaleString('en-GB')} not listed)`));
      const tr = el('tr', { class: 'more-row' });
      tr.append(cell);
      fragment.append(tr);
    }
    this.statistics.replaceChildren(fragment);
    this.statisticsCount.textContent = total ? String(total) : '';
  }

  /**
   * @param {EntityGroup[]} groups
   * @param {string | null} selected
   * @param {{index: number, total: number} | null} position
   */
  renderEntities(groups, selected, position) {
    this.lastEntities = [groups, selected, position];
    const fragment = document.createDocumentFragment();
    let count = 0;
    for (const group of groups) {
      const section = el('div', { class: 'entity-group', 'data-type': group.type });
      section.append(el('h3', {}, `${typeName(group.type)}`));
      const list = el('ul', {});
      const open = this.openGroups.has(group.type);
      group.entities.forEach((entity, k) => {
        count++;
        if (k >= ENTITY_LIMIT && !open && entity.key !== selected) return;
        const item = el('li', {});
        const button = el('button', {
          type: 'button',
          class: 'entity',
          'data-key': entity.key,
          'data-type': entity.type,
          'aria-pressed': String(entity.key === selected),
          title: entity.forms.join(' · '),
        });
        button.append(
          el('span', { class: 'name' }, entity.canonical),
          el('span', { class: 'count' }, String(entity.mentions.length)),
        );
        item.append(button);
        list.append(item);
      });
      section.append(list);
      if (group.entities.length > ENTITY_LIMIT && !open) {
        section.append(
          el('button', { type: 'button', class: 'small more', 'data-more': group.type }, `Show all ${group.entities.length.toLocaleString('en-GB')}`),
        );
      }
      fragment.append(section);
    }
    this.entities.replaceChildren(fragment);
    this.entitiesCount.textContent = count ? String(count) : '';
    this.stepper.hidden = !selected || !position;
    this.stepPosition.textContent = position ? `${position.index + 1} of ${position.total}` : '';
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

  /**
   * Scrolls to the mark of annotation `id` (or its line) and flashes it.
   * @param {number} id
   * @param {number} line where to go when the mark is hidden
   * @param {{focus?: boolean}} [how]
   */
  revealMark(id, line, how = {}) {
    for (const current of this.view.querySelectorAll('mark.is-current')) current.classList.remove('is-current');
    this.drawLine(line);
    const marks = /** @type {HTMLElement[]} */ ([...this.view.querySelectorAll(`mark[data-id="${id}"]`)]);
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

  // --- Workbench: input, exports, corrections, passphrases, keyboard -----------------------

  /** @param {() => void} handler */
  bindExample(handler) {
    $('#try-example').addEventListener('click', handler);
  }

  /**
   * A .txt or .html file dropped anywhere on the page. An HTML file is parsed in a detached,
   * inert document (DOMParser: no script runs, nothing loads) only to read its text.
   * @param {(file: {text: string, html: string | null, name: string}) => void} handler
   * @param {(problem: string) => void} refuse
   */
  bindDrop(handler, refuse) {
    document.addEventListener('dragover', (event) => {
      if (event.dataTransfer?.types.includes('Files')) event.preventDefault();
    });
    document.addEventListener('drop', async (event) => {
      const file = event.dataTransfer?.files?.[0];
      if (!file) return;
      event.preventDefault();
      const isHtml = /\.html?$/i.test(file.name) || file.type === 'text/html';
      const isText = /\.(txt|text|md)$/i.test(file.name) || file.type.startsWith('text/');
      if (!isHtml && !isText) {
        refuse(`${file.name} is not a .txt or .html file.`);
        return;
      }
      const content = await file.text();
      if (isHtml) handler({ text: htmlText(content), html: content, name: file.name });
      else handler({ text: content, html: null, name: file.name });
    });
  }

  /** @param {(format: string) => void} handler */
  bindExports(handler) {
    $('#exports').addEventListener('click', (event) => {
      const button = /** @type {HTMLElement} */ (event.target).closest('button[data-export]');
      if (button instanceof HTMLElement && button.dataset.export) handler(button.dataset.export);
    });
  }

  /** @param {() => void} handler */
  bindShareProtected(handler) {
    $('#share-protected').addEventListener('click', handler);
  }

  /** @param {string} href a javascript: URL for the bookmarklet link */
  setBookmarklet(href) {
    $('#bookmarklet').setAttribute('href', href);
  }

  /**
   * Fills the label pickers: one option per layer:type.
   * @param {Record<string, readonly string[]>} types
   */
  setLabelTypes(types) {
    for (const select of [$('#label-type'), $('#mark-relabel-type')]) {
      const fragment = document.createDocumentFragment();
      for (const [layer, list] of Object.entries(types)) {
        const group = el('optgroup', { label: LAYER_NAMES[layer] ?? layer });
        for (const type of list) {
          group.append(el('option', { value: `${layer}:${type}` }, `${typeName(type)} (${type})`));
        }
        fragment.append(group);
      }
      select.replaceChildren(fragment);
    }
  }

  /**
   * Selecting words in the view offers the label bar; choosing a label reports the span (UTF-16
   * offsets into the text, surrounding spaces left out).
   * @param {(mark: {start: number, end: number, layer: string, type: string}) => void} handler
   */
  bindSelectionLabel(handler) {
    const bar = /** @type {HTMLElement} */ ($('#label-bar'));
    const select = /** @type {HTMLSelectElement} */ ($('#label-type'));
    /** @type {{start: number, end: number} | null} */
    let pending = null;
    const offer = () => {
      const span = this.selectionSpan();
      if (!span) return;
      pending = span;
      bar.hidden = false;
      const range = /** @type {Selection} */ (getSelection()).getRangeAt(0).getBoundingClientRect();
      bar.style.left = `${Math.max(8, range.left + window.scrollX)}px`;
      bar.style.top = `${range.bottom + window.scrollY + 6}px`;
    };
    this.view.addEventListener('mouseup', () => setTimeout(offer, 0));
    this.view.addEventListener('keyup', (event) => {
      if (event.shiftKey) offer();
    });
    $('#label-apply').addEventListener('click', () => {
      if (!pending) return;
      const [layer, type] = select.value.split(':');
      const span = pending;
      pending = null;
      bar.hidden = true;
      getSelection()?.removeAllRanges();
      handler({ ...span, layer, type });
    });
    $('#label-cancel').addEventListener('click', () => {
      pending = null;
      bar.hidden = true;
    });
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
   * Clicking a mark (or Enter on it) opens its tools: remove, relabel.
   * @param {(id: number) => string | null} describe the mark's title, null when it cannot be corrected
   * @param {(id: number) => void} remove
   * @param {(id: number, layer: string, type: string) => void} relabel
   */
  bindMarkTools(describe, remove, relabel) {
    const tools = /** @type {HTMLElement} */ ($('#mark-tools'));
    const select = /** @type {HTMLSelectElement} */ ($('#mark-relabel-type'));
    let current = -1;
    const open = (/** @type {HTMLElement} */ mark) => {
      const id = Number(mark.dataset.id);
      const title = describe(id);
      if (title === null) return;
      current = id;
      $('#mark-tools-title').textContent = title;
      select.value = `${mark.dataset.layer}:${mark.dataset.type}`;
      tools.hidden = false;
      const box = mark.getBoundingClientRect();
      tools.style.left = `${Math.max(8, box.left + window.scrollX)}px`;
      tools.style.top = `${box.bottom + window.scrollY + 6}px`;
      /** @type {HTMLElement} */ ($('#mark-remove')).focus({ preventScroll: true });
    };
    this.view.addEventListener('click', (event) => {
      if (getSelection()?.isCollapsed === false) return;
      const mark = /** @type {HTMLElement} */ (event.target).closest('mark.mark');
      if (mark instanceof HTMLElement) open(mark);
    });
    this.view.addEventListener('keydown', (event) => {
      const mark = /** @type {HTMLElement} */ (event.target).closest('mark.mark');
      if (event.key === 'Enter' && mark instanceof HTMLElement) {
        event.preventDefault();
        open(mark);
      }
    });
    const close = () => {
      tools.hidden = true;
      current = -1;
    };
    this.closeMarkTools = close;
    $('#mark-remove').addEventListener('click', () => {
      const id = current;
      close();
      if (id >= 0) remove(id);
    });
    $('#mark-relabel').addEventListener('click', () => {
      const id = current;
      const [layer, type] = select.value.split(':');
      close();
      if (id >= 0) relabel(id, layer, type);
    });
    $('#mark-tools-close').addEventListener('click', close);
    document.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') close();
    });
  }

  /** @param {() => void} undo @param {() => void} redo */
  bindUndo(undo, redo) {
    document.addEventListener('keydown', (event) => {
      if (!(event.ctrlKey || event.metaKey) || event.key.toLowerCase() !== 'z') return;
      const target = /** @type {HTMLElement} */ (event.target);
      if (target.closest('textarea, input, select, [contenteditable]')) return; // the editor's own undo
      event.preventDefault();
      if (event.shiftKey) redo();
      else undo();
    });
  }

  /**
   * Single-key shortcuts outside the editor: j/k move between marks, digits toggle layers,
   * ? lists the shortcuts.
   * @param {(index: number) => void} toggleLayer digit − 1
   */
  bindShortcuts(toggleLayer) {
    const dialog = /** @type {HTMLDialogElement} */ ($('#shortcuts'));
    $('#shortcuts-close').addEventListener('click', () => dialog.close());
    document.addEventListener('keydown', (event) => {
      const target = /** @type {HTMLElement} */ (event.target);
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      if (target.closest('textarea, input, select, [contenteditable], dialog')) return;
      if (event.key === 'j' || event.key === 'k') this.stepMark(event.key === 'j' ? 1 : -1);
      else if (/^[1-9]$/.test(event.key)) toggleLayer(Number(event.key) - 1);
      else if (event.key === '?') dialog.showModal();
      else return;
      event.preventDefault();
    });
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
      if (!mark || mark.offsetParent === null) continue;
      mark.focus();
      mark.scrollIntoView({ block: 'nearest' });
      return;
    }
  }

  /**
   * Asks for a passphrase in a modal dialog.
   * @param {{prompt: string, confirm: string, error?: string | null}} how
   * @returns {Promise<string | null>} null when cancelled
   */
  askPassphrase({ prompt, confirm, error = null }) {
    const dialog = /** @type {HTMLDialogElement} */ ($('#passphrase-dialog'));
    const input = /** @type {HTMLInputElement} */ ($('#passphrase-input'));
    const problem = $('#passphrase-error');
    $('#passphrase-prompt').textContent = prompt;
    $('#passphrase-ok').textContent = confirm;
    problem.textContent = error ?? '';
    problem.hidden = !error;
    input.value = '';
    return new Promise((resolve) => {
      const done = (/** @type {string | null} */ value) => {
        ok.removeEventListener('click', onOk);
        cancel.removeEventListener('click', onCancel);
        input.removeEventListener('keydown', onKey);
        dialog.removeEventListener('cancel', onCancel);
        if (dialog.open) dialog.close();
        resolve(value);
      };
      const ok = $('#passphrase-ok');
      const cancel = $('#passphrase-cancel');
      const onOk = () => {
        if (input.value) done(input.value);
        else input.focus();
      };
      const onCancel = () => done(null);
      const onKey = (/** @type {KeyboardEvent} */ event) => {
        if (event.key === 'Enter') {
          event.preventDefault();
          onOk();
        }
      };
      ok.addEventListener('click', onOk);
      cancel.addEventListener('click', onCancel);
      input.addEventListener('keydown', onKey);
      dialog.addEventListener('cancel', onCancel);
      dialog.showModal();
      input.focus();
    });
  }

  // --- The card -----------------------------------------------------------------------------

  bindCard() {
    const show = (/** @type {Event} */ event) => {
      const mark = /** @type {HTMLElement} */ (event.target).closest?.('mark.mark');
      if (mark instanceof HTMLElement && mark !== this.cardMark) this.showCard(mark);
    };
    this.view.addEventListener('mouseover', show);
    this.view.addEventListener('focusin', show);
    this.view.addEventListener('mouseleave', () => {
      if (!this.view.contains(document.activeElement)) this.hideCard();
    });
    this.view.addEventListener('focusout', (event) => {
      const next = /** @type {HTMLElement | null} */ (event.relatedTarget);
      if (!next || !next.closest?.('mark.mark')) this.hideCard();
    });
    document.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') this.hideCard();
    });
    window.addEventListener('resize', () => this.hideCard());
  }

  /** @param {HTMLElement} mark the innermost mark; the card also describes the marks around it */
  showCard(mark) {
    /** @type {CardSection[]} */
    const sections = [];
    for (let m = /** @type {HTMLElement | null} */ (mark); m && sections.length < 3; m = m.parentElement?.closest('mark.mark') ?? null) {
      const section = this.cardFor(Number(m.dataset.id));
      if (section) sections.push(section);
    }
    if (sections.length === 0) return;
    const fragment = document.createDocumentFragment();
    for (const s of sections) {
      const block = el('section', { class: 'card-section', 'data-layer': s.layer });
      const head = el('div', { class: 'card-head' });
      head.append(el('span', { class: 'swatch', 'aria-hidden': 'true' }), el('span', { class: 'card-title' }, s.title));
      block.append(head);
      if (s.rows.length) {
        const dl = el('dl', {});
        for (const [label, value] of s.rows) dl.append(el('dt', {}, label), el('dd', {}, value));
        block.append(dl);
      }
      fragment.append(block);
    }
    this.card.replaceChildren(fragment);
    this.card.hidden = false;
    this.cardMark = mark;
    const box = mark.getBoundingClientRect();
    const width = this.card.offsetWidth;
    const left = Math.max(8, Math.min(box.left + window.scrollX, window.scrollX + document.documentElement.clientWidth - width - 8));
    let top = box.bottom + window.scrollY + 6;
    if (box.bottom + this.card.offsetHeight + 12 > window.innerHeight && box.top > this.card.offsetHeight + 12) {
      top = box.top + window.scrollY - this.card.offsetHeight - 6;
    }
    this.card.style.left = `${left}px`;
    this.card.style.top = `${top}px`;
  }

  hideCard() {
    this.card.hidden = true;
    this.cardMark = null;
  }
}

/** Block elements whose end is a line break in the text of an HTML file. */
const BLOCKS = new Set(
  'address article aside blockquote br dd div dl dt figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section table td th tr ul'.split(' '),
);

/**
 * The readable text of an HTML document, one block per line. Parsed by DOMParser into an inert
 * document that is never attached to the page.
 * @param {string} html
 */
export function htmlText(html) {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  for (const dead of doc.querySelectorAll('script, style, noscript, template, head')) dead.remove();
  /** @type {string[]} */
  const out = [];
  const walk = (/** @type {Node} */ node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      out.push((node.textContent ?? '').replace(/\s+/g, ' '));
      return;
    }
    const name = node.nodeName.toLowerCase();
    const block = BLOCKS.has(name);
    if (block) out.push('\n');
    for (const child of node.childNodes) walk(child);
    if (block) out.push('\n');
  };
  if (doc.body) walk(doc.body);
  return out
    .join('')
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
