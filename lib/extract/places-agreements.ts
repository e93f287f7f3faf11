/**
 * Towns that name a treaty, a convention, a rule or a process rather than a place: "Convenzione di
 * Ginevra", "the Geneva Convention", "Dublin III", "das Dublin-Verfahren", "le règlement de Dublin",
 * "el Tratado de Lisboa", "the Bologna Process". Pages about refugees cite them often; no event is
 * held there for it.
 */
import { endingWith } from './places-ends.ts';

/** A document or a procedure (five languages), with its "of" and article, just before the town. */
const AGREEMENT_BEFORE = endingWith(new RegExp(`(?<![\\p{L}])(?:${[
  'convenzion[ei]', 'conventions?', 'convencion(?:es)?', 'convenios?', 'konvention(?:en)?', 'ubereinkommens?',
  'trattat[oi]', 'traites?', 'tratados?', 'treat(?:y|ies)', 'vertrag(?:e|es)?',
  'regolament[oi]', 'reglements?', 'reglamentos?', 'regulations?', 'verordnung(?:en)?',
  'dichiarazion[ei]', 'declarations?', 'declaracion(?:es)?', 'erklarung(?:en)?',
  'protocoll[oi]', 'protocoles?', 'protocolos?', 'protocols?', 'protokolls?',
  'accord[oi]', 'accords?', 'acuerdos?', 'agreements?', 'abkommens?',
  'charte', 'charter', 'patt[oi]', 'pacte', 'pacto', 'pact', 'pakt',
  'process[oi]', 'processus', 'procesos?', 'process', 'prozess(?:es)?',
  'procedur[ae]', 'procedures?', 'procedimientos?', 'verfahrens?',
  'sistema', 'systeme', 'statuto', 'statut', 'estatuto', 'statute',
].join('|')})(?:\\s+(?:di|de|du|des|del|della|dello|von|of))?(?:\\s+(?:the|la|le|el|il|der))?(?:\\s+|\\s+d['’]|\\s+dell['’])$`, 'u'));

/** The same words after the town, as English and German write them ("Geneva Convention", "Dublin-Verfahren", "Dublin III"). */
const AGREEMENT_AFTER = new RegExp(`^(?:\\s+|-)(?:${[
  'conventions?', 'treat(?:y|ies)', 'regulations?', 'declarations?', 'agreements?', 'protocols?', 'process', 'accords?', 'charter',
  'compact', 'pact', 'principles', 'statute', 'strategy', 'system', 'rules', 'criteria', 'procedures?', 'transfers?', 'cases?', 'returnees',
  'iii', 'ii', 'iv',
  // (German compounds with their case endings: "des Dublin-Verfahrens", "die Dublin-Überstellungen".)
  'verfahrens?', 'verordnung(?:en)?', 'abkommens?', 'vertrag(?:s|es)?', 'vertrage', 'prozess(?:es)?', 'systems?', 'regeln', 'regel', 'regelung(?:en)?', 'fall(?:s|es)?', 'falle',
  'erklarung', 'protokolls?', 'konvention', 'ubereinkommens?', 'kriterien', 'uberstellung(?:en)?', 'staat(?:s|es|en)?',
].join('|')})(?![\\p{L}\\p{N}])`, 'u');

/**
 * Whether the town named at `index` (its folded name `length` characters long) of a folded text names an agreement.
 * @example namesAnAgreement('la convenzione di ginevra del 1951', 21, 7) // true
 */
export function namesAnAgreement(folded: string, index: number, length: number): boolean {
  return AGREEMENT_BEFORE.test(folded.slice(Math.max(0, index - 40), index)) || AGREEMENT_AFTER.test(folded.slice(index + length, index + length + 24));
}
