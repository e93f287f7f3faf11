/**
 * Words that tell the last thing of a day (folded), five languages: "The day closes with a concert at the Grange Hall", "to round
 * off the day", "La journée se terminera par un bal à la salle des fêtes", "pour clore la journée", "Den Abschluss des Tages bildet
 * ein Konzert im Park", "La giornata si chiuderà con una cena presso il Circolo", "a chiudere la giornata", "La jornada se cerrará
 * con un concierto en la plaza", "Se cerrará esta intensa jornada en el albergue". Like "the same evening" (gather-same-day.ts),
 * they name the day again: what they announce at another place is a gathering of its own (gather-clauses.ts); at the day's own
 * place it is the day's last slot.
 */

/** A day, with a determiner and at most one word between ("esta intensa jornada"), folded. */
const DAY = String.raw`(?:la|esta|cette|the|this|questa|la sua|nuestra|notre|our)\s+(?:[\p{L}-]+\s+)?(?:jornada|journee|giornata|day)`;
/** Verbs of closing after the day ("the day closes", "la journée se terminera", "la giornata si chiuderà", "la jornada se cerrará"). */
const CLOSES = String.raw`(?:(?:se|si|s')\s*|will\s+)?(?:clos\p{L}*|clotur\p{L}*|termin\p{L}*|conclu\p{L}*|achev\p{L}*|finir\p{L}*|finit|ends?|ending|wraps? up|chiud\p{L}*|cierr\p{L}*|cerrar\p{L}*|clausur\p{L}*|finaliz\p{L}*)`;
/** Verbs of closing before the day ("pour clore la journée", "to round off the day", "a chiudere la giornata", "se cerrará esta jornada"). */
const CLOSE = String.raw`(?:clore|cloturer|terminer|conclure|finir|close|end|round off|wrap up|chiudere|concludere|terminare|cerrar\p{L}*|clausurar\p{L}*|terminar\p{L}*|finalizar\p{L}*|concluir\p{L}*)`;

/** The closing words, anywhere in a sentence. */
export const DAY_CLOSE = new RegExp(String.raw`(?<![\p{L}])(?:${DAY}\s+${CLOSES}|${CLOSE}\s+${DAY}|(?:abschluss|ausklang)\s+des\s+tages|der tag (?:endet|klingt|schliesst))(?![\p{L}])`, 'u');
/** The same, to find them in a region. */
export const DAY_CLOSE_AT = new RegExp(DAY_CLOSE.source, 'gu');
/** The day words those need, to skip a region without one cheaply (no lookbehind). */
export const DAY_CLOSE_WORD = /jornada|journee|giornata|day|des tages|der tag/;
