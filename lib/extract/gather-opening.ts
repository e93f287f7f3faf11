/**
 * The opening gathering of a week or a longer festival, dated in a sentence of its own on the span's first day: "Interkulturelle
 * Wochen vom 1. bis 16. Oktober ... Das Eröffnungsfest findet am Samstag, den 1. Oktober ... statt", "Refugee Week, 17-23 June
 * ... The opening ceremony on 17 June ...", "la Semaine ... du 13 au 20 juin ... La soirée d'ouverture, le 13 juin, ...",
 * "la settimana ... L'inaugurazione, il 2 giugno, ...", "la semana ... El acto de apertura, el 14 de octubre, ...". It is a
 * gathering of its own beside the span (labels: an umbrella and its dated parts). A conference of two or three days is not a
 * week: its opening is its first slot.
 */
import type { Draft } from './draft.ts';
import { foldKeepLength } from '../relevance/index.ts';
import { daysBetween } from './year.ts';

/** How long a span must be to be a week or a festival whose opening is a gathering of its own (days, first to last). */
const WEEK_DAYS = 6;
/**
 * Opening nouns (folded), five languages: a gathering named as the opening. The verb, "se inaugura el Foro", "the week opens",
 * is the span's own start; "opening hours", "ouverture des portes", "apertura delle iscrizioni" are no gathering.
 */
const OPENING = /(?<![\p{L}])(?:eroffnung\p{L}*|auftakt\p{L}*|opening(?! (?:hours|times))|kick-?off|ouverture(?! des (?:portes|inscriptions))|coup d'envoi|inaugura(?:cion|zione|tion)|apertura(?! (?:delle |de (?:las )?)?(?:iscrizioni|inscripciones|porte|puertas)))(?![\p{L}])/u;
/** How far into the day's own words the opening is named (characters): its subject, not a later aside. */
const OPENING_CHARS = 120;

/**
 * True when `d`, a single day on the first day of the week-long span `host` and said apart from it, names the span's opening.
 * @example opensWeek(weekOfOct1To16, eroeffnungsfestOnOct1) // true
 */
export function opensWeek(host: Draft, d: Draft): boolean {
  // (An opening with its own hour is a gathering of its own by merge.ts's rules already.)
  if (!host.endDay || d.endDay || d.startTime !== undefined || daysBetween(host.startDay, host.endDay) < WEEK_DAYS || daysBetween(host.startDay, d.startDay) !== 0) return false;
  return OPENING.test(foldKeepLength(d.text.slice(0, OPENING_CHARS)).toLowerCase());
}
