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
 */

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
    /** @type {(id: number) => CardSection | null} */
    this.cardFor = () => null;
    /** @type {HTMLElement | null} the mark the card is showing */
    this.cardMark = null;
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
   * A paste that carries HTML: the page inserts the plain text itself and hands the HTML on
   * (as a string, never into the DOM). Plain pastes are left to the browser.
   * @param {(paste: {text: string, html: string, whole: boolean}) => void} handler
   */
  bindRichPaste(handler) {
    this.source.addEventListener('paste', (event) => {
      const data = event.clipboardData;
      if (!data || !data.types.includes('text/html')) return;
      const html = data.getData('text/html');
      const text = data.getData('text/plain');
      if (!html || !text) return;
      event.preventDefault();
      const { selectionStart, selectionEnd, value } = this.source;
      const whole = selectionStart === 0 && selectionEnd === value.length;
      this.source.setRangeText(text, selectionStart, selectionEnd, 'end');
      handler({ text: this.source.value, html, whole });
    });
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

  /** @param {(id: number) => void} handler @param {() => void} exportCsv */
  bindStatistics(handler, exportCsv) {
    const activate = (/** @type {Event} */ event) => {
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
      const button = /** @type {HTMLElement} */ (event.target).closest('button[data-key]');
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

  sourceText() {
    return this.source.value;
  }

  /** @param {string} text */
  setSource(text) {
    this.source.value = text;
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

  /** @param {DocumentModel} model */
  renderDocument(model) {
    this.hideCard();
    const { text, lines, annotations, shown, clutter, flips, hideClutter } = model;
    /** @type {number[][]} */
    const idsByLine = lines.map(() => []);
    annotations.forEach((a, id) => {
      if (!shown[id]) return;
      for (let i = lineAt(lines, a.start); i < lines.length && lines[i].start < a.end; i++) {
        idsByLine[i].push(id);
      }
    });
    const fragment = document.createDocumentFragment();
    for (const line of lines) {
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
      const nodes = renderRange(text, line.start, line.end, annotations, idsByLine[line.index]);
      this.appendNodes(content, nodes, model);
      div.append(content);
      fragment.append(div);
    }
    this.view.replaceChildren(fragment);
    this.view.dataset.empty = String(text.length === 0);
    this.view.classList.toggle('hide-clutter', hideClutter);
    this.hideClutter.checked = hideClutter;
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
      });
      const key = model.entityKeys[node.id];
      if (key) mark.dataset.entity = key;
      if (a.manual) mark.dataset.manual = 'true';
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

  /** @param {StatisticRow[]} rows */
  renderStatistics(rows) {
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
    this.statistics.replaceChildren(fragment);
    this.statisticsCount.textContent = rows.length ? String(rows.length) : '';
  }

  /**
   * @param {EntityGroup[]} groups
   * @param {string | null} selected
   * @param {{index: number, total: number} | null} position
   */
  renderEntities(groups, selected, position) {
    const fragment = document.createDocumentFragment();
    let count = 0;
    for (const group of groups) {
      const section = el('div', { class: 'entity-group', 'data-type': group.type });
      section.append(el('h3', {}, `${typeName(group.type)}`));
      const list = el('ul', {});
      for (const entity of group.entities) {
        count++;
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
      }
      section.append(list);
      fragment.append(section);
    }
    this.entities.replaceChildren(fragment);
    this.entitiesCount.textContent = count ? String(count) : '';
    this.stepper.hidden = !selected || !position;
    this.stepPosition.textContent = position ? `${position.index + 1} of ${position.total}` : '';
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
