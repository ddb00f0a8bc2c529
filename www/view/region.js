// The Region control: which region's conventions read what a text leaves open ("$", "10 grand",
// 3/4/2024). Filled once the annotator has loaded (the regions come from the WASM); built with
// textContent only.

import { $, el } from './dom.js';
import { NO_REGION, NO_REGION_LABEL } from '../regions.js';

const select = () => /** @type {HTMLSelectElement} */ ($('#region'));

/**
 * Fills the list: "As written", the browser's region (when Gloss knows it), then every region.
 * @param {import('../regions.js').RegionChoices} choices
 */
export function setRegions({ suggested, all }) {
  const list = select();
  const current = list.value;
  const option = (/** @type {import('../regions.js').RegionChoice} */ c) => el('option', { value: c.value }, c.label);
  list.replaceChildren(option({ value: NO_REGION, label: NO_REGION_LABEL }));
  if (suggested) {
    const mine = el('optgroup', { label: 'Your browser’s region' });
    mine.append(option(suggested));
    list.append(mine);
  }
  const group = el('optgroup', { label: 'All regions' });
  group.append(...all.map(option));
  list.append(group);
  list.value = current;
  list.disabled = false;
}

/** @param {string} region a value of the list ('' for none) */
export function setRegion(region) {
  select().value = region;
}

/** @param {(region: string) => void} handler the reader picked a region ('' for none) */
export function bindRegion(handler) {
  const list = select();
  list.addEventListener('change', () => handler(list.value));
}
