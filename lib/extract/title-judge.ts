/**
 * What a candidate title says: nothing but when (namesNothing), a clause (clauseNotName), a kind of
 * gathering alone (bareKind), a name of its own (strongName), only when or where (onlyWhenOrWhere).
 */
import { foldKeepLength } from '../relevance/fold.ts';
import { EVENT_NOUN } from './cues.ts';
import { venueLine } from './venue.ts';
import { STAMP_ONLY } from './title-line-kinds.ts';
import { APPOINTMENT, COPULA, DATELINE, DAY_HEADING, GENERIC, GLUED_MENU, NOUNS, ONLY_TIME_WORDS, QUOTED, RANGE_LEAD, TIME_LEAD, TRAILING_VERB } from './title-words.ts';

/**
 * What is left of a clause, not a name: its first words hold a verb that says what a thing is or
 * will be ("Su apertura será este", "Die IMMIGRA ist Teil der ...", "wird in das Stadtfest"), or
 * it is only the word for an appointment ("L’appuntamento", "Rendez-vous").
 * @example clauseNotName('Su apertura será este') // true
 */
export function clauseNotName(text: string): boolean {
  const folded = foldKeepLength(text);
  if (APPOINTMENT.test(folded)) return true;
  return folded.split(/\s+/u, 4).some((w) => COPULA.has(w));
}

/**
 * Words that say when or where, not what: a line that opens with its date or time and has no
 * event word or quoted name ("21 Novembre 2016, ore 15.30-18.30", "18:00 horas").
 * @example namesNothing('Jeudi 23 avril 2015 à 20h') // true
 */
export function namesNothing(text: string): boolean {
  const folded = foldKeepLength(text);
  if (ONLY_TIME_WORDS.test(folded) || GLUED_MENU.test(text.trim())) return true;
  return (DATELINE.test(folded) || RANGE_LEAD.test(folded)) && !EVENT_NOUN.test(folded) && !QUOTED.test(text);
}

/**
 * A headline that says only what kind of gathering it is ("Colloque international",
 * "International Conference", "Projection du film"): the body may give its name.
 */
export function bareKind(head: string): boolean {
  const words = head.split(/\s+/);
  return words.length <= 3 && !QUOTED.test(head) && !/\d/u.test(head);
}

/**
 * One word that is a name by itself: two words joined ("Online-Seminar") or a compound whose
 * event word comes after a first part of five letters or more ("Integrationsfest"), not a
 * bare kind of gathering ("Manifestazione").
 */
export function compoundName(word: string): boolean {
  if (/^\p{L}{3,}-\p{L}{3,}$/u.test(word)) return true;
  const folded = foldKeepLength(word);
  NOUNS.lastIndex = 0;
  for (let m = NOUNS.exec(folded); m; m = NOUNS.exec(folded)) if (m.index >= 5) return true;
  return false;
}

/** Words that name a gathering: an event word or a quoted name. */
export function namesGathering(text: string): boolean {
  return EVENT_NOUN.test(foldKeepLength(text)) || QUOTED.test(text);
}

/**
 * A heading that says what a gathering is about, not what it is nor who speaks: two words or
 * more, one of them a lower-case word ("Travail social et immigration", not "Maria Rossi (Caritas)").
 */
export function aboutWhat(text: string): boolean {
  return !namesGathering(text) && /(?:^|\s)\p{Ll}{3,}(?:\s|$)/u.test(text) && !namesNothing(text) && text.split(/\s+/u).length >= 2;
}

/**
 * A name that says which gathering: an event word that is more than "event" or "appointment",
 * with words of its own ("Lesung und Gespräch mit …", "Online-Seminar"), or a quoted name; not a
 * clause ("La jornada será") and not a paragraph.
 * @example strongName('Encuentro de Mujeres Migrantes') // true
 */
export function strongName(name: string): boolean {
  const folded = foldKeepLength(name);
  if (!namesGathering(name)) return false;
  if (!/\s/u.test(name.trim()) && !compoundName(name.trim())) return false;
  return !clauseNotName(name) && !TRAILING_VERB.test(name) && !GENERIC.test(folded) && name.length <= 120;
}

/**
 * A title that says only when or where: a day ("Donnerstag, 23. März 2017", "Del 19 al 21 de
 * octubre"), an hour, a stamp or a venue, with no event word or quoted name.
 * @example onlyWhenOrWhere('Miércoles 2, Jueves 3 y Viernes 4 de marzo') // true
 */
export function onlyWhenOrWhere(title: string): boolean {
  const t = title.trim();
  if (!/\p{L}{3}/u.test(t)) return true;
  if (namesGathering(t)) return false;
  const folded = foldKeepLength(t);
  return namesNothing(t) || TIME_LEAD.test(folded) || STAMP_ONLY.test(t) || DAY_HEADING.test(folded) || RANGE_LEAD.test(folded) || !!venueLine(t);
}
