/**
 * The name of a page's one event: its headline, the subject of a news headline, a quoted name in
 * the opening paragraphs, or the heading over its date when the headline names no gathering.
 */
import { foldKeepLength } from '../relevance/fold.ts';
import { EVENT_NOUN } from './cues.ts';
import type { PageText } from './text.ts';
import { headline } from './title-headline.ts';
import { aboutWhat, bareKind, namesGathering, namesNothing, strongName } from './title-judge.ts';
import { phraseTitle } from './title-phrase.ts';
import { quotedTitle } from './title-quoted.ts';
import { cut, tidy } from './title-tidy.ts';
import { LEFT_STOP, LINKING, NOUNS, QUOTED, VERB_ENDING } from './title-words.ts';

/** How far into a page its one event's quoted name is looked for (the opening paragraphs). */
const NAME_CHARS = 2000;

/**
 * The name of a page's one event: its headline when that names a gathering, else a quoted name
 * with its event word in the opening paragraphs ("a policy roundtable entitled “Jobs for
 * newcomers”") — a news headline ("Newcomers learn about the new rules") says what happened,
 * not what the gathering is called — else the headline.
 * @example singleEventName(readText('Ourense informs newcomers\n\nThe information day “New rules” is on 3 May.')) // 'information day “New rules”'
 */
export function singleEventName(page: PageText, head = headline(page)): string | undefined {
  const subject = head ? headlineSubject(head) : undefined;
  if (subject) return subject;
  if (head && EVENT_NOUN.test(foldKeepLength(head)) && !bareKind(head)) return gatheringInHeadline(head);
  const opening = page.text.slice(0, NAME_CHARS);
  for (const sentence of opening.split(/(?<=[.!?])\s+|\n+/u)) {
    const named = quotedTitle(sentence);
    if (named) return named;
  }
  return head;
}

/**
 * What a news headline says takes place, comes back or opens ("Refugee World Cup set to take
 * place in Glasgow this weekend", "La Festa dei Popoli torna a Fermignano", "Le festival
 * Migrant'scène revient à Lille") (folded, a space before).
 */
const TAKES_PLACE = /\s(?:is |are )?(?:set to take place|takes place|take place|will take place|to be held|will be held|is held|are held|kicks off|kick off|returns|return|is back|are back|comes back|opens|open|gets under way|findet(?= .{0,60}statt\b)|finden(?= .{0,60}statt\b)|kehrt zuruck|startet|beginnt|geht in die|steigt|se celebra|se celebrara|se celebran|tendra lugar|tiene lugar|vuelve|vuelven|regresa|arranca|llega|si terra|si svolge|si svolgera|si tiene|torna|tornano|ritorna|prende il via|arriva|aura lieu|a lieu|se tiendra|se tient|revient|reviennent|est de retour|debute|s'ouvre|ouvre ses portes)(?![\p{L}])/u;

/**
 * The subject of a headline that says its gathering takes place or returns: the gathering's name,
 * when it has two words or more and opens with a capital ("Refugee World Cup").
 * @example headlineSubject('Refugee World Cup set to take place in Glasgow this weekend') // 'Refugee World Cup'
 */
export function headlineSubject(head: string): string | undefined {
  const m = TAKES_PLACE.exec(foldKeepLength(head));
  if (!m) return undefined;
  // ("La Festa dei Popoli torna": the article goes; "Dal 2 al 4 giugno torna": a date is no subject.)
  const whole = head.slice(0, m.index).trim();
  const subject = tidy(whole.replace(/^(?:the|la|le|les|l['’]|il|lo|el|los|las|der|die|das)\s+/iu, ''));
  // (After its article a kind of gathering may open in lower case: "Le festival Migrant'scène".)
  const opens = /^[\p{Lu}\d«“„"‘]/u.test(subject) || (/^\p{Lu}/u.test(whole) && EVENT_NOUN.test(foldKeepLength(subject.split(/\s+/u)[0]!)));
  if (!opens || subject.split(/\s+/u).length < 2 || subject.split(/\s+/u).length > 10 || namesNothing(subject) || /[,;:]/u.test(subject)) return undefined;
  if (!EVENT_NOUN.test(foldKeepLength(subject)) && !QUOTED.test(subject) && !/^(?:\p{Lu}[\p{L}'’-]*\s+){1,}\p{Lu}/u.test(subject)) return undefined;
  return cut(subject.charAt(0).toUpperCase() + subject.slice(1));
}

/**
 * A news headline that tells what someone does about a gathering ("Cáritas Salamanca organizará
 * una jornada sobre inmigración y refugiados", "Teilnahme des EBW am Tag der Jobcenter"): the
 * gathering's own words (its last event word's phrase), when a verb or a word of its own comes
 * before the event word, three words or more into the headline, and the phrase has two words or
 * more. A headline that opens with its gathering, or that is a name throughout, stays whole.
 * @example gatheringInHeadline('Cáritas Salamanca organizará una jornada sobre inmigración y refugiados') // 'Jornada sobre inmigración y refugiados'
 */
function gatheringInHeadline(head: string): string {
  if (QUOTED.test(head)) return head;
  const folded = foldKeepLength(head);
  NOUNS.lastIndex = 0;
  const first = NOUNS.exec(folded);
  if (!first) return head;
  const before = head.slice(0, first.index).split(/\s+/u).filter((w) => /\p{L}/u.test(w));
  // (A verb or a noun of its own before the event word, "organizará", "feiert", says what is done with it;
  // "Participation & Co-creation for Refugee Integration in the EU Webinar" is the name whole.)
  const doing = before.some((w) => /^\p{Ll}{4,}$/u.test(w) && !LEFT_STOP.has(foldKeepLength(w)) && !LINKING.has(foldKeepLength(w)));
  if (before.length < 3 || !doing) return head;
  // (The last event word names the umbrella: "un taller ... en la Fiesta Intercultural de Aranjuez".)
  let phrase = phraseTitle(head, head.length);
  if (!phrase || !/\s/u.test(phrase) || phrase.length >= head.length) return head;
  // ("Veranstaltet herbstliches Begegnungscafé": the verb the phrase took on its left goes.)
  const words = phrase.split(/\s+/u);
  if (words.length >= 3 && VERB_ENDING.test(foldKeepLength(words[0]!)) && !EVENT_NOUN.test(foldKeepLength(words[0]!))) phrase = words.slice(1).join(' ').replace(/^\p{Ll}/u, (c) => c.toUpperCase());
  return phrase;
}

/**
 * The title of a page's one event: the page's own title, else singleEventName(), except where
 * the heading written over the event's date names it better: the headline names no gathering
 * ("Einleitung und weiterführende Links", a news line, the organisation's name) while the heading
 * does ("Lesung und Gespräch mit …"), or the headline is only the kind of gathering ("Colloque
 * international") and the heading says what about ("Travail social et immigration : …"). Undefined:
 * the draft's own title stands.
 * @example singleTitle(page, 'Einleitung', { title: 'Lesung und Gespräch mit Meral Ziegler', headingTitle: true }) // 'Lesung und Gespräch mit Meral Ziegler'
 */
export function singleTitle(page: PageText, head: string | undefined, draft: { title: string; headingTitle?: boolean }): string | undefined {
  const named = singleEventName(page, head);
  if (!draft.headingTitle) return named;
  if (strongName(draft.title) && !(head && namesGathering(head))) return draft.title;
  if (head && named === head && bareKind(head) && EVENT_NOUN.test(foldKeepLength(head)) && aboutWhat(draft.title)) return cut(`${head} – ${draft.title}`);
  return named;
}
