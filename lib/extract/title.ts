/**
 * The name of an event in a list or a sentence: a list item's own words once its date and place
 * are out, a sentence's event phrase or the sentence itself, a bare kind said with the page's
 * headline, and whether two titles name one gathering. The other parts of a title live in
 * title-*.ts (words, tidy, judge, quoted, phrase, headings, headline, single, day, shown).
 */
import { foldKeepLength } from '../relevance/fold.ts';
import { EVENT_NOUN } from './cues.ts';
import type { PageText, Span } from './text.ts';
import { headline } from './title-headline.ts';
import { clauseNotName, compoundName, namesNothing } from './title-judge.ts';
import { phraseTitle } from './title-phrase.ts';
import { cut, tidy } from './title-tidy.ts';
import { GENERIC, NOUNS, QUOTED, TRAILING_VERB } from './title-words.ts';

// The parts of a title moved to their own files, for the modules and tests that read them here.
export { headingAbove, nameBeforeDate, titleBelow } from './title-headings.ts';
export { headline } from './title-headline.ts';
export { namesNothing, onlyWhenOrWhere, strongName } from './title-judge.ts';
export { isSectionName } from './title-line-kinds.ts';
export { phraseTitle } from './title-phrase.ts';
export { quotedTitle, throughQuote } from './title-quoted.ts';
export { headlineSubject, singleEventName, singleTitle } from './title-single.ts';

/**
 * The words of a list item once its date, place and asides are taken out.
 * @example segmentTitle('Bruxelles 21 June – Final Conference', [[10, 17]], 'Bruxelles') // 'Final Conference'
 */
export function segmentTitle(text: string, remove: Array<[number, number]>, city?: string): string | undefined {
  let s = text;
  for (const [a, b] of [...remove].sort((x, y) => y[0] - x[0])) s = `${s.slice(0, a)} \u0000 ${s.slice(b)}`;
  s = s.replace(/\([^)]*\)/g, ' ');
  if (city) s = s.replace(new RegExp(`(^|\\s)${city.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?=\\s|$|,)`, 'u'), ' ');
  // "Name: date in City" keeps the name; "Label: Name, date" keeps what follows the label.
  // After the date, "Title: subtitle" is the name whole ("5/10 – Tu currículum: cómo contarlo").
  const afterColon = s.split(/:\s/);
  const last = afterColon[afterColon.length - 1]!.replace(/\u0000/g, '').replace(/(?<![\p{L}])(?:in|at|en|a|à|im|am|um|bei|presso|online)(?![\p{L}])/giu, '');
  const marker = s.indexOf('\u0000');
  const colon = s.search(/:\s/);
  // ("18h : soirée-débat", "9.00–13.00 Uhr: Workshop": a time before the colon is not a title.)
  const dateFirst = marker >= 0 && marker < colon && /\p{L}{4,}/u.test(s.slice(marker + 1, colon));
  if (afterColon.length > 1 && !dateFirst && /\p{L}{4}/u.test(last)) s = afterColon[afterColon.length - 1]!;
  const parts = s.split('\u0000').map(tidy).filter((p) => p.length > 2);
  // "International Workshop 9 June – workshop": the longer side carries the name.
  const best = parts.sort((a, b) => Number(EVENT_NOUN.test(b.toLowerCase())) - Number(EVENT_NOUN.test(a.toLowerCase())) || b.length - a.length)[0];
  if (!best || !/\p{L}{3}/u.test(best) || namesNothing(best) || TRAILING_VERB.test(best) || clauseNotName(best)) return undefined;
  // ("l’evento finale del progetto", "einen Tag der offenen Tür an": a clause's tail keeps the gathering it names.)
  if (/^\p{Ll}/u.test(best) && !QUOTED.test(best)) {
    const phrase = phraseTitle(best, 0);
    return phrase && /\s/u.test(phrase) ? phrase : undefined;
  }
  return cut(best);
}

/**
 * The sentence itself, cut to a title's length, as a last resort.
 * @example sentenceTitle('The workshop on 3 May will discuss...') // 'The workshop on 3 May will discuss...'
 */
