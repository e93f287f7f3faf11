/**
 * Long weekday names followed by a day number ("el viernes 19", "Samstag, 12"), found through
 * the page's shared word list: the month-context reader and the bare-weekday reader of the date
 * scanner both walk them, each with its own idea of what may follow the number.
 */
import { wordsOf } from '../relevance/words.ts';
import type { DateMention } from './dates.ts';
import { lowerBound } from './sorted.ts';
import type { PageText } from './text.ts';
import { LONG_WEEKDAY_KEYS, LONG_WEEKDAYS, WEEKDAY_NUMBER } from './vocabulary.ts';

export interface WeekdayNumber {
  /** The weekday word's start and the number's end. */
  start: number;
  end: number;
  d: number;
  weekday: number;
}

/**
 * Each long weekday word with the number `numberAfter` (a sticky pattern, its group 1 the day)
 * reads right after it, in reading order.
 * @example [...weekdaysWithNumber(readText('el viernes 19'), /,?\s+(\d{1,2})/y)][0].d // 19
 */
export function* weekdaysWithNumber(page: PageText, numberAfter: RegExp): Generator<WeekdayNumber> {
  const words = wordsOf(page.folded);
  for (let i = 0; i < words.count; i++) {
    if (!LONG_WEEKDAY_KEYS.has(words.key[i]!)) continue;
    const start = words.start[i]!;
    const word = page.folded.slice(start, words.end[i]!);
    if (!LONG_WEEKDAYS.has(word)) continue;
    numberAfter.lastIndex = words.end[i]!;
    const n = numberAfter.exec(page.folded);
    if (!n) continue;
    yield { start, end: numberAfter.lastIndex, d: Number(n[1]), weekday: WEEKDAY_NUMBER.get(word)! };
  }
}

/**
 * Whether a mention the scanner read (sorted by start, `starts` their starts) covers this weekday:
 * the weekday of a full date ("Samstag, 12. Oktober").
 */
export function withinMention(w: WeekdayNumber, mentions: readonly DateMention[], starts: readonly number[]): boolean {
  const k = lowerBound(starts, w.end) - 1;
  return k >= 0 && mentions[k]!.end > w.start;
}
