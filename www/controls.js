// What the reader's actions do: each view hook dispatches an event to the state and redraws
// what it changed.

import { LAYERS } from './annotation.js';
import { layerName, cardRows, typeName } from './format.js';
import { cleanSpans } from './model.js';
import { statisticRows, toCsv } from './panels/statistics.js';
import { namesCsv } from './panels/entities.js';
import { exportFile, isExportFormat } from './exports.js';
import { addMark, CORRECTION_TYPES, noteMark, relabelMark, removeMark } from './corrections.js';
import { canRedo, canUndo } from './history.js';
import { entityEntry, exported } from './derive.js';
import { correctionsOf } from './state.js';
import { EXAMPLE_TEXT, EXAMPLE_TITLE } from './example.js';
import { DEBOUNCE_MS } from './limits.js';
import { keepRegion, keepTheme, keptTheme } from './preferences.js';
import { checkedRegion } from './regions.js';
import { isExportFileName, MAX_FILE_CHARS, ReopenError, readExport, restoreCorrections } from './reopen.js';

/**
 * @param {{
 *   view: import('./view/index.js').View,
 *   store: import('./state.js').Store,
 *   drawer: import('./draw.js').Drawer,
 *   annotating: import('./annotating.js').Annotating,
 *   links: ReturnType<typeof import('./links.js').createLinks>,
 *   saved: import('./saved.js').Saved,
 *   annotator: import('./annotator.js').Annotator,
 * }} parts
 */
