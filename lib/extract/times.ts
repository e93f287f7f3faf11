/**
 * Times of day in local styles: "09:30", "9h30", "14h", "17.00 Uhr", "ore 11,00",
 * "10:00 am — 12:00 pm", "2pm", "de 10 à 12h", "from 10 to 12", paired into start and
 * end, with a named time zone where the page gives one ("CET", "Brussels time").
 */
import type { PageText, Span } from './text.ts';
import { EVENT_NOUN } from './cues.ts';
import { LookbehindScan } from './lookbehind-scan.ts';
import { firstLetterGroups } from './first-letter-groups.ts';

export interface TimeMention {
  start: number;
  end: number;
  /** Minutes after midnight. */
  from: number;
  to?: number;
  /** 'start' / 'end' when a label says so ("Start time:", "Fin :"). */
  role?: 'start' | 'end';
  timeZone?: string;
}

/** At most this many times are read per page (documented cap). */
export const MAX_TIME_MENTIONS = 800;

const MER = '(a\\.?\\s?m\\.?|p\\.?\\s?m\\.?)';
// Patterns start on the digits (a leading optional word would make the scan test every
// position); what stands before a time is checked by hand.
const CLOCK = new RegExp(
  `(\\d{1,2})\\s?([:h.,])\\s?([0-5]\\d)(?![\\p{N}]|[./]\\p{N})(?:\\s?${MER}(?![\\p{L}]))?(?:\\s?(uhr|h|hrs|horas|hs|ore)(?![\\p{L}]))?`,
  'gu',
);
// ("prevista per le 13.00", "entro le 13.00", "verso le 13.00": the Italian article of an hour.)
const CLOCK_CUE = /(?:^|[^\p{L}])(ore|alle|dalle|per le|entro le|verso le|um|at|a las|las|de|des|von|bis|from|to|à|a|h\.?)\s+$/u;
const ARTICLE_CUES = new Set(['per le', 'entro le', 'verso le']);
/** "21 Uhr 30", "9 h 30", "18 heures 30": the hour, its unit, then the minutes. */
const UNIT_MINUTES = new LookbehindScan(/(?<![\p{N}.,:])([01]?\d|2[0-3])\s?(?:uhr|h|heures)\s([0-5]\d)(?![\p{N}]|\s?(?:min|minuten|minutes|minuti|minutos|euro|eur|€|%|personen|people|personnes|persone|personas)(?![\p{L}]))/gu);
// (The unit on the same line: "Venerdì 11\nore 18 Inaugurazione" is a day, then an hour.)
const HOUR_ONLY = new RegExp(`(\\d{1,2})[ \\t\\u00a0]?(?:${MER}(?![\\p{L}])|(h|uhr|horas|hrs|o'clock|heures|ore)(?![\\p{L}]))`, 'gu');
const NUMBER_BEFORE = /[\p{N}.,:/]/u;
// ("h 21", "h21": the short form without its dot too; not "9 h 15", an hour and its minutes.)
const ORE = new LookbehindScan(/(?<![\p{L}])(?:(?:alle|dalle|verso le),?\s+(?:ore\s+)?|ore\s+|(?<![\p{N}]\s?)h\.?\s?)([01]?\d|2[0-3])(?![\p{N}\p{L}]|[.,:]\p{N})/gu);
/** "prevista per le 20", "previsto per le 13": an hour planned, the clause ending after it. */
const PLANNED_HOUR = /previst[oa] per le\s+([01]?\d|2[0-3])(?=\s*(?:[.,;:)!?\n]|$))/gu;
/** "a las 7 de la tarde", "de las 10 a las 12": Spanish hours after their article. */
const LAS = new LookbehindScan(/(?<![\p{L}])(?:a|de|desde|hasta) las\s+([01]?\d|2[0-3])(?![\p{N}]|[.,:h]\p{N})(?=\s*(?:[,.;)]|$|y\s|menos\s|de la (?:tarde|noche|manana)|horas?(?![\p{L}])|h(?![\p{L}])|en\s|del\s|hasta\s|a las\s))/gu);
/** "ore 9.30-13", "um 9:30-13 Uhr", "de 9h30-12": a time, a dash and a bare hour ending it. */
const TIME_TO_HOUR = new LookbehindScan(/(?<![\p{N}.,:])([01]?\d|2[0-3])([:.h])([0-5]\d)\s?[-–]\s?([01]?\d|2[0-3])(?![\p{N}]|[.,:h]\p{N}|\s?(?:%|€|eur|euro|persone|personas|people|personnes|personen)(?![\p{L}]))/gu);
/**
 * A half or a quarter said after a whole hour: "a las siete y media", "a las 19 y cuarto", "alle 18 e 30", "alle sei e mezza",
 * "alle 9 meno un quarto", "à six heures et demie", "à 18 heures et quart" (the hour's unit may stand before it).
 * Groups: the half, the quarter past, the minutes in digits, the quarter to.
 */
const FRACTION_AFTER = /^[ \t]*(?:h\.?|horas?|ore|heures?)?[ \t]*(?:(?:y|e|et)[ \t]+(?:(media|mezz[ao]|demie|trenta)|(cuarto|un quarto|quart|quindici)|([134][05])(?![ \t]?(?:min|minuti|minutos|minutes|euro|eur|€|%|persone|personas|personnes|people|anni|anos|ans)(?![\p{L}])))|(?:menos|meno)[ \t]+(?:un[ \t]+)?(cuarto|quarto))(?![\p{L}\p{N}])/u;
/** "halb acht", "Viertel nach sieben", "Viertel vor acht", "half past seven", "a quarter past seven", "a quarter to eight": the fraction before the hour. */
const FRACTION_BEFORE = new LookbehindScan(new RegExp(`(?<![\\p{L}])(?:um|gegen|ab|bis|at|from|until|till|to)\\s+(?:a\\s+)?(halb|viertel nach|viertel vor|half past|quarter past|quarter to)\\s+(\\d{1,2}|${['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'eins', 'zwei', 'drei', 'vier', 'funf', 'sechs', 'sieben', 'acht', 'neun', 'zehn', 'elf', 'zwolf'].join('|')})(?![\\p{L}\\p{N}])`, 'gu'));

