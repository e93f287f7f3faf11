/**
 * A quoted event name with the words that introduce it ("Workshop “Migrants Labour Inclusion”",
 * "un convegno dal titolo “…”").
 */
import { foldKeepLength } from '../relevance/fold.ts';
import { EVENT_NOUN } from './cues.ts';
import { cut, tidy } from './title-tidy.ts';
import { AFTER_STOP, GENERIC, JOINING, LEFT_STOP, QUOTED, VERB_TOO } from './title-words.ts';

/** How far past a sentence's end its open quotation is followed to its closing mark. */
const QUOTE_REACH = 160;

/**
 * A sentence that ends inside a quotation ("il Convegno: “Troppa accoglienza?" / "I rifugiati …”")
 * read on to the quotation's closing mark on the same line, so the quoted name is whole.
 * @example throughQuote('Il Convegno: “Troppa accoglienza? I rifugiati”. Poi', 0, 33) // 46
 */
export function throughQuote(text: string, start: number, end: number): number {
  const sentence = text.slice(start, end);
  const opening = (sentence.match(/[«„]|“(?=\p{L})/gu) ?? []).length;
  const closing = (sentence.match(/[»”]|(?<=\p{L}[.!?]?)“/gu) ?? []).length;
  if (opening <= closing) return end;
  const rest = text.slice(end, end + QUOTE_REACH);
  const close = rest.search(/[»”“]|\n/u);
  return close >= 0 && rest[close] !== '\n' ? end + close + 1 : end;
}

/**
 * A quoted event name with the words that introduce it ("Workshop “Migrants Labour Inclusion”").
 * @example quotedTitle('held its first online Workshop “Labour Inclusion” to discuss') // 'first online Workshop “Labour Inclusion”'
 */
export function quotedTitle(sentence: string): string | undefined {
  const m = QUOTED.exec(sentence);
  if (!m) return undefined;
  const named = namedAfterTitleWords(sentence.slice(0, m.index), m[0].trim(), sentence.slice(m.index + m[0].length));
  if (named) return named;
  const before = sentence.slice(0, m.index).split(/\s+/).filter(Boolean).slice(-5);
  // ("a talk on the day and “Strong at work”": a name after "and" is another thing's.)
  if (/^(?:and|und|et|e|y|or|oder|ou|o)$/iu.test(before[before.length - 1] ?? '')) return undefined;
  const lead: string[] = [];
  for (let i = before.length - 1; i >= 0; i--) {
    const w = before[i]!;
    // ("à l’occasion d’une conférence « X »": an article, also elided, starts the name.)
    if (/^(?:its|his|her|their|our|the|a|an|le|la|les|un|une|una|uno|unos|unas|ein|eine|einen|einem|einer|der|die|das|den|il|lo|gli|el|los|las|held|organised|organized|hosted|on|at|in|of|d['’]une?|l['’]|dell['’]|dall['’]|all['’]|un['’])$/iu.test(w) && lead.length) break;
    // ("del ciclo di seminari “X”", "und “X”": a joining word ends the name once it has its event word.)
    if (JOINING.test(w) && lead.length && EVENT_NOUN.test(foldKeepLength(lead.join(' ')))) break;
    lead.unshift(w);
  }
  const intro = lead.join(' ');
  if (!EVENT_NOUN.test(foldKeepLength(intro))) return undefined;
  const name = tidy(`${intro} ${m[0].trim()}`);
  return cut(name.charAt(0).toUpperCase() + name.slice(1));
}

/** Words that introduce a gathering's name ("un convegno dal titolo “...”"), folded, at the end of what precedes it. */
const TITLE_WORDS = /(?:^|\s)(?:entitled|titled|called|named|under the (?:title|theme|motto)|intitulee?s?|sous le (?:titre|theme)|dal titolo|intitolat[oa]|sul tema|titulad[oa]s?|denominad[oa]s?|bajo el (?:titulo|lema)|con el (?:titulo|lema)|unter dem (?:titel|motto)|mit dem titel|(?:zum|zu dem|mit dem|unter dem) thema|on the (?:theme|topic)(?: of)?|sur le (?:theme|sujet)(?: de)?|autour du theme(?: de)?|per tema|a tema|dal tema|sobre el tema|con el tema|bajo el tema)\s*:?\s*$/u;

/**
 * "La jornada informativa, titulada “Claves ...”", "Convegno organizzato da X dal titolo “...”":
 * a quoted name after words that introduce it is the gathering's, with the event word said
 * before them (up to twelve words back, the event word and up to two words after it).
 * @example namedAfterTitleWords('Il convegno regionale dal titolo', '“Rifugiati e lavoro”') // 'Convegno regionale “Rifugiati e lavoro”'
 */
function namedAfterTitleWords(before: string, quoted: string, after = ''): string | undefined {
  const folded = foldKeepLength(before);
  const intro = TITLE_WORDS.exec(folded);
  if (!intro) return undefined;
  const words = before.slice(0, intro.index).split(/\s+/).filter(Boolean).slice(-12);
  // ("Unter dem Motto „X“ lädt der Verein zu einem Fachtag ein": the event word may follow the name.)
  if (!words.some((w) => EVENT_NOUN.test(foldKeepLength(w)))) return eventWordAfter(after, quoted);
  for (let i = words.length - 1; i >= 0; i--) {
    if (!EVENT_NOUN.test(foldKeepLength(words[i]!))) continue;
    // The event word with the words that qualify it: one before it ("policy roundtable") and up
    // to two lower-case ones after it ("jornada informativa"), never an article, a verb or who organised it.
    let from = i;
    if (i > 0 && /^\p{L}+$/u.test(words[i - 1]!) && !LEFT_STOP.has(foldKeepLength(words[i - 1]!))) from = i - 1;
    let to = i + 1;
    while (to < words.length && to <= i + 2 && /^\p{Ll}[\p{L}-]*,?$/u.test(words[to]!) && !AFTER_STOP.test(foldKeepLength(words[to]!))) {
      to++;
      if (words[to - 1]!.endsWith(',')) break;
    }
    const name = tidy(`${words.slice(from, to).join(' ').replace(/,$/u, '')} ${quoted}`);
    return cut(name.charAt(0).toUpperCase() + name.slice(1));
  }
  return undefined;
}

/**
 * The first event word said after a quoted name, in the same sentence and within twelve words:
 * "sous le thème « X », une soirée-débat aura lieu" -> "Soirée-débat « X »".
 */
function eventWordAfter(after: string, quoted: string): string | undefined {
  for (const word of after.split(/\s+/u, 12)) {
    const bare = word.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
    const folded = foldKeepLength(bare);
    if (!bare || !EVENT_NOUN.test(folded) || GENERIC.test(folded) || (VERB_TOO.has(folded) && /^\p{Ll}/u.test(bare))) continue;
    return cut(`${bare.charAt(0).toUpperCase()}${bare.slice(1)} ${quoted}`);
  }
  return undefined;
}
