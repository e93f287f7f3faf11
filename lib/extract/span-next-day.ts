/**
 * A day named as the one after the date just given: "Dès le vendredi 14 juin, des ateliers ... Le
 * lendemain, ce sera au tour du volley-ball", "El sábado 3 habrá un concierto. Al día siguiente, una
 * comida", "Am Samstag, 3. Mai, ein Konzert; am nächsten Tag ein Fest", "Sabato 3 maggio il concerto, il
 * giorno dopo la festa", "On Saturday 3 May a concert; the next day a picnic". The day is the nearest
 * earlier single date's next one, when that date stands close before (a programme told day by day).
 */
import type { DateMention } from './dates.ts';
import { LookbehindScan } from './lookbehind-scan.ts';

/** How far before the words its date may stand (characters). */
const REACH = 400;
/** At most this many such days are read on a page (documented cap). */
const MAX_DAYS = 20;
/**
 * "the next day" in five languages (folded). (Not "the day after the festival", "le lendemain de la fête": the day after
 * something named, not the date before.)
 */
const NEXT_DAY = new LookbehindScan(/(?<![\p{L}])(?:the (?:next|following) day|the day after|le lendemain|l['’]indomani|il giorno (?:dopo|seguente|successivo)|al giorno dopo|am (?:nachsten|darauffolgenden|folgenden) tag|am folgetag|tags darauf|al dia siguiente|el dia siguiente|al otro dia|el dia despues)(?![\p{L}])(?!\s+(?:de|du|des|of|del|della|dello|dell['’]|von|der|dem)(?![\p{L}]))/gu);
/** Cheap words that may start those phrases. */
const CHEAP = /lendemain|indomani|next day|following day|day after|giorno (?:dopo|seg|succ)|(?:nachsten|folgenden) tag|folgetag|tags darauf|dia siguiente|otro dia|dia despues/;

/**
 * The next-day mentions of a (folded) page, from its sorted date mentions.
 * @example nextDayMentions('samedi 3 mai, concert. le lendemain, pique-nique.', [saturday]) // [{ days: [{ m: 5, d: 4 }], ... }]
 */
export function nextDayMentions(folded: string, mentions: readonly DateMention[]): DateMention[] {
  if (!mentions.length || !CHEAP.test(folded)) return [];
  const out: DateMention[] = [];
  let k = 0;
  NEXT_DAY.lastIndex = 0;
  for (let m = NEXT_DAY.exec(folded); m && out.length < MAX_DAYS; m = NEXT_DAY.exec(folded)) {
    while (k < mentions.length && mentions[k]!.end <= m.index) k++;
    const anchor = mentions[k - 1];
    if (!anchor || anchor.range || anchor.days.length !== 1 || m.index - anchor.end > REACH) continue;
    const day = anchor.days[0]!;
    // (Without a year, the end of February has no known next day.)
    if (day.y === undefined && day.m === 2 && day.d >= 28) continue;
    const next = new Date(Date.UTC(day.y ?? 2001, day.m - 1, day.d + 1));
    const days = [{ ...(day.y !== undefined ? { y: next.getUTCFullYear() } : {}), m: next.getUTCMonth() + 1, d: next.getUTCDate() }];
    out.push({ start: m.index, end: m.index + m[0].length, days, range: false, explicitYear: anchor.explicitYear, numeric: false });
  }
  return out;
}
