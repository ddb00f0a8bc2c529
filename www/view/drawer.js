// Phones: the side panels open as a drawer over the article from a bar of tabs at the bottom
// (Layers, Figures, Names, Export), so that none of them waits below the whole article. On wider
// screens the tabs are not shown and the panels stay beside the article.

import { $ } from './dom.js';

export function bindDrawer() {
  const tabs = $('#phone-tabs');
  const buttons = /** @type {HTMLButtonElement[]} */ ([...tabs.querySelectorAll('button[data-drawer]')]);
  /** @param {string | null} name the drawer's panels to show, or null to close it */
  const open = (name) => {
    if (name) document.body.dataset.drawer = name;
    else delete document.body.dataset.drawer;
    for (const b of buttons) b.setAttribute('aria-expanded', String(b.dataset.drawer === name));
  };
  tabs.addEventListener('click', (event) => {
    const button = /** @type {HTMLElement} */ (event.target).closest('button[data-drawer]');
    if (!(button instanceof HTMLElement)) return;
    const name = button.dataset.drawer ?? null;
    open(document.body.dataset.drawer === name ? null : name);
  });
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && document.body.dataset.drawer) open(null);
  });
}
