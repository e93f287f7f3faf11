/**
 * Runs of sessions: "five online sessions, 3-7 May, 18:00-19:30" is one event per day, not
 * one event of five days; "the seminars will take place from 16 to 19 July" with each
 * seminar dated further down is its sessions, not a fifth event around them. Weeks and
 * festivals ("Refugee Week, 15-21 June") stay events of their own beside their sessions.
 */

import type { Candidate } from './candidates.ts';
import type { DateMention } from './dates.ts';
import { daysBetween, type RefDay } from './year.ts';

const LETTER = 'a-z\\u00c0-\\u024f';
/** Plural names of sessions (folded): each is a gathering of its own on its day. */
const SESSION_WORDS = ['sessions', 'seminars', 'workshops', 'webinars', 'meetings', 'trainings', 'courses', 'classes', 'lectures', 'talks',
  'seances', 'ateliers', 'seminaires', 'webinaires', 'rencontres', 'reunions', 'formations', 'conferences', 'cours',
  'sitzungen', 'seminare', 'termine', 'kurse', 'schulungen', 'vortrage', 'infoabende',
  'sessioni', 'seminari', 'incontri', 'laboratori', 'corsi', 'lezioni', 'riunioni',
  'sesiones', 'seminarios', 'talleres', 'encuentros', 'charlas', 'reuniones', 'cursos', 'webinarios', 'clases'].join('|');
/** German compounds of them: "Sprachkurse", "Infoseminare", "Beratungstermine". */
const GERMAN_SESSIONS = 'kurse|seminare|sitzungen|schulungen|termine|workshops|abende';
const SESSIONS = new RegExp(`(?<![${LETTER}])(?:${SESSION_WORDS}|[${LETTER}]{2,20}(?:${GERMAN_SESSIONS}))(?![${LETTER}])`);
/** Names of an umbrella over several days: a week, a festival, days of action, festivities ("un programme de festivités et d'ateliers, du 20 au 26 juin"), a town's cultural programme. */
const UMBRELLA = new RegExp(`(?<![${LETTER}])(?:week|weeks|festival|fortnight|days of|semaine|quinzaine|festival|journees|woche|wochen|tage|festival|settimana|giornate|rassegna|semana|jornadas|dias|festival|festivites|festivities|festeggiamenti|festejos|festlichkeiten|fiestas|programa (?:cultural|festivo|de fiestas|de actividades)|activities|actividades|activites|attivita|aktivitaten|events|eventos|eventi|evenements|veranstaltungen|programme (?:culturel|festif|d'activites)|programma (?:culturale|di eventi|delle iniziative)|cultural programme|kulturprogramm)(?![${LETTER}])`);
/** "daily", "each day", "chaque jour", "täglich", "ogni giorno", "cada día". */
const DAILY = new RegExp(`(?<![${LETTER}])(?:daily|each day|every day|chaque jour|tous les jours|taglich|jeden tag|ogni giorno|tutti i giorni|cada dia|todos los dias)(?![${LETTER}])`);
const COUNTS = [
  ['two', 'deux', 'zwei', 'due', 'dos'], ['three', 'trois', 'drei', 'tre', 'tres'], ['four', 'quatre', 'vier', 'quattro', 'cuatro'],
  ['five', 'cinq', 'funf', 'cinque', 'cinco'], ['six', 'sechs', 'sei', 'seis'], ['seven', 'sept', 'sieben', 'sette', 'siete'],
  ['eight', 'huit', 'acht', 'otto', 'ocho'], ['nine', 'neuf', 'neun', 'nove', 'nueve'], ['ten', 'dix', 'zehn', 'dieci', 'diez'],
];

const COUNTED = new RegExp(`(?<![${LETTER}\\d])(\\d{1,2}|${COUNTS.flat().join('|')})\\s+(?:[${LETTER}-]+\\s+){0,2}?(?:${SESSION_WORDS})(?![${LETTER}])`);

/** The count of sessions a text gives before their name ("five online sessions", "5 Sitzungen"), if any. */
function sessionCount(folded: string): number | undefined {
  const m = COUNTED.exec(folded);
  if (!m) return undefined;
  const word = m[1]!;
  return /^\d+$/.test(word) ? Number(word) : COUNTS.findIndex((c) => c.includes(word)) + 2;
}

/**
 * True when a range of `days` days names one session per day: its sessions counted as
 * many as its days, or held daily.
 * @example sessionPerDay('five online sessions, 3-7 may, 18:00-19:30', 5) // true
 */
