/**
 * A place read from the words alone, where the venue lists know no kind of place in its name: a place preposition that
 * only introduces places ("presso", "au", "à la", "dans les locaux de", "en el", "at the") and a name in capitals
 * after it: "presso i campi Mivida", "à la MCL", "dans les locaux de l'association JRS France", "en el albergue
 * Juvenil", "at the Old Mill". Only to tell a second gathering's place from the first's (gather-clauses.ts): never the
 * page's own place reading. German is left out: its nouns are all in capitals, so a capital marks no name there; a
 * German place is a compound whose last part is a kind of place (germanPlace below: "in der Gartenanlage des Hauses Beda").
 */
import type { CueIndex } from './cue-index.ts';
import type { EventLocation } from '../model/event.ts';
import type { PageText, Span } from './text.ts';
import { WEEKDAYS } from './vocabulary.ts';

/** Place prepositions (as written, lower case) and up to three lower-case words of a kind of place before the name. */
const PLACE_NAME = /(?<![\p{L}])(?:presso(?: (?:il|lo|la|i|gli|le|l['’]))?|pres(?:so)? la sede d(?:i|el|ella|ell['’])|nei locali d(?:i|el|ella|ell['’])|dans les locaux d(?:e|u|e la|e l['’]|es)|au|aux|à la|à l['’]|en el|en la|en los|en las|at the|inside the)\s+((?:[\p{Ll}'’-]+\s+){0,3}?(?:(?:de|del|della|di|du|des|de la|of the|of)\s+)?(?:l['’])?\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+(?:(?:de|del|della|di|du|des|de la|of|y|e|et|and)\s+)?\p{Lu}[\p{L}\p{M}'’.-]*){0,4})/gu;
const DAY_WORDS = new Set(WEEKDAYS);
/** German place prepositions (as written) and a compound in capitals, then "des/der/von" and up to three capitalised words. */
const GERMAN_PLACE = /(?<![\p{L}])(?:im|in der|in dem|in den|an der|am|auf dem|auf der|beim|bei der|vor dem|vor der|vom|von der|ins)\s+(\p{Lu}[\p{L}-]{3,}(?:\s+(?:des|der|von|am|an der)\s+\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,2})?)/gu;
/** The last part of a German compound that names a kind of place (folded, lower case); a job or school place is none. */
const GERMAN_PLACE_HEAD = /(?:haus|hauses|zentrum|saal|halle|anlage|garten|park|(?<!arbeits|ausbildungs|studien|praktikums|kita|schul|stell)platz|hutte|schule|kirche|kapelle|heim|hof|museum|bibliothek|bucherei|theater|kino|stadion|treff|stube|werkstatt|wiese|ufer|rathaus|schloss|kloster|moschee|synagoge|arena|zelt|scheune|muhle|akademie|universitat|hochschule)$/;
const MONTH_LIKE = /^(?:january|february|march|april|may|june|july|august|september|october|november|december|janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|dicembre|enero|febrero|abril|mayo|junio|julio|septiembre|octubre|noviembre|diciembre)$/;

/**
 * The first place named by words alone in `span`, or undefined. Not on German pages (see above); a name that holds an
 * event word ("en la Jornada Mundial") or is a weekday or month is no place.
 * @example placeByWords(page, span, cues, 'it') // { name: 'campi Mivida' }
 */
export function placeByWords(page: PageText, span: Span, cues: CueIndex, language: string): EventLocation | undefined {
  if (language === 'de') return undefined;
  const text = page.text.slice(span.start, span.end);
  PLACE_NAME.lastIndex = 0;
  for (let m = PLACE_NAME.exec(text), n = 0; m && n < 4; m = PLACE_NAME.exec(text), n++) {
    const name = m[1]!.replace(/[.,;:]+$/u, '').trim();
    const at = span.start + m.index + m[0].length - m[1]!.length;
    const last = page.folded.slice(at, at + name.length).split(/\s+/u).pop() ?? '';
    if (DAY_WORDS.has(last) || MONTH_LIKE.test(last) || cues.noun({ start: at, end: at + name.length })) continue;
    return { name };
  }
  return undefined;
}

/**
 * A German kind-of-place compound after a place preposition: "in der Gartenanlage des Hauses Beda". Only for a later hour's
 * gathering (later-gathering.ts), where the hour already marks a new part of the day.
 */
export function germanPlace(page: PageText, span: Span): EventLocation | undefined {
  const text = page.text.slice(span.start, span.end);
  GERMAN_PLACE.lastIndex = 0;
  for (let m = GERMAN_PLACE.exec(text), n = 0; m && n < 4; m = GERMAN_PLACE.exec(text), n++) {
    const name = m[1]!.replace(/[.,;:]+$/u, '').trim();
    const at = span.start + m.index + m[0].length - m[1]!.length;
    const head = page.folded.slice(at, at + name.length).split(/\s+/u)[0]!.toLowerCase();
    if (GERMAN_PLACE_HEAD.test(head)) return { name };
  }
  return undefined;
}

/**
 * Words that give a place to go if the weather is bad (folded), five languages: "Bei schlechter Witterung findet das Fest
 * im Sommercafé statt", "en cas de pluie, à la salle des fêtes", "in caso di maltempo", "en caso de lluvia", "if it rains":
 * the same gathering moved, not another one.
 */
export const BAD_WEATHER = /(?<![\p{L}])(?:bei (?:schlechtem wetter|schlechter witterung|regen|unwetter)|bei schlechtwetter|in case of (?:rain|bad weather)|if it rains|in the event of rain|en cas de (?:pluie|mauvais temps|intemperies)|s'il pleut|in caso di (?:pioggia|maltempo)|se piove|en caso de (?:lluvia|mal tiempo)|si llueve)(?![\p{L}])/u;
