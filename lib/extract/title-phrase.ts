/**
 * The name a sentence gives an event: an event word with the words that qualify it ("join the
 * online follow-up webinar on 21 December" -> "Online follow-up webinar").
 */
import { foldKeepLength } from '../relevance/fold.ts';
import { cut, tidy } from './title-tidy.ts';
import { AFTER_STOP, FINITE_VERB, FUTURE_VERB_END, GENERIC, HELD_BY, LEFT_STOP, LINKING, MEETING_VERB, NOUNS, OWNER_OR_EACH, PARTICIPLE_OR_ADVERB, TRAILING_VERB, VERB_ENDING, VERB_TOO } from './title-words.ts';

// The qualifying words after the event word: a preposition phrase, perhaps after one or two
// adjectives ("incontro informativo sui diritti", "workshop on housing rights").
// ("Kongress der Friedrich-Ebert-Stiftung", "Tag der Jobcenter": German names its host in the genitive.)
// ("evento finale dell’anno", "journée d’étude": Italian and French elide the article into the preposition.)
const RIGHT_LEAD = /^(?:\s+[a-z\u00e0-\u00ff]+){0,2}?\s+(?:(?:on|about|for|of|sur|pour|sobre|para|su|sul|sulla|sui|per|uber|fur|zum|zur|zu|di|dei|degli|delle|della|del|de|des|du|der)\s|(?:dell|sull|dall|nell|all|d|de l)['’](?=\p{L}))/u;


/** Up to two lower-case words after a bare event word: its adjectives ("jornada festiva", "evento finale"), folded. */
const RIGHT_ADJECTIVES = /^(?:\s+[a-z\u00e0-\u00ff-]{4,}){1,2}(?=[\s,.;:!?]|$)/u;

const RIGHT_STOP = /[.,;:!?()\n–—]|\s(?:at|a|um|en|al|nel|nella|dans|alle|a las|with|avec|mit|con|which|that|qui|que|che|der|will|is|takes|took|was|where|ou|wo|dove|donde|from|du|vom|dal|desde|on|le|am|il|el)\s+(?:\d|the|le|la|l'|der|die|das|il|el|los|las)?|\s(?:organi[sz]ed|organisee?s?|organizzat[oa]|organizad[oa]|promoss[oa]|promovid[oa]|promoted|veranstaltet|hosted|held|tenue?s?|svolt[oa]|celebrad[oa]|celebrat[oa]|celebree?s?|a cura|a cargo)(?![\p{L}])|\s(?:opens|reopens|starts|begins|returns|continues|resumes|runs|meets|gathers|brings|offers|invites|aims|explores|offnet|findet|beginnt|startet|ladt|wird|ouvre|commence|aura|sera|inizia|apre|sara|si terra|comienza|empieza|abre|sera|tendra)(?![\p{L}])/u;

/** "During" said with the word for a course ("nel corso di", "au cours de", "en el curso de", "in the course of") (folded, around the word). */
const COURSE = /^(?:corso|cours|curso|course)$/u;

const DURING = /(?:^|[^\p{L}])(?:nel|durante il|al|au|en el|durante el|in the|during the)\s+(?:corso|cours|curso|course)\s+(?:d|de|del|della|dello|dei|degli|delle|di|of|des|du)(?![\p{L}])/u;

const OF = /^\s+(?:of|of the|de|des|du|de la|de los|de las|del|della|delle|dei|degli|di|der|des)\s+$/u;

/**
 * The name a sentence gives an event: the event word with the words that qualify it
 * ("join the online follow-up webinar on 21 December" -> "Online follow-up webinar").
 * `at` is the date's index in the sentence; the event word nearest before it is preferred.
 * @example phraseTitle('Read the report and join the online follow-up webinar on 21 December.', 56) // 'Online follow-up webinar'
 */
export function phraseTitle(sentence: string, at: number): string | undefined {
  const folded = foldKeepLength(sentence);
  let best: { start: number; end: number } | undefined;
  NOUNS.lastIndex = 0;
  let before: { start: number; end: number } | undefined;
  for (let m = NOUNS.exec(folded); m; m = NOUNS.exec(folded)) {
    // ("wo Flüchtlinge Arbeitgeber treffen": a German verb, where the noun would be "Treffen".)
    if (VERB_TOO.has(m[0]) && /\p{Ll}/u.test(sentence[m.index]!) && (m.index === 0 || !/\p{L}/u.test(sentence[m.index - 1]!))) continue;
    if (MEETING_VERB.test(m[0])) continue;
    // ("nel corso del convegno", "au cours de la réunion": the course of a thing is its time, not a course.)
    if (COURSE.test(m[0]) && DURING.test(folded.slice(Math.max(0, m.index - 14), m.index + m[0].length + 5))) continue;
    const hit = { start: m.index, end: m.index + m[0].length };
    if (hit.end <= at || !best) [before, best] = [best, hit];
    if (hit.start >= at) break;
  }
  if (!best) return undefined;
  // "la presentazione dei corsi", "the launch of the workshops": the name starts at the first event word.
  if (before && OF.test(folded.slice(before.end, best.start))) best = { start: before.start, end: best.end };
  let { start, end } = best;
  while (start > 0 && /[\p{L}-]/u.test(sentence[start - 1]!)) start--;
  while (end < sentence.length && /\p{L}/u.test(sentence[end]!)) end++;
  const head = sentence.slice(start, end);
  const left: string[] = [];
  const words = sentence.slice(0, start).split(/\s+/).filter(Boolean);
  for (let i = words.length - 1; i >= 0 && left.length < 3; i--) {
    const w = words[i]!;
    const bare = foldKeepLength(w).replace(/[^\p{L}\p{N}'’-]/gu, '');
    // (A dash or a slash standing alone, "10e arrondissement - Activité", ends the name too.)
    if (!bare || !/\p{L}/u.test(bare) || /[,;:.!?)"”»]$/u.test(w) || /\d/u.test(bare) || LEFT_STOP.has(bare.replace(/^l['’]/u, 'l'))) break;
    if (OWNER_OR_EACH.has(bare) || (/^\p{Ll}/u.test(w) && FINITE_VERB.test(bare))) break;
    left.unshift(w);
  }
  let right = '';
  const tail = sentence.slice(end, end < at ? at : sentence.length);
  const foldedTail = folded.slice(end, end + tail.length);
  if (RIGHT_LEAD.test(foldedTail)) {
    const lead = RIGHT_LEAD.exec(foldedTail)![0];
    const stop = RIGHT_STOP.exec(foldedTail.slice(lead.length - 1));
    right = tail.slice(0, stop ? lead.length - 1 + stop.index : tail.length).split(/\s+/).slice(0, 12).join(' ');
    // ("incontro organizzato per sabato", "jornada celebrada en": a participle before the preposition ends the name.)
    const ws = right.trim().split(/\s+/u);
    const held = ws.findIndex((w, k) => k < 3 && HELD_BY.test(foldKeepLength(w)));
    if (held >= 0) right = ws.slice(0, held).join(' ');
    right = right.replace(/(?:\s+(?:on|at|in|the|le|la|am|il|el|du|de|del|au|a|en|al|nel|im|for|from|of|et|and|und|e|y|ein|statt|für|fur|pour|per|para|por|with|mit|con|avec))+\s*$/iu, '');
  }
  // A bare event word with nothing before it ("una jornada festiva en el parque", "l’evento finale, destinato"):
  // the lower-case words right after it are its adjectives in the Romance languages.
  // (German writes its nouns capitalised and its adjectives before them: "Woche seit" is no name.)
  if (!right && !left.length && /^\p{Ll}/u.test(head)) right = bareAdjectives(tail, foldedTail);
  // ("festa interculturale prenderà", "seminar on work is": a verb the phrase ran into is no part of the name.)
  const phrase = tidy(`${left.join(' ')} ${head}${right ? ` ${right.trim()}` : ''}`).replace(FUTURE_VERB_END, '').replace(TRAILING_VERB, '');
  if (!phrase || GENERIC.test(foldKeepLength(phrase))) return undefined;
  return cut(phrase.charAt(0).toUpperCase() + phrase.slice(1));
}

/**
 * The adjectives after a bare event word: one or two lower-case words that are no verb,
 * preposition or article ("festiva", "finale"), up to the next stop.
 * @example bareAdjectives(' festiva en el parque', ' festiva en el parque') // 'festiva'
 */
function bareAdjectives(tail: string, foldedTail: string): string {
  const m = RIGHT_ADJECTIVES.exec(foldedTail);
  if (!m) return '';
  const words = m[0].trim().split(/\s+/u);
  let n = 0;
  const written = tail.trim().split(/\s+/u, words.length);
  while (n < words.length && !AFTER_STOP.test(words[n]!) && !LEFT_STOP.has(words[n]!) && !LINKING.has(words[n]!) && !VERB_ENDING.test(words[n]!) && !PARTICIPLE_OR_ADVERB.test(written[n] ?? '') && !FINITE_VERB.test(words[n]!)) n++;
  return n ? tail.trim().split(/\s+/u).slice(0, n).join(' ') : '';
}
