/** Cutting texts so that a URL stays under a length limit once they are percent-encoded. */

const ELLIPSIS = '…';

/** Lone surrogates cannot be percent-encoded (encodeURIComponent throws): replace them. */
export function wellFormed(text: string): string {
  return text.toWellFormed();
}

/**
 * Length of the text once percent-encoded.
 * @example encodedLength('é') // 6
 */
export function encodedLength(text: string): number {
  return encodeURIComponent(text).length;
}

/**
 * The text, or its beginning cut at a word boundary and ended with an ellipsis, so that its
 * encoded length is at most `maxEncoded`. Never splits a surrogate pair.
 * @example fitEncoded('Meet employers from the port', 20) // 'Meet employers…'
 */
export function fitEncoded(text: string, maxEncoded: number): string {
  const clean = wellFormed(text);
  if (encodedLength(clean) <= maxEncoded) return clean;
  const room = maxEncoded - encodedLength(ELLIPSIS);
  if (room <= 0) return '';
  // Largest prefix that fits (encoded length grows with the prefix): binary search.
  let lo = 0;
  let hi = clean.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (encodedLength(safePrefix(clean, mid)) <= room) lo = mid;
    else hi = mid - 1;
  }
  let cut = safePrefix(clean, lo);
  const lastSpace = cut.search(/\s\S*$/);
  if (lastSpace > cut.length / 2) cut = cut.slice(0, lastSpace);
  cut = cut.replace(/[\s,;:.\-–—]+$/u, '');
  return cut ? cut + ELLIPSIS : '';
}

function safePrefix(text: string, length: number): string {
  const code = text.charCodeAt(length - 1);
  return code >= 0xd800 && code <= 0xdbff ? text.slice(0, length - 1) : text.slice(0, length);
}
