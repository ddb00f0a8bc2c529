// The readable text of an HTML file, one block per line. Parsed by DOMParser into an inert
// document that is never attached to the page: no script runs, nothing loads.

/** Block elements whose end is a line break in the text of an HTML file. */
const BLOCKS = new Set(
  'address article aside blockquote br dd div dl dt figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section table td th tr ul'.split(
    ' ',
  ),
);

/**
 * Walks the tree without recursion (a crafted file may nest thousands of elements deep).
 * @param {string} html
 */
export function htmlText(html) {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  for (const dead of doc.querySelectorAll('script, style, noscript, template, head')) dead.remove();
  /** @type {string[]} */
  const out = [];
  /** @type {(Node | 'close')[]} what is left to visit; 'close' ends a block */
  const todo = doc.body ? [doc.body] : [];
  while (todo.length) {
    const node = /** @type {Node | 'close'} */ (todo.pop());
    if (node === 'close') {
      out.push('\n');
      continue;
    }
    if (node.nodeType === Node.TEXT_NODE) {
      out.push((node.textContent ?? '').replace(/\s+/g, ' '));
      continue;
    }
    if (BLOCKS.has(node.nodeName.toLowerCase())) {
      out.push('\n');
      todo.push('close');
    }
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) todo.push(children[i]);
  }
  return out
    .join('')
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
