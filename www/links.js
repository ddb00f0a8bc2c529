// Share links: the view into a `#v1.` or `#v2.` (or passphrase-protected `#p1.`) fragment, and a
// fragment back into the state.

import { decodeView, encodeView, isShareFragment, ShareLinkError } from './share.js';
import {
  MIN_PASSPHRASE,
  encodeProtectedFragment,
  isProtectedFragment,
  openProtected,
  passphraseProblem,
  passphraseStrength,
} from './passphrase.js';
import { correctionsOf, sharedView } from './state.js';
import { LONG_LINK, MAX_TEXT } from './limits.js';
import { checkedRegion } from './regions.js';

/**
 * @param {{
 *   view: import('./view/index.js').View,
 *   store: import('./state.js').Store,
 *   drawer: import('./draw.js').Drawer,
 *   annotating: import('./annotating.js').Annotating,
 *   regions: () => readonly import('./regions.js').KnownRegion[],
 * }} parts `regions`: the regions the core knows (once it has loaded)
 */
export function createLinks({ view, store, drawer, annotating, regions }) {
  const { address, clipboard, status } = view;

  /** The plain (`v1.`, with a region `v2.`) fragment for the view as it is now. */
  async function viewFragment() {
    if (store.state.text.length > MAX_TEXT) throw new Error('the text is over the length Gloss annotates');
    if (store.state.text !== store.state.rawText || store.state.region !== store.state.rawRegion) {
      // Typed (or a region picked) just now: annotate first so that the link holds what the view will show.
      await annotating.now();
    }
    return encodeView(sharedView(store.state, drawer.derived.flips));
  }

  /**
   * Puts a fragment in the address bar and the clipboard, and says so.
   * @param {string} fragment
   * @param {string} what `Link`, `Protected link`
   * @param {boolean} warnLong whether to warn that chat apps may cut a long link
   */
  async function publish(fragment, what, warnLong) {
    address.writeFragment(fragment);
    const copied = await clipboard.copy(address.currentUrl());
    const where = copied ? `${what} copied and in the address bar` : `${what} is in the address bar`;
    const length = address.currentUrl().length;
    const count = `${length.toLocaleString('en-GB')} characters`;
    status.showStatus(
      warnLong && length > LONG_LINK
        ? `${where} · ${count}: some chat apps may cut a link this long`
        : `${where} · ${count}`,
    );
  }

  async function share() {
    await publish(await viewFragment(), 'Link', true);
  }

  /** Shares the view as a `#p1.` link that opens only with a passphrase. */
  async function shareProtected() {
    const passphrase = await view.dialogs.askPassphrase({
      prompt: `Choose a passphrase of at least ${MIN_PASSPHRASE} characters (a few words are best). The link opens only with it: send it to your colleague another way.`,
      confirm: 'Make link',
      make: { problem: passphraseProblem, strength: passphraseStrength },
    });
    if (!passphrase) return;
    // The plain link is never written to the address bar or the clipboard.
    await publish(await encodeProtectedFragment(await viewFragment(), passphrase), 'Protected link', false);
  }

  /**
   * Opens the view held by the address's fragment, if it holds one. Over corrections by hand,
   * it asks first.
   */
  async function open() {
    const fragment = address.readFragment();
    const protectedLink = isProtectedFragment(fragment);
    if (!protectedLink && !isShareFragment(fragment)) return false;
    if (!view.dialogs.confirmReplace(correctionsOf(store.state).length)) return true;
    try {
      const shared = protectedLink
        ? await openProtected(fragment, (_attempt, error) =>
            view.dialogs.askPassphrase({
              prompt: 'This link is protected. Enter its passphrase to open it.',
              confirm: 'Open',
              error: error ? 'That passphrase does not open this link. Try again.' : null,
            }),
          )
        : await decodeView(fragment);
      if (!shared) {
        status.showMessage('The protected link was not opened. You can paste an article instead.');
        return true;
      }
      // A region this Gloss does not know (a link from a newer one, or made up) is read as none.
      const { region, problem } = checkedRegion(shared.region, regions());
      store.dispatch({ type: 'openShared', shared: { ...shared, region } });
      view.editor.setText(shared.text);
      view.region.setRegion(region);
      status.showMessage(problem);
      annotating.schedule(0, problem);
    } catch (error) {
      const reason = error instanceof ShareLinkError ? error.message : 'This share link could not be opened.';
      status.showMessage(`${reason} Nothing was loaded from it; you can paste an article instead.`);
    }
    return true;
  }

  return { share, shareProtected, open };
}
