/**
 * How long an event lasts when the page gives a length instead of an end: "90 minutes",
 * "a 90-minute webinar", "Dauer: zwei Stunden", "durée : 1h30", "durata di due ore",
 * "duración: hora y media". Only with a word that says it is the length (for, lasts,
 * Dauer, durée, durata, duración) or as a compound ("90-minute", "zweistündig"), so that
 * "2 hours of training a week" is not read as one.
 */

const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, une: 1, un: 1, deux: 2, trois: 3, quatre: 4, eine: 1, einer: 1, zwei: 2, drei: 3, vier: 4,
  una: 1, due: 2, tre: 3, quattro: 4, dos: 2, tres: 3, cuatro: 4,
  // (A half in the number itself: "two and a half hours", "zweieinhalb Stunden", "eineinhalb Stunden".)
  'one and a half': 1.5, 'two and a half': 2.5, 'three and a half': 3.5, eineinhalb: 1.5, zweieinhalb: 2.5, dreieinhalb: 3.5,
};
// (Longest words first: "two and a half" before "two".)
const NUM = `(\\d{1,3}(?:[.,]5)?|${Object.keys(NUMBER_WORDS).sort((a, b) => b.length - a.length).join('|')})`;
// (A bare "h" only in "1h30": "de 9h à 13h" is a span of hours, not nine of them.)
const MINUTES = '(?:minutes?|mins?|minuten|minuti|minutos)';
// ("1h 30min" too, its minutes named: "de 11 h 00" is a clock.)
const HOURS = `(?:hours?|hrs?|heures?|stunden?|ore|ora|horas?|h(?=\\d{2}|\\s\\d{2}\\s?${MINUTES}))`;
/**
 * What may follow the hours of a length: its minutes ("1h30", "1 heure 30", "1 Stunde 30 Minuten", "1 hora y 30 minutos",
 * "1 ora e 30 minuti", "1 hour and 30 minutes", "1h 30min") or a half ("dos horas y media", "due ore e mezza",
 * "deux heures et demie", "two hours and a half"). Groups: the minutes (bare, or with their word), the half; a conjunction
 * only before minutes that say so ("2 ore e 30 persone" is no length).
 */
const HOURS_REST = `(?:\\s?(\\d{2})(?:\\s?${MINUTES})?|\\s?(?:(?:and|y|e|et|und)\\s)?(\\d{1,2})\\s?${MINUTES}|\\s(y media|e mezz[ao]|et demie|and a half|und eine halbe))?`;
/** A length said to be expected or approximate: "Durata prevista: due ore", "duración estimada", "durée prévue", "voraussichtliche Dauer". */
const LENGTH_QUALIFIER = '(?:\\s+(?:prevista|previsto|stimata|indicativa|prevue|estimee|approximative|estimada|aproximada|prevista|expected|estimated|approximate|approx\\.|ca\\.))?';
const CUE = `(?:(?<![a-z\\u00c0-\\u024f])(?:(?:for|lasts?|lasting|will last|duration|duree|dure|durera|dauer|dauert|durata|dura|durara|duracion)${LENGTH_QUALIFIER}|de|von|di)|[(,–-])`;
/** "for 90 minutes", "Dauer: 2 Stunden", "durée : 1h30", "(90 min)". */
const DURATION = new RegExp(`${CUE}\\s*:?\\s*(?:about |around |approximately |roughly |environ |circa |ca\\. |etwa |rund |ungefahr |unos |aproximadamente |alrededor de |une? |one |an? )?${NUM}\\s?(?:(${HOURS})${HOURS_REST}|(${MINUTES}))(?![a-z\\u00c0-\\u024f])`);
/** "durée : 2h", "Dauer: 2 h", "durata: 3h", "duración: 2 h": a bare "h" after a length's own label is hours too. */
const LABELLED_HOURS = new RegExp(`(?<![a-z\\u00c0-\\u024f])(?:duration|duree|dauer|durata|duracion)${LENGTH_QUALIFIER}\\s*:?\\s*(?:about |environ |circa |ca\\. |etwa |unos |aproximadamente )?(\\d{1,2}(?:[.,]5)?)\\s?h(?![a-z\\u00c0-\\u024f\\d])`);
/** "a 90-minute webinar", "2-hour workshop", "zweistündige", "90-minütige". */
const COMPOUND = new RegExp(`(?<![a-z\\u00c0-\\u024f\\d])${NUM}(?:(-hour|-?stundige[nrs]?|-?stundig)|(-minute|-?minutige[nrs]?|-?minutig))(?![a-z\\u00c0-\\u024f])`);
/** "hour and a half", "anderthalb Stunden", "une heure et demie", "un'ora e mezza", "hora y media". */
const HOUR_AND_HALF = /(?:an hour and a half|one and a half hours?|hour and a half|anderthalb stunden|eineinhalb stunden|une heure et demie|un'ora e mezza|un’ora e mezza|un'ora e mezzo|hora y media)/;

