/**
 * A list of days whose hour is said once, after its last day: "Meditation (Donnerstag, 17./24.
 * September und 1. Oktober um 20 Uhr)", "les 3 et 10 mai et le 7 juin à 18h", "on 5 and 12 May and
 * 2 June at 6pm". The list runs over two date mentions (the month changes), so the first days
 * lose the hour the last one holds; each is a session at that hour.
 */
import type { DateMention } from './dates.ts';
import type { Draft } from './draft.ts';
import { lowerBound } from './sorted.ts';
import type { PageText } from './text.ts';
import { WEEKDAYS } from './vocabulary.ts';

/** Only a list word (an article, a weekday) between two dates: "und", "et le", "y el", "and on", ",". */
const LIST_GAP = new RegExp(`^\\s*(?:,|;)?\\s*(?:and|&|et|und|e|y|sowie)?\\s*(?:(?:the|le|el|il|den|dem|am|on|au)\\s+)?(?:(?:${WEEKDAYS.join('|')})\\.?,?\\s*)?(?:(?:the|le|el|il|den|dem)\\s+)?$`, 'u');
const SENTENCE_END = /^[.!?]\s+\p{Lu}/u;
/** How many date mentions one list may chain (bounded work). */
const MAX_CHAIN = 8;

/**
 * Gives the days of a list without an hour the hour its last day holds. Changes `drafts` in place.
 * @example listHours(page, drafts, mentions)
 */
export function listHours(page: PageText, drafts: Draft[], mentions: readonly DateMention[]): void {
  const bare = drafts.filter((d) => d.startTime === undefined && !d.endDay);
  if (!bare.length) return;
  const starts = mentions.map((m) => m.start);
  const byPos = new Map<number, Draft[]>();
  for (const d of drafts) byPos.set(d.pos, [...(byPos.get(d.pos) ?? []), d]);
  for (const d of bare) {
    const k = lowerBound(starts, d.pos);
    if (mentions[k]?.start !== d.pos || mentions[k]!.range) continue;
    // Walk forward over the list to its first dated mention with an hour.
    let hour: Draft | undefined;
    for (let i = k, n = 0; i + 1 < mentions.length && n < MAX_CHAIN && !hour; i++, n++) {
      const [a, b] = [mentions[i]!, mentions[i + 1]!];
      // (A mention may end with a full stop, "am 5. Mai. Am 2. Juni um 18 Uhr": a capital after it opens another sentence.)
      if (b.range || !LIST_GAP.test(page.folded.slice(a.end, b.start)) || SENTENCE_END.test(page.text.slice(a.end - 1, b.start + 1))) break;
      hour = byPos.get(b.start)?.find((x) => x.startTime !== undefined && !x.endDay);
    }
    if (!hour) continue;
    d.startTime = hour.startTime;
    if (hour.endTime !== undefined) d.endTime = hour.endTime;
  }
}
