/**
 * Month and weekday names (folded) in en, fr, de, it, es, and the regular expression
 * pieces built from them. Abbreviations that are also common words elsewhere ("set",
 * "ago", "mar") are only accepted for the page's own languages.
 */
import type { PageLanguage } from './language.ts';
import { prefixKey } from '../relevance/words.ts';
import { firstLetterGroups } from './first-letter-groups.ts';

const FULL_MONTHS: Array<[string, number]> = [];
const add = (names: string, month: number, into: Array<[string, number]>) => names.split(' ').forEach((n) => into.push([n, month]));

[
  'january janvier januar janner gennaio enero',
  'february fevrier februar feber febbraio febrero',
  'march mars marz maerz marzo',
  'april avril aprile abril',
  'may mai maggio mayo',
  'june juin juni giugno junio',
  'july juillet juli luglio julio',
  'august aout agosto',
  'september septembre settembre septiembre setiembre',
  'october octobre oktober ottobre octubre',
  'november novembre noviembre',
  'december decembre dezember dicembre diciembre',
].forEach((names, i) => add(names, i + 1, FULL_MONTHS));

const ABBREVIATIONS: Record<PageLanguage, string[]> = {
  en: ['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec'],
  fr: ['janv', 'fevr', 'fev', 'mars', 'avr', 'juin', 'juil', 'aout', 'sept', 'oct', 'nov', 'dec'],
  // ("Febr.", "Mrz.": German's longer and consonant-only forms; "genn.", "febbr.", "magg.": Italian's; "mzo.": Spanish's.)
  de: ['jan', 'feb', 'febr', 'mar', 'marz', 'mrz', 'apr', 'mai', 'jun', 'jul', 'aug', 'sep', 'sept', 'okt', 'nov', 'dez'],
  it: ['gen', 'genn', 'feb', 'febb', 'febbr', 'mar', 'apr', 'mag', 'magg', 'giu', 'lug', 'ago', 'set', 'sett', 'ott', 'nov', 'dic'],
  es: ['ene', 'feb', 'mar', 'mzo', 'abr', 'may', 'jun', 'jul', 'ago', 'sep', 'sept', 'set', 'oct', 'nov', 'dic'],
};

const ABBREVIATION_MONTH: Record<string, number> = {
  jan: 1, janv: 1, gen: 1, genn: 1, ene: 1, feb: 2, febr: 2, febb: 2, febbr: 2, fevr: 2, fev: 2, mar: 3, marz: 3, mrz: 3, mzo: 3, mars: 3, apr: 4, avr: 4, abr: 4, mai: 5, mag: 5, magg: 5, may: 5,
  jun: 6, juin: 6, giu: 6, jul: 7, juil: 7, lug: 7, aug: 8, aout: 8, ago: 8, sep: 9, sept: 9, set: 9, sett: 9, oct: 10, okt: 10, ott: 10,
  nov: 11, dec: 12, dez: 12, dic: 12,
};

const MONTH_BY_NAME = new Map<string, number>(FULL_MONTHS);
for (const [name, month] of Object.entries(ABBREVIATION_MONTH)) if (!MONTH_BY_NAME.has(name)) MONTH_BY_NAME.set(name, month);

/**
 * The month number of a folded month name or abbreviation (with or without a final dot).
 * @example monthNumber('fevr.') // 2
 */
export function monthNumber(name: string): number | undefined {
  return MONTH_BY_NAME.get(name.replace(/\.$/, ''));
}

/**
 * A regex alternation of the month names accepted for these languages, longest first, grouped by
 * first letter (first-letter-groups.ts): a scan that opens with a month tries one group at each
 * position instead of every name, and matches the same.
 * @example new RegExp(`^(?:${monthAlternation(['en'])})$`).test('sept') // true
 */
export function monthAlternation(languages: readonly PageLanguage[]): string {
  const names = new Set(FULL_MONTHS.map(([n]) => n));
  for (const lang of languages) for (const a of ABBREVIATIONS[lang]) names.add(`${a}\\.?`);
  for (const a of ABBREVIATIONS.en) names.add(`${a}\\.`);
  return firstLetterGroups([...names].sort((a, b) => b.length - a.length));
}

