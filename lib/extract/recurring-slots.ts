/**
 * Weekly and monthly slots name no day: "every first Thursday of the month", "jeden ersten
 * Donnerstag im Monat", "le premier jeudi du mois", "ogni primo giovedì del mese", "el primer
 * jueves de cada mes", "Thursday afternoons", "Wednesdays 11 to 2", "the Wednesday session".
 * A weekday read in such words (by chrono, with no day number) is not a date to count from the
 * posting day. Nor is a later bare mention of a weekday the page names as a habit: "the
 * drop-in runs on Thursdays ... On Thursday there is tea" speaks of the slot.
 */
import type { Candidate } from './candidates.ts';
import type { PageText } from './text.ts';
import { EVENT_NOUN } from './cues.ts';
import { WEEKDAY_NUMBER } from './vocabulary.ts';

const LETTER = 'a-z\\u00c0-\\u024f';
/** Weekday names written in full, as folded text has them. */
const FULL = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche',
  'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonnabend', 'sonntag',
  'lunedi', 'martedi', 'mercoledi', 'giovedi', 'venerdi', 'sabato', 'domenica',
  'lunes', 'martes', 'miercoles', 'jueves', 'viernes', 'sabado', 'domingo'];
/** A weekday word and its plural or adverb ending: "thursdays", "jeudis", "donnerstags", "sabados"; Italian "sabati", "domeniche". */
const WEEKDAY_WORD = new RegExp(`(?<![${LETTER}])(${FULL.join('|')})(s|es)?(?![${LETTER}])|(?<![${LETTER}])(sabati|domeniche)(?![${LETTER}])`, 'g');
/** Spanish weekdays from Monday to Friday end in "s" in the singular too: "los martes" says the plural by its article. */
const INVARIANT = new Set(['lunes', 'martes', 'miercoles', 'jueves', 'viernes']);

/** Words for "each", right before a weekday (an ordinal may stand between: "jeden ersten Donnerstag"). */
const EACH = '(?:every|each|jeden|jede|jedem|jeweils|immer|chaque|tous les|toutes les|ogni|tutti i|tutte le|cada|todos los|todas las|los|las|i)';
const ORDINAL = '(?:first|second|third|fourth|fifth|last|1st|2nd|3rd|4th|erste[nrm]?|zweite[nrm]?|dritte[nrm]?|vierte[nrm]?|letzte[nrm]?|premier|1er|deuxieme|2e|2eme|second|troisieme|3e|3eme|quatrieme|4e|4eme|dernier|primo|secondo|terzo|quarto|ultimo|primer|primero|segundo|tercer|tercero|cuarto|ultimo)';
const EACH_BEFORE = new RegExp(`(?<![${LETTER}])${EACH}\\s+(?:(?:${ORDINAL}|other|alternate|zweiten)\\s+)?$`);
/** "one Thursday a month", "un jeudi sur deux", "un jueves al mes", "einen Donnerstag im Monat", "un giovedì al mese". */
const ONE_BEFORE = new RegExp(`(?<![${LETTER}])(?:one|un|una|einen|eine)\\s+$`);
const IN_EVERY = new RegExp(`^\\s+(?:a month|per month|every (?:two|other) weeks?|al mes|cada (?:dos|quince)|par mois|sur deux|im monat|pro monat|al mese|su due|ogni (?:due|quindici))(?![${LETTER}])`);
const ORDINAL_BEFORE = new RegExp(`(?<![${LETTER}])${ORDINAL}\\s+$`);
/** "of the month", "im Monat", "du mois", "del mese", "de cada mes": the month as a cycle, not a named month. */
const OF_THE_MONTH = new RegExp(`^\\s*(?:of (?:the|each|every) month|in the month|a month|per month|im monat|in jedem monat|jedes monats|eines jeden monats|des monats|pro monat|du mois|de chaque mois|de tous les mois|par mois|del mese|di ogni mese|di ciascun mese|al mese|de cada mes|del mes|de mes|al mes)(?![${LETTER}])`);
/** English parts of a day in the plural: "Thursday afternoons", "Monday mornings". */
const PARTS_AFTER = new RegExp(`^\\s+(?:mornings|afternoons|evenings|nights|lunchtimes)(?![${LETTER}])`);
/** An English weekday naming a slot: "the Wednesday session", "our Thursday group", "the Monday drop-in". */
const SLOT_NOUN_AFTER = new RegExp(`^\\s+(?:drop-?in\\s+)?(?:sessions?|groups?|class(?:es)?|clubs?|drop-?ins?|cafes?|lunch(?:es)?|clinics?|surger(?:y|ies)|circles?|meet-?ups?)(?![${LETTER}'’])`);
/** Words that point at one day: "this", "next", "last", "ce", "prochain", "questo", "este", "nächsten". */
const POINTED_BEFORE = new RegExp(`(?<![${LETTER}])(?:this|next|last|coming|ce|cette|prochain|dernier|questo|prossimo|scorso|este|proximo|pasado|diesen|nachsten|kommenden|letzten|vergangenen)\\s+$`);

