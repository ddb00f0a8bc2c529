// What the browser benchmarks share: the median of their runs and the paste a reader makes.

/** @param {number[]} xs */
export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/**
 * Runs in the page (`page.evaluate(pasteInPage, text)`, so it uses nothing from this module):
 * clears the page's measures and puts `t` in the editor as a reader would, a big text through
 * the clipboard's paste event, a smaller one as the editor's input (an empty one empties it).
 * @param {string} t
 */
export function pasteInPage(t) {
  performance.clearMeasures();
  const source = /** @type {HTMLTextAreaElement} */ (document.querySelector('#source'));
  if (t.length > 200_000) {
    source.focus();
    source.select();
    const data = new DataTransfer();
    data.setData('text/plain', t);
    source.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  } else {
    source.value = t;
    const inputType = t ? 'insertFromPaste' : 'deleteContent';
    source.dispatchEvent(new InputEvent('input', { inputType, bubbles: true }));
  }
}
