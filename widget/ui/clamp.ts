/**
 * Feed text cut to a length a layout can afford. A 1 MB title would otherwise be shaped and
 * laid out in full (hundreds of thousands of pixels) even where CSS clamps it to three lines.
 */

/** Characters of a title shown in the list, the month grid and labels. */
export const TITLE_CHARS = 300;
/** Characters of a title shown in an event's detail. */
export const DETAIL_TITLE_CHARS = 2000;

/**
 * `text` cut at `max` characters (never inside a surrogate pair), with an ellipsis when cut.
 * @example clampText('Workshop on housing rights', 8) // 'Workshop…'
 */
export function clampText(text: string, max = TITLE_CHARS): string {
  if (text.length <= max) return text;
  let end = max;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end--;
  return `${text.slice(0, end).trimEnd()}…`;
}
