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
};
const NUM = `(\\d{1,3}(?:[.,]5)?|${Object.keys(NUMBER_WORDS).join('|')})`;
// (A bare "h" only in "1h30": "de 9h à 13h" is a span of hours, not nine of them.)
const HOURS = '(?:hours?|hrs?|heures?|stunden?|ore|ora|horas?|h(?=\\d{2}))';
const MINUTES = '(?:minutes?|mins?|minuten|minuti|minutos)';
/** A length said to be expected or approximate: "Durata prevista: due ore", "duración estimada", "durée prévue", "voraussichtliche Dauer". */
const LENGTH_QUALIFIER = '(?:\\s+(?:prevista|previsto|stimata|indicativa|prevue|estimee|approximative|estimada|aproximada|prevista|expected|estimated|approximate|approx\\.|ca\\.))?';
const CUE = `(?:(?<![a-z\\u00c0-\\u024f])(?:(?:for|lasts?|lasting|will last|duration|duree|dure|durera|dauer|dauert|durata|dura|durara|duracion)${LENGTH_QUALIFIER}|de|von|di)|[(,–-])`;
/** "for 90 minutes", "Dauer: 2 Stunden", "durée : 1h30", "(90 min)". */
const DURATION = new RegExp(`${CUE}\\s*:?\\s*(?:about |around |approximately |roughly |environ |circa |ca\\. |etwa |rund |ungefahr |unos |aproximadamente |alrededor de |une? |one |an? )?${NUM}\\s?(?:(${HOURS})(?:\\s?(\\d{2}))?|(${MINUTES}))(?![a-z\\u00c0-\\u024f])`);
/** "durée : 2h", "Dauer: 2 h", "durata: 3h", "duración: 2 h": a bare "h" after a length's own label is hours too. */
const LABELLED_HOURS = new RegExp(`(?<![a-z\\u00c0-\\u024f])(?:duration|duree|dauer|durata|duracion)${LENGTH_QUALIFIER}\\s*:?\\s*(?:about |environ |circa |ca\\. |etwa |unos |aproximadamente )?(\\d{1,2}(?:[.,]5)?)\\s?h(?![a-z\\u00c0-\\u024f\\d])`);
/** "a 90-minute webinar", "2-hour workshop", "zweistündige", "90-minütige". */
const COMPOUND = new RegExp(`(?<![a-z\\u00c0-\\u024f\\d])${NUM}(?:(-hour|-?stundige[nrs]?|-?stundig)|(-minute|-?minutige[nrs]?|-?minutig))(?![a-z\\u00c0-\\u024f])`);
/** "hour and a half", "anderthalb Stunden", "une heure et demie", "un'ora e mezza", "hora y media". */
const HOUR_AND_HALF = /(?:an hour and a half|one and a half hours?|hour and a half|anderthalb stunden|eineinhalb stunden|une heure et demie|un'ora e mezza|un’ora e mezza|un'ora e mezzo|hora y media)/;

/**
 * A year right before a length, after a word and a comma or after a bracket: a film's credit line ("France, 2011, 94 min",
 * "(2019, 90 min)"). Not a date's year: "5 May 2025, 90 minutes", "May 5, 2025, 90 minutes".
 */
const FILM_CREDIT = /(?:[a-z\u00c0-\u024f]\s*,|\()\s*(?:19|20)\d{2}\W{0,4}$/;

function value(word: string): number {
  return NUMBER_WORDS[word] ?? Number(word.replace(',', '.'));
}

/**
 * The length in minutes a (folded) text gives an event, if any.
 * @example durationMinutes('webinar on 5 may at 10:00, 90 minutes') // 90
 * @example durationMinutes('dauer: zwei stunden') // 120
 */
export function durationMinutes(folded: string): number | undefined {
  if (HOUR_AND_HALF.test(folded)) return 90;
  const m = DURATION.exec(folded);
  if (m) {
    // ("France, 2011, 94 min.", "(Italia, 2019, 90 minuti)": a film's credits give its running time, not the gathering's length.)
    if (FILM_CREDIT.test(folded.slice(Math.max(0, m.index - 12), m.index + m[0].search(/\d|[a-z]{3}/)))) return undefined;
    const n = value(m[1]!);
    const minutes = m[2] ? n * 60 + Number(m[3] ?? 0) : n;
    return minutes >= 15 && minutes <= 12 * 60 ? Math.round(minutes) : undefined;
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
const LASTS = new RegExp(`(?<![a-z\\u00c0-\\u024f])(?:lasts|will last|dure|durera|dauert|dura|durara|durera|(?:durata|duracion|duree|dauer|duration)${LENGTH_QUALIFIER}\\s*:)\\s+(?:about |around |environ |circa |ca\\. |unos |une? |one |an? |etwa |rund )?${NUM}\\s?(?:(${HOURS})(?:\\s?(\\d{2}))?|(${MINUTES}))(?![a-z\\u00c0-\\u024f])`);

/**
 * The length a later sentence gives with a verb of lasting (only that form: a bare "90 minutes" further on may be anything).
 * @example lastsMinutes('la obra narra ... el espectaculo dura 35 minutos, esta recomendado') // 35
 */
export function lastsMinutes(folded: string): number | undefined {
  if (!/dur|dauer|last/.test(folded)) return undefined;
  const m = LASTS.exec(folded);
  if (!m) return undefined;
  const n = value(m[1]!);
  const minutes = m[2] ? n * 60 + Number(m[3] ?? 0) : n;
  return minutes >= 15 && minutes <= 12 * 60 ? Math.round(minutes) : undefined;
}
