/**
 * A programme's closing slot: the words that name the end of a day or a gathering right after
 * its hour ("17:00 Closing", "23h15 : fermeture des portes", "18 Uhr Abschluss", "ore 13 fine
 * lavori", "17,30: Finalización de las Jornadas"). The hour of such a slot is when the gathering
 * ends, not when a last item starts.
 */

/**
 * The closing words in en, de, fr, it, es (folded text), as a whole word at the start of the
 * slot's text: the end, the close and its ceremony, the final words and farewells, the doors
 * closing. ("Closing remarks" and "Conclusioni" are short last items: their hour is taken as the
 * close too, as organisers write them.) Not "Ausklang" or "apéritif": a last activity that runs on.
 */
const CLOSING_WORDS = [
  // en
  'end', 'ends', 'the end', 'close', 'closing', 'conclusion', 'conclusions', 'wrap-up', 'wrap up', 'farewell', 'doors close',
  // de
  'ende', 'schluss', 'abschluss', 'veranstaltungsende', 'tagungsende', 'verabschiedung', 'schlusswort', 'schlussworte',
  // fr
  'fin', 'cloture', 'fermeture', 'conclusion', 'mot de la fin', 'mot de fin',
  // it
  'fine', 'chiusura', 'conclusione', 'conclusioni', 'termine', 'saluti finali', 'saluti conclusivi', 'congedo',
  // es
  'cierre', 'clausura', 'finalizacion', 'conclusion', 'conclusiones', 'despedida',
];

/**
 * The text right after a slot's hour opens with a closing word: up to four signs (":", "–", "-")
 * and an hour unit may stand between.
 * @example closesAfter(': fermeture des portes') // true
 * @example closesAfter(' Finanzierung') // false
 */
export const CLOSING_SLOT = new RegExp(`^\\W{0,4}(?:(?:uhr|h|horas?|hrs|ore)\\.?\\W{0,3})?(?:${[...new Set(CLOSING_WORDS)].sort((a, b) => b.length - a.length).join('|')})(?![\\p{L}])`, 'u');

/** True when `after` (folded text right after an hour) names the gathering's close. */
export function closesAfter(after: string): boolean {
  return CLOSING_SLOT.test(after);
}