export const WEEKDAYS = [
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche',
  'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonnabend', 'sonntag',
  'lunedi', 'martedi', 'mercoledi', 'giovedi', 'venerdi', 'sabato', 'domenica',
  'lunes', 'martes', 'miercoles', 'jueves', 'viernes', 'sabado', 'domingo',
];

/** The weekdays written in full (not "mo", "di", "sa"), and the three-letter keys of their words (words.ts), to find them word by word. */
export const LONG_WEEKDAYS: ReadonlySet<string> = new Set(WEEKDAYS.filter((w) => w.length > 3));
export const LONG_WEEKDAY_KEYS: ReadonlySet<number> = new Set([...LONG_WEEKDAYS].map((w) => prefixKey(w)));

/** Day of the week (0 = Sunday, as Date.getUTCDay) of each weekday name above and below. */
export const WEEKDAY_NUMBER: ReadonlyMap<string, number> = new Map([
  ...['sunday', 'sun', 'dimanche', 'sonntag', 'so', 'domenica', 'domingo', 'dim', 'dom'].map((w) => [w, 0] as const),
  ...['monday', 'mon', 'lundi', 'montag', 'mo', 'lunedi', 'lunes', 'lun'].map((w) => [w, 1] as const),
  ...['tuesday', 'tue', 'tues', 'mardi', 'dienstag', 'di', 'martedi', 'martes', 'mar'].map((w) => [w, 2] as const),
  ...['wednesday', 'wed', 'mercredi', 'mittwoch', 'mi', 'mercoledi', 'miercoles', 'mer', 'mie'].map((w) => [w, 3] as const),
  ...['thursday', 'thu', 'thur', 'thurs', 'jeudi', 'donnerstag', 'do', 'giovedi', 'jueves', 'jeu', 'gio', 'jue'].map((w) => [w, 4] as const),
  ...['friday', 'fri', 'vendredi', 'freitag', 'fr', 'venerdi', 'viernes', 'ven', 'vie'].map((w) => [w, 5] as const),
  ...['saturday', 'sat', 'samedi', 'samstag', 'sonnabend', 'sa', 'sabato', 'sabado', 'sam', 'sab'].map((w) => [w, 6] as const),
]);

/** Short weekday forms seen before a numeric date in agendas ("Mi, 17.04.", "jeu. 12/10", "mié 3/5"). */
export const SHORT_WEEKDAYS = [
  'mo', 'di', 'mi', 'do', 'fr', 'sa', 'so', 'lun', 'mar', 'mer', 'jeu', 'ven', 'sam', 'dim', 'gio', 'sab', 'dom', 'mie', 'jue', 'vie',
];

/** A day number with the ordinal marks of the five languages: 17th, 1er, 3., 1°, 1º. */
export const DAY = '(?:0?[1-9]|[12]\\d|3[01])(?:st|nd|rd|th|er|re|eme|e|°|º|ª|\\.)?';
/** Words and signs joining the two ends of a range of days. */
export const RANGE_WORDS = '-|–|—|‒|to|till|until|through|thru|au|jusqu\'au|bis|al|a|hasta|fino al|al giorno';
/** Words joining coordinated days ("20th and 21st", "3 & 4"). */
export const AND_WORDS = 'and|&|et|und|e|y|,';
/**
 * Signing up and applying, in en, fr, de, it, es (folded, an alternation): an "until" day after
 * them closes a sign-up, not a gathering (until-day.ts, end-until.ts).
 */
export const SIGN_UP_WORDS = 'registration|register|sign-?ups?|apply|applications?|deadline|inscriptions?|inscrire|candidatures?|candidature|anmeldung(?:en)?|anmelden|bewerbung(?:en)?|frist|iscrizion[ei]|iscriversi|scadenza|inscripcion(?:es)?|inscribirse|plazo|solicitudes';
