// The page's view: the only modules that touch the DOM, built once and connected to each
// other. Each part draws what the app hands it and reports what the reader does through
// bindX(handler) hooks (one delegated listener per list).

import { Editor } from './editor.js';
import { Status } from './status.js';
import { DocumentView } from './document.js';
import { Legend } from './legend.js';
import { Panels } from './panels.js';
import { Card } from './card.js';
import { MarkTools } from './mark-tools.js';
import * as address from './address.js';
import * as clipboard from './clipboard.js';
import * as dialogs from './dialogs.js';
import * as input from './input.js';
import * as keyboard from './keyboard.js';
import * as theme from './theme.js';
import * as region from './region.js';
import { bindDrawer } from './drawer.js';

export function createView() {
  /** @type {Card | null} */
  let card = null;
  /** @type {MarkTools | null} */
  let tools = null;
  const doc = new DocumentView({
    onRedraw: () => {
      card?.hide();
      tools?.close();
    },
  });
  doc.bindKeys();
  card = new Card(doc.view, (target) => doc.shownMarkAt(target));
  tools = new MarkTools(doc);
  bindDrawer();
  const panels = new Panels({ onSelected: (key) => doc.markSelected(key) });
  return {
    editor: new Editor(),
    status: new Status(),
    doc,
    legend: new Legend(),
    panels,
    card,
    tools,
    address,
    clipboard,
    dialogs,
    input,
    keyboard,
    theme,
    region,
  };
}

/** @typedef {ReturnType<typeof createView>} View */
