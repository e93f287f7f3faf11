/**
 * The name of an event: its own words in a list ("Webinar Initiative 'Employers together
 * for Integration' 5 May"), a quoted name after an event word, the heading above the date,
 * or the page headline when the page announces a single event.
 */
import { foldKeepLength } from '../relevance/fold.ts';
import type { PageText, Span } from './text.ts';
import { EVENT_NOUN } from './cues.ts';
import { hostName } from './host-name.ts';
import { venueLine } from './venue.ts';

const MAX_TITLE = 160;

/** Words left dangling at a name's end once its date is taken out ("Session 1 : du"). */
// (Prepositions and the Italian "è" too: "L’appuntamento è per" is a sentence cut short, not a name.)
const DANGLING = /\s+(?:du|from|vom|von|dal|dalla|del|de|le|la|il|el|am|on|the|au|à|a|et|and|und|e|y|bis|to|al|des|der|die|das|los|las|les|per|pour|para|por|for|für|sur|su|sobre|è)$/iu;

function tidy(s: string): string {
  let t = s.replace(/\s+/g, ' ').replace(/^\s*(?:date|datum|data|fecha)\s+\d{4}-\d{2}(?:-\d{2})?\s+/iu, '').replace(/^[\s,;:–—\-•*·|.]+|[\s,;:–—\-•*·|(.]+$/gu, '');
  for (let i = 0; i < 3 && DANGLING.test(t); i++) t = t.replace(DANGLING, '').replace(/[\s,;:–—\-•*·|(.]+$/gu, '');
  // ("horas, una charla-coloquio", "zu einer Informationsveranstaltung": the tail of a time, an invitation's preposition.)
  t = t.replace(/^(?:horas?|uhr|ore|heures?|hrs?)\b[\s,.:;–-]*/iu, '').replace(/^(?:zu (?:einer|einem|einen)|zu|à une|à un|a una|a un|ad una|to an?|for an?)\s+(?=\p{L})/u, '');
  // ("Fiesta Intercultural de Aranjuez PDF Imprimir E-mail": the page's print and mail buttons after a heading.)
  t = t.replace(/(?:\s+(?:pdf|imprimir|e-?mail|print|drucken|imprimer|stampa|envoyer|enviar|share|teilen|compartir|partager|condividi)){2,}\s*$/iu, '');
  const rest = t.replace(/^(?:and|et|und|e|y|on|the|le|il|el|am|au|du|from|to|then|finally|next)\s+/iu, '');
  // "Next steps" stays a heading; "and the closing conference" loses its "and".
  return (rest !== t && !/\s/.test(rest) && /^(?:then|finally|next)\s/iu.test(t) ? t : rest).trim();
}

/** A title as shown: without its own day at either end (withoutWhen), in the nominative (nominative), at most MAX_TITLE characters. */
function cut(title: string): string {
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
 * What is left of a clause, not a name: its first words hold a verb that says what a thing is or
 * will be ("Su apertura será este", "Die IMMIGRA ist Teil der ...", "wird in das Stadtfest"), or
 * it is only the word for an appointment ("L’appuntamento", "Rendez-vous").
 * @example clauseNotName('Su apertura será este') // true
 */
function clauseNotName(text: string): boolean {
  const folded = foldKeepLength(text);
  if (APPOINTMENT.test(folded)) return true;
  return folded.split(/\s+/u, 4).some((w) => COPULA.has(w));
}

/** Verbs that say what a thing is or will be (folded): a sentence's, never in a gathering's name. */
const COPULA = new Set(['ist', 'sind', 'wird', 'werden', 'war', 'est', 'sont', 'sera', 'seront', 'etait', 'is', 'are', 'was', 'were', 'will', 'sara', 'saranno', 'era', 'sono', 'es', 'son', 'fue', 'seran']);
/** The word for an appointment alone, with its article: it says a gathering is coming, not which (folded). */
const APPOINTMENT = /^(?:l['’]|el |il |the |der |le )?(?:appuntamento|appuntamenti|rendez-vous|cita|citas|termin|termine|appointment|date)\W*$/u;

/**
 * The verb a sentence about an event stops on once its date is cut out ("La jornada será",
 * "Das Sprachcafé beginnt"): a sentence, not a list item's name.
 */
const TRAILING_VERB = /\s(?:sera|será|sarà|seran|serán|saranno|wird|werden|findet|beginnt|startet|offnet|öffnet|is|are|will be|begins|starts|opens|takes place|took place|was held|were held|fand statt|fanden statt|hat stattgefunden|a eu lieu|ont eu lieu|s'est tenue?|si è svolto|si è svolta|si è tenuto|si è tenuta|tuvo lugar|se celebró|est|sont|aura lieu|commence|ouvre|si terrà|si terra|inizia|comincia|apre|tendrá lugar|tendra lugar|comienza|empieza|abre)$/iu;


/**
 * Words that say when or where, not what: a line that opens with its date or time and has no
 * event word or quoted name ("21 Novembre 2016, ore 15.30-18.30", "18:00 horas").
 * @example namesNothing('Jeudi 23 avril 2015 à 20h') // true
 */
export function namesNothing(text: string): boolean {
  const folded = foldKeepLength(text);
  if (ONLY_TIME_WORDS.test(folded) || GLUED_MENU.test(text.trim())) return true;
  return (DATELINE.test(folded) || RANGE_LEAD.test(folded)) && !EVENT_NOUN.test(folded) && !QUOTED.test(text);
}

/** A line that opens with the first day of a span ("Dès le 05.11.2015 au 08.11.2015", "Vom 3. bis 5. Mai", "Dal 2 al 4 giugno") (folded). */
const RANGE_LEAD = /^\W*(?:du|des|from|vom|von|ab|dal|dall'|del|desde|a partir du|a partir del|a partire dal)\s+(?:le\s+|il\s+|el\s+|the\s+)?\d{1,2}(?:st|nd|rd|th|er|e|º|°)?\.?(?:\d{1,2}\.?(?:\d{2,4})?)?\s/u;

/** "Uhr", "horas", "ore 18": what is left of a time, not a name (folded). */
const ONLY_TIME_WORDS = /^\W*(?:(?:uhr|horas?|ore|heures?|hrs?|h|am|pm|alle|dalle|a las|um|ab|bis|from|to|de|a)\W*|\d+\W*)+$/u;
/** Menu words run together by a copy of the page ("LocalNoticiasProvincialSolidaridad"). */
const GLUED_MENU = /^(?:\p{Lu}\p{Ll}+){3,}$/u;

// Posting stamps and bylines are not headings.
// (Not "publi" alone: "Réunion publique", "Public meeting", "Asamblea pública" are headings.)
const STAMP_LINE = /(?:publi(?:é|ée|e le|shed|cad[oa]|ziert)|posted|updated|mis à jour|aktualisiert|veröffentlicht|pubblicato|aggiornato|actualizado|^by\s|\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{1,2}:\d{2})/iu;

const JOINING = /^(?:and|und|et|e|y|del|della|dello|dei|degli|delle|di|una|uno|einen|einem|einer|eine|ein|zum|zur|sobre|su|sur|du|des)$/iu;

// (Single marks name too, "‘La via dei canti’", "‘Por una sociedad de acogida’": a ’ between two
// letters is an apostrophe, "dell’anno", and the name goes on.)
const QUOTED = /(?:[“"«„]\s?)([^“”"«»„\n]{4,140})(?:\s?[”"»“])|‘((?:[^‘’\n]|’(?=\p{L})){4,140})’(?!\p{L})/u;

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

/** Words after an event word that end its qualifiers: verbs, prepositions, who organised it (folded). */
const AFTER_STOP = /^(?:steht|stand|findet|fand|wird|ist|war|is|was|will|are|se|si|a|à|au|aux|en|in|im|am|an|on|at|with|mit|con|avec|che|que|qui|which|that|who|by|da|de|du|des|di|del|della|von|par|per|por|para|for|pour|fur|zum|zur|organi[sz]\p{L}*|promoss\p{L}*|promovid\p{L}*|hosted|held|tenue?s?|svolt\p{L}*|celebrad\p{L}*|and|und|et|e|y|o|or|ou|oder)$/u;

/**
 * Words that open a question as a sentence does (folded). (Not "which", "quale", "welche":
 * followed by a noun they make a title, "Quale accoglienza?", "Which Europe?".)
 */
const QUESTION_WORD = /^\W*(?:who|what|whats|what's|what’s|when|where|why|how|do|does|did|is|are|can|qui|que|quoi|qu'est|qu’est|ou|quand|pourquoi|comment|est-ce|wer|was|wo|wann|warum|wie|chi|che|cosa|dove|quando|perche|come|quien|quienes|donde|cuando|por que|como)(?![\p{L}])/u;

/**
 * The closest heading-like line above a position, within a few lines.
 * @example headingAbove(page, 120) // 'The first online Capacity Building Workshop – French Case Study'
 */
export function headingAbove(page: PageText, line: Span & { index: number }): string | undefined {
  for (let i = line.index - 1, seen = 0; i >= 0 && seen < 8; i--) {
    const verdict = headingAt(page, i);
    if (verdict === BLANK) continue;
    seen++;
    if (verdict !== NOT_HEADING) return verdict;
  }
  return undefined;
}

const BLANK = 0;
const NOT_HEADING = 1;
/** Each line's verdict, kept per page: the events of a page ask about the same lines above them. */
const headingVerdicts = new WeakMap<PageText, Map<number, string | typeof BLANK | typeof NOT_HEADING>>();

/** Line `i` as a heading: its title, or BLANK, or NOT_HEADING. */
function headingAt(page: PageText, i: number): string | typeof BLANK | typeof NOT_HEADING {
  let verdicts = headingVerdicts.get(page);
  if (!verdicts) headingVerdicts.set(page, (verdicts = new Map()));
  let verdict = verdicts.get(i);
  if (verdict === undefined) verdicts.set(i, (verdict = readHeading(page, i)));
  return verdict;
}

function readHeading(page: PageText, i: number): string | typeof BLANK | typeof NOT_HEADING {
  const start = page.lineStarts[i]!;
  const end = (page.lineStarts[i + 1] ?? page.text.length + 1) - 1;
  const text = page.text.slice(start, end).trim();
  if (!text) return BLANK;
  // A date on its own line ("9 gennaio 2023") is a stamp, not a heading.
  if (STAMP_LINE.test(text) || (text.length <= 30 && /(?<!\d)(?:19|20)\d{2}(?!\d)/u.test(text))) return NOT_HEADING;
  // A long line with a date or a time is another event's item line, not a heading.
  if (text.length > 60 && /\d{1,2}[./:]\d{1,2}|(?<!\d)(?:19|20)\d{2}(?!\d)|\d\s?(?:h|uhr|am|pm)(?![\p{L}])/iu.test(text)) return NOT_HEADING;
  // A line too long or ending as a sentence does is no heading (unless a short question, below).
  if (text.length > 140 || !/\p{L}{3}/u.test(text)) return NOT_HEADING;
  // "MARTES 20 DE SEPTIEMBRE (Casa del Mar)", "PROGRAMA", "Veranstalter: ...": a day, a section or a field, not a name.
  const folded = foldKeepLength(text);
  // (A short question is a heading too, "Refugees Welcome?", "Troppa accoglienza?"; one that opens with a
  // question word, "What's next?", "Wo stehen wir?", is the site's furniture or a line of prose.)
  const question = text.length <= 80 && /\p{L}\?$/u.test(text) && !QUESTION_WORD.test(folded);
  if (/[.!?:]$/.test(text) && !question) return NOT_HEADING;
  // (A site's prompt or a picture's file name above the date is the page's furniture: see headline().)
  if (DAY_HEADING.test(folded) || SECTION.test(folded) || SECTION_NAME.test(folded) || FIELD_LABEL.test(folded) || NOT_HEADLINE.test(folded) || CAPTION.test(folded) || SITE_PROMPT.test(folded) || FILE_NAME.test(text) || namesNothing(text)) return NOT_HEADING;
  // (Counters, a weekday row, and prose wrapped onto the line: it opens in lower case and has a clause's
  // commas or a sentence's end inside, "jour, des bénévoles se relaient. Le documentaire ...".)
  if (countsOnly(text) || SHORT_WORD_ROW.test(text) || (/^\p{Ll}/u.test(text) && /[,.;]\s/u.test(text) && !QUOTED.test(text))) return NOT_HEADING;
  // "(France, Italie - 2017 - 1h31)": an aside in brackets, a film's credits, not a name.
  if (/^\(.*\)$/u.test(text)) return NOT_HEADING;
  // (A price, "Tarif unique 5 euros", and an address, "place du Onze novembre", "Via Roma 12", say what it costs and where.)
  if (PRICE_LINE.test(folded) || STREET_LINE.test(folded) || LOWER_STREET.test(text) || SHARE_ROW.test(folded)) return NOT_HEADING;
  // (A venue's name alone, "Hôtel de ville", "Casa del Mar", is where the events below happen.)
  if (!EVENT_NOUN.test(folded) && !QUOTED.test(text) && venueLine(text)) return NOT_HEADING;
  return cut(tidy(text));
}

const MONTH_WORDS = 'january|february|march|april|may|june|july|august|september|october|november|december|janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|januar|februar|marz|juni|juli|oktober|dezember|gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|dicembre|enero|febrero|abril|mayo|junio|julio|septiembre|octubre|noviembre|diciembre';
const WEEKDAY_WORDS = 'monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lunedi|martedi|mercoledi|giovedi|venerdi|sabato|domenica|lunes|martes|miercoles|jueves|viernes|sabado|domingo';
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

/** A day with its month, as written in the five languages ("25. September", "mercredi 16 novembre", "July 18th, 2025") (folded). */
const DAY_MONTH = `(?:(?:${WEEKDAY_WORDS}),?\\s+)?(?:the\\s+)?(?:\\d{1,2}(?:st|nd|rd|th|er|e|º|°)?\\.?\\s*(?:of\\s+|de\\s+|di\\s+)?(?:${MONTH_WORDS})(?:\\s+(?:de\\s+)?\\d{4})?|(?:${MONTH_WORDS})\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?|\\d{1,2}\\.\\d{1,2}\\.(?:\\d{2,4})?)(?:\\s+(?:prochain|next|prossimo|proximo))?`;
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

/** A day heading: "MARTES 20 DE SEPTIEMBRE (Casa del Mar)", "Lunes 15", "Samstag, 22. Juni". */
const DAY_HEADING = new RegExp(`^\\W*(?:(?:${WEEKDAY_WORDS}),?\\s+\\d{1,2}\\b|(?:(?:${WEEKDAY_WORDS}),?\\s+)?\\d{1,2}\\.?\\s+(?:de\\s+)?(?:${MONTH_WORDS})\\b)`);
/** Section headings of a programme page. */
const SECTION = /^\W*(?:programme|program|programma|programa|programm|agenda|ordre du jour|tagesordnung|conference programme|y ademas|further information|more information|plus d'infos?|weitere informationen|mas informacion|maggiori informazioni|exposiciones?(?: fotograficas)?|info|infos|about this event|event details|details|date and time|date & time|date et heure|date & heure|fecha y hora|data e ora|datum und uhrzeit|datum & uhrzeit|when and where|informations pratiques|informations generales|practical information|general information|allgemeine informationen|informazioni generali|informacion general|informaciones generales|praktische informationen|informazioni pratiche|informacion practica)\W*$/;

/** Fields of an agenda item that are not its name ("Ort: ...", "Registration: ..."). */
const FIELD_LABEL = /^[-•*\s]*(?:veranstalter(?:in)?|organi[sz]er|organisateur|organizzatore|organizador|organised by|organise par|ort|venue|location|place|where|address|lieu|adresse|luogo|sede|indirizzo|lugar|direccion|date|dates|datum|data|fecha|time|zeit|uhrzeit|heure|horaire|orario|hora|anmeldung|registration|register|inscriptions?|iscrizion[ei]|inscripcion(?:es)?|contacts?|kontakt|contatti|contacto|cost|price|preis|kosten|prix|tarif|costo|precio|infos?|information|informationen|informazioni|informacion|wann|wo|when|quand|quando|cuando|speakers?|referent(?:in|en)?|intervenants?|relatori?|ponentes?|zielgruppe|target group|public|publico|pubblico)\s*:/;

/**
 * An agenda item's name on the line under its date ("Mi, 17.04. | 18:00 Uhr" then
 * "Infoabend: Ausbildung in der Pflege"), when the date line starts its paragraph.
 * @example titleBelow(readText('Intro.\n\n17.04. | 18:00\nInfoabend: Pflege\nText.'), { start: 8, end: 21, index: 2 }) // 'Infoabend: Pflege'
 */
export function titleBelow(page: PageText, line: Span & { index: number }): string | undefined {
  const above = line.index > 0 ? page.text.slice(page.lineStarts[line.index - 1]!, line.start).trim() : '';
  if (above) return undefined;
  let below = line.index + 1;
  const lineText = (i: number) => page.text.slice(page.lineStarts[i] ?? page.text.length, (page.lineStarts[i + 1] ?? page.text.length + 1) - 1);
  // "Lunes 16" / (blank) / "• Taller de cocina del mundo, a las 18.00 ...": a day heading named by its first item.
  if (page.lineStarts[below] !== undefined && !lineText(below).trim() && /^\s*[•*▪►·-]\s+\p{L}/u.test(lineText(below + 1))) below++;
  const start = page.lineStarts[below];
  if (start === undefined) return undefined;
  let text = lineText(below).trim();
  if (/^[•*▪►·-]\s/u.test(text)) text = text.replace(/^[•*▪►·-]\s+/u, '').split(/[,.;]\s|\s[–—]\s/u)[0]!.replace(/[.!?]$/, '');
  if (!text || text.length > 140 || /[.!?]$/.test(text) || FIELD_LABEL.test(foldKeepLength(text)) || STREET_LINE.test(foldKeepLength(text)) || namesNothing(text)) return undefined;
  return /\p{L}{3}/u.test(text) ? cut(tidy(text)) : undefined;
}

/**
 * The name written before a colon on the date's line: "Journée portes ouvertes : samedi 24 mai".
 * @example nameBeforeDate('Journée portes ouvertes : samedi 24 mai 2025 de 10h à 17h', 26) // 'Journée portes ouvertes'
 */
export function nameBeforeDate(line: string, at: number): string | undefined {
  const head = line.slice(0, at);
  const colon = head.lastIndexOf(':');
  if (colon < 3 || colon > 100 || head.length - colon > 24) return undefined;
  const name = tidy(head.slice(0, colon));
  return name.length >= 4 && EVENT_NOUN.test(foldKeepLength(name)) && !FIELD_LABEL.test(foldKeepLength(`${name}:`)) ? cut(name) : undefined;
}

/** How many of the page's first non-empty lines may hold its headline. */
const HEADLINE_LINES = 10;

/** An icon's name copied with a page's text ("angle-left Webmag", "chevron-right"): no word of the headline. */
const ICON_NAME = /(?<![\p{L}-])(?:fa-)?(?:angle|chevron|arrow|caret)-(?:left|right|up|down)(?![\p{L}-])/gu;
/** A month, perhaps with its year, alone: a calendar's navigation ("<< Septembre 2019 >>"), not a name (folded). */
const MONTH_ONLY = new RegExp(`^\\W*(?:${MONTH_WORDS})\\.?\\s*(?:\\d{4})?\\W*$`, 'u');

/**
 * The page's headline: among its first lines, the one that reads most like an event's name.
 * Pages copied from the web open with furniture ("Go Top", "Seiteninhalt", a site's tagline,
 * a section's name), stamps and datelines before the headline, so the first line is not
 * enough: a line that names a gathering (an event word, a quoted name) beats a line above it
 * that does not, and lines that are only a date, a time, a slug or one word are passed over.
 * @example headline(readText('Go Top\n\nConférence : « Droit d'asile »\n\nsamedi 11.03.23')) // 'Conférence : « Droit d'asile »'
 */
export function headline(page: PageText, url?: string): string | undefined {
  const site = siteLabel(url);
  const lines = page.text.split('\n', 40).map((l) => l.trim()).filter((l) => l.length > 0).slice(0, HEADLINE_LINES);
  let best: { text: string; score: number } | undefined;
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i]!;
    // The body has begun: a paragraph, not a heading.
    if (line.length > 200) break;
    // A headline broken over lines ("Public seminar on" / "Integrating refugees into work:" / "...").
    for (let j = i + 1; j < lines.length && j <= i + 2 && OPEN_END.test(foldKeepLength(line)) && lines[j]!.length <= 120; j++) line = `${line} ${lines[j]}`;
    const text = tidy((BREADCRUMB.test(line) ? lastCrumb(line) : line).replace(ICON_NAME, ' '));
    const folded = foldKeepLength(text);
    if (!/\p{L}{3}/u.test(text) || NOT_HEADLINE.test(folded) || STAMP_ONLY.test(text) || SECTION.test(folded) || DATELINE.test(folded) || MONTH_ONLY.test(folded) || SLUG.test(text) || CAPTION.test(folded) || STREET_LINE.test(folded) || GLUED_MENU.test(text)) continue;
    // (A section's name, "News", "Kurz", "En bref", heads every post of that section.)
    if (FIELD_LABEL.test(folded) || SITE_PROMPT.test(folded) || FILE_NAME.test(text) || SECTION_NAME.test(folded) || countsOnly(text) || SHORT_WORD_ROW.test(text)) continue;
    const words = text.split(/\s+/).length;
    // ("La Dépêche du Midi" on ladepeche.fr: the site's own name, unless it names a gathering, "Refugee Week" on refugeeweek.org.uk.)
    if (site && words <= 6 && namesSite(folded, site) && !EVENT_NOUN.test(folded)) continue;
    // A sentence opens the text; it does not name the event ("Dobbiamo accogliere?" may).
    if ((line.length > 90 && /[.!?]$/.test(line)) || (words > 8 && /[.…]$/.test(line))) continue;
    // (One word, "Convegni", "Veranstaltungen", names a section, not a gathering.)
    const score = (EVENT_NOUN.test(folded) && words > 1 ? 2 : 0) + (QUOTED.test(text) ? 1 : 0) + (words >= 3 ? 1 : words === 1 ? -1 : 0) - i / 4;
    if (!best || score > best.score) best = { text, score };
  }
  return best ? cut(best.text) : undefined;
}

/**
 * The word a site's address is made of ("ladepeche" for www.ladepeche.fr), when long enough to
 * recognise the site's name in a line; the kinds of site a council or a group runs are no name.
 * @example siteLabel('https://www.ladepeche.fr/2017/02/04/x.html') // 'ladepeche'
 */
function siteLabel(url: string | undefined): string | undefined {
  const host = hostName(url);
  if (!host) return undefined;
  const labels = host.split('.').slice(0, -1).filter((l) => !/^(?:www\d?|m|web|blog|news|co|com|org|gov|gob|gouv)$/.test(l));
  const longest = labels.map((l) => l.replace(/[^a-z]/g, '')).sort((a, b) => b.length - a.length)[0];
  return longest && longest.length >= 5 ? longest : undefined;
}

/** A line that spells the site's name: its letters, run together, hold the address's word or are held in it. */
function namesSite(folded: string, site: string): boolean {
  const letters = folded.replace(/[^a-z]/g, '');
  return letters.length >= 5 && (letters.includes(site) || site.includes(letters));
}

/** A row of short words, a calendar's weekday header or a menu's letters ("Mon Tue Wed Thu Fri Sat Sun", "Lu Ma Me Je Ve"). */
const SHORT_WORD_ROW = /^(?:\p{L}{1,3}\.?\s+){4,}\p{L}{1,3}\.?$/u;

/**
 * A line of counters (reading time, shares, comments: "3 minutes 2 ans 325"): more numbers than
 * words, and no event word.
 */
function countsOnly(text: string): boolean {
  const tokens = text.split(/\s+/u);
  const numbers = tokens.filter((t) => /^\d[\d.,:]*$/u.test(t)).length;
  return numbers >= 2 && numbers >= tokens.length - numbers && !EVENT_NOUN.test(foldKeepLength(text));
}

/**
 * What a site says to its reader around every page, not a page's name: calls to subscribe, to
 * click, to read on or to follow, and the site's own pages ("Who we are", "Contact") (folded).
 */
const SITE_PROMPT = /^\W*(?:subscribe|sign up (?:for|to) (?:our|the) newsletter|newsletter|click here|read more|continue reading|who we are|about us|contact us|follow us|latest (?:news|posts?|images?|articles?)|most (?:viewed|read|popular)|popular posts|take action|meistgelesen\p{L}*|les plus lus|piu lett[ie]|mas leid[oa]s|lo mas leido|related (?:posts?|articles?|news)|abonnez[- ]vous|inscrivez[- ]vous a (?:la|notre) newsletter|cliquez ici|lire la suite|en savoir plus|qui sommes[- ]nous|nous contacter|contactez[- ]nous|suivez[- ]nous|a propos|articles? similaires|newsletter abonnieren|hier klicken|weiterlesen|mehr lesen|mehr erfahren|uber uns|wer wir sind|kontaktieren sie uns|folgen sie uns|ahnliche (?:artikel|beitrage)|iscriviti alla newsletter|clicca qui|leggi (?:tutto|di piu|anche)|continua a leggere|chi siamo|contattaci|seguici|articoli correlati|suscribete|suscribirse|boletin|haz clic aqui|pulsa aqui|leer mas|sigue leyendo|quienes somos|contactanos|siguenos|noticias relacionadas|articulos relacionados|browse (?:our|the|all)\b|view all (?:events|dates)|see all (?:events|dates)|alle termine|alle veranstaltungen|tous les evenements|voir tous|tutti gli eventi|vedi tutti|todos los eventos|ver todos|neu hier|jetzt (?:kostenlos )?registrieren|create an account|creer un compte|crea un account|crear una cuenta|konto erstellen|(?:all |see all |view all )?other events|tous les autres evenements|autres evenements|alle (?:anderen|weiteren) veranstaltungen|weitere veranstaltungen|tutti gli altri eventi|altri eventi|todos los demas eventos|otros eventos|(?:tag|category|schlagwort|kategorie)(?:archiv| archive)|archives? (?:de la categorie|du mot|des etiquettes|de l'etiquette)|archivio (?:tag|categoria)|archivo de (?:etiquetas|categoria)|(?:tag|category) archives?)(?![\p{L}])/u;
/** A file's or picture's name as a line: "100913 Fachforum 58", "psalm63 1", "IMG_2041". */
const FILE_NAME = /^\d{5,}\s|^\S*[\p{L}]\d+(?:\s+\d+)?$|^\S*_\d+\S*$/u;

/** A site's section ("Agenda", "News", "Veranstaltungen", "Accueil"): where a page is filed, not its name (folded). */
const SECTION_NAME = /^\W*(?:home|homepage|startseite|accueil|inicio|portada|news|noticias|notizie|nachrichten|neuigkeiten|actualites?|aktuelles|actualidad|attualita|agenda|calendar|calendario|kalender|calendrier|events?|evenements?|veranstaltungen|termine|eventi|eventos|blog|press|presse|prensa|stampa|page not found|untitled|kurz|in kurze|kurzmeldungen?|kurznachrichten|en bref|in breve|en breve|in brief|news in brief|brevi|breves|activities|activites|aktivitaten|attivita|actividades|appuntamenti(?: pubblici)?|prossimi appuntamenti|proximas actividades|proximos eventos|upcoming events|prochains evenements|nachste termine|kommende veranstaltungen|next event|prochaine activite|prochain evenement|nachste veranstaltung|nachster termin|prossima attivita|prossimo evento|proxima actividad|proximo evento)\W*$/u;

/**
 * A page title that names where the page is filed, not its event: "Agenda", "News", or any
 * line that is no headline (see headline()).
 * @example isSectionName('Veranstaltungen') // true
 */
export function isSectionName(title: string): boolean {
  const folded = foldKeepLength(title.trim());
  return SECTION_NAME.test(folded) || SECTION.test(folded) || GENERIC.test(folded.replace(/\W+$/u, '')) || NOT_HEADLINE.test(folded);
}

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
 * A headline that says only what kind of gathering it is ("Colloque international",
 * "International Conference", "Projection du film"): the body may give its name.
 */
function bareKind(head: string): boolean {
  const words = head.split(/\s+/);
  return words.length <= 3 && !QUOTED.test(head) && !/\d/u.test(head);
}

/** The last step of a breadcrumb ("Home » Events » Job fair for refugees"): the page's own name. */
function lastCrumb(line: string): string {
  const steps = line.split(/\s*[»>›|/]\s*/).filter((s) => /\p{L}{3}/u.test(s));
  const last = steps.length > 1 ? steps[steps.length - 1]! : '';
  // ("Home » Eventi » Convegni": a short last step is the section the page is filed in.)
  return last.split(/\s+/).length >= 3 ? last : '';
}

/**
 * A line that opens with its date or time ("17th November 2023, 09h00 to 13h30", "Vienna,
 * 29-30 September 2011", "Jeudi 23 avril 2015 à 20h", "18:00 horas"): when, not what (folded).
 */
const DATELINE = new RegExp(
  `^\\W*(?:[\\p{L}' .-]{2,30},\\s*)?(?:(?:${WEEKDAY_WORDS})\\b|\\d{1,2}(?:st|nd|rd|th|er|e|º|°)?\\.?(?:\\s*[-–/&]\\s*\\d{1,2}(?:st|nd|rd|th)?\\.?)?\\s+(?:of\\s+|de\\s+|di\\s+)?(?:${MONTH_WORDS})\\b|\\d{1,2}[./]\\d{1,2}[./]\\d{2,4}|\\d{1,2}(?:[:.h]\\d{2})?\\s*(?:h|uhr|ore|horas?|heures?|am|pm)\\b|\\d{1,2}[:.]\\d{2}\\b)`,
  'u',
);
/** A line that stops mid-phrase, on a preposition or a colon: the headline goes on below (folded). */
const OPEN_END = /(?:\s(?:on|of|for|about|and|sur|de|du|des|pour|et|uber|fur|zum|zur|und|von|su|sul|sulla|per|di|del|della|e|sobre|para|y)|:)$/u;
/** A row of the page's share and print buttons ("Courriel Imprimer", "Share Tweet Email") (folded). */
const SHARE_ROW = /^\W*(?:(?:courriel|e-?mail|mail|imprimer|print|drucken|stampa|stampare|imprimir|partager|share|teilen|condividi|compartir|facebook|twitter|linkedin|whatsapp|tweet|pdf|envoyer|senden|invia|enviar|send)\W*){2,}$/u;
/** A line that gives a price ("Tarif unique 5 euros", "Eintritt: 8 €", "Ingresso 5 euro") (folded). */
const PRICE_LINE = /^\W*(?:tarifs?|prix|entree|eintritt|kosten|preis|prezzo|ingresso|biglietto|precio|entrada|price|tickets?|admission|cost)\b[^\n]{0,40}\d|^[^\n]{0,40}\d\s?(?:€|euros?|eur)\b/u;
/** An address written in lower case, as a line of its own ("place du Onze novembre", "rue de la Gare", "calle Mayor"). */
const LOWER_STREET = /^(?:rue|avenue|place|boulevard|chemin|impasse|allee|quai|via|viale|piazza|piazzale|corso|calle|avenida|plaza|paseo|camino|stra(?:ss|ß)e|platz|weg|gasse)\s+\p{L}/u;
/** Picture captions and credits: "Captura de pantalla ...", "Foto: ...", "© ..." (folded). */
const CAPTION = /^(?:captura de pantalla|screenshot|bildschirmfoto|capture d'ecran|(?:immagine|foto) di repertorio|(?:imagen|foto) de archivo|(?:image|photo) d'archives?|archivbild|archivfoto|symbolbild|symbolfoto|file photo|stock (?:photo|image)|(?:foto|photo|bild|imagen|immagine|credit|credits|crédit)s?\s*:|(?:foto|photo|imagen) (?:cedida|de|by|par|di|von)\s|©|\(c\)\s)/u;
/** A place's line: a street with its number ("Rue Froissart 95, Brussels", "Via Roma 12") (folded). */
// (English writes the number first, "17 Donegall Square", and British and Irish postcodes read "BT1 5GB", "D02 X285".)
const STREET_LINE = /(?:^|[\s,(])(?:rue|avenue|av\.|boulevard|bd|via|viale|piazza|calle|avda\.?|plaza|stra(?:ss|ß)e|str\.|platz|road|street)\s+[\p{L}' .-]{2,40}?,?\s?\d{1,4}\b|[,–-]\s*\d{4,5}\s+\p{L}{3,}\s*$|(?:^|[\s,;])\d{1,4}[a-z]?\s+(?:[\p{L}'.-]+\s+){1,4}(?:street|st|road|rd|square|sq|avenue|ave|lane|place|terrace|quay|row|way|drive|crescent|gardens)\b|,\s*[a-z]{1,2}\d{1,2}[a-z]?\s+\d[a-z]{2}\b/u;
/** An address's last part or a file's name ("convento-de-san-esteban", "wize.life"): no spaces. */
const SLUG = /^[\p{L}\p{N}]+(?:[-_.][\p{L}\p{N}]+)+$/u;

/** Lines that are a site's furniture or a call to act, not a headline (folded). */
const NOT_HEADLINE = /^\W*(?:(?:zum inhalt springen|skip to|aller au contenu|vai al contenuto|ir al contenido|navigation path|left navigation|additional tools|main menu|hauptmenu|menu principal|menu principale|diese website verwendet cookies|this website uses cookies|ce site utilise des cookies|questo sito utiliza|este sitio web utiliza|with the (?:financial )?support of|co-?funded by|cofinanziato|cofinanciado|kofinanziert|gefordert (?:durch|von)|avec le soutien|con il (?:sostegno|contributo)|con el apoyo|(?:en|in) (?:colaboracion|collaborazione|collaboration|zusammenarbeit|kooperation) (?:con|avec|with|mit)\b|(?:entrada|ingresso|entree|eintritt|admission|entry) (?:libre|gratuit[oae]?|libero|frei|free|kostenlos)\b|free (?:entry|admission)\b|logo(?: der| des| de| di| del| of)?\b|header[- ]placeholder|(?:non ci sono risultati|no results found|no results|aucun resultat|keine ergebnisse|no hay resultados|anzeige|advertisement|publicite|pubblicita|publicidad)\W*$|(?:image|bild|foto|photo|immagine|imagen)(?:\s+header)?\s*$|\[img|\[image|fbpx|log in\b|login\b).*|register(?: now| here| today)?|sign up(?: now)?|book (?:now|your (?:place|seat))|join us|save the date|share(?: this)?|print|menu|search|skip to (?:main )?content|cookies?|jetzt anmelden|anmelden|hier anmelden|teilen|drucken|suche|sprungmarken|zum inhalt springen|inscrivez[- ]vous(?: des maintenant)?|je m'inscris|inscription|partager|imprimer|rechercher|aller au contenu|iscriviti(?: ora| subito)?|iscrizioni|condividi|stampa|cerca|vai al contenuto|inscribete(?: ya)?|inscripciones?|compartir|imprimir|buscar|ir al contenido)\W*$/;
/** A line that is only a stamp: "date 2018-12", "12/03/2019", "Posted on 3 May 2021", "Sábado, 11 de enero de 2025". */
const STAMP_ONLY = /^(?:date|datum|data|fecha|posted(?: on)?|published(?: on)?|publie le|veroffentlicht am|pubblicato il|publicado el)?\s*[\d./-]{4,10}\s*$|^\s*(?:\p{Lu}[\p{L} -]{1,30},\s*)?\d{1,2}(?:\s*(?:&|and|et|und|e|y|-|–)\s*\d{1,2})?\.?\s+(?:de\s+)?\p{L}{3,10}\.?\s+(?:de\s+|del\s+)?\d{4}\s*$/iu;

const BREADCRUMB = /^(?:home|accueil|startseite|inicio|portada|menu|menü)\s*(?:[»>›|/:]|$)|^(?:you are here|vous etes ici|vous êtes ici|sie sind hier|skip to|aller au contenu|zum inhalt)\b|^[^»>›|/]{1,60}(?:\s[»>›|/]\s[^»>›|/]{1,60}){1,6}$/iu;

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

const NOUNS = new RegExp(EVENT_NOUN.source, 'g');

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

/**
 * One word that is a name by itself: two words joined ("Online-Seminar") or a compound whose
 * event word comes after a first part of five letters or more ("Integrationsfest"), not a
 * bare kind of gathering ("Manifestazione").
 */
function compoundName(word: string): boolean {
  if (/^\p{L}{3,}-\p{L}{3,}$/u.test(word)) return true;
  const folded = foldKeepLength(word);
  NOUNS.lastIndex = 0;
  for (let m = NOUNS.exec(folded); m; m = NOUNS.exec(folded)) if (m.index >= 5) return true;
  return false;
}
/** German event nouns that are also a verb or an adjective in lower case ("treffen", "fest"). */
const VERB_TOO = new Set(['treffen', 'fest', 'messe', 'lauf', 'austausch']);
/**
 * The event cues that are verbs of meeting or taking part ("reunirá a", "si sono riuniti", "nahmen teil"):
 * they tell a gathering happened but name nothing, so a phrase is never built around them (folded).
 */
const MEETING_VERB = /^(?:trafen|treffen sich|versammelten|kamen|se sont|si sono|si riuniranno|se reun|se dieron|came together|met in|reuni|ha |hanno |a reuni|a rassemble|a particip|ont |brought|particip|nahm|teilgenommen|took part|attended|incontrer)/;
// Words that end a name going left: articles, verbs of invitation, prepositions (folded).
const LEFT_STOP = new Set(('more all other further plus autres weitere altri otros the a an our your their its this that these join attend to and or at in on of for with by from will is are was were be read ' +
  'next upcoming new register see le la les l un une du des au aux a de et notre nos votre prochain prochaine rejoignez participez ' +
  'der die das den dem ein eine einen einer zur zum und am im unser unsere nachste nachsten naechste il lo gli i uno una del della dei al alla e nostro ' +
  'prossimo prossima el los las y en con para por nuestro nuestra proximo proxima neue neuen neuer nouveau nouvel nouvelle nuovo nuova nuevo nueva ' +
  'zu einem einer einen uhr heures ore horas hours infatti inoltre finden findet fand fanden gibt gab beim vom ins ans aufs').split(' '));
/** Possessives and "each": a determiner, where a name starts after it ("sa visite", "ses journées", "chaque journée", "ogni incontro") (folded). */
const OWNER_OR_EACH = new Set(('sa son ses leur leurs notre nos votre vos mon ma mes sua suo sue suoi loro mio mia miei mie su sus mi mis tu tus ' +
  'sein seine seinen seinem seiner ihr ihre ihren ihrem ihrer his her my their each every chaque ogni cada jede jeder jedes jeden').split(' '));
/** Lower-case finite verbs of the third person left of an event word ("organise", "organizza", "recevrons", "celebra"): the name starts after them (folded). */
const FINITE_VERB = /^(?:organise|organisent|organize|organizes|organizza|organizzano|organiza|organizan|organisiert|veranstaltet|propose|proposent|propone|proponen|celebra|celebran|festeggia|accueille|ospita|acoge|recevr\p{L}*|accueillera|ospitera|acogera|presente|presenta|presentano|presentan|lance|lancia|lanza|annonce|annuncia|anuncia|prevede|prevoit|preve|offre|ofrece|bietet|ladt|invite|invita|invitan|mittlerweile|inzwischen|desormais|ormai|ya|already|now)$/u;
// A month or weekday left of the event word closes the date before it ("vom 15. bis 19. November fünf digitale Workshops").
for (const w of `${MONTH_WORDS}|${WEEKDAY_WORDS}`.split('|')) LEFT_STOP.add(w);
// The qualifying words after the event word: a preposition phrase, perhaps after one or two
// adjectives ("incontro informativo sui diritti", "workshop on housing rights").
// ("Kongress der Friedrich-Ebert-Stiftung", "Tag der Jobcenter": German names its host in the genitive.)
// ("evento finale dell’anno", "journée d’étude": Italian and French elide the article into the preposition.)
const RIGHT_LEAD = /^(?:\s+[a-z\u00e0-\u00ff]+){0,2}?\s+(?:(?:on|about|for|of|sur|pour|sobre|para|su|sul|sulla|sui|per|uber|fur|zum|zur|zu|di|dei|degli|delle|della|del|de|des|du|der)\s|(?:dell|sull|dall|nell|all|d|de l)['’](?=\p{L}))/u;
/** An Italian or Spanish verb in the future closing a phrase ("prenderà", "reunirá"): no noun ends so. */
const FUTURE_VERB_END = /\s+\p{Ll}+r[àá]$/u;
/** Up to two lower-case words after a bare event word: its adjectives ("jornada festiva", "evento finale"), folded. */
const RIGHT_ADJECTIVES = /^(?:\s+[a-z\u00e0-\u00ff-]{4,}){1,2}(?=[\s,.;:!?]|$)/u;
const RIGHT_STOP = /[.,;:!?()\n–—]|\s(?:at|a|um|en|al|nel|nella|dans|alle|a las|with|avec|mit|con|which|that|qui|que|che|der|will|is|takes|took|was|where|ou|wo|dove|donde|from|du|vom|dal|desde|on|le|am|il|el)\s+(?:\d|the|le|la|l'|der|die|das|il|el|los|las)?|\s(?:organi[sz]ed|organisee?s?|organizzat[oa]|organizad[oa]|promoss[oa]|promovid[oa]|promoted|veranstaltet|hosted|held|tenue?s?|svolt[oa]|celebrad[oa]|celebrat[oa]|celebree?s?|a cura|a cargo)(?![\p{L}])|\s(?:opens|reopens|starts|begins|returns|continues|resumes|runs|meets|gathers|brings|offers|invites|aims|explores|offnet|findet|beginnt|startet|ladt|wird|ouvre|commence|aura|sera|inizia|apre|sara|si terra|comienza|empieza|abre|sera|tendra)(?![\p{L}])/u;
/** "During" said with the word for a course ("nel corso di", "au cours de", "en el curso de", "in the course of") (folded, around the word). */
const COURSE = /^(?:corso|cours|curso|course)$/u;
const DURING = /(?:^|[^\p{L}])(?:nel|durante il|al|au|en el|durante el|in the|during the)\s+(?:corso|cours|curso|course)\s+(?:d|de|del|della|dello|dei|degli|delle|di|of|des|du)(?![\p{L}])/u;
const OF = /^\s+(?:of|of the|de|des|du|de la|de los|de las|del|della|delle|dei|degli|di|der|des)\s+$/u;
const GENERIC = /^(?:events?|evenements?|veranstaltung(?:en)?|eventi|evento|eventos?|sessions?|programme|program|editions?|activities|activity|actividad(?:es)?|attivita|activites?|aktivitat(?:en)?|weeks?|weekends?|semaines?|settimana|semanas?|woche|giornata|jornada|journee|day|tag)$/u;

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
  const written = tail.trim().split(/\s+/u);
  while (n < words.length && !AFTER_STOP.test(words[n]!) && !LEFT_STOP.has(words[n]!) && !LINKING.has(words[n]!) && !VERB_ENDING.test(words[n]!) && !PARTICIPLE_OR_ADVERB.test(written[n] ?? '') && !FINITE_VERB.test(words[n]!)) n++;
  return n ? tail.trim().split(/\s+/u).slice(0, n).join(' ') : '';
}

/** Participles of organising or holding ("organizzato", "organisée", "promovida", "celebrada", "held"): the name has ended before them (folded). */
const HELD_BY = /^(?:organi[sz]\p{L}*|promoss\p{L}*|promovid\p{L}*|celebrad\p{L}*|svolt\p{L}*|tenue?s?|held|hosted)$/u;

/** A French participle ("placé", "organisées") or a Romance adverb ("percentualmente", "rápidamente") after an event word: no part of its name (as written). */
const PARTICIPLE_OR_ADVERB = /(?:é|ée|és|ées|mente)[,.;:!?]?$/u;

/** Prepositions, determiners and adverbs that may follow an event word but never qualify it (folded). */
const LINKING = new Set(('dans sur sous avec sans chez entre vers depuis pendant apres avant cette ceux celle celui dont ' +
  'tra fra senza sotto dopo prima durante questo questa quello quella presso verso ' +
  'desde hasta entre sobre tras ante bajo este esta estos estas aquel durante hacia segun ' +
  'since until into over under near after before during this these those there here also ' +
  'seit nach bei aus vor ohne gegen unter uber dieser diese dieses auch noch schon').split(' '));

/** Endings of conjugated verbs and participles, not adjectives ("findet", "organisiert", "celebrada", "prevede") (folded). */
const VERB_ENDING = /(?:iert|ieren|et|en|ata|ato|ada|ado|ee|ees|ait|ra|ran|(?<!a)ria|ano|ono|ando|endo)$/u;

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

/** Words that name a gathering: an event word or a quoted name. */
function namesGathering(text: string): boolean {
  return EVENT_NOUN.test(foldKeepLength(text)) || QUOTED.test(text);
}

/**
 * A heading that says what a gathering is about, not what it is nor who speaks: two words or
 * more, one of them a lower-case word ("Travail social et immigration", not "Maria Rossi (Caritas)").
 */
function aboutWhat(text: string): boolean {
  return !namesGathering(text) && /(?:^|\s)\p{Ll}{3,}(?:\s|$)/u.test(text) && !namesNothing(text) && text.split(/\s+/u).length >= 2;
}

/**
 * A name that says which gathering: an event word that is more than "event" or "appointment",
 * with words of its own ("Lesung und Gespräch mit …", "Online-Seminar"), or a quoted name; not a
 * clause ("La jornada será") and not a paragraph.
 * @example strongName('Encuentro de Mujeres Migrantes') // true
 */
export function strongName(name: string): boolean {
  const folded = foldKeepLength(name);
  if (!namesGathering(name)) return false;
  if (!/\s/u.test(name.trim()) && !compoundName(name.trim())) return false;
  return !clauseNotName(name) && !TRAILING_VERB.test(name) && !GENERIC.test(folded) && name.length <= 120;
}

/** A short line that opens with an hour ("A las 9:00 horas", "Dès 18 heures", "Um 15 Uhr") (folded). */
const TIME_LEAD = /^(?=.{0,60}$)\W*(?:a las|alle|dalle|ore|um|ab|at|from|des|a partir de las?|a partir des?)\s+\d{1,2}(?:[:.h]\d{2})?\s*(?:h|uhr|ore|horas?|heures?|am|pm)?(?![\p{L}\d])/u;

/**
 * A title that says only when or where: a day ("Donnerstag, 23. März 2017", "Del 19 al 21 de
 * octubre"), an hour, a stamp or a venue, with no event word or quoted name.
 * @example onlyWhenOrWhere('Miércoles 2, Jueves 3 y Viernes 4 de marzo') // true
 */
export function onlyWhenOrWhere(title: string): boolean {
  const t = title.trim();
  if (!/\p{L}{3}/u.test(t)) return true;
  if (namesGathering(t)) return false;
  const folded = foldKeepLength(t);
  return namesNothing(t) || TIME_LEAD.test(folded) || STAMP_ONLY.test(t) || DAY_HEADING.test(folded) || RANGE_LEAD.test(folded) || !!venueLine(t);
}
