/**
 * How a title is written down: without dangling words and its own day, in the nominative, with
 * balanced quotation marks, at most MAX_TITLE characters.
 */
import { foldKeepLength } from '../relevance/fold.ts';
import { DANGLING, DAY_MONTH, FUTURE_VERB_END, TRAILING_VERB } from './title-words.ts';

const MAX_TITLE = 160;

export function tidy(s: string): string {
  let t = s.replace(/\s+/g, ' ').replace(/^\s*(?:date|datum|data|fecha)\s+\d{4}-\d{2}(?:-\d{2})?\s+/iu, '').replace(/^[\s,;:–—\-•*·|.]+|[\s,;:–—\-•*·|(.]+$/gu, '');
  for (let i = 0; i < 3 && DANGLING.test(t); i++) t = t.replace(DANGLING, '').replace(/[\s,;:–—\-•*·|(.]+$/gu, '');
  // ("La jornada de acogida reunirá", "la festa si svolgerà": the sentence's verb, cut with the day after it; a name has two words left.)
  // ("Su inauguración será": a clause that says what a thing will be stays whole, for the judges to turn away: TRAILING_VERB.)
  const unverbed = TRAILING_VERB.test(t) ? t : t.replace(FUTURE_VERB_END, '');
  if (unverbed !== t && /\S\s+\S/u.test(unverbed)) t = unverbed.replace(/[\s,;:–—\-•*·|(.]+$/gu, '');
  // ("horas, una charla-coloquio", "zu einer Informationsveranstaltung": the tail of a time, an invitation's preposition.)
  t = t.replace(/^(?:horas?|uhr|ore|heures?|hrs?)\b[\s,.:;–-]*/iu, '').replace(/^(?:zu (?:einer|einem|einen)|zu|à une|à un|a una|a un|ad una|to an?|for an?)\s+(?=\p{L})/u, '');
  // ("Fiesta Intercultural de Aranjuez PDF Imprimir E-mail": the page's print and mail buttons after a heading.)
  t = t.replace(/(?:\s+(?:pdf|imprimir|e-?mail|print|drucken|imprimer|stampa|envoyer|enviar|share|teilen|compartir|partager|condividi)){2,}\s*$/iu, '');
  const rest = t.replace(/^(?:and|et|und|e|y|on|the|le|il|el|am|au|du|from|to|then|finally|next)\s+/iu, '');
  // "Next steps" stays a heading; "and the closing conference" loses its "and".
  return (rest !== t && !/\s/.test(rest) && /^(?:then|finally|next)\s/iu.test(t) ? t : rest).trim();
}

/** A title as shown: without its own day at either end (withoutWhen), in the nominative (nominative), at most MAX_TITLE characters. */
export function cut(title: string): string {
  const s = balancedQuotes(nominative(withoutWhen(title)));
  return s.length > MAX_TITLE ? `${s.slice(0, MAX_TITLE - 1).replace(/\s+\S*$/, '')}…` : s;
}

/**
 * A title cut inside a quotation loses the quote mark left alone at either end ("Festa dei popoli”").
 * @example balancedQuotes('Festa dei popoli”') // 'Festa dei popoli'
 */
function balancedQuotes(title: string): string {
  const count = (re: RegExp) => (title.match(re) ?? []).length;
  const opening = count(/[«„]/gu) + count(/“(?=\p{L})/gu), closing = count(/[»”]/gu) + count(/(?<=\p{L}[.!?]?)“/gu);
  if (closing > opening) return title.replace(/\s*[»”“]$/u, '');
  if (opening > closing) return title.replace(/^[«„“]\s*/u, '');
  return title;
}

/**
 * German event nouns by their gender, as the last part of a compound ("Aktionswoche", "Sommerfest",
 * "Begegnungsabend"): an adjective before them ends -e (feminine, and any plural), -er
 * (masculine) or -es (neuter) when no article precedes it.
 */
const GERMAN_FEMININE = /(?:woche|ung|konferenz|tagung|messe|borse|nacht|feier|runde|lesung|schau|begegnung|ausstellung|veranstaltung|fuhrung|exkursion|aktion|kundgebung|demonstration|andacht|akademie|sitzung|versammlung|wochen|ungen)$/u;

const GERMAN_MASCULINE = /(?:tag|abend|markt|kongress|vortrag|treff|austausch|lauf|gottesdienst|empfang|dialog|stammtisch|nachmittag|vormittag|rundgang|spaziergang|flohmarkt|basar|ball)$/u;

const GERMAN_NEUTER = /(?:fest|seminar|forum|festival|konzert|cafe|fruhstuck|gesprach|symposium|kolloquium|picknick|turnier|essen|theater|kino|camp|webinar|training)$/u;

/** German adjective stems by their suffix, a few common short ones, and ordinals ("interkulturell", "neu", "siebt") (folded). */
const GERMAN_ADJECTIVE = /(?:isch|ell|al|lich|ig|bar|sam|los|haft|iv|ar|ant|ent|os|neu|gro(?:ss|ß)|lang|offen|bunt|klein|jung|alt|erst|zweit|dritt|viert|funft|sechst|siebt|acht|neunt|zehnt|elft|zwolft|zigst|(?:ss|ß)igst)$/u;

/** A name cut out of "zur Interkulturellen Woche", "beim Internationalen Fest": an adjective in -en, then a capitalised noun. */
const OBLIQUE_START = /^(\p{Lu}\p{Ll}{2,}e)n(?=\s+(\p{Lu}[\p{L}-]*)(?![\p{L}]))/u;

/**
 * A German name cut out of its sentence after its article ("der Interkulturellen Woche") says
 * it as in a list: "Interkulturelle Woche", "Internationales Fest", "Interkultureller Abend".
 * The noun's gender comes from its last part; an unknown noun leaves the name as it is.
 * @example nominative('Interkulturellen Woche in Bonn') // 'Interkulturelle Woche in Bonn'
 */
function nominative(title: string): string {
  const m = OBLIQUE_START.exec(title);
  if (!m) return title;
  // ("Frauen Café", "Menschen Treff": a noun in -en is no adjective.)
  if (!GERMAN_ADJECTIVE.test(foldKeepLength(m[1]!.slice(0, -1)))) return title;
  const noun = foldKeepLength(m[2]!);
  const ending = GERMAN_FEMININE.test(noun) ? '' : GERMAN_MASCULINE.test(noun) ? 'r' : GERMAN_NEUTER.test(noun) ? 's' : undefined;
  return ending === undefined ? title : `${m[1]}${ending}${title.slice(m[0].length)}`;
}

/** The event's own day (and hour) opening a title: "25. September liest ...", "28.9. ab 14 Uhr findet ..." (folded). */
const LEADING_WHEN = new RegExp(`^(?:(?:am|le|el|il|on|the|ce|this|dal|del|du|vom)\\s+)?${DAY_MONTH}(?:,?\\s*(?:ab|um|a|a las|alle|dalle|dalle ore|ore|at|from|de|des|des|dès)?\\s*\\d{1,2}(?:[:.h]\\d{2})?\\s*(?:uhr|h|horas|heures|ore|am|pm)?)?[\\s,:–-]+(?=\\p{L})`, 'u');

/** The day closing a title, once the name has been said: "Réunion d'information mercredi 16 novembre", "Seminar on July 18" (folded). */
const TRAILING_WHEN = new RegExp(`[\\s,–-]+(?:(?:on|am|le|el|il|the|ce|this)\\s+)*${DAY_MONTH}$`, 'u');

/**
 * A title without its event's own day at either end: the day is shown beside the title, and a
 * title that opens with it is the rest of a sentence. Kept whole when two words would not remain.
 * @example withoutWhen('Seminar on 18 July') // 'Seminar'
 */
function withoutWhen(title: string): string {
  const folded = foldKeepLength(title);
  let from = 0, to = title.length;
  const lead = LEADING_WHEN.exec(folded);
  if (lead) from = lead[0].length;
  const trail = TRAILING_WHEN.exec(folded.slice(from));
  if (trail) to = from + trail.index;
  if (from === 0 && to === title.length) return title;
  const kept = title.slice(from, to).replace(/[\s,;:–—-]+$/u, '');
  // ("Fête nationale du 14 juillet", "Festa del 25 aprile": a day that is the name's own keeps its preposition.)
  if (kept.split(/\s+/u).filter((w) => /\p{L}{2}/u.test(w)).length < 2 || DANGLING.test(kept) || /\s(?:of|del|dal|du|vom|des|dei|della)$/iu.test(kept)) return title;
  return from ? kept.charAt(0).toUpperCase() + kept.slice(1) : kept;
}
