// Correcting marks by hand: the label bar offered for selected words, and the tools a mark
// opens (remove, relabel, a note).

import { $, el, placeBelow } from './dom.js';

/**
 * One key per type for labelling with the keyboard (Shift + a letter, or a symbol), listed in
 * the label pickers and in the shortcuts (`?`).
 */
export const LABEL_KEY_OF = new Map([
  ['entity:PER', 'P'],
  ['entity:ORG', 'O'],
  ['entity:LOC', 'L'],
  ['entity:NORP', 'N'],
  ['entity:MISC', 'M'],
  ['statistic:CARDINAL', 'C'],
  ['statistic:ORDINAL', 'R'],
  ['statistic:PERCENT', '%'],
  ['statistic:MONEY', '$'],
  ['statistic:QUANTITY', 'Q'],
  ['statistic:DATE', 'D'],
  ['statistic:TIME', 'T'],
  ['statistic:DURATION', 'U'],
  ['boilerplate:MANUAL', 'X'],
]);
const LABEL_KEYS = new Map([...LABEL_KEY_OF].map(([type, key]) => [key, type]));
import { layerName, typeName } from '../format.js';

export class MarkTools {
  /** @param {import('./document.js').DocumentView} doc */
  constructor(doc) {
    this.doc = doc;
    /** closes the mark's tools (set once bound) */
    this.close = () => {};
    /** @type {(mark: {start: number, end: number, layer: string, type: string}) => void} labels a span (set once bound) */
    this.label = () => {};
  }

  /**
   * Fills the label pickers: one option per layer:type.
   * @param {Record<string, readonly string[]>} types
   */
  setTypes(types) {
    for (const select of [$('#label-type'), $('#mark-relabel-type')]) {
      const fragment = document.createDocumentFragment();
      for (const [layer, list] of Object.entries(types)) {
        const group = el('optgroup', { label: layerName(layer) });
        for (const type of list) {
          const key = LABEL_KEY_OF.get(`${layer}:${type}`);
          group.append(
            el('option', { value: `${layer}:${type}` }, `${typeName(type)} (${type})${key ? `, key ${key}` : ''}`),
          );
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
  bindLabel(handler) {
    this.label = handler;
    const bar = /** @type {HTMLElement} */ ($('#label-bar'));
    const select = /** @type {HTMLSelectElement} */ ($('#label-type'));
    /** @type {{start: number, end: number} | null} */
    let pending = null;
    const offer = () => {
      const span = this.doc.selectionSpan();
      if (!span) return;
      pending = span;
      bar.hidden = false;
      const range = /** @type {Selection} */ (getSelection()).getRangeAt(0).getBoundingClientRect();
      placeBelow(bar, range);
    };
    this.doc.view.addEventListener('mouseup', () => setTimeout(offer, 0));
    this.doc.view.addEventListener('keyup', (event) => {
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
   * Clicking a mark (or Enter on it) opens its tools: remove, relabel, a note; `c` on a
   * focused mark opens them in the note.
   * @param {(id: number) => {title: string, note: string} | null} describe the mark's title and
   *   note, null when it cannot be corrected
   * @param {(id: number) => void} remove
   * @param {(id: number, layer: string, type: string) => void} relabel
   * @param {(id: number, note: string) => void} setNote
   */
  bindTools(describe, remove, relabel, setNote) {
    const tools = /** @type {HTMLElement} */ ($('#mark-tools'));
    const select = /** @type {HTMLSelectElement} */ ($('#mark-relabel-type'));
    /** @type {HTMLInputElement} */
    const noteInput = $('#mark-note');
    let current = -1;
    /** @type {HTMLElement | null} the mark the tools were opened on */
    let opener = null;
    const open = (/** @type {HTMLElement} */ mark, inNote = false) => {
      const id = Number(mark.dataset.id);
      const about = describe(id);
      if (about === null) return;
      current = id;
      opener = mark;
      $('#mark-tools-title').textContent = about.title;
      select.value = `${mark.dataset.layer}:${mark.dataset.type}`;
      noteInput.value = about.note;
      tools.hidden = false;
      const box = mark.getBoundingClientRect();
      placeBelow(tools, box);
      (inNote ? noteInput : /** @type {HTMLElement} */ ($('#mark-remove'))).focus({ preventScroll: true });
    };
    this.doc.view.addEventListener('click', (event) => {
      if (getSelection()?.isCollapsed === false) return;
      const mark = this.doc.shownMarkAt(event.target);
      if (mark) open(mark);
    });
    this.doc.view.addEventListener('keydown', (event) => {
      const mark = this.doc.shownMarkAt(event.target);
      if ((event.key === 'Enter' || event.key === 'c') && mark && !event.ctrlKey && !event.metaKey && !event.altKey) {
        event.preventDefault();
        open(mark, event.key === 'c');
      }
    });
    const close = () => {
      tools.hidden = true;
      current = -1;
    };
    this.close = close;
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
    const keepNote = () => {
      const id = current;
      close();
      if (id >= 0) setNote(id, noteInput.value);
      back();
    };
    $('#mark-note-save').addEventListener('click', keepNote);
    noteInput.addEventListener('keydown', (event) => {
      if (event.key !== 'Enter') return;
      event.preventDefault();
      keepNote();
    });
    $('#mark-tools-close').addEventListener('click', () => {
      close();
      back();
    });
    document.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && !tools.hidden) {
        close();
        back();
      }
    });
    /** Esc or ✕: the focus goes back to the mark the tools were opened on. */
    const back = () => {
      const mark = opener;
      opener = null;
      if (mark?.isConnected) mark.focus();
    };
    // Keys on the document: a label key labels the words selected with the keyboard, or
    // relabels the focused mark; Delete or Backspace removes the focused mark.
    this.doc.view.addEventListener('keydown', (event) => {
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      const key = LABEL_KEYS.get(event.key);
      const focused = this.doc.shownMarkAt(document.activeElement);
      if (key) {
        const span = this.doc.selectionSpan();
        const [layer, type] = key.split(':');
        if (span) {
          getSelection()?.removeAllRanges();
          /** @type {HTMLElement} */ ($('#label-bar')).hidden = true;
          this.label({ ...span, layer, type });
        } else if (focused) relabel(Number(focused.dataset.id), layer, type);
        else return;
      } else if ((event.key === 'Delete' || event.key === 'Backspace') && focused) {
        remove(Number(focused.dataset.id));
      } else return;
      event.preventDefault();
      this.doc.view.focus({ preventScroll: true });
    });
  }
}
