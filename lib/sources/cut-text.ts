/**
 * Text longer than a cap, cut where a reader expects it: at the last word boundary before
 * the cap, with an ellipsis, never inside a word or a surrogate pair.
 */

/**
 * `text` if it fits in `max` characters, else its words up to the cap followed by '…'.
 * @example cutAtWord('Integration workshop for newly arrived families', 30) // 'Integration workshop for…'
 */
export function cutAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const room = text.slice(0, max - 1);
  // The boundary closest to the cap, unless that loses more than half the room (one very long word).
  const wordGoesOn = /[\p{L}\p{N}]/u.test(text.charAt(room.length)) && /[\p{L}\p{N}]$/u.test(room);
  const space = wordGoesOn ? room.search(/\s\S*$/) : room.length;
  let cut = space >= max / 2 ? room.slice(0, space) : room;
  if (cut.length === room.length && /[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut.replace(/[\s,;:.\-–—]+$/u, '')}…`;
}
