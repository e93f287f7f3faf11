/**
 * Two mentions of one day that name two parts of it ("esta mañana ... el primero de los actos" and "Esta tarde las puertas
 * del centro están abiertas a las familias", "samedi matin, un atelier ..." and "samedi soir, un concert ...", "am Vormittag
 * ... Workshop" and "um 19 Uhr ... Empfang"): two gatherings, as two hours apart are. A part of the day is read from the
 * words right around the date, or from the hour the mention carries; the evening of a gathering that is said to go on or to
 * end ("la fête se termine le soir avec un concert") is the same gathering's.
 */
import type { Draft } from './draft.ts';
import { foldKeepLength } from '../relevance/index.ts';

export type DayPart = 'morning' | 'afternoon' | 'evening';

/** German weekdays that form one word with a part of the day: "Samstagabend", "Sonntagvormittag" ("Sonnabend" alone is Saturday). */
const WD = '(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag)';

/** Italian weekdays before "sera" ("sabato sera"): "sera" alone is also Spanish "será". */
const IT_WD = '(?:lunedi|martedi|mercoledi|giovedi|venerdi|sabato|domenica)';

/** Words of a part of the day that stand right beside a date (folded), five languages. ("mañana" alone is "tomorrow".) */
const PARTS: ReadonlyArray<[DayPart, RegExp]> = [
  ['morning', new RegExp(String.raw`(?<![\p{L}])(?:morning|this morning|matin|matinee|ce matin|vormittag|vormittags|morgens|am morgen|heute morgen|${WD}morgen|${WD}vormittag|mattina|mattinata|in mattinata|stamattina|stamane|esta manana|por la manana|de la manana|a media manana)(?![\p{L}])`, 'u')],
  ['afternoon', new RegExp(String.raw`(?<![\p{L}])(?:afternoon|this afternoon|apres-midi|nachmittag|nachmittags|${WD}nachmittag|pomeriggio|oggi pomeriggio|esta tarde|por la tarde|de la tarde|a media tarde)(?![\p{L}])`, 'u')],
  ['evening', new RegExp(String.raw`(?<![\p{L}])(?:evening|tonight|soir|soiree|ce soir|en soiree|abend|abends|heute abend|${WD}abend|la sera|di sera|in serata|serata|stasera|${IT_WD} sera|esta noche|por la noche|de la noche)(?![\p{L}])`, 'u')],
];
/** The words that say a gathering goes on or ends, not that another begins. */
const GOES_ON = /(?<![\p{L}])(?:continu\p{L}*|prosegu\p{L}*|se termin\p{L}*|termin\p{L}*|s'acheve\p{L}*|s'achever\p{L}*|se clotur\p{L}*|si conclud\p{L}*|si chiud\p{L}*|conclu\p{L}*|ends?|ending|closes?|endet|klingt|ausklingen|geht weiter|weiter|finira|finisce|finaliza\p{L}*|acaba\p{L}*)(?![\p{L}])/u;
/** How far before and after the date its part of the day is read (characters). */
const BEFORE = 25;
const AFTER = 45;

/** The part of the day a draft's date is said with, or that its hour falls in. */
export function dayPart(d: Draft): DayPart | undefined {
  if (d.startTime !== undefined) return d.startTime < 12 * 60 ? 'morning' : d.startTime < 18 * 60 ? 'afternoon' : 'evening';
  const at = d.pos - d.span.start;
  if (at < 0 || at > d.text.length) return undefined;
  const near = foldKeepLength(d.text.slice(Math.max(0, at - BEFORE), at + AFTER)).toLowerCase();
  const found = PARTS.filter(([, re]) => re.test(near));
  return found.length === 1 ? found[0]![0] : undefined;
}

/**
 * Two drafts of one day, apart on the page, each naming its own gathering, at two parts of the day (at least one said in
 * words: two hours are merge.ts's own test), neither said to go on or to end.
 * @example twoDayParts(morningAct, afternoonOpenDoors) // true
 */
export function twoDayParts(a: Draft, b: Draft): boolean {
  if ((a.startTime !== undefined && b.startTime !== undefined) || !a.ownNoun || !b.ownNoun || a.endDay || b.endDay) return false;
  if (!(a.span.end <= b.span.start || b.span.end <= a.span.start)) return false;
  const pa = dayPart(a);
  const pb = dayPart(b);
  if (!pa || !pb || pa === pb) return false;
  const later = (pa === 'morning' || (pa === 'afternoon' && pb === 'evening')) ? b : a;
  return !GOES_ON.test(foldKeepLength(later.text).toLowerCase());
}