export function sessionPerDay(folded: string, days: number): boolean {
  if (days < 2 || days > 14 || !SESSIONS.test(folded)) return false;
  return sessionCount(folded) === days || DAILY.test(folded);
}

/**
 * Parts of a day, plural: each is a gathering of its own on its day ("deux soirées", "two evenings",
 * "zwei Abende", "due serate", "dos veladas"). (Not "days", "journées", "giornate", "jornadas": a
 * meeting of two days is one meeting.)
 */
const DAY_PARTS = ['evenings', 'nights', 'afternoons', 'mornings', 'soirees', 'apres-midi', 'apres-midis', 'matinees', 'nuits', 'veillees',
  'abende', 'nachmittage', 'vormittage', 'serate', 'pomeriggi', 'mattinate', 'sere', 'tardes', 'noches', 'veladas', 'mananas'].join('|');
const COUNTED_PARTS = new RegExp(`(?<![${LETTER}\\d])(\\d|${COUNTS.flat().join('|')})\\s+(?:[${LETTER}-]+\\s+){0,1}?(?:${DAY_PARTS})(?![${LETTER}])`);

/**
 * True when the paragraph of a range of `days` days counts as many evenings (afternoons, mornings)
 * as it has days: one gathering each evening.
 * @example eveningPerDay('un evenement organise sur deux soirees. les 8 et 9 mars auront lieu des projections', 2) // true
 */
export function eveningPerDay(folded: string, days: number): boolean {
  if (days < 2 || days > 7) return false;
  const m = COUNTED_PARTS.exec(folded);
  if (!m) return false;
  const word = m[1]!;
  return (/^\d$/.test(word) ? Number(word) : COUNTS.findIndex((c) => c.includes(word)) + 2) === days;
}

/**
 * The kind of a range by its own words: a series of sessions, an umbrella over its days, or
 * one event that lasts several days.
 * @example rangeKind('the seminars will take place from 16 to 19 july') // 'series'
 */
export function rangeKind(folded: string): 'series' | 'umbrella' | 'single' {
  if (UMBRELLA.test(folded)) return 'umbrella';
  return SESSIONS.test(folded) ? 'series' : 'single';
}

/** "todos los martes", "every Tuesday", "jeden Dienstag", "tous les mardis", "ogni martedì", "i martedì": a weekly slot. */
const WEEKLY = new RegExp(`(?<![${LETTER}])(?:every|each|jeden|jede|jeweils|tous les|toutes les|chaque|ogni|tutti i|tutte le|todos los|todas las|cada)\\s+(?:${[
  'mondays?', 'tuesdays?', 'wednesdays?', 'thursdays?', 'fridays?', 'saturdays?', 'sundays?',
  'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag', 'montags', 'dienstags', 'mittwochs', 'donnerstags', 'freitags',
  'lundis?', 'mardis?', 'mercredis?', 'jeudis?', 'vendredis?', 'samedis?', 'dimanches?',
  'lunedi', 'martedi', 'mercoledi', 'giovedi', 'venerdi', 'sabato', 'sabati', 'domenica', 'domeniche',
  'lunes', 'martes', 'miercoles', 'jueves', 'viernes', 'sabados', 'domingos', 'week', 'semaine', 'woche', 'settimana', 'semana',
].join('|')})(?![${LETTER}])`);

/**
 * True when a span of weeks is a course's term held in a weekly slot ("del 5 de marzo al 9 de
 * abril, todos los martes"): its event is its first session, not the term.
 * @example weeklyTerm('curso del 5 de marzo al 9 de abril, todos los martes de 18 a 20 h', 35) // true
 */
export function weeklyTerm(folded: string, days: number): boolean {
  return days >= 7 && WEEKLY.test(folded);
}

/** Ranges longer than this are periods, not a programme whose days the page names one by one. */
const MAX_PROGRAMME_DAYS = 16;
/** A named day: "World Refugee Day", "Tag des Flüchtlings", "journée mondiale", "giornata internazionale", "Día Mundial". */
const NAMED_DAY_IN = new RegExp(`(?<![${LETTER}])(?:(?:world|international|european|national|refugee|migrants?)\\s+(?:[${LETTER}']+\\s+){0,2}day|[${LETTER}]*tag\\s+des\\s|journee\\s+(?:mondiale|internationale|europeenne|nationale)|giornata\\s+(?:mondiale|internazionale|europea|nazionale)|dia\\s+(?:mundial|internacional|europeo|nacional))`);
/**
 * An opening named as a noun, five languages (folded): "opening", "kick-off", "launch", "Eröffnung", "Auftakt", "ouverture",
 * "coup d'envoi", "inauguration", "lancement", "inaugurazione", "apertura", "avvio", "inauguración", "arranque".
 */