/** Cheap tests before FRACTION_AFTER: one of its words, or a "18 e 30", "19 y 15". */
const FRACTION_WORDS = ['media', 'mezz', 'demie', 'trenta', 'cuarto', 'quart', 'quindici'];
const FRACTION_DIGITS = /\d (?:y|e|et) [134]5?0?(?!\d)/;
/** Whether a page holds a half or a quarter at all (plain substring searches, then a digit-led test). */
function hasFractions(folded: string): boolean {
  return FRACTION_WORDS.some((w) => folded.includes(w)) || FRACTION_DIGITS.test(folded);
}
/** Minutes a FRACTION_AFTER match adds to its whole hour. */
function fractionMinutes(m: RegExpExecArray): number {
  return m[1] ? 30 : m[2] ? 15 : m[3] ? Number(m[3]) : -15;
}

/** Words after an hour that put it in the afternoon or evening: "a las 7 de la tarde", "alle 9 di sera", "um 7 Uhr abends", "à 7 h du soir". */
// (In the hour's own clause: "um 11 Uhr. Am Nachmittag ..." is another sentence; only the short "h." keeps its dot.)
// ("a la 1 del mediodía", "de 12 del mediodía a 2 de la tarde": Spanish midday runs to the early afternoon.)
const AFTERNOON = /^[ \t]*(?:h\.?|uhr|horas?|ore|heures?)?[ \t]*(?:de la tarde|de la noche|del mediodia|di sera|della sera|di pomeriggio|del pomeriggio|abends|nachmittags|am abend|am nachmittag|du soir|de l'apres-midi|de l’apres-midi|in the evening|in the afternoon|at night)(?![\p{L}])/u;
/** Hours written as words, one to twelve, in en, de, fr, it, es (folded). */
const HOUR_WORDS: ReadonlyMap<string, number> = new Map([
  ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8], ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12],
  ['eins', 1], ['zwei', 2], ['drei', 3], ['vier', 4], ['funf', 5], ['sechs', 6], ['sieben', 7], ['acht', 8], ['neun', 9], ['zehn', 10], ['elf', 11], ['zwolf', 12],
  ['une', 1], ['deux', 2], ['trois', 3], ['quatre', 4], ['cinq', 5], ['sept', 7], ['huit', 8], ['neuf', 9], ['dix', 10], ['onze', 11], ['douze', 12],
  ['una', 1], ['due', 2], ['tre', 3], ['quattro', 4], ['cinque', 5], ['sei', 6], ['sette', 7], ['otto', 8], ['nove', 9], ['dieci', 10], ['undici', 11], ['dodici', 12],
  ['dos', 2], ['tres', 3], ['cuatro', 4], ['cinco', 5], ['seis', 6], ['siete', 7], ['ocho', 8], ['nueve', 9], ['diez', 10], ['once', 11], ['doce', 12],
]);
/**
 * "a las siete de la tarde", "alle cinque del pomeriggio", "um sieben Uhr abends", "à sept heures du soir",
 * "at seven in the evening": an hour in words after "at", with an hour word or a part of the day after it
 * (alone, "a las dos", "at one", it may be anything).
 */
