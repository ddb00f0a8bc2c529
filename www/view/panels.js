// The figures and names panels: their lists, "Show more", the entity stepper.

import { $, el } from './dom.js';
import { typeName } from '../format.js';

/** @typedef {import('../panels/statistics.js').StatisticRow} StatisticRow */
/** @typedef {import('../panels/entities.js').EntityGroup} EntityGroup */

/** Entities listed per type until the reader asks for all. */
const ENTITY_LIMIT = 60;

/** @type {[HTMLElement, HTMLElement] | null} a figure's two rows, empty, made on first use */
let figureTemplate = null;

/**
 * A figure's two table rows, empty, and the parts to fill: cloned from one made once (a
 * panel of 300 figures is 2,400 elements, and cloning is cheaper than making each).
 */
function figureRows() {
  if (!figureTemplate) {
    const tr = el('tr', { 'data-id': '', tabindex: '0' });
    const figure = el('td', { class: 'figure' });
    figure.append(el('span', { class: 'figure-text' }), el('span', { class: 'sub' }));
    tr.append(figure, el('td', { class: 'value' }), el('td', { class: 'change' }));
    const context = el('tr', { class: 'context', 'data-id': '' });
    const sentence = el('td', { colspan: '3' });
    sentence.append(el('span', { class: 'sentence' }));
    context.append(sentence);
    figureTemplate = [tr, context];
  }
  const tr = /** @type {HTMLElement} */ (figureTemplate[0].cloneNode(true));
  const context = /** @type {HTMLElement} */ (figureTemplate[1].cloneNode(true));
  const [figure, value, change] = /** @type {HTMLElement[]} */ ([...tr.children]);
  const [figureText, sub] = /** @type {HTMLElement[]} */ ([...figure.children]);
  const sentence = /** @type {HTMLElement} */ (context.firstElementChild);
  return { tr, figureText, sub, value, change, context, sentence };
}

/** Figures listed at once; the rest follow in slices of FIGURE_SLICE, a task each. */
const FIRST_FIGURES = 40;
const FIGURE_SLICE = 130;

/**
 * The table rows of figures `from..to` of `rows`.
 * @param {StatisticRow[]} rows
 * @param {number} from
 * @param {number} to
 */
function figureFragment(rows, from, to) {
  const fragment = document.createDocumentFragment();
  for (const r of rows.slice(from, to)) {
    const { tr, figureText, sub, value, change, context, sentence } = figureRows();
    const id = String(r.id);
    tr.setAttribute('data-id', id);
    context.setAttribute('data-id', id);
    figureText.textContent = r.figure;
    sub.textContent = r.type;
    value.textContent = r.value;
    change.textContent = r.change;
    if (r.change.startsWith('▲')) change.classList.add('up');
    if (r.change.startsWith('▼')) change.classList.add('down');
    /** @type {HTMLElement} */ (sentence.firstElementChild).textContent = r.sentence;
    if (r.hint) {
      tr.classList.add('has-hint');
      sentence.prepend(el('span', { class: 'hint', title: r.hint }, `⚠ ${r.hint}`));
    }
    fragment.append(tr, context);
  }
  return fragment;
}

/** @param {number} left how many figures are not listed: the row of the "Show more" button */
function moreRow(left) {
  const cell = el('td', { colspan: '3' });
  cell.append(
    el(
      'button',
      { type: 'button', class: 'small more', 'data-more': 'figures' },
      `Show more (${left.toLocaleString('en-GB')} not listed)`,
    ),
  );
  const tr = el('tr', { class: 'more-row' });
  tr.append(cell);
  return tr;
}

export class Panels {
  /** @param {{onSelected: (key: string | null) => void}} hooks `onSelected`: the entity shown */
  constructor({ onSelected }) {
    /** @type {HTMLTableSectionElement} */
    this.statistics = $('#statistics tbody');
    this.statisticsCount = $('#statistics-count');
    this.entities = $('#entities');
    this.entitiesCount = $('#entities-count');
    this.stepper = $('#entity-stepper');
    this.stepPosition = $('#entity-position');
    this.onSelected = onSelected;
    /** @type {Set<string>} entity types whose whole list is shown */
    this.openGroups = new Set();
    /** @type {Parameters<Panels['renderEntities']> | null} for redrawing the list with a group opened */
    this.lastEntities = null;
    /** Counts figure lists: a list in slices stops when a newer one has started. */
    this.figureRun = 0;
    /** @type {Promise<void>} settles once the figures listed so far are all in the panel */
    this.figuresListed = Promise.resolve();
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
   * @param {() => void} exportCsv
   */
  bindEntities(select, step, clear, exportCsv) {
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
    $('#export-names-csv').addEventListener('click', exportCsv);
  }

  /** Whether the stepper is showing (n / p / Esc step through the selected entity). */
  stepping() {
    return !this.stepper.hidden;
  }

  /**
   * Lists the figures: the first FIRST_FIGURES at once, the rest in slices of FIGURE_SLICE, one
   * task each (`figuresListed` says when all are in). A table row with its sentence costs
   * about half a millisecond of layout: 300 at once held the first frame after a 10,000-word
   * article's draw for 150-400 ms, while the panel shows a dozen.
   * @param {StatisticRow[]} rows the first figures
   * @param {number} total how many there are in all
   */
  renderStatistics(rows, total = rows.length) {
    const run = ++this.figureRun;
    this.statistics.replaceChildren(figureFragment(rows, 0, FIRST_FIGURES));
    this.statisticsCount.textContent = total ? String(total) : '';
    const finish = () => {
      if (total > rows.length) this.statistics.append(moreRow(total - rows.length));
    };
    if (rows.length <= FIRST_FIGURES) {
      finish();
      this.figuresListed = Promise.resolve();
      return;
    }
    this.figuresListed = new Promise((listed) => {
      /** @param {number} from */
      const slice = (from) => {
        if (run !== this.figureRun) {
          listed(); // a newer list replaced this one
          return;
        }
        if (from >= rows.length) {
          finish();
          listed();
          return;
        }
        this.statistics.append(figureFragment(rows, from, from + FIGURE_SLICE));
        setTimeout(() => slice(from + FIGURE_SLICE), 0);
      };
      setTimeout(() => slice(FIRST_FIGURES), 0);
    });
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
          el(
            'button',
            { type: 'button', class: 'small more', 'data-more': group.type },
            `Show all ${group.entities.length.toLocaleString('en-GB')}`,
          ),
        );
      }
      fragment.append(section);
    }
    this.entities.replaceChildren(fragment);
    this.entitiesCount.textContent = count ? String(count) : '';
    this.stepper.hidden = !selected || !position;
    this.stepPosition.textContent = position ? `${position.index + 1} of ${position.total}` : '';
    this.onSelected(selected);
  }
}