export const OPENING_NOUN = /(?<![\p{L}])(?:opening|kick-?off|launch|eroffnung|eroffnungsfeier|eroffnungsveranstaltung|auftakt|auftaktveranstaltung|ouverture|coup d['’]envoi|inauguration|lancement|inaugurazione|apertura|avvio|inauguracion|arranque|acto inaugural|pistoletazo de salida)(?![\p{L}])/u;
/** An hour right after a day: "le jeudi 13 à 18h", "am Montag, 13., um 18 Uhr", "el lunes 13 a las 18:00", "il 13 alle 18", "on the 13th at 6pm". */
// (After "alle", "ore", "a las", the article makes a bare number an hour: "giovedì 13 alle 18", "el jueves 13 a las 18".)
const HOUR_AFTER = /^[\s,.]*(?:(?:(?:a|à|at|um|ab|des|dès|from|de)\s+)?(?:[01]?\d|2[0-3])(?:\s?[:h.]\s?[0-5]\d|\s?(?:h|uhr|heures|horas|hrs|ore|am|pm))|(?:alle|alle ore|ore|dalle|a las|a partir de las|desde las)\s+(?:[01]?\d|2[0-3])(?:\s?[:.,h]\s?[0-5]\d)?)(?![\p{L}\p{N}]|[.,:]\d)/u;
/** How far from its range a day of the programme may be named (characters). */
const PROGRAMME_REACH = 3000;

/**
 * Days a page names one by one inside a range it announces as a gathering ("conciertos del 7 al 15 de
 * septiembre ... Le seguirá el día 8 de septiembre Miguel Ríos ... La M.O.D.A. actuará el jueves 9"): each
 * is one of its gatherings, said in its own sentence, even with little else to show it. Returns the
 * weak candidates (some evidence, below `threshold`) that are such days.
 * @example programmeDays(page.folded, candidates, resolved, 2) // Set { the candidate of 'el día 8 de septiembre' }
 */
export function programmeDays(folded: string, cands: readonly Candidate[], resolved: ReadonlyMap<DateMention, RefDay[]>, threshold: number): Set<Candidate> {
  const out = new Set<Candidate>();
  const ranges = cands.filter((c) => {
    if (c.kind !== 'event' || c.score < threshold || !c.mention.range) return false;
    const days = resolved.get(c.mention);
    return !!days && daysBetween(days[0]!, days[days.length - 1]!) <= MAX_PROGRAMME_DAYS;
  });
  if (!ranges.length) return out;
  for (const c of cands) {
    if (c.kind !== 'event' || c.score >= threshold || c.score <= 0 || c.mention.range || c.mention.days.length !== 1) continue;
    const day = resolved.get(c.mention)?.[0];
    if (!day) continue;
    // (A named day falling within it, "Refugee Day will be on Thursday, June 20th", is not one of its gatherings.)
    if (NAMED_DAY_IN.test(folded.slice(c.ctx.sentence.start, c.ctx.sentence.end))) continue;
    // (Its first day said again, "Rendez-vous presse : vendredi 22 septembre", is the range's own opening; but an umbrella's
    // opening named with its own hour, "Coup d'envoi à l'Hôtel de Ville le jeudi 13 à 18h", "Eröffnung am Montag, 13., um 18 Uhr",
    // is a gathering of its own on the first day.)
    const sentence = folded.slice(c.ctx.sentence.start, c.ctx.sentence.end);
    const opening = OPENING_NOUN.test(sentence) && HOUR_AFTER.test(folded.slice(c.mention.end, c.mention.end + 24));
    const host = ranges.find((r) => {
      const days = resolved.get(r.mention)!;
      const first = daysBetween(days[0]!, day);
      return r.ctx.sentence.start !== c.ctx.sentence.start && Math.abs(r.mention.start - c.mention.start) <= PROGRAMME_REACH
        && (first > 0 || (first === 0 && opening && rangeKind(folded.slice(r.ctx.sentence.start, r.ctx.sentence.end)) === 'umbrella'))
        && daysBetween(day, days[days.length - 1]!) >= 0;
    });
    if (host) out.add(c);
  }
  return out;
}
