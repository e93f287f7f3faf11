/**
 * Accent- and case-insensitive text, for sorting, duplicates and search. On its own so that
 * sorting (in the widget's initial file) does not bring the search code (a lazy chunk there).
 */

// Letters that NFD does not decompose but that people type without their special form.
const LIGATURES: Record<string, string> = {
  ß: 'ss', ẞ: 'ss', œ: 'oe', Œ: 'oe', æ: 'ae', Æ: 'ae', ı: 'i', ø: 'o', Ø: 'o',
  đ: 'd', Đ: 'd', ł: 'l', Ł: 'l', þ: 'th', Þ: 'th',
};
const LIGATURE_RE = /[ßẞœŒæÆıøØđĐłŁþÞ]/g;
const MARKS_RE = /\p{M}+/gu;

const ASCII_RE = /^[\x00-\x7f]*$/;

/**
 * The accent- and case-insensitive form of a text: NFD, combining marks removed, lower case,
 * ß -> ss, œ -> oe, æ -> ae, ı -> i. Other scripts (Cyrillic, Arabic...) keep their letters.
 * @example foldText('Égalité & Straße') // 'egalite & strasse'
 */
export function foldText(s: string): string {
  if (ASCII_RE.test(s)) return s.toLowerCase();
  return s
    .replace(LIGATURE_RE, (c) => LIGATURES[c] ?? c)
    .normalize('NFD')
    .replace(MARKS_RE, '')
    .toLowerCase();
}
