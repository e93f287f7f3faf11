/**
 * Sorts the dated mentions of a page into events, deadlines and the rest (publication
 * stamps, laws, reports, project periods), with a transparent event score.
 */
import { AUDIENCE, AUDIENCE_WORD, DATE_LABEL, EVENT_NOUN, EVENT_VERB } from './cues.ts';
import { indexCues, type CueIndex } from './cue-index.ts';
import { isClockStamp } from './clock-stamps.ts';
import type { DateMention } from './dates.ts';
import { mentionContext, type MentionContext } from './context.ts';
import { isCommemoration, notEventInSegment, notEventReason, numberedActBefore, type NotEvent } from './filters.ts';
import { shareListEvidence } from './lists.ts';
import { shareEnumerations } from './enumerations.ts';
import { markNavigation } from './navigation.ts';
import { markNonGatherings } from './non-gatherings.ts';
import { lowerBound } from './sorted.ts';
import { looksLikeAddress, VENUE_LABEL } from './place.ts';
import { lineSpan, sentenceAt, type PageText } from './text.ts';
import { indexVenues, venueLine, type VenueIndex } from './venue.ts';
import { rangeKind } from './series.ts';
import { EVENT_WEIGHTS, type EventSign } from './judging-weights.ts';
import type { TimeMention } from './times.ts';

export interface Candidate {
  mention: DateMention;
  ctx: MentionContext;
  kind: 'event' | NotEvent;
  /** Evidence that this date is an event (>= EVENT_THRESHOLD to count). */
  score: number;
  labelled: boolean;
  /** The signs that made up the score (judging-weights.ts), for calibration and for reasons a person can read. */
  signs?: EventSign[];
}

export const EVENT_THRESHOLD = 2;