/** A length after a bracket or comma and "a"/"à": how far a place is ("a dos horas de", "à deux heures de"), not how long. */
const AT_A_DISTANCE = /^[(,–-]\s*:?\s*a\s/u;

/**
 * A year right before a length, after a word and a comma or after a bracket: a film's credit line ("France, 2011, 94 min",
 * "(2019, 90 min)"). Not a date's year: "5 May 2025, 90 minutes", "May 5, 2025, 90 minutes".
 */
const FILM_CREDIT = /(?:[a-z\u00c0-\u024f]\s*,|\()\s*(?:19|20)\d{2}\W{0,4}$/;

function value(word: string): number {
  return NUMBER_WORDS[word] ?? Number(word.replace(',', '.'));
}

/** Minutes of a DURATION or LASTS match: its hours with their minutes or half, or its minutes. */
function lengthOf(m: RegExpExecArray): number {
  const n = value(m[1]!);
  return m[2] ? n * 60 + Number(m[3] ?? m[4] ?? 0) + (m[5] ? 30 : 0) : n;
}

/** A gathering's length: a quarter of an hour to twelve hours. */
function plausible(minutes: number): number | undefined {
  return minutes >= 15 && minutes <= 12 * 60 ? Math.round(minutes) : undefined;
}

/**
 * The length in minutes a (folded) text gives an event, if any.
 * @example durationMinutes('webinar on 5 may at 10:00, 90 minutes') // 90
 * @example durationMinutes('dauer: zwei stunden') // 120
 */
export function durationMinutes(folded: string): number | undefined {
  if (HOUR_AND_HALF.test(folded)) return 90;
  const m = DURATION.exec(folded);
  // (", a dos horas de Madrid", ", à deux heures de Paris": "at" a length from a town is a distance.)
  if (m && !AT_A_DISTANCE.test(m[0])) {
    // ("France, 2011, 94 min.", "(Italia, 2019, 90 minuti)": a film's credits give its running time, not the gathering's length.)
    if (FILM_CREDIT.test(folded.slice(Math.max(0, m.index - 12), m.index + m[0].search(/\d|[a-z]{3}/)))) return undefined;
    return plausible(lengthOf(m));
  }
  const labelled = LABELLED_HOURS.exec(folded);
  if (labelled) {
    const minutes = value(labelled[1]!) * 60;
    return minutes >= 15 && minutes <= 12 * 60 ? Math.round(minutes) : undefined;
  }
  const c = COMPOUND.exec(folded);
  if (c) {
    const n = value(c[1]!);
    const minutes = c[2] ? n * 60 : n;
    return minutes >= 15 && minutes <= 12 * 60 ? Math.round(minutes) : undefined;
  }
  return undefined;
}

/** A verb of lasting before the length: "El espectáculo dura 35 minutos", "The walk lasts two hours", "Die Führung dauert 90 Minuten". */
// (Or a length's label: "Durata prevista: due ore", "Duración: 2 horas", "Dauer: 90 Minuten", "Durée : 2 heures", "Duration: 2 hours".)
const LASTS = new RegExp(`(?<![a-z\\u00c0-\\u024f])(?:lasts|will last|dure|durera|dauert|dura|durara|durera|(?:durata|duracion|duree|dauer|duration)${LENGTH_QUALIFIER}\\s*:)\\s+(?:about |around |environ |circa |ca\\. |unos |une? |one |an? |etwa |rund )?${NUM}\\s?(?:(${HOURS})${HOURS_REST}|(${MINUTES}))(?![a-z\\u00c0-\\u024f])`);

/**
 * The length a later sentence gives with a verb of lasting (only that form: a bare "90 minutes" further on may be anything).
 * @example lastsMinutes('la obra narra ... el espectaculo dura 35 minutos, esta recomendado') // 35
 */
export function lastsMinutes(folded: string): number | undefined {
  if (!/dur|dauer|last/.test(folded)) return undefined;
  const m = LASTS.exec(folded);
  if (!m) return undefined;
  return plausible(lengthOf(m));
}
