/**
 * A gathering's last day said in the next words with "until" and no verb of lasting: "Refugee
 * Week opened on 27 September. Until 4 October there will be talks", "La Semana comenzó el
 * lunes 18 de junio. Hasta el 22 de junio habrá charlas", "s'est ouverte le 27 septembre ...
 * Jusqu'au 4 octobre, débats", "wurde am 27. September eröffnet ... werden bis zum 4. Oktober
 * Vorträge geboten". The gathering's own words say it opened or starts that day; the "until"
 * day is its last.
 */
import type { DateMention } from './dates.ts';
import type { Draft } from './draft.ts';
import { MAX_EVENT_DAYS } from './filters.ts';
import type { PageText } from './text.ts';
import { lowerBound } from './sorted.ts';
import { daysBetween, type RefDay } from './year.ts';
import { SIGN_UP_WORDS } from './vocabulary.ts';
import { EVENT_NOUN } from './cues.ts';
import { OPENING_NOUN, rangeKind } from './series.ts';

/** How far after the opening day its "until" day may be written. */
const REACH = 320;

/** Verbs of opening or starting, in en, de, fr, it, es (folded): the day is a first day. */
// (Plural subjects too: "Las jornadas empiezan el 10", "Le giornate iniziano il 10", "Les journées commencent le 10", "Die Tage beginnen am 10.".)
const OPENS = /(?<![\p{L}])(?:open(?:s|ed)?|will open|start(?:s|ed)?|will start|beg[ia]ns?|began|kick(?:s|ed)? off|launch(?:es|ed)?|eroffnet|eroffnen|offnet|offnen|beginnt|begann|startet|startete|gestartet|s['’]ouvre|s['’]est ouverte?|s['’]ouvrira|ouvre|debute|a debute|debutera|commence|a commence|commencera|lance|lancee|si apre|si e apert[oa]|si aprira|apre|inizia|e iniziat[oa]|iniziera|prende il via|ha preso il via|parte|comenzo|comienza|comenzara|empezo|empieza|empezara|arranca|arranco|arrancara|se inauguro|inaugura|inaugurada|inaugurado|inauguradas|inaugurados|inaugurata|inaugurato|inaugurate|inaugurati|inauguree|inaugure|inaugurees|inaugures|inaugurara|abre|abrio|se abrio|abrira|empiezan|empezaran|comienzan|comenzaran|inicia|inician|iniciara|iniciaran|se inicia|se inician|arrancan|arrancaran|se inauguran|abren|abriran|iniziano|inizieranno|si aprono|si apriranno|partono|prendono il via|commencent|commenceront|debutent|debuteront|s['’]ouvrent|s['’]ouvriront|beginnen|starten)(?![\p{L}])/u;

/** "from" right before a first day: "a partir del", "desde el", "à partir du", "dès le", "a partire dal", "ab dem", "starting". */
const FROM_BEFORE = /(?<![\p{L}])(?:a partir del?|desde el|desde|a partir du|a partir de|des le|a partire dal|a partire da|ab dem|ab|starting|starting on|from)\s+$/u;
/**
 * A verb of lasting right before the "until": "se prolongará hasta el día 26", "durará hasta", "proseguirà fino al", "se poursuivra
 * jusqu'au", "dauert noch bis", "continues through", "runs until". The gathering itself goes on to that day: the day is its last,
 * no gathering of its own.
 */
const LASTING_BEFORE = /(?<![\p{L}])(?:dura|durara|duraran|se prolonga|se prolongara|se prolongaran|se extiende|se extendera|continua|continuara|continuaran|sigue|seguira|dure|durera|dureront|se poursuit|se poursuivra|se poursuivront|se prolonge|se prolongera|continue|continuera|prosegue|proseguira|proseguiranno|si protrae|si protrarra|dauert|lauft|geht|runs|will run|continues|will continue|lasts|will last|goes on)\s+(?:(?:noch|encore|ancora|still)\s+)?$/u;
/** Nothing but "and" between a first day and its "until": "y", "et", "e", "und", "and", a comma. */
const AND_ONLY = /^[\s,]*(?:y|et|e|und|and)?[\s,]*$/u;
/**
 * The rest of the first day's sentence and a next one opened by a few words, a verb of being open or going on and no
 * subject of its own: "desde el 9 de marzo en el pabellón. Estará abierta hasta el 12", "a partire dal 9 marzo. Sarà aperta
 * fino al 12", "à partir du 9 mars. Il restera ouvert jusqu'au 12", "ab dem 9. März. Sie ist bis zum 12. März geöffnet".
 */
const NEXT_SENTENCE_OPEN = /^[^.!?;\n]{0,120}[.!?;]\s*(?:[\p{L}'’]+\s+){1,3}$/u;

/** "until" right before the last day, optionally with an article or a weekday: "bis zum", "hasta el", "jusqu'au", "fino al", "until". */
export const UNTIL_BEFORE = /(?<![\p{L}])(?:until|till|through|up to|bis(?: zum| einschlie(?:ss|ß)lich)?|jusqu['’]au|jusqu['’]a|fino al|fino a|sino al|hasta el|hasta)\s+(?:(?:the|el|le|il|den|dem)\s+)?(?:(?:proximo|prossimo|prochain|next|kommenden)\s+)?(?:(?:dia|giorno)\s+)?(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunedi|martedi|mercoledi|giovedi|venerdi|sabato|domenica|lunes|martes|miercoles|jueves|viernes|sabado|domingo),?\s+)?$/u;

/**
 * A verb of closing right before the last day, said as done, as planned or as now (folded): "closed on Sunday", "ended on",
 * "endete am", "ging am ... zu Ende" no (the verb after), "s'est terminé le", "a pris fin le", "si è concluso domenica",
 * "è terminata il", "terminó el domingo", "se clausuró el", "finalizará el". With the opening verb before it, the
 * gathering's span: "The festival opened on 18 April. It closed on Sunday 10 May." Plural subjects too: "Las jornadas ... terminan el
 * 12", "Le giornate ... si concludono il 12", "Les journées ... se terminent le 12", "Die Tage ... enden am 12.", "The days end on 12 March".
 */
export const CLOSED_BEFORE = /(?<![\p{L}])(?:closed|ended|finished|concluded|wrapped up|came to an end|closes|ends|finishes|concludes|will (?:close|end|finish|conclude)|endete|endet|schloss|schlie(?:ss|ß)t|s['’]est (?:termine|acheve|cloture)e?s?|a pris fin|a ferme ses portes|se termine|se terminera|s['’]acheve|s['’]achevera|prend fin|prendra fin|se cloture|se cloturera|si e (?:conclus|chius)[oa]|e (?:terminat|finit)[oa]|si conclude|si concludera|si chiude|si chiudera|terminera|termino|finalizo|concluyo|acabo|se clausuro|se cerro|termina|terminara|finaliza|finalizara|concluye|concluira|acaba|acabara|se clausura|se clausurara|terminan|terminaran|finalizan|finalizaran|concluyen|concluiran|acaban|acabaran|se clausuran|se clausuraran|terminano|termineranno|si concludono|si concluderanno|si chiudono|si chiuderanno|finiscono|finiranno|se terminent|se termineront|s['’]achevent|s['’]acheveront|prennent fin|prendront fin|se cloturent|se clotureront|enden|(?:end|close|finish|conclude)(?=\s+on\s))\s+(?:(?:on|am|le|il|el|the|den|dem)\s+)?(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunedi|martedi|mercoledi|giovedi|venerdi|sabato|domenica|lunes|martes|miercoles|jueves|viernes|sabado|domingo),?\s+(?:(?:the|le|il|el|den)\s+)?)?$/u;
/** Cheap test before CLOSED_BEFORE: a stem every one of its verbs holds. */
const CLOSE_STEM = /clos|clot|end|finish|conclu|wrapped|came|schl|termin|achev|fin|fermé|ferme|chius|chiud|acab|clausur|cerr/;
/** The subject of a closing verb opening the next sentence: a pronoun or a few words at most ("It closed", "La fiesta terminó"). */
const SHORT_SUBJECT = /^[\s\W]*(?:[\p{L}'’-]+\s+){0,4}$/u;

/** Displays and offers: an exhibition visited, a ticket valid until a day (folded, an alternation). */
const DISPLAY_WORDS = String.raw`exhibition|exposition|ausstellung|mostra|exposicion|muestra|visit(?:ed|able)|besichtig\p{L}*|visitabile|visitable|valid|gultig|valable|valido|valida`;
/** Signing up, a deadline, a display or an offer: their "until" is not the gathering's last day. */
export const NOT_GATHERING = new RegExp(`(?<![\\p{L}])(?:${SIGN_UP_WORDS}|${DISPLAY_WORDS})(?![\\p{L}])`, 'u');
const SIGN_UP = new RegExp(`(?<![\\p{L}])(?:${SIGN_UP_WORDS})(?![\\p{L}])`, 'u');
const EVENT_NOUNS = EVENT_NOUN.globalScan();

/**
 * A gathering the opening words name besides the span itself: "Mit einer Ausstellung und einem Gottesdienst ... ist die
 * Interkulturelle Woche eröffnet worden", "La apertura de la Semana ...", "opened with a concert": the opening is a
 * gathering of its own on the first day. (A week's own name, "Refugee Week opened on 27 September", is the span.)
 */
function namesOpening(words: string): boolean {
  EVENT_NOUNS.lastIndex = 0;
  for (let m = EVENT_NOUNS.exec(words); m; m = EVENT_NOUNS.exec(words)) if (rangeKind(m[0]) !== 'umbrella' && !DISPLAY.test(m[0])) return true;
  return OPENING_NOUN.test(words);
}
const DISPLAY = new RegExp(`^(?:${DISPLAY_WORDS})$`, 'u');

function dayOf(m: DateMention, after: RefDay): RefDay | undefined {
  if (m.range || m.days.length !== 1) return undefined;
  const x = m.days[0]!;
  let day: RefDay = { y: x.y ?? after.y, m: x.m, d: x.d };
  if (x.y === undefined && daysBetween(after, day) < 0) day = { ...day, y: day.y + 1 };
  return day;
}

/**
 * The closing verb before the last day, when it is the gathering's: in the same sentence, or opening the next one
 * after a short subject (never a sign-up's or a display's close, "Registration closed on", "La mostra si è chiusa").
 */
function closedBefore(gap: string): RegExpExecArray | null {
  if (!CLOSE_STEM.test(gap)) return null;
  const verb = CLOSED_BEFORE.exec(gap);
  if (!verb) return null;
  const before = gap.slice(0, verb.index);
  if (SIGN_UP.test(before) || NOT_GATHERING.test(before)) return null;
  const stops = before.match(/[.!?;]/gu)?.length ?? 0;
  if (stops > 1) return null;
  return stops === 0 || SHORT_SUBJECT.test(before.slice(before.search(/[.!?;][^.!?;]*$/u) + 1)) ? verb : null;
}

/**
 * Gives one-day drafts whose words say the gathering opens that day the last day an "until" date
 * right after gives. Changes `drafts` in place.
 * @example untilDays(page, drafts, mentions)
 */
export function untilDays(page: PageText, drafts: Draft[], mentions: readonly DateMention[]): void {
  if (!drafts.length) return;
  const starts = mentions.map((m) => m.start);
  const openings: Draft[] = [];
  const lastDays = new Set<number>();
  for (const d of drafts) {
    if (d.endDay || d.daySession) continue;
    const own = mentions[lowerBound(starts, d.pos)];
    if (!own || own.start !== d.pos) continue;
    const next = mentions[lowerBound(starts, own.end)];
    if (!next || next.start - own.end > REACH) continue;
    const gap = page.folded.slice(own.end, next.start);
    const untilWord = UNTIL_BEFORE.exec(gap);
    const until = untilWord ?? closedBefore(gap);
    if (!until) continue;
    // The opening verb in the gathering's words up to its "until" (its sentence, or the next one).
    const from = Math.max(page.folded.lastIndexOf('.', d.pos) + 1, d.pos - 200);
    const words = page.folded.slice(from, own.end) + gap.slice(0, until.index);
    // (A week's programme may open with an exhibition: "Mit einer Ausstellung ... ist die Woche eröffnet worden".)
    const umbrella = rangeKind(words) === 'umbrella';
    // ("a partir del 12 de octubre de 2024 y hasta el 14", "à partir du 12 octobre et jusqu'au 14": a first day said with "from".)
    const saidFrom = FROM_BEFORE.test(page.folded.slice(Math.max(0, own.start - 16), own.start)) && (AND_ONLY.test(gap.slice(0, until.index)) || NEXT_SENTENCE_OPEN.test(gap.slice(0, until.index)));
    if (!(OPENS.test(words) || saidFrom) || (umbrella ? SIGN_UP.test(words) : NOT_GATHERING.test(words))) continue;
    // ("... opened on 27 September. Until 4 October: sign up for the workshops": the words after the day are the sign-up's.)
    const clauseEnd = page.folded.slice(next.end, next.end + 80).search(/[.;!?\n]/u);
    if (NOT_GATHERING.test(page.folded.slice(next.end, next.end + (clauseEnd < 0 ? 80 : clauseEnd)))) continue;
    const last = dayOf(next, d.startDay);
    const ahead = last ? daysBetween(d.startDay, last) : 0;
    if (!last || ahead < 1 || ahead > MAX_EVENT_DAYS) continue;
    // An umbrella opened with a gathering of its own: the span, and its opening on the first day (the sentence's words).
    const stop = gap.search(/[.!?;]/u);
    if (umbrella && namesOpening(page.folded.slice(from, own.end) + gap.slice(0, stop < 0 ? until.index : Math.min(stop, until.index)))) openings.push({ ...d, links: { ...d.links } });
    d.endDay = last;
    // (The opening day's hours are not the last day's.)
    delete d.endTime;
    // ("desde el 12 ... y hasta el día 14": the last day's own mention names no gathering of its own.)
    // ("It closed on Sunday 10 May.": the close is the span's, unless a gathering closes it, "... with a concert".)
    // ("y se prolongará hasta el día 26": the gathering lasting to it.)
    const ownWords = !EVENT_NOUN.test(page.folded.slice(next.end, next.end + (clauseEnd < 0 ? 80 : clauseEnd)));
    if (saidFrom || (ownWords && (!untilWord || LASTING_BEFORE.test(gap.slice(0, until.index))))) lastDays.add(next.start);
  }
  if (lastDays.size) for (let i = drafts.length - 1; i >= 0; i--) if (lastDays.has(drafts[i]!.pos) && !drafts[i]!.endDay) drafts.splice(i, 1);
  drafts.push(...openings);
}
