/**
 * Weekday words that are names, not days: a saint's ("plaza de Santo Domingo", "parrocchia di Santa
 * Domenica", "Sankt Sonntag"), or a person's surname ("el tenor Plácido Domingo", "con Marco Sabato").
 * Spanish, Italian and French write their weekdays in small letters: one written with a capital in
 * the middle of a sentence, right after another capitalised word, is a name. (English and German
 * capitalise every weekday: there only the saint's word tells.)
 */
import type { PageLanguage } from './language.ts';

/** A saint's word right before a word (folded): "san", "santo", "santa", "saint", "sainte", "sankt", "st.", "s.". */
const SAINT_BEFORE = /(?<![\p{L}])(?:san|santo|santa|santi|santos|saint|sainte|sankt|st\.?|s\.)\s+$/u;
/** A capitalised word, then blanks, closing the text before the weekday (original case). */
// (On the same line: a weekday that opens a line, "Fano\n\nSabato alle 13", is a day.)
const CAPITALISED_BEFORE = /(?<![\p{L}])(\p{Lu}[\p{Ll}\p{M}]+)[^\S\n]+$/u;
/** What opens a sentence or a line before that word: then its capital says nothing. */
const OPENING = /(?:^|[.!?:;\n«"“(–—-])\s*$/u;
const SMALL_WEEKDAY_LANGUAGES: ReadonlySet<PageLanguage> = new Set(['es', 'it', 'fr']);

/**
 * Whether the weekday word at `at` in the page's text is a name.
 * @example isWeekdayName('la plaza de Santo Domingo', 'la plaza de santo domingo', 19, 'es') // true
 * @example isWeekdayName('el domingo 12', 'el domingo 12', 3, 'es') // false
 */
export function isWeekdayName(text: string, folded: string, at: number, language: PageLanguage): boolean {
  const from = Math.max(0, at - 24);
  if (SAINT_BEFORE.test(folded.slice(from, at))) return true;
  if (!SMALL_WEEKDAY_LANGUAGES.has(language)) return false;
  const own = text[at] ?? '';
  if (own === own.toLowerCase()) return false;
  const before = text.slice(from, at);
  const word = CAPITALISED_BEFORE.exec(before);
  // (The word before may itself open the sentence: "Domingo" after "Hoy" is a day written with a capital.)
  return !!word && !OPENING.test(before.slice(0, word.index));
}
