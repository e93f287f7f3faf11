/**
 * The days a race's numbers, chips or kits are handed out (issue 12, precision): "los dorsales se podrán retirar el sábado",
 * "la recogida de dorsales tendrá lugar el 27", "ritiro pettorali venerdì", "retrait des dossards samedi", "Startnummernausgabe
 * am Freitag", "bib pick-up on Saturday". A counter's opening hours around a gathering, not a gathering. Folded text.
 */

/** What is handed out: numbers, chips, kits, race packs. */
const KIT = /(?<![a-z])(?:dorsal(?:es)?|chips?|pettoral[ei]|pacc(?:o|hi) gara|kit gara|dossards?|startnummer(?:n)?|startunterlagen|startpaket(?:e)?|bibs?|race (?:packs?|kits?|numbers?)|packet)(?![a-z])/;
/** Handing out or collecting, as a noun or a verb (and German compounds: "Startnummernausgabe"). */
const COLLECT = /(?<![a-z])(?:recog(?:ida|er|eran?|era|erse|en|e)|retir(?:ada|ar|arse|aran?|o|an|e)|entreg(?:a|an|ara|aran|ar|arse)|ritir(?:o|are|arli|ati|abili)|consegna(?:ti|te)?|distribuzione|retrait|retirer|recuper(?:er|ation)|distribution|remise|abhol(?:en|ung)|abzuholen|ausgabe|ausgegeben|pick(?:ed)?[- ]?up|collect(?:ed|ion)?|handed out)(?![a-z])/;

/** German says both in one word: "Startnummernausgabe", "Startunterlagenabholung". */
const KIT_COMPOUND = /(?:startnummer|startunterlagen|startpaket)(?:n|e)?(?:ausgabe|abholung)/;

/**
 * True when the sentence tells a day on which race numbers or kits are handed out.
 * @example isPickupSentence('los dorsales se podran retirar el sabado 18 de octubre') // true
 */
export function isPickupSentence(sentence: string): boolean {
  return (KIT.test(sentence) && COLLECT.test(sentence)) || KIT_COMPOUND.test(sentence);
}
