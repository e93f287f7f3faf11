/**
 * A sentence that opens by naming its day again ("The same day, noon-3pm, sees a lunch with dancing at St Mary's Centre",
 * "On the same day, 5pm to 9.30pm, the park hosts family games", "Le soir même, à 20h, concert à la Salle des Fêtes",
 * "Am selben Abend um 19 Uhr ...", "Lo stesso giorno, alle 18, ...", "Ese mismo día, a las 19:00, ..."): the writer
 * tells another gathering of that day, often with its own hours. It is one of its own at a place other than the day's
 * (any named place when the day's is unknown), or, wherever it is, when its hour comes after the day's gathering has
 * ended. At the day's place and within its hours it stays a part of the day's programme.
 */
import type { CueIndex } from './cue-index.ts';
import type { Draft } from './draft.ts';
import { HELD } from './later-gathering.ts';
import { lowerBound } from './sorted.ts';
import type { PageText, Span } from './text.ts';
import type { TimeMention } from './times.ts';
import { ownGatheringDraft } from './gather-own-draft.ts';

/** The day itself said again: "le soir même", "the same evening", "am selben Abend", "la sera stessa", "esa misma tarde" (folded). */
export const SAME_DAY = /(?<![\p{L}])(?:le soir meme|le jour meme|l'apres-midi meme|le meme jour|ce meme jour|the same (?:day|evening|afternoon|night)|later that (?:day|evening|afternoon)|that (?:same )?evening|am selben (?:tag|abend|nachmittag)|am gleichen (?:tag|abend|nachmittag)|am abend desselben tages|la sera stessa|quella (?:stessa )?sera|lo stesso giorno|nello stesso giorno|la stessa sera|el mismo dia|esa misma (?:tarde|noche|manana)|ese mismo dia|esa (?:tarde|noche))(?![\p{L}])/u;

/** What may stand before the same-day words at a sentence's start: punctuation, a preposition or a joining word (folded). */
const BEFORE = /^[\s\W]*(?:(?:on|and|also|et|aussi|und|e|ed|anche|y|tambien|en)\s+)*$/u;

/** How far into a sentence its same-day words may stand to open it (characters). */
const OPEN_CHARS = 24;

/**
 * True when a (folded) sentence opens by naming its day again.
 * @example opensWithSameDay('the same day, noon-3pm, sees a lunch') // true
 */
export function opensWithSameDay(folded: string): boolean {
  const m = SAME_DAY.exec(folded.slice(0, OPEN_CHARS + 30));
  return !!m && m.index <= OPEN_CHARS && BEFORE.test(folded.slice(0, m.index));
}

type Place = NonNullable<Draft['location']>;

/**
 * The gathering a same-day sentence `s` tells beside day `d`, or undefined when it is the day's own (its place, its hours)
 * or names no gathering. `placeIn` reads a place in a span; `other` says whether a place is none of the day's gatherings'.
 */
export function sameDayGathering(page: PageText, d: Draft, s: Span, times: readonly TimeMention[], timeStarts: readonly number[], cues: CueIndex,
  placeIn: (s: Span) => Place | undefined, other: (p: Draft['location']) => boolean): Draft | undefined {
  // (A meal is a gathering here: the writer set it apart as the day's other thing. An event verb says it too: "Thompson Park
  // hosts family games", "the chance to join the programme".)
  if (!cues.noun(s) && !cues.verb(s) && !HELD.test(page.folded.slice(s.start, s.end))) return undefined;
  let k = lowerBound(timeStarts, s.start);
  while (k < times.length && times[k]!.start < s.end && times[k]!.role === 'end') k++;
  const hour = k < times.length && times[k]!.start < s.end ? times[k] : undefined;
  const venue = placeIn(s);
  const elsewhere = other(venue);
  // (After the day's gathering has ended: "Walk 10am-4pm ... On the same day, 5pm to 9.30pm, ...".)
  const later = !!hour && d.endTime !== undefined && hour.from >= d.endTime;
  if (!elsewhere && !later) return undefined;
  return ownGatheringDraft(page, d, s, elsewhere ? venue! : undefined, hour);
}
