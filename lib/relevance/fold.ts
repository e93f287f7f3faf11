/**
 * Accent- and case-insensitive text that keeps every character at its index, so a match
 * found in the folded text points at the same place in the original.
 */

const cache = new Map<string, string>();

function foldChar(ch: string): string {
  let out = cache.get(ch);
  if (out === undefined) {
    const base = ch.normalize('NFD').charAt(0).toLowerCase();
    // Anything that would not stay one UTF-16 unit becomes a neutral symbol, never two units.
    out = base.length === 1 && base.toLowerCase() === base ? base : '\u00b7';
    if (cache.size < 4096) cache.set(ch, out);
  }
  return out;
}

/**
 * Lower case without accents, same length as the input.
 * @example foldKeepLength('Brüssel, Été') // 'brussel, ete'
 */
export function foldKeepLength(text: string): string {
  const folded = text.replace(/[^\x00-\x7f]/g, foldChar);
  return folded.toLowerCase();
}

/**
 * Lower case without accents, with runs of spaces collapsed; for terms and labels.
 * @example foldTerm('  Réfugiés ') // 'refugies'
 */
export function foldTerm(text: string): string {
  return foldKeepLength(text).replace(/\s+/g, ' ').trim();
}

/**
 * Escapes a string for use inside a regular expression.
 * @example escapeRegExp('a.b') // 'a\\.b'
 */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
