/**
 * A sentence that opens with "after the X" (folded), five languages: "After the talk, a shared meal will be served at the Grange
 * Hall", "Après la conférence, un concert se tiendra à la salle Molière", "Nach dem Vortrag findet ein Konzert im Kulturzentrum
 * statt", "Dopo il convegno si svolgerà un concerto presso il Centro Giovani", "Tras la charla, tendrá lugar un concierto en el
 * Centro Cívico". What follows the X is the day's next thing; at another place it is a gathering of its own (gather-clauses.ts).
 * The X itself may name where the first thing was ("Nach dem Treffen im Rathaus ..."): only the words after it are read for the
 * next thing's place. A past cause, "In seguito alla riunione tenutasi presso la Sala ..., si è deciso", opens with none of these.
 */
import { HELD } from './later-gathering.ts';

/** "after the" and its kin at a sentence's start, then the X (up to 60 characters, no sentence break). */
const AFTER_THE = /^[\s\W]*(?:after (?:the|this|that)|following the|apres (?:la|le|les|l'|ce|cette)|a l'issue (?:du|de la|des|de l'|de ce|de cette)|nach (?:dem|der|den|diesem|dieser)|im anschluss an (?:den|die|das|diesen|diese)|dopo (?:il|la|lo|l'|i|le|gli|questo|questa)|al termine (?:del|della|dello|dell'|dei|delle|di questo|di questa)|despues (?:del|de la|de los|de las|de este|de esta)|tras (?:el|la|los|las|este|esta)|al termino (?:del|de la|de los|de las))\s/u;
/** How far the X may run before the next thing's words (characters). */
const X_CHARS = 60;

/**
 * Where, in a folded sentence that opens with "after the X", the words after the X begin: after the first comma or at the
 * sentence's verb of holding ("findet", "tendrá lugar", "si svolgerà"), within X_CHARS of the opener; -1 for any other sentence.
 * @example afterRest('nach dem vortrag findet ein konzert im schlachthof statt.') // 17
 */
export function afterRest(folded: string): number {
  const m = AFTER_THE.exec(folded);
  if (!m) return -1;
  const x = folded.slice(m[0].length, m[0].length + X_CHARS);
  const comma = x.search(/[,;:]/u);
  const held = HELD.exec(x);
  const at = [comma, held ? held.index : -1].filter((i) => i >= 0);
  return at.length ? m[0].length + Math.min(...at) : -1;
}