const WORD_HOUR = new LookbehindScan(new RegExp(`(?<![\\p{L}])(?:${firstLetterGroups(['at', 'a las', 'a la', 'a', 'alle', "all['’]", 'um', 'gegen', 'vers', 'dalle', 'des', 'de las', 'desde las', 'de', 'desde'])})\\s+(${[...HOUR_WORDS.keys()].join('|')})(?:\\s+(o'clock|o’clock|uhr|heures?|horas?))?(?![\\p{L}])`, 'gu'));
const WORD_RANGE_BEFORE = new RegExp(`(?<![\\p{L}])(?:de|desde|desde las|de las|dalle|from|von)\\s+(${[...HOUR_WORDS.keys()].join('|')})\\s+(?:a|a las|hasta|hasta las|alle|to|till|until|bis|à)\\s+(${[...HOUR_WORDS.keys()].join('|')})(?:\\s+(?:o'clock|o’clock|uhr|heures?|horas?))?\\s*$`, 'u');
/** The parts of the day a span in words ends with (the start of DAY_PART's words). */
// (Grouped by first letter, first-letter-groups.ts: the scan tries one group at each position.)
const PART_OF_DAY = new LookbehindScan(new RegExp(`(?<![\\p{L}])(?:${firstLetterGroups([
  'de la (?:tarde|noche|manana)', 'di sera', 'della sera', 'di pomeriggio', 'del pomeriggio', 'del mattino', 'di mattina', 'abends', 'nachmittags', 'morgens',
  'am abend', 'am nachmittag', 'am morgen', 'du soir', 'du matin', "de l['’]apres-midi", 'in the (?:evening|afternoon|morning)', 'at night',
])})(?![\\p{L}])`, 'gu'));
/** The part of the day after an hour in words (the afternoon and evening ones are AFTERNOON's). */
const DAY_PART = /^\s*(?:de la (?:tarde|noche|manana)|del mediodia|di sera|della sera|di pomeriggio|del pomeriggio|del mattino|di mattina|abends|nachmittags|morgens|am abend|am nachmittag|am morgen|du soir|du matin|de l'apres-midi|de l’apres-midi|in the (?:evening|afternoon|morning)|at night)(?![\p{L}])/u;
/** "de 10 de la mañana a 2 de la tarde", "dalle 10 del mattino", "à 7 du soir": an hour in digits with the part of the day after it. */
// ("a la 1 del mediodía", "desde la 1 de la tarde": one o'clock takes "la".)
const DIGIT_PART = new LookbehindScan(/(?<![\p{L}\p{N}])(?:de|desde|a|hasta|dalle|alle|à|a partir de|vers|(?:a|de|desde|hasta|a partir de) la)\s+([01]?\d|2[0-3])(?=\s+(?:de la (?:manana|tarde|noche)|del mediodia|del mattino|di mattina|del pomeriggio|di pomeriggio|di sera|della sera|du matin|du soir|de l['’]apres-midi)(?![\p{L}]))/gu);
/** "à deux heures de Paris", "a dos horas de Madrid": a distance or a length, not a time of day. */
const HOURS_OF = /^\s*(?:de|di|d'|d’|from|von|of)(?![\p{L}])/u;
/** "from 10.30 to midday", "de 9h à midi", "bis Mittag", "fino a mezzogiorno", "hasta el mediodía": noon, kept only as a range's end. */
const NOON = /(?<![\p{L}])(?:midday|noon|mezzogiorno|mezzodi|midi|mittag|mediodia)(?![\p{L}])/gu;
/** A bare hour, then "until", right before noon: "from 9 until midday", "von 9 bis Mittag", "dalle 10 a mezzogiorno", "de 9 à midi", "desde las 9 hasta el mediodía". */
const BARE_TO_NOON = /(?<![\p{L}])(?:from|von|de|des|desde|desde las|dalle|da)\s+([01]?\d)(?:[:.h]([0-5]\d))?\s*(?:h|uhr|horas|ore)?\s*(?:to|till|until|bis|a|à|jusqu['’]a|alle|fino a|hasta|hasta el|al)\s+(?:el\s+|la\s+)?$/u;
/**
 * Midnight as a range's end, five languages: "de 21h à minuit", "until midnight", "bis Mitternacht", "fino a mezzanotte",
 * "hasta la medianoche", and the clock's last hour "19h-24h", "bis 24 Uhr", "dalle 21 alle 24", "20.00-24.00 Uhr".
 * (Kept only as an end: "24 personas", "24h pour l'emploi" alone are no time.)
 */
const MIDNIGHT = new LookbehindScan(/(?<![\p{L}\p{N}.,:])(?:(?:la |la )?(?:minuit|midnight|mezzanotte|medianoche|media noche|mitternacht)(?![\p{L}])|24(?:[:.h]00)?(?:\s?(?:h|uhr|ore|horas|hrs))?(?![\p{L}\p{N}]|[.,:]\p{N}))/gu);
/** Minutes of midnight as an end: the next day's first minute. */
export const MIDNIGHT_MINUTES = 24 * 60;
/** Hours past midnight an evening's range may end at ("22:00-02:00", "de 23h à 3h"). */
const NIGHT_END = 6 * 60;
const EVENING_START = 18 * 60;
// ("de 5 a 7 p.m.", "from 5 till 7pm", "between 5 and 7 pm": the words of a range too.)
const MER_RANGE = /([01]?\d)(?:[:.]([0-5]\d))?\s*(?:-|–|—|to|till|until|a|à|and|y)\s*([01]?\d)(?:[:.]([0-5]\d))?\s?(a\.?m\.?|p\.?m\.?)(?![\p{L}])/gu;
// (A time label leads to bare hours too: "Uhrzeit: 14 bis 18 Uhr", "Horaire : 9 à 12 h", "Orario: 15-18"; the words that only ever
// name hours need no colon: "orario 15-18", "horario 10 a 14 h".)
// (Its opening words grouped by first letter, first-letter-groups.ts; a label's colon goes with each label.)
const BARE_RANGE_LEADS = [
  'from', 'de', 'des', 'von', 'dalle', 'dalle ore', 'ore', 'de las', 'desde las', 'entre las', 'entre', 'between', 'zwischen', 'tra le', 'fra le',
  ...['uhrzeit', 'zeit', 'time', 'times', 'heure', 'heures', 'horaire', 'horaires', 'orario', 'ora', 'hora', 'horario'].map((label) => String.raw`${label}\s*:`),
  'uhrzeit', 'horaires?', 'orari[o]?', 'horario',
];
const BARE_RANGE = new LookbehindScan(new RegExp(String.raw`(?<![\p{L}\p{N}])(${firstLetterGroups(BARE_RANGE_LEADS)})(?:\s+|(?<=:)\s*)([01]?\d|2[0-3])(?:[:h.,]([0-5]\d))?\s*(?:to|till|until|a|à|bis|alle|alle ore|a las|hasta las|y las|and|und|et|y|e le|-|–)\s*(?:(?:ca\.|circa|etwa|gegen|around|about|approx\.)\s*)?([01]?\d|2[0-4])(?:[:h.,]([0-5]\d))?(?:\s*(am|pm|heures|h|uhr|horas|hrs|hs|ore))?(?=[\s.,;:)]|$)`, 'gu'));
/**
 * Two spans of bare hours joined by "and" that share one hours word, before the first or after the second: "9-12 und 14-17 Uhr",
 * "ore 10-13 e 15-18", "10-13 y 16-19 h", "9-12 et 14-17 h", "9-12 and 2-5 hrs" (the word makes both spans hours).
 */
const JOINED_RANGES = new LookbehindScan(/(?<![\p{L}\p{N}.,:/-])(([01]?\d|2[0-3])(?:[:.]([0-5]\d))?\s?[-–]\s?([01]?\d|2[0-4])(?:[:.]([0-5]\d))?)(\s*,?\s(?:und|e|y|et|and)\s+)([01]?\d|2[0-3])(?:[:.]([0-5]\d))?\s?[-–]\s?([01]?\d|2[0-4])(?:[:.]([0-5]\d))?(?:\s?(uhr|h|horas|hrs|ore|heures))?(?![\p{L}\p{N}]|[.,:]\p{N})/gu);
/** "ore 9.30/13.00", "h 9:30/13:00": two clock times joined by a slash, only after an hours word (a slash joins days too). */
const SLASH_RANGE = new LookbehindScan(/(?<![\p{L}\p{N}.,:/-])([01]?\d|2[0-3])[.:]([0-5]\d)\s?\/\s?([01]?\d|2[0-4])[.:]([0-5]\d)(?![\p{N}]|[.,:/]\p{N})/gu);
/** The hours word before JOINED_RANGES' first span or SLASH_RANGE's first time: "ore 10-13 e 15-18", "h 10-13 e 15-18". */
const HOURS_WORD_BEFORE = /(?:^|[^\p{L}])(?:ore|h\.?|orario:?|horario:?|uhrzeit:?)\s?$/u;
const SUFFIX_RANGE = new LookbehindScan(/(?<![\p{L}\p{N}.,:/-])([01]?\d|2[0-3])(?:[:.]([0-5]\d))?\s?(?:-|–|—|\s(?:bis|à|a|alle|to)\s)\s?(?:(?:ca\.|circa|etwa|gegen)\s?)?([01]?\d|2[0-4])(?:[:.]([0-5]\d))?\s?(?:uhr|h|horas|hrs|ore)(?![\p{L}\p{N}])/gu);
/**
 * Between a start and its end said with "and": "starting at 10:00 and running until 14:00", "dalle 10 e fino alle 14",
 * "à partir de 10h et jusqu'à 14h", "ab 10 Uhr und bis 14 Uhr", "desde las 10 y hasta las 14".
 */
// ("and" may be left out: "dalle ore 9 fino alle ore 13", "at 9am, until 1pm", "um 9 Uhr, bis 13 Uhr".)
const AND_UNTIL_GAP = /^\s*,?\s*(?:(?:and|et|und|e|y)\s+)?(?:(?:running|lasting|going on|continuing|ending|finishing|se poursuit|se poursuivra|dure|durera|dauert|geht|prosegue|proseguira|continua|dura|durara|sigue|seguira)\s+)?(?:until|till|jusqu['’]a|jusqu['’]à|bis|bis um|fino alle|fino a|fino|hasta|hasta las)\s*(?:ore|las|les|h)?\s*$/u;
/** An hour's unit left between two hours: "19 horas hasta las 23", "10 Uhr bis 12 Uhr", "15 ore fino alle 18". */
const HOUR_UNIT_GAP = /^\s*(?:horas?|hrs?|uhr|heures?|hours?|ore)(?![\p{L}])\.?/u;
const ZONES: Array<[RegExp, string]> = [
  [/^\W{0,3}\(?(?:cet|cest|mez|mesz|central european(?: summer)? time|brussels time|heure de bruxelles|heure de paris|paris time|berlin time|rome time|ora italiana|hora de madrid|madrid time|vienna time|amsterdam time|heure belge|heure francaise|ora di roma)(?![\p{L}])/u, 'Europe/Brussels'],
  [/^\W{0,3}\(?(?:gmt|bst|uk time|london time|irish time|dublin time|wet|west|lisbon time)(?![\p{L}])/u, 'Europe/London'],
  [/^\W{0,3}\(?(?:eet|eest|athens time|helsinki time)(?![\p{L}])/u, 'Europe/Athens'],
  [/^\W{0,3}\(?utc(?![\p{L}+-])/u, 'UTC'],
];
// (Also said with a verb: "si concluderà alle 16:00", "terminará a las 14:00", "prendra fin à 17h", "will finish at 4 pm".)
const END_LABEL = /(?<![\p{L}])(?:final\s*:|hora final|fin prevue|fine prevista|fin prevista|ende voraussichtlich|expected to end|end(?:s| time)?|ende|fin|fine|fino|finish|closing|until|till|bis|jusqu'a|jusqu’a|hasta|hora de fin|heure de fin|termine|(?:si )?(?:concludera|conclude|chiudera|terminera|termina)|terminara|finalizara|finaliza|concluira|concluye|acabara|se cerrara|concluyo|termino|finalizo|acabo|se clausuro|se cerro|si e conclus[oa]|si e chius[oa]|s'est terminee?|s'est achevee?|endete|ended|finished|closed|(?:se )?terminera|prendra fin|s'achevera|se cloturera|will (?:end|finish|close)|finishes|closes)\s*:?\s*(?:(?:alle|alle ore|verso le|a las|sobre las|hacia las|las|la|le|ore|à|a|at|around|vers|um|gegen)\s+)?$/u;
/**
 * End verbs and nouns in five languages, the end said as planned or approximate too: "termine previsto per le 18", "si concluderà intorno alle 17.30",
 * "fin prévue aux alentours de 18h", "Ende voraussichtlich gegen 18 Uhr", "finalizará alrededor de las 20:00", "ends at about 6pm".
 */
const END_WORDS = [
  'end', 'ends', 'ending', 'will end', 'finish', 'finishes', 'finishing', 'will finish', 'concluding', 'wrapping up', 'close', 'closes', 'closing', 'will close', 'conclude', 'concludes', 'will conclude', 'conclusion', 'wraps up', 'will wrap up',
  'ende', 'endet', 'enden', 'endete', 'schluss', 'abschluss', 'schlie(?:ss|ß)t', 'geht zu ende', 'ist zu ende', 'veranstaltungsende',
  'fin', 'finit', 'finira', 'se termine', 'se terminera', "s'acheve", "s'achevera", 's’acheve', 's’achevera', 'prend fin', 'prendra fin', 'se clot', 'se cloture', 'se cloturera', 'cloture', 'fermeture',
  'fine', 'finisce', 'termina', 'terminera', 'termine', 'si conclude', 'si concludera', 'si chiude', 'si chiudera', 'chiude', 'chiudera', 'chiusura', 'conclusione',
  'terminara', 'finaliza', 'finalizara', 'finalizacion', 'acaba', 'acabara', 'concluye', 'concluira', 'se cierra', 'se cerrara', 'cierre', 'clausura', 'se clausura', 'se clausurara',
  // (A past gathering's report: "El acto concluyó a las 18:00h", "the meeting ended at 5pm", "si è concluso alle 18".)
  'ended', 'finished', 'closed', 'concluded', 'wrapped up', 'endete', 'ging zu ende', 'war zu ende', "s'est termine", "s'est terminee", "s'est acheve", "s'est achevee", 'a pris fin', 'a fini', 's’est termine', 's’est terminee', 's’est acheve', 's’est achevee',
  'si e concluso', 'si e conclusa', 'e terminato', 'e terminata', 'si e chiuso', 'si e chiusa', 'si concluse', 'termino', 'concluyo', 'finalizo', 'acabo', 'se cerro', 'se clausuro',
];
// (The end may be said with "is" too: "Ende ist um 17 Uhr", "la chiusura è prevista per le 20", "el cierre es a las 21 h", "the end is at 5pm".)
const END_ABOUT = new RegExp(`(?<![\\p{L}])(?:${END_WORDS.join('|')})\\s*:?\\s*(?:(?:ist|is|e|es|est|sara|sera|previst[oa]|prevue?|programad[oa]|prevista para|vorgesehen|voraussichtlich|expected|planned|scheduled|intorno|attorno|verso|circa|around|about|approximately|approx\\.|vers|environ|aux alentours de|autour de|gegen|etwa|ca\\.|sobre|hacia|alrededor de|a eso de|aproximadamente|per le|alle ore|alle|le|ore|a las|las|para las|pour|à|a|at|by|um)\\s*){1,3}$`, 'u');
/** Sign-up words in the same clause before a time: registration, inscription, Anmeldung, iscrizione, inscripción, applications. */
const SIGN_UP_BEFORE = /(?<![\p{L}])(?:registration|registrations|sign-?ups?|applications?|booking|inscriptions?|candidatures?|anmeldung(?:en)?|anmeldeschluss|bewerbung(?:en)?|iscrizion[ei]|prenotazion[ei]|candidature|inscripcion(?:es)?|solicitudes|reservas?)(?![\p{L}])[^.;!?\n]*$/u;
/** A verb of signing up earlier in the clause: "iscriversi", "register", "s'inscrire", "inscribirse", "sich anmelden". */
const SIGN_UP_VERB_BEFORE = /(?<![\p{L}])(?:iscriver[sm]?[ie]|iscrivers[ie]|register|sign up|s['’]inscrire|vous inscrire|inscribirse|inscribiros|inscribir(?:se|te)|anmelden|sich anmelden)(?![\p{L}])[^.;!?\n]*$/u;
const SAME_DAY = /(?<![\p{L}])(?:on the day|on the same day|il giorno stesso|lo stesso giorno|le jour meme|le jour même|sur place|el mismo dia|el propio dia|am selben tag|am veranstaltungstag|vor ort)(?![\p{L}])/u;

function signUpWindow(before: string): boolean {
  const verb = SIGN_UP_VERB_BEFORE.exec(before);
  if (!verb) return false;
  const between = before.slice(verb.index);
  return !/\d/.test(between) && (SAME_DAY.test(between) || !EVENT_NOUN.test(between));
}
// ("Beginn ist um 14 Uhr", "l'inizio è alle 9", "el inicio es a las 10", "le début est à 14h", "start is at 2pm".)
// ("début du concert à 19h", "inizio dello spettacolo alle 21", "Beginn des Konzerts um 19 Uhr", "comienzo del concierto a las 19", "start of the show at 7pm".)
const START_LABEL = /(?:start(?:s| time)?|begin(?:s|nt)?|beginn|debut|heure de debut|inizio|hora de inicio|inicio|comienzo|from)\s*:?\s*(?:(?:du|de la|de l['’]|des|dello|della|dell['’]|del|de los|de las|of the|der|des)\s*[\p{L}-]+\s+)?(?:(?:ist|is|e|es|est)\s+)?(?:(?:a|à|at|um|alle|ore|a las)\s+)?$/u;

function minutes(h: number, m: number, meridiem: string | undefined): number {
  let hour = h;
  if (meridiem) {
    const pm = meridiem.startsWith('p');
    if (hour === 12) hour = pm ? 12 : 0;
    else if (pm) hour += 12;
  }
  return hour * 60 + m;
}

/** The earliest start of a written span of hours that may end after midnight ("17.00 – 1.00 Uhr"): the span says it is one. */
const SPAN_EVENING_START = 15 * 60;

/** "von 20 bis 2 Uhr", "de 22 à 3 h", "dalle 21 alle 2", "17.00 – 1.00 Uhr": an evening's span of hours that ends after midnight, on the next day. */
function pastMidnight(from: number, to: number): number {
  return to < from && from >= SPAN_EVENING_START && to <= NIGHT_END ? to + MIDNIGHT_MINUTES : to;
}

/** A digit or a date's slash right before an hour ("3/20.00" is no hour; "MAI /20.00 UHR" is one: a space before the slash). */
function numberBefore(folded: string, at: number): boolean {
  const c = folded[at - 1] ?? '';
  return c === '/' ? /[\p{N}.]/u.test(folded[at - 2] ?? '') : NUMBER_BEFORE.test(c);
}

function covered(mask: Uint8Array, a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (mask[i]) return true;
  return false;
}

const SLOT_AFTER = /^[ \t]*(?:[:–—-][ \t]*(?:\d|\p{L})|\p{Lu})/u;
const AMOUNT_AFTER = /^[ \t]*(?:€|eur|euro|chf|usd|\$|%|prozent|per ?cent|por ?ciento|pour ?cent|per ?cento|mio|mrd|million|milliard)/iu;

/** True when a dotted time opens its line and an agenda item follows it ("9.30: Venue"). */
function isSlot(page: PageText, start: number, end: number): boolean {
  const lineStart = page.text.lastIndexOf('\n', start - 1) + 1;
  if (!/^[\s•*·-]*$/u.test(page.text.slice(lineStart, start))) return false;
  const after = page.text.slice(end, end + 20);
  return SLOT_AFTER.test(after) && !AMOUNT_AFTER.test(after);
}

/**
 * Every time of day in the page, ranges paired, outside the given date spans.
 * @example findTimes(readText('10:00 am — 12:00 pm'), [])[0] // { from: 600, to: 720, ... }
 */
export function findTimes(page: PageText, dateSpans: readonly Span[]): TimeMention[] {
  const { folded } = page;
  const raw: Array<TimeMention & { meridiem?: string; strong: boolean }> = [];
  // Characters already taken by a date (1) or a time (2): a time never overlaps either.
  const mask = new Uint8Array(folded.length + 1);
  for (const s of dateSpans) mask.fill(1, s.start, s.end);
  // (Halves and quarters are rare: FRACTION_AFTER is tried only on pages that hold one of its words.)
  const fractions = hasFractions(folded);
  const push = (t: TimeMention & { meridiem?: string; strong: boolean }) => {
    if (raw.length < MAX_TIME_MENTIONS && !covered(mask, t.start, t.end)) {
      raw.push(t);
      mask.fill(2, t.start, t.end);
    }
  };
  BARE_RANGE.lastIndex = 0;
  for (let m = BARE_RANGE.exec(folded); m; m = BARE_RANGE.exec(folded)) {
    const suffix = m[6];
    const a = Number(m[2]);
    const b = Number(m[4]);
    // Bare hours ("from 10 to 12") only when nothing follows that makes them a count.
    // (Nor a decimal: "deux distances de 5 et 10,5 km" are lengths.)
    // ("dalle 10 alle 12", "de las 10 a las 12", "tra le 15 e le 17": the article already makes them hours.)
    // ("ore 17-19 in sede": "ore" is the hours' own word.)
    const hoursWord = /^(?:dalle|dalle ore|ore|de las|desde las|entre las|tra le|fra le|uhrzeit|horaires?|orari[o]?|horario)$/.test(m[1]!);
    // ("de 10 a 14:00 en el centro": an end written as a clock makes them hours too.)
    // ("de 10 a 14 y de 17 a 20 horas": a second span of the day after it names the unit for both.)
    const tail = folded.slice(m.index + m[0].length, m.index + m[0].length + 32);
    // ("de 5 a 7 de la tarde", "dalle 5 alle 7 di sera", "from 5 to 7 in the evening": the part of the day names them hours.)
    const evening = AFTERNOON.test(tail);
    if (!suffix && !hoursWord && !evening && !/[:h][0-5]\d$/u.test(m[0]) && !/^\s*(?:[.,](?!\d)|[;)\n]|$|\(?(?:cet|cest|gmt|utc)|(?:y|e|et|und|and)\s+(?:de|von|from|des)\s+\d{1,2}(?:[:.h]\d{2})?\s*(?:a|à|bis|to|-|–)\s*\d{1,2}(?:[:.h]\d{2})?\s*(?:h|horas|heures|uhr|hrs|am|pm)(?![\p{L}]))/u.test(folded.slice(m.index + m[0].length, m.index + m[0].length + 32))) continue;
    // ("de 18,00 a 20,00 horas": a comma before the minutes only with the hours' unit, never "de 1,50 a 2,00".)
    if (!suffix && !hoursWord && m[0].includes(',')) continue;
    let from = minutes(a, Number(m[3] ?? 0), undefined);
    let to = minutes(b, Number(m[5] ?? 0), undefined);
    if (suffix === 'pm') {
      to = minutes(b, Number(m[5] ?? 0), 'pm');
      if (a < 12 && a + 12 <= b + 12 && from + 720 <= to) from += 720;
    }
    to = pastMidnight(from, to);
    if (to <= from) continue;
    push({ start: m.index, end: m.index + m[0].length, from, to, strong: true });
  }
  // "9-12 und 14-17 Uhr", "ore 10-13 e 15-18": each span of the pair, before SUFFIX_RANGE takes only the second.
  JOINED_RANGES.lastIndex = 0;
  for (let m = JOINED_RANGES.exec(folded); m; m = JOINED_RANGES.exec(folded)) {
    if (!m[11] && !HOURS_WORD_BEFORE.test(folded.slice(Math.max(0, m.index - 10), m.index))) continue;
    const from1 = minutes(Number(m[2]), Number(m[3] ?? 0), undefined);
    const to1 = minutes(Number(m[4]), Number(m[5] ?? 0), undefined);
    const from2 = minutes(Number(m[7]), Number(m[8] ?? 0), undefined);
    const to2 = minutes(Number(m[9]), Number(m[10] ?? 0), undefined);
    if (!(from1 < to1 && to1 <= from2 && from2 < to2)) continue;
    const firstEnd = m.index + m[1]!.length;
    push({ start: m.index, end: firstEnd, from: from1, to: to1, strong: true });
    push({ start: firstEnd + m[6]!.length, end: m.index + m[0].length, from: from2, to: to2, strong: true });
  }
  SLASH_RANGE.lastIndex = 0;
  for (let m = SLASH_RANGE.exec(folded); m; m = SLASH_RANGE.exec(folded)) {
    if (!HOURS_WORD_BEFORE.test(folded.slice(Math.max(0, m.index - 10), m.index))) continue;
    const from = minutes(Number(m[1]), Number(m[2]), undefined);
    const to = pastMidnight(from, minutes(Number(m[3]), Number(m[4]), undefined));
    if (to > from) push({ start: m.index, end: m.index + m[0].length, from, to, strong: true });
  }
  // "10–14 Uhr", "17-19 h", "10-12 horas": a span of bare hours that its unit names as hours.
  SUFFIX_RANGE.lastIndex = 0;
  for (let m = SUFFIX_RANGE.exec(folded); m; m = SUFFIX_RANGE.exec(folded)) {
    const from = minutes(Number(m[1]), Number(m[2] ?? 0), undefined);
    const to = pastMidnight(from, minutes(Number(m[3]), Number(m[4] ?? 0), undefined));
    if (to > from) push({ start: m.index, end: m.index + m[0].length, from, to, strong: true });
  }
  MER_RANGE.lastIndex = 0;
  for (let m = MER_RANGE.exec(folded); m; m = MER_RANGE.exec(folded)) {
    if (NUMBER_BEFORE.test(folded[m.index - 1] ?? '')) {
      MER_RANGE.lastIndex = m.index + 1;
      continue;
    }
    const meridiem = m[5]!.replace(/[\s.]/g, '');
    const to = minutes(Number(m[3]), Number(m[4] ?? 0), meridiem);
    let from = minutes(Number(m[1]), Number(m[2] ?? 0), meridiem);
    if (from >= to) from = minutes(Number(m[1]), Number(m[2] ?? 0), 'am');
    if (from < to) push({ start: m.index, end: m.index + m[0].length, from, to, strong: true });
  }
  TIME_TO_HOUR.lastIndex = 0;
  for (let m = TIME_TO_HOUR.exec(folded); m; m = TIME_TO_HOUR.exec(folded)) {
    const cue = CLOCK_CUE.exec(folded.slice(Math.max(0, m.index - 10), m.index))?.[1];
    // (Only as a time: after "ore", "um", "from"..., or written with ":" or "h"; "9.30-13" alone may be anything.)
    if (m[2] === '.' && !cue) continue;
    const from = minutes(Number(m[1]), Number(m[3]), undefined);
    const to = minutes(Number(m[4]), 0, undefined);
    if (to > from) push({ start: m.index, end: m.index + m[0].length, from, to, strong: true });
  }
  LAS.lastIndex = 0;
  for (let m = LAS.exec(folded); m; m = LAS.exec(folded)) {
    const at = m.index + m[0].length - m[1]!.length;
    push({ start: at, end: m.index + m[0].length, from: minutes(Number(m[1]), 0, undefined), strong: true });
  }
  // "um halb acht", "at half past seven", "Viertel vor acht", "a quarter to eight".
  if (/halb|viertel|half past|quarter/.test(folded)) {
    FRACTION_BEFORE.lastIndex = 0;
    for (let m = FRACTION_BEFORE.exec(folded); m; m = FRACTION_BEFORE.exec(folded)) {
      const hour = /\d/.test(m[2]!) ? Number(m[2]) : HOUR_WORDS.get(m[2]!)!;
      if (hour < 1 || hour > 23) continue;
      const word = m[1]!;
      const from = word === 'halb' ? hour * 60 - 30 : word.endsWith('vor') || word.endsWith(' to') ? hour * 60 - 15 : word === 'half past' ? hour * 60 + 30 : hour * 60 + 15;
      const at = m.index + m[0].indexOf(word);
      push({ start: at, end: m.index + m[0].length, from, strong: true });
    }
  }
  UNIT_MINUTES.lastIndex = 0;
  for (let m = UNIT_MINUTES.exec(folded); m; m = UNIT_MINUTES.exec(folded)) {
    push({ start: m.index, end: m.index + m[0].length, from: minutes(Number(m[1]), Number(m[2]), undefined), strong: true });
  }
  CLOCK.lastIndex = 0;
  for (let m = CLOCK.exec(folded); m; m = CLOCK.exec(folded)) {
    if (Number(m[1]) > 23 || numberBefore(folded, m.index)) {
      CLOCK.lastIndex = m.index + 1;
      continue;
    }
    const sep = m[2]!;
    const cue = CLOCK_CUE.exec(folded.slice(Math.max(0, m.index - 10), m.index))?.[1];
    const meridiem = m[4]?.replace(/[\s.]/g, '');
    const unit = m[5];
    // "3.50" or "11,00" is a time only with a cue: "ore 11,00", "17.00 Uhr", "10.30 am", or as
    // a programme slot opening its line ("9.30: Welcome", "14.00 – Workshops", "10.15 Keynote").
    const strong = sep === ':' || sep === 'h' || !!meridiem || !!unit || cue === 'ore' || cue === 'alle' || cue === 'dalle' || cue === 'um' || cue === 'las' || cue === 'a las' || cue === 'h.' || cue === 'h' || ARTICLE_CUES.has(cue ?? '') || ((sep === '.' || sep === ',') && isSlot(page, m.index, m.index + m[0].length))
      // ("at 7.30 in the evening", "a las 7.30 de la tarde", "um 7.30 abends": the part of the day names it a time.)
      || DAY_PART.test(folded.slice(m.index + m[0].length, m.index + m[0].length + 24));
    if (sep === ',' && !strong) continue;
    push({ start: m.index, end: m.index + m[0].length, from: minutes(Number(m[1]), Number(m[3]), meridiem), meridiem, strong });
  }
  HOUR_ONLY.lastIndex = 0;
  for (let m = HOUR_ONLY.exec(folded); m; m = HOUR_ONLY.exec(folded)) {
    if (Number(m[1]) > 23 || numberBefore(folded, m.index)) {
      HOUR_ONLY.lastIndex = m.index + 1;
      continue;
    }
    const meridiem = m[2]?.replace(/[\s.]/g, '');
    push({ start: m.index, end: m.index + m[0].length, from: minutes(Number(m[1]), 0, meridiem), meridiem, strong: true });
  }
  ORE.lastIndex = 0;
  for (let m = ORE.exec(folded); m; m = ORE.exec(folded)) {
    push({ start: m.index, end: m.index + m[0].length, from: minutes(Number(m[1]), 0, undefined), strong: true });
  }
  // ("la chiusura è prevista per le 20": a planned hour, only where the clause ends after it; "prevista per le 20 famiglie" is a count.)
  if (folded.includes('previst')) {
    PLANNED_HOUR.lastIndex = 0;
    for (let m = PLANNED_HOUR.exec(folded); m; m = PLANNED_HOUR.exec(folded)) {
      const at = m.index + m[0].length - m[1]!.length;
      push({ start: at, end: m.index + m[0].length, from: minutes(Number(m[1]), 0, undefined), strong: true });
    }
  }
  // "de diez a dos de la tarde", "dalle dieci alle due del pomeriggio", "from ten to two in the afternoon": a span in words.
  // (Found from the part of the day, rare on a page, looking back: not tried at every word.)
  PART_OF_DAY.lastIndex = 0;
  for (let p = PART_OF_DAY.exec(folded); p; p = PART_OF_DAY.exec(folded)) {
    const head = folded.slice(Math.max(0, p.index - 60), p.index);
    const m = WORD_RANGE_BEFORE.exec(head);
    if (!m) continue;
    const start = p.index - head.length + m.index;
    const end = p.index - (head.length - m.index - m[0].length);
    const after = folded.slice(end, end + 30);
    let to = HOUR_WORDS.get(m[2]!)! * 60;
    let from = HOUR_WORDS.get(m[1]!)! * 60;
    if (AFTERNOON.test(after) && to < 720) to += 720;
    // ("de cinco a diez de la noche": the first hour is in the evening too when that keeps the order.)
    if (from + 720 <= to) from += 720;
    if (to > from) push({ start, end, from, to, strong: true });
  }
  WORD_HOUR.lastIndex = 0;
  for (let m = WORD_HOUR.exec(folded); m; m = WORD_HOUR.exec(folded)) {
    const end = m.index + m[0].length;
    const after = folded.slice(end, end + 30);
    // ("de diez de la mañana": after a bare "de" only with the part of the day; "un taller de dos horas" is a length.)
    // ("a las siete y media de la tarde", "alle sei e mezza": a half or a quarter after it says it is an hour too.)
    const fraction = fractions ? FRACTION_AFTER.exec(after) : null;
    const rest = fraction ? after.slice(fraction[0].length) : after;
    const ok = !!fraction || (/^(?:de|desde)\s/u.test(m[0]) ? DAY_PART.test(rest) : m[2] ? /o.clock|uhr/u.test(m[2]) || DAY_PART.test(rest) || !HOURS_OF.test(rest) : DAY_PART.test(rest));
    if (ok) push({ start: m.index, end, from: minutes(HOUR_WORDS.get(m[1]!)!, 0, undefined), strong: true });
  }
  DIGIT_PART.lastIndex = 0;
  for (let m = DIGIT_PART.exec(folded); m; m = DIGIT_PART.exec(folded)) {
    const at = m.index + m[0].length - m[1]!.length;
    push({ start: at, end: m.index + m[0].length, from: minutes(Number(m[1]), 0, undefined), strong: true });
  }
  NOON.lastIndex = 0;
  // ("à midi", "at noon", "a mezzogiorno", "a mediodía" start at noon; "zu Mittag" is lunch.)
  // ("a las 12 del mediodía", "la 1 del mediodía": the hour is said, and midday only names its part of the day.)
  for (let m = NOON.exec(folded); m; m = NOON.exec(folded)) {
    const before = folded.slice(Math.max(0, m.index - 40), m.index);
    if (/\d\s+del\s+$/u.test(before.slice(-8))) continue;
    // ("from 9 until midday", "von 9 bis Mittag", "dalle 10 a mezzogiorno": noon names the bare hour before it an hour too.)
    const range = BARE_TO_NOON.exec(before);
    const from = range ? minutes(Number(range[1]), Number(range[2] ?? 0), undefined) : 720;
    const at = range ? m.index - before.length + range.index + range[0].search(/\d/u) : -1;
    // (Only where the hour is no time yet: "de 9h à midi" pairs its "9h" with noon below.)
    if (range && from < 720 && !covered(mask, at, m.index)) push({ start: at, end: m.index + m[0].length, from, to: 720, strong: true });
    else push({ start: m.index, end: m.index + m[0].length, from: 720, strong: /(?:^|[^\p{L}])(?:at|a|à|alle|a las|al)\s+(?:12\s+)?$/u.test(before.slice(-8)) });
  }
  // (Last, so that no other time's digits are taken: only ever a range's end, below.)
  if (/minuit|midnight|mezzanotte|medianoche|media noche|mitternacht|24/.test(folded)) {
    MIDNIGHT.lastIndex = 0;
    for (let m = MIDNIGHT.exec(folded); m; m = MIDNIGHT.exec(folded)) push({ start: m.index, end: m.index + m[0].length, from: MIDNIGHT_MINUTES, strong: false });
  }
  // "a las 19 y media", "alle 18 e 30", "à six heures et demie": the half or quarter after a whole hour is its minutes.
  for (const t of fractions ? raw : []) {
    if (t.to !== undefined || t.from % 60 !== 0 || t.from >= MIDNIGHT_MINUTES) continue;
    const fraction = FRACTION_AFTER.exec(folded.slice(t.end, t.end + 24));
    if (!fraction) continue;
    t.from += fractionMinutes(fraction);
    t.end += fraction[0].length;
  }
  raw.sort((a, b) => a.start - b.start);
  const out: TimeMention[] = [];
  for (let i = 0; i < raw.length; i++) {
    const t = raw[i]!;
    const next = raw[i + 1];
    let mention: TimeMention = { start: t.start, end: t.end, from: t.from, ...(t.to !== undefined ? { to: t.to } : {}) };
    if (t.to === undefined && next && next.to === undefined) {
      // ("desde las nueve de la mañana a las tres de la tarde": the part of the day said after the first hour, the second in the afternoon.)
      const rawGap = folded.slice(t.end, next.start);
      const part = DAY_PART.exec(rawGap);
      // ("desde las 19 horas hasta las 23 horas": the first hour's unit said before the second.)
      // ("de 9,00 h. a 14,00 h.": the dot of "h." goes on in lower case; "18 h. A las 21 h" is a new sentence.)
      const unit = part ? null : HOUR_UNIT_GAP.exec(rawGap) ?? (/h$/.test(folded.slice(t.start, t.end)) && /^\.\s+\p{Ll}/u.test(page.text.slice(t.end, t.end + 4)) ? /^\./.exec(rawGap) : null);
      const gap = part ? rawGap.slice(part[0].length) : unit ? rawGap.slice(unit[0].length) : rawGap;
      let nextFrom = part && next.from < 720 && AFTERNOON.test(folded.slice(next.end, next.end + 30)) ? next.from + 720 : next.from;
      // ("22:00-02:00", "de 23h à 3h", "20:00 - 00:00": an evening's range ends after midnight, on the next day.)
      if (nextFrom < t.from && t.from >= EVENING_START && nextFrom <= NIGHT_END && !next.meridiem && !t.meridiem) nextFrom += MIDNIGHT_MINUTES;
      // ("ab 19 Uhr bis voraussichtlich 21 Uhr 30": an end told as likely.)
      if (gap.length <= 30 && /^\s*(?:-|–|—|‒|to|till|until|a|à|au|jusqu['’]a|jusqu['’]à|bis|bis um|alle|fino alle|fino a|sino alle|al|hasta|y|\/|and|e)?\s*(?:(?:voraussichtlich|ca\.?|circa|etwa|gegen|approximately|approx\.?|about|around|environ|vers|verso|hacia|aproximadamente)\s*)?(?:ore|las|les|h|el)?\s*$/u.test(gap) && (gap.length <= 14 || /[a-z]{5}/.test(gap)) || (gap.length <= 40 && AND_UNTIL_GAP.test(gap))) {
        // ("a partir de la 1 del mediodía y hasta las 4 de la tarde": the part of the day said after the first hour is its own.)
        let from = part && t.from < 720 && AFTERNOON.test(part[0]) ? t.from + 720 : t.from;
        // "2 - 4pm": the first time takes the second's am/pm when that keeps the order.
        if (!t.meridiem && next.meridiem === 'pm' && from < 720 && from + 720 < nextFrom) from += 720;
        if (nextFrom > from) {
          mention = { start: t.start, end: next.end, from, to: nextFrom };
          i++;
        }
      }
    }
    if (!t.strong && mention.to === undefined) continue;
    // ("ci si potrà iscrivere il giorno stesso dalle 7:30 alle 8:30", "you can register on the day from 8 to 9": the hours one signs up in.)
    // (Only a window of hours the verb governs: no date in between, and no gathering named there unless the day is
    // "the same day": "Register for our webinar on 12 March from 14:00 to 15:30" keeps its hours.)
    if (mention.to !== undefined && signUpWindow(folded.slice(Math.max(0, mention.start - 70), mention.start))) continue;
    const label = folded.slice(Math.max(0, mention.start - 30), mention.start);
    if (mention.to === undefined) {
      // ("Registration closes at 14:00", "La inscripción termina a las 14:00": a sign-up's close, not the gathering's.)
      if ((END_LABEL.test(label) || END_ABOUT.test(label)) && !SIGN_UP_BEFORE.test(folded.slice(Math.max(0, mention.start - 50), mention.start))) mention.role = 'end';
      else if (START_LABEL.test(label)) mention.role = 'start';
    }
    const after = folded.slice(mention.end, mention.end + 30);
    // "a las 7 de la tarde": an hour before noon said to be in the afternoon or evening.
    if (mention.from < 720 && (mention.to === undefined || mention.to <= 720) && AFTERNOON.test(after)) {
      mention.from += 720;
      if (mention.to !== undefined) mention.to += 720;
    }
    for (const [re, zone] of ZONES) {
      if (re.test(after)) {
        mention.timeZone = zone;
        break;
      }
    }
    out.push(mention);
  }
  return out;
}

/**
 * 'HH:MM' from minutes after midnight.
 * @example clock(570) // '09:30'
 */
export function clock(minutesOfDay: number): string {
  const h = Math.floor(minutesOfDay / 60) % 24;
  const m = minutesOfDay % 60;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}
