// The sidebar's controls: the legend (layers and types on and off), "Hide clutter", the clean
// copy buttons.

import { $, el } from './dom.js';
import { LABEL_KEY_OF } from './mark-tools.js';
import { layerName, typeName } from '../format.js';

export class Legend {
  constructor() {
    this.legend = $('#legend');
    /** @type {HTMLInputElement} */
    this.hideClutter = $('#hide-clutter');
    /** @type {HTMLInputElement} */
    this.clutterInPanels = $('#clutter-in-panels');
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

  /** @param {(hide: boolean) => void} handler */
  bindHideClutter(handler) {
    this.hideClutter.addEventListener('change', () => handler(this.hideClutter.checked));
  }

  /** @param {(include: boolean) => void} handler */
  bindClutterInPanels(handler) {
    this.clutterInPanels.addEventListener('change', () => handler(this.clutterInPanels.checked));
  }

  /**
   * @param {boolean} hide "Hide clutter"
   * @param {boolean} inPanels the panels hold clutter's names and figures too (not while hidden)
   */
  setHideClutter(hide, inPanels) {
    this.hideClutter.checked = hide;
    this.clutterInPanels.checked = inPanels && !hide;
    this.clutterInPanels.disabled = hide;
  }

  /** @param {() => void} copy @param {() => void} download */
  bindCleanText(copy, download) {
    $('#copy-clean').addEventListener('click', copy);
    $('#download-clean').addEventListener('click', download);
  }

  /**
   * @param {Map<string, Map<string, number>>} counts
   * @param {ReadonlySet<string>} hiddenLayers
   * @param {ReadonlySet<string>} hiddenTypes
   */
  render(counts, hiddenLayers, hiddenTypes) {
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
        title: `${on ? 'Hide' : 'Show'} ${layerName(layer)}`,
      });
      button.append(
        el('span', { class: 'swatch', 'aria-hidden': 'true' }),
        el('span', { class: 'name' }, layerName(layer)),
        el('span', { class: 'count' }, String(total)),
      );
      group.append(button);
      const list = el('div', { class: 'type-list' });
      for (const [type, count] of types) {
        const key = `${layer}:${type}`;
        const typeOn = !hiddenTypes.has(key);
        const label = LABEL_KEY_OF.get(key);
        const chip = el('button', {
          type: 'button',
          class: 'type-toggle',
          'data-type-key': key,
          'data-type': type,
          'aria-pressed': String(typeOn),
          title: `${typeOn ? 'Hide' : 'Show'} ${typeName(type)} (${type})${label ? `; key ${label} labels words with it` : ''}`,
        });
        chip.append(el('span', {}, typeName(type)), el('span', { class: 'count' }, String(count)));
        // The key that labels selected words (or the focused mark) with this type.
        if (label) chip.append(el('kbd', { class: 'label-key', title: `Label key ${label}` }, label));
        if (!on) /** @type {HTMLButtonElement} */ (chip).disabled = true;
        list.append(chip);
      }
      group.append(list);
      fragment.append(group);
    }
    this.legend.replaceChildren(fragment);
  }
}
