/**
 * Words that say when, not where, in the five languages (folded): weekdays and "today",
 * "tomorrow", "yesterday". A line that opens "Tuesday, 14 May" or "Hoy, 21 de mayo" has the
 * shape of a dateline ("Rieti, 28 giugno") without naming any town.
 */
const DAY_WORD = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'tomorrow', 'yesterday', 'tonight',
  'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', "aujourd'hui", 'aujourd’hui', 'demain', 'hier', 'ce soir',
  'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonnabend', 'sonntag', 'heute', 'morgen', 'gestern', 'ubermorgen',
  'lunedi', 'martedi', 'mercoledi', 'giovedi', 'venerdi', 'sabato', 'domenica', 'oggi', 'domani', 'ieri', 'stasera',
  'lunes', 'martes', 'miercoles', 'jueves', 'viernes', 'sabado', 'domingo', 'hoy', 'manana', 'ayer', 'esta noche',
]);

/**
 * Whether a folded word names a day rather than a place.
 * @example isDayWord('tuesday') // true
 * @example isDayWord('rieti') // false
 */
export function isDayWord(folded: string): boolean {
  return DAY_WORD.has(folded);
}
