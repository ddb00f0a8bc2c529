// The hover card: what a mark is (and the marks around it), on hover or focus.

import { $, el } from './dom.js';

/** @typedef {{layer: string, title: string, rows: [string, string][]}} CardSection */

export class Card {
  /**
   * @param {HTMLElement} view the element holding the marks
   * @param {(target: EventTarget | null) => HTMLElement | null} markAt the innermost shown mark at a target
   */
  constructor(view, markAt) {
    this.view = view;
    this.markAt = markAt;
    this.el = $('#card');
    /** @type {(id: number) => CardSection | null} */
    this.describe = () => null;
    /** @type {HTMLElement | null} the mark the card is showing */
    this.shown = null;
    this.bind();
  }

  /** @param {(id: number) => CardSection | null} provider */
  setProvider(provider) {
    this.describe = provider;
  }

  bind() {
    const show = (/** @type {Event} */ event) => {
      const mark = this.markAt(event.target);
      if (mark && mark !== this.shown) this.show(mark);
    };
    this.view.addEventListener('mouseover', show);
    this.view.addEventListener('focusin', show);
    this.view.addEventListener('click', show); // a tap on a phone: no hover, maybe no focus
    this.view.addEventListener('mouseleave', () => {
      // Kept while the focus is on a mark or on its tools (a tap opens them).
      if (!this.view.contains(document.activeElement) && !document.activeElement?.closest('#mark-tools')) this.hide();
    });
    this.view.addEventListener('focusout', (event) => {
      const next = /** @type {HTMLElement | null} */ (event.relatedTarget);
      // The mark's tools (a click or a tap on it) keep its card.
      if (!next?.closest?.('mark.mark, #mark-tools')) this.hide();
    });
    document.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') this.hide();
    });
    window.addEventListener('resize', () => this.hide());
  }

  /** @param {HTMLElement} mark the innermost mark; the card also describes the marks around it */
  show(mark) {
    /** @type {CardSection[]} */
    const sections = [];
    for (let m = /** @type {HTMLElement | null} */ (mark); m && sections.length < 3; m = this.markAt(m.parentElement)) {
      const section = this.describe(Number(m.dataset.id));
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
    this.el.replaceChildren(fragment);
    this.el.hidden = false;
    this.shown = mark;
    const box = mark.getBoundingClientRect();
    const width = this.el.offsetWidth;
    const left = Math.max(
      8,
      Math.min(box.left + window.scrollX, window.scrollX + document.documentElement.clientWidth - width - 8),
    );
    let top = box.bottom + window.scrollY + 6;
    if (box.bottom + this.el.offsetHeight + 12 > window.innerHeight && box.top > this.el.offsetHeight + 12) {
      top = box.top + window.scrollY - this.el.offsetHeight - 6;
    }
    this.el.style.left = `${left}px`;
    this.el.style.top = `${top}px`;
  }

  hide() {
    this.el.hidden = true;
    this.shown = null;
  }
}
