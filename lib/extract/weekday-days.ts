/**
 * A weekday with a bare day number and no month, "la tarde del viernes 24", "sabato 12 alle 17",
 * "am Dienstag, 28., um 18 Uhr", "le samedi 12 à la MJC", said in a post that has a posting day:
 * the nearest day of that number that falls on that weekday (relative.ts places it). Found word
 * by word from the page's shared word list (weekday-numbers.ts), never by a pattern over the page.
 */
import type { CueIndex } from './cue-index.ts';
import type { DateMention } from './dates.ts';
import { sentenceAt, type PageText, type Span } from './text.ts';
import { monthAlternation } from './vocabulary.ts';
import { weekdaysWithNumber, withinMention } from './weekday-numbers.ts';

/** At most this many weekday-and-number days are read (documented cap). */
const MAX_WEEKDAY_DAYS = 30;

/** The number right after the weekday: "viernes 24", "Samstag, 12.", "el martes 15", "le samedi 12" (folded). */
const NUMBER_AFTER = /,?\s+(?:(?:el|le|il|den|dem|the)\s+)?(0?[1-9]|[12]\d|3[01])(?![0-9])(?:st|nd|rd|th|er|e|°|º|\.)?/y;
/** What may not follow: a month (the scanner read the date), a clock time or a count of hours, a decimal, a range of numbers. */
const NOT_A_DAY_AFTER = new RegExp(`^(?:\\d|\\s*[:h.,]\\d|\\s*(?:h|hrs?|horas?|uhr|ore|heures?|hours?|am|pm)(?![a-z\\u00c0-\\u024f])|\\s*[-–/]\\s*\\d|\\s*(?:de\\s+|di\\s+|del\\s+|of\\s+)?(?:${monthAlternation([])})(?![a-z\\u00c0-\\u024f]))`, 'u');
/** A habit, not a date: "todos los viernes", "every Friday", "jeden Freitag", "tous les vendredis", "ogni venerdì". */
const HABIT_BEFORE = /(?:^|[^a-z\u00c0-\u024f])(?:every|each|jeden|jede|jedem|chaque|tous les|toutes les|ogni|tutti i|tutte le|cada|todos los|todas las)\s+$/;

export interface WeekdayDay {
  start: number;
  end: number;
  weekday: number;
  d: number;
  sentence: Span;
}

/**
 * The weekday-and-number days outside the scanner's mentions (`taken`, sorted by start) whose sentence,
 * or the sentence just before it, names a gathering, or that stand alone on their line as a programme day's heading.
 * @example weekdayDays(readText('Taller de cocina el viernes 24 en el centro cívico.'), [], cues)[0].d // 24
 */
export function weekdayDays(page: PageText, taken: readonly DateMention[], cues: CueIndex, dayHeading: (line: string) => boolean): WeekdayDay[] {
  const out: WeekdayDay[] = [];
  const starts = taken.map((m) => m.start);
  for (const w of weekdaysWithNumber(page, NUMBER_AFTER)) {
    if (out.length >= MAX_WEEKDAY_DAYS) break;
    if (NOT_A_DAY_AFTER.test(page.folded.slice(w.end, w.end + 24))) continue;
    if (withinMention(w, taken, starts) || HABIT_BEFORE.test(page.folded.slice(Math.max(0, w.start - 16), w.start))) continue;
    const sentence = sentenceAt(page, w.start);
    if (!cues.noun(sentence) && !cues.verb(sentence) && !dayHeading(page.folded.slice(sentence.start, sentence.end)) && !nounBefore(page, sentence, cues)) continue;
    out.push({ start: w.start, end: w.end, weekday: w.weekday, d: w.d, sentence });
  }
  return out;
}

/** How far back, over spaces and blank lines, the sentence before may end (characters). */
const GAP_BEFORE = 6;

/**
 * An event word in the sentence right before (or the line above): "Cruz Roja organiza una tertulia y una
 * exposición / La primera será el viernes 24 en la casa de la cultura".
 */
export function nounBefore(page: PageText, s: Span, cues: CueIndex): boolean {
  let at = s.start - 1;
  while (at >= 0 && at > s.start - GAP_BEFORE && /\s/u.test(page.text[at]!)) at--;
  if (at < 0 || at <= s.start - GAP_BEFORE) return false;
  return cues.noun(sentenceAt(page, at));
}