interface WeekdayAt {
  start: number;
  end: number;
  weekday: number;
  /** Written as a plural ("thursdays", "los martes") or an adverb ("donnerstags"). */
  plural: boolean;
}

function weekdaysIn(folded: string, from: number, to: number): WeekdayAt[] {
  const out: WeekdayAt[] = [];
  // (A few letters past the end: chrono reads "Thursday" in "Thursdays".)
  const text = folded.slice(from, to + 3);
  WEEKDAY_WORD.lastIndex = 0;
  for (let m = WEEKDAY_WORD.exec(text); m && m.index < to - from; m = WEEKDAY_WORD.exec(text)) {
    const base = m[1] ?? (m[3] === 'sabati' ? 'sabato' : 'domenica');
    const ending = m[2];
    // ("lunes" is the singular; "lunedis" is no word.)
    const plural = !!m[3] || (!!ending && !INVARIANT.has(base) && !(base.endsWith('s') && ending === 'es'));
    out.push({ start: from + m.index, end: from + m.index + m[0].length, weekday: WEEKDAY_NUMBER.get(base)!, plural });
  }
  return out;
}

/**
 * True when the weekday at `w` is said as a habit: in the plural, after "each", as a month's
 * n-th weekday, with a part of the day in the plural, or naming a slot.
 */
function habitual(folded: string, w: WeekdayAt): boolean {
  const before = folded.slice(Math.max(0, w.start - 30), w.start);
  const after = folded.slice(w.end, w.end + 30);
  // ("Wednesdays 11 to 2": a number after a plural is an hour.)
  if (w.plural) return true;
  if (/^\s*,?\s*\d/.test(after)) return false;
  if (EACH_BEFORE.test(before)) return true;
  if (ORDINAL_BEFORE.test(before) && OF_THE_MONTH.test(after)) return true;
  if (ONE_BEFORE.test(before) && IN_EVERY.test(after)) return true;
  return PARTS_AFTER.test(after) || SLOT_NOUN_AFTER.test(after);
}

/**
 * Marks the bare weekdays that name a weekly or monthly slot as not events. Only mentions read
 * without a day number are looked at, so the whole page is scanned for habits only when there
 * is one. Changes `candidates` in place.
 * @example markRecurringSlots(readText('The café meets on Thursday afternoons. This Thursday session offers tea.'), candidates)
 */
export function markRecurringSlots(page: PageText, candidates: Candidate[]): void {
  const bare = candidates.filter((c) => c.kind === 'event' && c.mention.relative && !c.mention.range && !/\d/.test(page.text.slice(c.mention.start, c.mention.end)));
  if (!bare.length) return;
  let pageHabits: Set<number> | undefined;
  for (const c of bare) {
    const words = weekdaysIn(page.folded, c.mention.start, c.mention.end);
    const w = words[words.length - 1];
    if (!w) continue;
    // (A day number after it, "jeudi 12", makes it a date.)
    if (/^\s*,?\s*\d/.test(page.folded.slice(w.end, w.end + 6))) continue;
    if (habitual(page.folded, w)) {
      c.kind = 'other';
      continue;
    }
    pageHabits ??= new Set(weekdaysIn(page.folded, 0, page.folded.length).filter((x) => habitual(page.folded, x)).map((x) => x.weekday));
    // "Our drop-in is on Wednesdays ... On Wednesday, volunteers serve lunch": the same slot, unless one day is pointed at
    // ("this Wednesday") or the sentence names a gathering of its own ("Join us on Thursday for our summer party").
    const before = page.folded.slice(Math.max(0, w.start - 12), w.start);
    if (pageHabits.has(w.weekday) && !POINTED_BEFORE.test(before) && !EVENT_NOUN.test(page.folded.slice(c.ctx.sentence.start, c.ctx.sentence.end))) c.kind = 'other';
  }
}