// A label alone on the line above the date ("Datum" / "6.–7. März 2017").
// (A field label over the date, alone on its line: "Datum und Uhrzeit", "Date et heure", "Data e ora", "Fecha y hora".)
const LABEL_LINE = /^\s*¿?\s*(?:date|dates|date and time|when|datum|datum und uhrzeit|termin|wann|quand|date et heure|data|data e ora|quando|fecha|fecha y hora|cuando|zeit|orario)\s*[:?]?\s*$/u;
const DEADLINE_LINE = /^\s*(?:deadline|registration deadline|closing date|anmeldeschluss|anmeldefrist|bewerbungsschluss|date limite(?: d'inscription)?|scadenza(?: iscrizioni)?|plazo(?: de inscripcion)?|fecha limite)\s*:?\s*$/u;

function previousLine(page: PageText, index: number): string {
  for (let i = index - 1; i >= Math.max(0, index - 3); i--) {
    const span = lineSpan(page, i)!;
    if (span.end > span.start) return page.folded.slice(span.start, span.end);
  }
  return '';
}

// (Whole words: "Genova Tcgnews.- Sabato 19 e Domenica 20 di Dicembre 2015" is an item's dateline, not a news stamp.)
const POSTING = /(?<![\p{L}])(?:posted|published|publie|veroffentlicht|pubblicato|publicado|updated|by\s+\p{L}+|news|actualites|aktuelles|notizie|noticias)(?![\p{L}])/u;

/** An event moved to another day: "reportée au", "rinviata al", "aplazada al", "verschoben auf", "postponed to". */
const MOVED_TO = /(?<![a-z])(?:reportee?s? (?:au|a)|decalee?s? (?:au|a)|rinviat[oaie] (?:al|a)|posticipat[oaie] (?:al|a)|spostat[oaie] (?:al|a)|aplazad[oa]s? (?:al|hasta)|pospuest[oa]s? (?:al|hasta)|verschoben auf|postponed (?:to|until)|moved to)(?![a-z])/;
/** A gathering that will not be held on a day: "n'est pas en mesure d'organiser", "n'aura pas lieu", "non si terrà", "no se celebrará", "findet nicht statt". */
const NOT_HELD = /(?<![a-z])(?:n'est pas en mesure|n’est pas en mesure|n'aura pas lieu|n’aura pas lieu|ne pourra pas (?:avoir lieu|se tenir)|non si terra|non potra (?:svolgersi|tenersi)|no se celebrara|no podra celebrarse|findet nicht statt|kann nicht stattfinden|will not (?:take place|be held)|cannot (?:take place|be held))(?![a-z])/;

/** "the first was ...", "il secondo si è tenuto ...", "la troisième ...", "el último ...": one of the things the sentence before named. */
const ORDINAL_REF = /(?<![\p{L}])(?:the|il|la|le|el|der|die|das|lo|l['’])\s*(?:first|second|third|fourth|fifth|last|primo|prima|secondo|seconda|terzo|terza|quarto|quarta|quinto|quinta|ultimo|ultima|premier|premiere|deuxieme|seconde|troisieme|quatrieme|cinquieme|dernier|derniere|primero|primera|segundo|segunda|tercero|tercera|cuarto|cuarta|erste|zweite|dritte|vierte|funfte|letzte)(?![\p{L}])/u;

/** "Von Frauenbund Bayern - Donnerstag, 16.04.2015 - 08:42 Uhr", "By Jane Doe, 3 May 2024": an author's byline with its stamp. */
const BYLINE = /^\W*(?:by|von|par|di|por|door|written by|geschrieben von|publie par|scritto da|escrito por)\s+\p{L}[^\n]{0,80}$/u;

/** "MADRID, ", "ROMA, ", "Paris, le ", "Magdeburg, den ": a town opening the line before a dateline's date. */
const DATELINE_BEFORE = /^\s*\p{Lu}[\p{L}'’. -]{1,30},\s*(?:(?:le|el|il|den|am|on)\s+)?$/u;
/** What ends a dateline: ".-", ". –", " – ", " — ", ":" (the story follows). */
const DATELINE_AFTER = /^(?:\s*\.\s*[-–—]|\s+[-–—]\s|\s*:\s)/u;

function textOf(page: PageText, start: number, end: number): string {
  return page.folded.slice(start, end);
}

/**
 * Judges every mention. `published` is the page's own date (a standalone date line equal
 * to it is the posting date, not an event).
 * @example judgeMentions(page, mentions, times, '2021-03-19').filter((c) => c.kind === 'event')
 */
export function judgeMentions(
  page: PageText,
  mentions: readonly DateMention[],
  times: readonly TimeMention[],
  publishedDay: string | undefined,
  cues: CueIndex = indexCues(page.folded),
): Candidate[] {
  const headlineSpan = firstLine(page);
  const headlineNoun = headlineSpan ? cues.noun(headlineSpan) : false;
  // The lines right under an event headline usually give its date and place.
  const underHeadline = new Set<number>();
  if (headlineSpan && headlineNoun) {
    const first = page.lineStarts.indexOf(headlineSpan.start);
    for (let i = first + 1, seen = 0; seen < 3 && i < page.lineStarts.length; i++) {
      const span = lineSpan(page, i)!;
      if (span.end > span.start) {
        underHeadline.add(i);
        seen++;
      }
    }
  }
  const out: Candidate[] = [];
  const timeStarts = times.map((t) => t.start);
  const hasRangeIn = (s: { start: number; end: number }) => {
    for (let i = lowerBound(timeStarts, s.start); i < times.length && times[i]!.start < s.end; i++) if (times[i]!.end <= s.end && times[i]!.to !== undefined) return true;
    return false;
  };
  const hasTimeIn = (s: { start: number; end: number }) => {
    for (let i = lowerBound(timeStarts, s.start); i < times.length && times[i]!.start < s.end; i++) if (times[i]!.end <= s.end) return true;
    return false;
  };
  // (The page's venues are indexed once, and only when a weak date with an hour asks.)
  let venues: VenueIndex | undefined;
  const venuesOf = () => (venues ??= indexVenues(page.folded));
  // (Once per paragraph: several dates share one.)
  const audience = new Map<number, boolean>();
  const audienceIn = (p: { start: number; end: number }) => {
    let seen = audience.get(p.start);
    if (seen === undefined) {
      const text = page.folded.slice(p.start, p.end);
      seen = AUDIENCE_WORD.test(text) && AUDIENCE.test(text);
      audience.set(p.start, seen);
    }
    return seen;
  };
  let previousEnd = 0;
  for (const m of mentions) {
    const ctx = mentionContext(page, m, mentions);
    // (A cue before an earlier date is that date's: "nata il 5 maggio 1999, organizza sabato 11 maggio 2019"; one before
    // a list of dates is all of theirs: "les élections ... les 30 juin et 7 juillet".)
    // (Only when a new clause names its own gathering between them, "..., organizza sabato"; "Orari di apertura dal 4 marzo:
    // dal lunedì al giovedì" and "Il progetto, avviato il 2 gennaio, si concluderà il" keep their cue.)
    // (Asked only where it matters: a cue before the sentence or 90 characters back is not read anyway, and the text
    // between two dates far apart is long to scan.)
    const reach = Math.max(ctx.sentence.start, m.start - 90);
    const between = previousEnd > reach ? page.folded.slice(previousEnd, m.start) : '';
    const ownClause = between.length > 0 && !LIST_JOIN.test(between) && (EVENT_VERB.test(between) || EVENT_NOUN.test(between));
    const before = page.folded.slice(Math.max(reach, ownClause ? previousEnd : 0), m.start);
    previousEnd = Math.max(previousEnd, m.end);
    const after = page.folded.slice(m.end, Math.min(ctx.line.end, m.end + 40));
    const lineText = textOf(page, ctx.line.start, ctx.line.end);
    const above = ctx.dateLine ? previousLine(page, ctx.line.index) : '';
    const labelled = DATE_LABEL.test(page.folded.slice(ctx.line.start, m.start + 1)) || LABEL_LINE.test(above);
    let kind: Candidate['kind'] = 'event';
    // (A project's span keeps its subject across its first date: "Il progetto, avviato il 2 gennaio 2024, si concluderà il 31 dicembre 2025".)
    const wholeBefore = page.folded.slice(Math.max(ctx.sentence.start, m.start - 90), m.start);
    const reason = DEADLINE_LINE.test(above) ? 'deadline' : notEventReason(before, after)
      ?? (wholeBefore !== before && notEventReason(wholeBefore, after) === 'period' ? 'period' : undefined)
      ?? notEventInSegment(page.folded.slice(ctx.own.start, ctx.own.end), before, cues.noun(ctx.own), page.folded.slice(ctx.sentence.start, ctx.sentence.end))
      // "atto n. 45 del 3 maggio", "acta núm. 45 de 3 de mayo", "Bescheid Nr. 45 vom": the day of a numbered paper.
      ?? (numberedActBefore(page.folded.slice(Math.max(ctx.line.start, m.start - 40), m.start)) ? 'reference' : undefined);
    // "Chaque année, le 20 juin, ...", "every year on 20 June", "ogni anno il 20 giugno": a day that comes back each year, not a dated gathering.
    if (!reason && !m.explicitYear && YEARLY_BEFORE.test(before)) kind = 'reference';
    // "Il 20 giugno, Giornata mondiale del rifugiato, ... una cena solidale alle 20": a named day with an hour is a gathering on it.
    // (Its own hour: "Il 20 giugno è la Giornata mondiale del rifugiato: sabato 22 giugno alle 17 festa" gives the 22nd's.)
    else if (reason === 'reference' && isCommemoration(page.folded.slice(m.end, m.end + 60)) && hasTimeIn(ctx.own)) kind = 'event';
    // "Le programme commence le lundi 11 mars par une conférence à 18h": a gathering at an hour is no period's start.
    else if (reason === 'period' && cues.noun(ctx.own) && hasTimeIn(ctx.own)) kind = 'event';
    else if (reason) kind = reason;
    // "podrán realizarse hasta el viernes 17 ... en los puntos habituales y el sábado 18 en el pabellón": a day added to a
    // deadline's or a sign-up's day by "and", with no gathering named between, is of the same kind.
    const last = out[out.length - 1];
    if (kind === 'event' && last && (last.kind === 'deadline' || last.kind === 'other') && last.ctx.sentence.start === ctx.sentence.start
      && m.start - last.mention.end <= LIST_GAP) {
      const gap = page.folded.slice(last.mention.end, m.start);
      if (AND_THEN.test(gap) && !EVENT_VERB.test(gap) && !EVENT_NOUN.test(gap)) kind = last.kind;
    }
    const day = m.explicitYear && m.days.length === 1 ? isoOf(m.days[0]!) : undefined;
    // "The association, which held its first meeting on 8 May 1996, turns thirty": a day years before the posting day is
    // the page's history, not a gathering it reports (reports come within weeks; MAX_PAST_DAYS is two years).
    if (kind === 'event' && publishedDay && m.explicitYear && longBefore(m.days[0]!, publishedDay)) kind = 'reference';
    if (kind === 'event' && ctx.dateLine && !labelled) {
      const early = ctx.line.index <= 6;
      const timestamp = /^\W*(?:\d{1,2}[:.]\d{2}\s*(?:am|pm)?)\W*$/u.test(after) && !/[-–—]|to|bis|a /u.test(after);
      // ("News | 12.03.2024" is a stamp; "Do, 14.03. | 18:00 Uhr", with no year, an agenda line.)
      // ("Donnerstag, 14. März 2019 | 18:00 – 20:00 Uhr" is a gathering's line: a span of hours or an event word.)
      const posting = POSTING.test(lineText) || (m.explicitYear && lineText.includes('|') && !hasRangeIn(ctx.line) && !cues.noun(ctx.line));
      if ((publishedDay && day === publishedDay) || (early && (posting || timestamp)) || (timestamp && /12:00\s*am/.test(after))) {
        kind = 'publication';
      }
    }
    // "Martedì, 06 Maggio 2025 - 08:32": a clock reading off the five-minute grid is a site's stamp, wherever it stands.
    if (kind === 'event' && !labelled && isClockStamp(page.folded.slice(m.end, ctx.line.end))) kind = 'publication';
    // The date of an author's byline near the top is when the post was written.
    if (kind === 'event' && !labelled && m.explicitYear && ctx.line.index <= 6 && BYLINE.test(page.folded.slice(ctx.line.start, m.start))) kind = 'publication';
    // A news dateline: "MORELIA, 28 de noviembre de 2018.- El gobierno...".
    if (kind === 'event' && !labelled && day && day === publishedDay && ctx.line.index <= 3 && m.start - ctx.line.start <= 40) kind = 'publication';
    // ... known by its shape when no posting day is given: a town, a comma, the full date, then ".-", "–" or ":".
    if (kind === 'event' && !labelled && m.explicitYear && ctx.line.index <= 15 && DATELINE_BEFORE.test(page.text.slice(ctx.line.start, m.start)) && DATELINE_AFTER.test(page.text.slice(m.end, m.end + 4))
      // (The story runs on after a dateline; "Bruxelles, 21 June 2024 – Final conference" is an item naming its event.)
      && ctx.line.end - m.end > 80) kind = 'publication';
    let score = 0;
    const signs: EventSign[] = [];
    const add = (sign: EventSign) => {
      score += EVENT_WEIGHTS[sign];
      signs.push(sign);
    };
    if (kind === 'event') {
      if (labelled) add('labelled');
      const sentenceNoun = cues.noun(ctx.sentence);
      if (cues.noun(ctx.own)) add('ownNoun');
      else if (sentenceNoun) add('sentenceNoun');
      if (cues.verb(ctx.sentence)) add('verb');
      // "...invites you to an online debate. Watch it on Tuesday, 28 September."
      const previousNoun = !sentenceNoun && ctx.sentence.start - 2 > ctx.paragraph.start && cues.noun(sentenceAt(page, ctx.sentence.start - 2));
      if (previousNoun) add('previousNoun');
      // ("We had four project meetings. The first was in Larino, from 23 to 27 March 2015; the second ...": each one of them.)
      if (previousNoun && ORDINAL_REF.test(page.folded.slice(Math.max(ctx.sentence.start, m.start - 60), m.start))) add('ordinalRef');
      // ("The Day of the Jobcentres took place on 21.11.2016 in Berlin. At this annual conference, ...": the next sentence names it.)
      if (!sentenceNoun && !previousNoun && cues.verb(ctx.sentence) && ctx.sentence.end + 2 < ctx.paragraph.end && cues.noun(sentenceAt(page, ctx.sentence.end + 1))) add('nextNoun');
      if (hasTimeIn(ctx.own)) add('time');
      // "Samedi 18 juin 2022 à Haguenau (de 13h00 à 17h00)": a span of hours is a gathering's.
      if (hasRangeIn(ctx.own)) add('timeRange');
      if (ctx.dateLine) {
        if (ctx.block.some((s) => cues.noun(s) || cues.verb(s))) add('blockCue');
        // ("del 15 al 22 de diciembre" beside "... la Semana de las Personas Migrantes": a span of days on its own line
        // under the name of a week or a festival is that week's.)
        if (m.range && ctx.block.some((s) => s.start !== ctx.line.start && rangeKind(page.folded.slice(s.start, s.end)) === 'umbrella')) add('blockUmbrella');
        // "Samedi 2 mars / (blank) / A 14 heures, X expliquera ...": a day heading whose next paragraph opens with an hour is a programme's
        // day (an hour further down its block says less: it may be a stamp's or a deadline's).
        if (hourOpensNextLine(page, ctx.line.index, times, timeStarts)) add('hourBelow');
        else if (ctx.block.some(hasTimeIn)) add('blockTime');
        // "Vienna, 29-30 September 2011" / "Lieu: ARCOTEL ..., Neubaugürtel 34": a date with its venue is a gathering's.
        // (Also a line that opens with a kind of place: "Miércoles 2, Jueves 3 y Viernes 4 de marzo / 18:00 horas / Centro Cultural X (Avda. Y, 26)".)
        if (ctx.block.some((s) => VENUE_LABEL.test(page.folded.slice(s.start, s.end)) || looksLikeAddress(page.text.slice(s.start, s.end))
          || (s.start !== ctx.line.start && venueLine(afterHour(page.text.slice(s.start, s.end)))))) add('blockVenue');
      }
      if (cues.noun(ctx.paragraph)) add('paragraphNoun');
      if (audienceIn(ctx.paragraph)) add('audience');
      if (headlineNoun) add('headlineNoun');
      if (underHeadline.has(ctx.line.index) && !m.numeric) add('underHeadline');
      else if (underHeadline.has(ctx.line.index)) add('underHeadlineNumeric');
      // "Coup d'envoi à l'Hôtel de Ville le jeudi 13 à 18h": a day with its hour and its venue is a gathering's, whatever it is called.
      if (score < EVENT_THRESHOLD && hasTimeIn(ctx.own) && venuesOf().venueIn(page.text, ctx.own)) add('hourAndVenue');
    }
    out.push({ mention: m, ctx, kind, score, labelled, signs });
  }
  // Datelines, weekly slots, a two-day gathering's second day (non-gatherings.ts, precision's).
  markNonGatherings(page, out, publishedDay, times);
  // A date that is not an event ("World Refugee Day (20 June)", a deadline) does not split
  // its sentence: the event's segment runs over it ("... al Cinema Massimo alle ore 21").
  const notEvents = new Set(out.filter((c) => c.kind !== 'event').map((c) => c.mention));
  if (notEvents.size) {
    const eventMentions = mentions.filter((m) => !notEvents.has(m));
    for (const c of out) {
      if (c.kind !== 'event' || c.ctx.own === c.ctx.sentence) continue;
      const cut = mentions.some((m) => notEvents.has(m) && m.start >= c.ctx.sentence.start && m.start < c.ctx.sentence.end);
      if (cut) c.ctx = mentionContext(page, c.mention, eventMentions);
    }
  }
  // "La fête est reportée au 6 septembre ... n'est pas en mesure d'organiser la soirée du vendredi 28 juin": the day given up.
  if (MOVED_TO.test(page.folded)) {
    for (const c of out) if (c.kind === 'event' && NOT_HELD.test(page.folded.slice(c.ctx.sentence.start, c.ctx.sentence.end))) c.kind = 'other';
  }
  markNavigation(page, out);
  shareListEvidence(page, out, EVENT_THRESHOLD);
  shareEnumerations(page, out, EVENT_THRESHOLD);
  return out;
}

/** What may open a line before its hour: a bullet, "A", "À", "At", "Alle", "Ore", "Um", "Ab", "A las", "Dès", "From". */
const BEFORE_OPENING_HOUR = /^\s*[-•*–]?\s*(?:(?:a|at|alle|ore|alle ore|dalle|dalle ore|um|ab|a las|a la|de|des|from|starting at)\s+)?$/;

/**
 * True when the first non-empty line under a date line (past at most two blank lines) opens with an hour.
 * @example hourOpensNextLine(readText('Samedi 2 mars\n\nA 14 heures, un débat'), 0, times, starts) // true
 */
function hourOpensNextLine(page: PageText, lineIndex: number, times: readonly TimeMention[], timeStarts: readonly number[]): boolean {
  for (let i = lineIndex + 1; i <= lineIndex + 3; i++) {
    const span = lineSpan(page, i);
    if (!span) return false;
    if (span.end === span.start) continue;
    const t = times[lowerBound(timeStarts, span.start)];
    return !!t && t.start < Math.min(span.end, span.start + 20) && BEFORE_OPENING_HOUR.test(page.folded.slice(span.start, t.start));
  }
  return false;
}

/** How far apart a deadline's day and a day added to it by "and" may stand (characters). */
const LIST_GAP = 160;
/** The gap ends with "and" before the added day: "y el", "and on", "et le", "e il", "und am". */
const AND_THEN = /(?:^|[\s,;–—-])(?:y|and|et|e|und|sowie|as well as|ainsi que|as well as on)\s+(?:(?:el|le|il|the|am|on|los|les|los dias|el dia|le jour|il giorno)\s+)?$/;

/** What joins the dates of one list: "et", "and", "y", "or" (a comma alone may close a clause). */
const LIST_JOIN = /^\s*,?\s*(?:and|et|und|e|y|ou|or|o|oder|&)\s*(?:(?:le|les|el|los|il|the|am|on|del|du|dal|vom)\s+)?$/;

/** An hour opening a line: "A las 9:00 horas, ", "Ore 18 – ", "19h30 : ", "Um 18 Uhr, ", "From 6 pm, ". */
const HOUR_OPENING = /^\s*(?:(?:a las|a la|alle ore|alle|ore|dalle|um|ab|at|from|a partir de las|des|dès|à|a)\s+)?\d{1,2}(?:[:.h]\d{2})?\s*(?:h|hrs?|horas?|uhr|ore|heures?|am|pm)?\.?\s*[,:–—-]\s*/iu;

/**
 * A line with its hour taken off: "A las 9:00 horas, Centro Cívico X, Barcelona" gives its venue (an item's
 * "when and where" line under its date).
 * @example afterHour('Ore 18 – Biblioteca comunale') // 'Biblioteca comunale'
 */
export function afterHour(line: string): string {
  const m = HOUR_OPENING.exec(line);
  return m ? line.slice(m[0].length) : line;
}

/** A yearly recurrence right before a day: "chaque année, le", "every year on", "ogni anno il", "cada año, el", "jedes Jahr am". */
const YEARLY_BEFORE = /(?<![a-z])(?:chaque annee|tous les ans|every year|each year|annually|ogni anno|tutti gli anni|cada ano|todos los anos|jedes jahr|alljahrlich|jahrlich)\s*,?\s*(?:(?:le|on|il|el|am|the|on the)\s+)?$/;

function firstLine(page: PageText) {
  for (let i = 0; i < Math.min(page.lineStarts.length, 10); i++) {
    const span = lineSpan(page, i)!;
    if (span.end > span.start) return span;
  }
  return undefined;
}

/** How long before its posting day a page may report a gathering as its own news (two years). */
const MAX_PAST_DAYS = 730;

function longBefore(d: { y?: number; m: number; d: number }, publishedDay: string): boolean {
  if (d.y === undefined) return false;
  const posted = Date.UTC(+publishedDay.slice(0, 4), +publishedDay.slice(5, 7) - 1, +publishedDay.slice(8, 10));
  return Number.isFinite(posted) && (posted - Date.UTC(d.y, d.m - 1, d.d)) / 86_400_000 > MAX_PAST_DAYS;
}

function isoOf(d: { y?: number; m: number; d: number }): string {
  return `${d.y}-${String(d.m).padStart(2, '0')}-${String(d.d).padStart(2, '0')}`;
}
