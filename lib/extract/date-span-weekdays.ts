/**
 * The weekday a span of days starts on, told by the bare weekdays of the words that follow it:
 * "del 3 al 5 de octubre ... Las actividades comenzarán el viernes ... El sábado ... el domingo"
 * (the 3rd is a Friday), "vom 3. bis 5. Oktober ... Am Freitag ... am Samstag und Sonntag",
 * "du 3 au 5 octobre ... vendredi ... samedi ... dimanche". A span shorter than a week holds only
 * some weekdays: when the ones named fit it in one way only, that way gives its first day's
 * weekday, and so its year where the page writes none (resolve-days.ts).
 */
import type { DateMention } from './dates.ts';
import type { PageText } from './text.ts';
import { LONG_WEEKDAYS, WEEKDAY_NUMBER } from './vocabulary.ts';

/** How far after the span its weekdays are looked for (characters). */
const REACH = 600;
/** At most this many spans are looked at (documented cap). */
const MAX_SPANS = 20;

const WEEKDAY = new RegExp(`(?<![\\p{L}])(${[...LONG_WEEKDAYS].join('|')})(?![\\p{L}])`, 'gu');
/** A weekday with its own day number ("el viernes 10") is dated already; one of a habit ("todos los viernes", "every Friday") is no day. */
const NUMBER_AFTER = /^\.?,?\s+(?:(?:el|le|il|den|dem|the)\s+)?\d/;
const HABIT_BEFORE = /(?:^|[^\p{L}])(?:every|each|jeden|jede|jedem|chaque|tous les|toutes les|ogni|tutti i|tutte le|cada|todos los|todas las)\s+$/u;

/** Days from the first to the last day of a span (a year missing on both sides: a leap year). */
function length(m: DateMention): number {
  const [a, b] = [m.days[0]!, m.days[m.days.length - 1]!];
  const ya = a.y ?? b.y ?? 2024;
  const yb = b.y ?? (b.m < a.m ? ya + 1 : ya);
  return (Date.UTC(yb, b.m - 1, b.d) - Date.UTC(ya, a.m - 1, a.d)) / 86_400_000;
}

/**
 * Sets `weekday` on the spans without a year or a weekday whose following words name weekdays
 * that fit them one way only. Changes `mentions` (sorted by start) in place.
 * @example spanWeekdays(readText('del 3 al 5 de octubre. El viernes un desfile, el sábado una fiesta y el domingo una misa.'), mentions) // mentions[0].weekday === 5
 */
export function spanWeekdays(page: PageText, mentions: DateMention[]): void {
  let looked = 0;
  for (let i = 0; i < mentions.length && looked < MAX_SPANS; i++) {
    const m = mentions[i]!;
    if (!m.range || m.explicitYear || m.weekday !== undefined || m.days.length !== 2) continue;
    const days = length(m) + 1;
    if (days < 2 || days > 6) continue;
    looked++;
    // Up to the next dated mention (its weekdays are its own).
    const stop = Math.min(mentions[i + 1]?.start ?? page.folded.length, m.end + REACH);
    const words = page.folded.slice(m.end, stop);
    const named = new Set<number>();
    for (const w of words.matchAll(WEEKDAY)) {
      const end = w.index + w[0].length;
      if (NUMBER_AFTER.test(words.slice(end, end + 8)) || HABIT_BEFORE.test(words.slice(Math.max(0, w.index - 14), w.index))) continue;
      named.add(WEEKDAY_NUMBER.get(w[1]!)!);
    }
    if (!named.size) continue;
    const fits: number[] = [];
    for (let first = 0; first < 7; first++) if ([...named].every((w) => (w - first + 7) % 7 < days)) fits.push(first);
    if (fits.length === 1) m.weekday = fits[0]!;
  }
}
