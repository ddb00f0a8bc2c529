// The clipboard and downloads: text out of the page, never a request.

/**
 * @param {string} text
 * @returns {Promise<boolean>} whether the clipboard took it
 */
export async function copy(text) {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * Offers `text` as a file download (a Blob URL; no network).
 * @param {string} filename
 * @param {string} text
 * @param {string} type
 */
export function download(filename, text, type) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