export function bindControls({ view, store, drawer, annotating, links, saved, annotator }) {
  const { status, clipboard } = view;
  /** @param {import('./state.js').Event} event */
  const change = (event) => {
    store.dispatch(event);
    drawer.draw();
    saved.schedule();
  };
  const failed = (/** @type {unknown} */ error) => status.showMessage(`Could not make a link: ${error}`);
  /** @param {number} id */
  const annotation = (id) => drawer.derived.annotations[id];

  // --- The text -------------------------------------------------------------------------------

  view.editor.bindEdit((text, pasted) => {
    store.dispatch({ type: 'edit', text });
    annotating.schedule(pasted ? 0 : DEBOUNCE_MS); // typing is debounced, a paste is not
  });
  view.editor.bindRichPaste(({ text, html, whole }) => {
    store.dispatch({ type: 'richPaste', text, html: whole && html ? html : null });
    annotating.schedule(0);
  });
  /** Replaces the text with a new document (the example, a dropped file): over corrections, if the reader agrees. */
  const load = (/** @type {string} */ text, /** @type {string | null} */ html, /** @type {string} */ title) => {
    if (!view.dialogs.confirmReplace(correctionsOf(store.state).length)) return;
    store.dispatch({ type: 'load', text, html, title });
    view.editor.setText(text);
    status.showMessage(null);
    annotating.schedule(0);
  };
  view.input.bindExample(() => load(EXAMPLE_TEXT, null, EXAMPLE_TITLE));
  view.input.bindForget(() => {
    saved.forget();
    store.dispatch({ type: 'load', text: '', html: null, title: '' });
    view.editor.setText('');
    annotating.schedule(0);
    status.showStatus('Forgotten: nothing of this text is kept in this browser now');
  });
  view.input.bindLeave(() => saved.unkept());
  view.input.bindFiles(
    {
      text: ({ text, html, name }) => load(text, html, name.replace(/\.[^.]*$/, '')),
      exported: ({ content, name }) => reopen(content, name),
      refuse: (problem) => status.showMessage(problem),
    },
    { maxBytes: MAX_FILE_CHARS, isExport: isExportFileName },
  );
  /**
   * A Web Annotation or displaCy export reopened: its text, then (once annotated) the
   * corrections that give back its marks. A bad file changes nothing and says why.
   * @param {string} content
   * @param {string} name
   */
  const reopen = async (content, name) => {
    /** @type {import('./reopen.js').Reopened} */
    let file;
    try {
      file = readExport(content);
    } catch (error) {
      const reason = error instanceof ReopenError ? error.message : 'It could not be read.';
      status.showMessage(`${name} could not be opened: ${reason} Your text is unchanged.`);
      return;
    }
    if (!view.dialogs.confirmReplace(correctionsOf(store.state).length)) return;
    const { text } = file;
    store.dispatch({ type: 'load', text, html: null, title: file.title ?? name.replace(/\.[^.]*$/, '') });
    view.editor.setText(text);
    // The file's region, when it says one (a Gloss export), reads its figures as they were read.
    const { region, problem } =
      file.region === undefined
        ? { region: store.state.region, problem: null }
        : checkedRegion(file.region, annotator.regions);
    store.dispatch({ type: 'region', region });
    view.region.setRegion(region);
    status.showMessage(problem);
    await annotating.now();
    if (store.state.rawText !== text || store.state.text !== text) return; // replaced meanwhile
    const { annotations, counted } = drawer.derived;
    try {
      const corrections = restoreCorrections(text, annotations, counted, file);
      change({ type: 'restore', corrections });
      const mine = corrections.length;
      if (problem) status.showMessage(problem); // annotating cleared it
      status.showStatus(
        `Opened ${name}: ${file.marks.length} marks, ${mine} correction${mine === 1 ? '' : 's'} by hand`,
      );
    } catch (error) {
      const reason = error instanceof ReopenError ? error.message : String(error);
      status.showMessage(`${name}: its text is open, but not its marks. ${reason}`);
    }
  };

  // --- Links and exports ----------------------------------------------------------------------

  view.input.bindShare(() => links.share().catch(failed));
  view.input.bindShareProtected(() => links.shareProtected().catch(failed));
  view.address.bindHashChange(() => links.open());
  view.input.bindExports((format) => {
    if (!isExportFormat(format)) return;
    const { derived } = drawer;
    const title = store.state.title;
    const file = exportFile(format, derived.text, exported(derived, store.state.exportAll), {
      baseName: title || 'gloss',
      title: title || undefined,
      created: new Date().toISOString(),
      omitted: store.state.exportAll ? [] : [...store.state.hiddenLayers, ...store.state.hiddenTypes],
      region: store.state.rawRegion || undefined,
    });
    clipboard.download(file.name, file.content, file.type);
  });
  view.input.bindExportAll((all) => change({ type: 'exportAll', all }));
  /** The clean text, made by the core (the function `gloss clean` uses) from the corrected clutter lines. */
  const clean = () => {
    const { text, lines, clutter } = drawer.derived;
    return annotator.clean(text, cleanSpans(lines, clutter));
  };
  const cleanFailed = (/** @type {unknown} */ error) => status.showMessage(`Could not make the clean text: ${error}`);
  view.legend.bindCleanText(
    async () => {
      try {
        const copied = await clipboard.copy(await clean());
        status.showStatus(copied ? 'Clean text copied' : 'The clipboard refused the clean text: use Download');
      } catch (error) {
        cleanFailed(error);
      }
    },
    () =>
      clean()
        .then((article) => clipboard.download('article.txt', article, 'text/plain;charset=utf-8'))
        .catch(cleanFailed),
  );

  // --- Corrections ----------------------------------------------------------------------------

  view.tools.setTypes(CORRECTION_TYPES);
  const correct = (/** @type {import('./corrections.js').Correction} */ correction) =>
    change({ type: 'correct', correction });
  view.tools.bindLabel(({ start, end, layer, type }) => {
    correct(addMark(drawer.derived.text, { start, end, layer: /** @type {'entity'} */ (layer), type }));
  });
  view.tools.bindTools(
    (id) => {
      const a = annotation(id);
      if (!a) return null;
      const title = `${typeName(a.type)} · ${a.manual ? 'by hand' : layerName(a.layer)}`;
      return { title, note: typeof a.note === 'string' ? a.note : '' };
    },
    (id) => {
      const a = annotation(id);
      if (a) correct(removeMark(a));
    },
    (id, layer, type) => {
      const a = annotation(id);
      if (a && (a.layer !== layer || a.type !== type)) correct(relabelMark(a, type, /** @type {'entity'} */ (layer)));
    },
    (id, note) => {
      const a = annotation(id);
      if (!a) return;
      const record = noteMark(a, note);
      if (record.note === (typeof a.note === 'string' ? a.note : '')) return; // unchanged
      correct(record);
      status.showStatus(record.note ? 'Note kept' : 'Note taken away');
    },
  );
  view.keyboard.bindUndo(
    () => {
      if (!canUndo(store.state.corrections)) return;
      change({ type: 'undo' });
      status.showStatus('Correction undone');
    },
    () => {
      if (!canRedo(store.state.corrections)) return;
      change({ type: 'redo' });
      status.showStatus('Correction redone');
    },
  );

  // --- What is shown --------------------------------------------------------------------------

  /** A toggle in the legend: the view switches what it shows, it does not draw again. @param {import('./state.js').Event} event */
  const toggle = (event) => {
    store.dispatch(event);
    drawer.drawVisibility();
    saved.schedule();
  };
  view.keyboard.bindShortcuts(
    (delta) => view.doc.stepMark(delta),
    (index) => {
      const layer = LAYERS[index];
      if (layer) toggle({ type: 'toggleLayer', layer });
    },
  );
  view.legend.bindLegend((what) =>
    toggle('layer' in what ? { type: 'toggleLayer', layer: what.layer } : { type: 'toggleType', key: what.typeKey }),
  );
  view.doc.bindFlip((line) => {
    const { lines, text } = drawer.derived;
    const l = lines[line];
    if (l) change({ type: 'flip', line, content: text.slice(l.start, l.end) });
  });
  view.legend.bindHideClutter((hide) => change({ type: 'hideClutter', hide }));
  view.legend.bindClutterInPanels((include) => change({ type: 'clutterInPanels', include }));

  const kept = keptTheme();
  view.theme.setTheme(view.theme.isTheme(kept) ? kept : 'auto');
  view.theme.bindTheme((theme) => {
    view.theme.setTheme(theme);
    keepTheme(theme);
  });
  // The region reads the figures again at once, and is kept as the reader's preference (the
  // view's own region goes into its links and kept work with the rest of the view).
  view.region.bindRegion((region) => {
    store.dispatch({ type: 'region', region });
    keepRegion(region);
    annotating.schedule(0);
  });

  // --- Panels and the card --------------------------------------------------------------------

  view.panels.bindStatistics(
    (id) => drawer.reveal(id),
    () => {
      const { text, annotations, counted } = drawer.derived;
      const csv = toCsv(statisticRows(text, annotations, Infinity, counted));
      clipboard.download('figures.csv', csv, 'text/csv;charset=utf-8');
    },
    () => {
      store.dispatch({ type: 'moreFigures' });
      drawer.drawStatistics();
    },
  );
  const selectEntity = (/** @type {import('./state.js').Event} */ event) => {
    store.dispatch(event);
    drawer.drawEntities();
    drawer.revealStep();
  };
  const stepEntity = (/** @type {number} */ delta) => {
    const entry = entityEntry(drawer.derived, store.state.selectedEntity);
    if (entry) selectEntity({ type: 'stepEntity', delta, total: entry.mentions.length });
  };
  const clearEntity = () => {
    store.dispatch({ type: 'clearEntity' });
    drawer.drawEntities();
  };
  const exportNames = () => {
    const { annotations, counted } = drawer.derived;
    clipboard.download('names.csv', namesCsv(annotations, counted), 'text/csv;charset=utf-8');
  };
  view.panels.bindEntities((key) => selectEntity({ type: 'selectEntity', key }), stepEntity, clearEntity, exportNames);
  view.keyboard.bindEntityKeys(() => view.panels.stepping(), stepEntity, clearEntity);
  view.card.setProvider((id) => {
    const { annotations, entityKeys } = drawer.derived;
    const a = annotations[id];
    if (!a) return null;
    const mentions = a.layer === 'entity' ? annotations.filter((_, i) => entityKeys[i] === entityKeys[id]) : [];
    return { layer: a.layer, title: `${typeName(a.type)} · ${layerName(a.layer)}`, rows: cardRows(a, mentions) };
  });
}