export function sentenceTitle(text: string, span: Span): string {
  const sentence = text.slice(span.start, span.end);
  // A long sentence names its gathering somewhere inside: "Ein Gesprächsabend zum Thema Flüchtlinge findet ... statt".
  // A sentence that is only its date and place ("A Roma, venerdì 5 maggio dalle ore 16") says
  // what only through an event word, if it has one.
  const phrase = sentence.length > 60 || namesNothing(sentence) ? phraseTitle(sentence, 0) : undefined;
  // (One word is a name when it is a compound of two, "Online-Seminar", "Integrationsfest", not "Convegno".)
  if (phrase && phrase.length >= 12 && (/\s/.test(phrase) || compoundName(phrase))) return phrase;
  // (A long sentence that quotes a name, "Torna a Fermignano, dal 2 al 4 giugno, “Popoli in festa”,
  // il festival che…": the name says more than the sentence cut short.)
  if (sentence.length > 90) {
    const quoted = QUOTED.exec(sentence);
    const before = quoted ? foldKeepLength(sentence.slice(Math.max(0, quoted.index - 30), quoted.index)) : '';
    if (quoted && /^\p{Lu}/u.test(quoted[1] ?? quoted[2] ?? '') && /\s/u.test((quoted[1] ?? quoted[2])!.trim()) && !NAMED_PLACE_OR_LAW.test(before)) return cut(quoted[0].trim());
  }
  return cut(tidy(sentence)) || 'Event';
}

/**
 * A title that is only a kind of gathering ("Visita", "Auftakt", "Séminaire") on a page with
 * several events says which one with the page's headline, when that names a gathering too
 * ("Auftakt – Interkulturelle Woche 2015"). The headline itself, or a title with a name of its
 * own, stays as it is.
 * @example inContext('Auftakt', 'Interkulturelle Woche 2015') // 'Auftakt – Interkulturelle Woche 2015'
 */
export function inContext(title: string, head: string | undefined): string {
  if (!head || head === title || head.length > 100 || !/^\p{Lu}[\p{L}-]+$/u.test(title)) return title;
  const folded = foldKeepLength(title);
  if (!EVENT_NOUN.test(folded) && !GENERIC.test(folded)) return title;
  const headFolded = foldKeepLength(head);
  if (!(EVENT_NOUN.test(headFolded) || QUOTED.test(head)) || headFolded.includes(folded)) return title;
  return cut(`${title} – ${head}`);
}

/**
 * The sentence as the last resort, unless it only says when ("Miércoles 2, Jueves 3 y Viernes 4
 * de marzo", "samedi 15 décembre - 14h30"): then the page's headline names more.
 * @example sentenceOrHeadline(readText('Ciclo de cine\n\nMiércoles 2 de marzo'), { start: 15, end: 34 }) // 'Ciclo de cine'
 */
export function sentenceOrHeadline(page: PageText, span: Span): string {
  const title = sentenceTitle(page.text, span);
  if (!namesNothing(title)) return title;
  // (Only a headline that names a gathering: a page without one opens with its furniture.)
  const head = pageHeadline(page);
  return head && (EVENT_NOUN.test(foldKeepLength(head)) || QUOTED.test(head)) ? head : title;
}

const headlines = new WeakMap<PageText, { head: string | undefined }>();

/** headline(), worked out once per page. */
function pageHeadline(page: PageText): string | undefined {
  let known = headlines.get(page);
  if (!known) headlines.set(page, (known = { head: headline(page) }));
  return known.head;
}

/**
 * The words before a quoted name that make it a room's, a building's or a law's name ("Aula Magna
 * “Vincenzo Li Donni”", "Legge regionale 3 marzo 2023, n. 9 “Sistema integrato…”"), not a gathering's (folded).
 */
const NAMED_PLACE_OR_LAW = /(?:^|[\s(])(?:aula|magna|sala|salle|saal|teatro|theatre|theater|auditorium|centro|centre|center|zentrum|biblioteca|bibliotheque|library|bibliothek|museo|musee|museum|hall|piazza|plaza|place|platz|via|rue|calle|istituto|instituto|institut|scuola|escuela|ecole|schule|cinema|cine|kino|hotel|palazzo|palacio|palais|legge|ley|loi|gesetz|law|act|decreto|decret|decree|verordnung|regolamento|reglamento|reglement|regulation|n\.|nº|nr\.|no\.)\s*[\p{L}\d ,.'-]{0,3}$/u;

/**
 * Two titles for the same days that name one gathering twice: the same kind of gathering, and
 * not two different quoted names ("Project kick-off meeting in Poland" and "Kick-off meeting
 * for the ‘SPREAD’ project"; but "Film “Anantapur”" and "Film “África e Infancia”" are two).
 * @example sameGatheringNamed('Kick-off meeting in Poland', 'The kick-off meeting for ‘SPREAD’') // true
 */
export function sameGatheringNamed(a: string, b: string): boolean {
  const qa = QUOTED.exec(a), qb = QUOTED.exec(b);
  if (qa && qb && foldKeepLength(qa[0]) !== foldKeepLength(qb[0])) return false;
  const kinds = (t: string) => {
    const found = new Set<string>();
    NOUNS.lastIndex = 0;
    const folded = foldKeepLength(t);
    for (let m = NOUNS.exec(folded); m; m = NOUNS.exec(folded)) found.add(m[0]);
    return found;
  };
  const ka = kinds(a);
  for (const k of kinds(b)) if (ka.has(k)) return true;
  return false;
}
