/**
 * A place read from the words alone, where the venue lists know no kind of place in its name: a place preposition that
 * only introduces places ("presso", "au", "à la", "dans les locaux de", "en el", "at the") and a name in capitals
 * after it: "presso i campi Mivida", "à la MCL", "dans les locaux de l'association JRS France", "en el albergue
 * Juvenil", "at the Old Mill". Only to tell a second gathering's place from the first's (gather-clauses.ts): never the
 * page's own place reading. German is left out: its nouns are all in capitals, so a capital marks no name there.
 */
import type { CueIndex } from './cue-index.ts';
import type { EventLocation } from '../model/event.ts';
import type { PageText, Span } from './text.ts';
import { WEEKDAYS } from './vocabulary.ts';

/** Place prepositions (as written, lower case) and up to three lower-case words of a kind of place before the name. */
const PLACE_NAME = /(?<![\p{L}])(?:presso(?: (?:il|lo|la|i|gli|le|l['’]))?|pres(?:so)? la sede d(?:i|el|ella|ell['’])|nei locali d(?:i|el|ella|ell['’])|dans les locaux d(?:e|u|e la|e l['’]|es)|au|aux|à la|à l['’]|en el|en la|en los|en las|at the|inside the)\s+((?:[\p{Ll}'’-]+\s+){0,3}?(?:(?:de|del|della|di|du|des|de la|of the|of)\s+)?(?:l['’])?\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+(?:(?:de|del|della|di|du|des|de la|of|y|e|et|and)\s+)?\p{Lu}[\p{L}\p{M}'’.-]*){0,4})/gu;
const DAY_WORDS = new Set(WEEKDAYS);
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
