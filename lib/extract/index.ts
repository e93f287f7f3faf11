/**
 * Events in free text: news posts, newsletters, project pages. Reads the dates, times,
 * places, mode, links and deadlines a careful person would, and leaves out the dates that
 * are not events (posting stamps, deadlines, laws, reports, project periods).
 *
 * Bounded work: at most MAX_TEXT_CHARS of text, MAX_DATE_MENTIONS dated mentions and
 * MAX_TIME_MENTIONS times are read per page.
 */
import { eventId } from '../model/id.ts';
import { ParseError } from '../model/errors.ts';
import type { EventLocation, InclusionEvent, SourceFormat, TopicId } from '../model/event.ts';
import { classify, classifyHits, foldKeepLength, MAX_CLASSIFY_CHARS, termHits, type TermHit } from '../relevance/index.ts';
import { EVENT_THRESHOLD, judgeMentions, type Candidate } from './candidates.ts';
import { confidence } from './confidence.ts';
import { cuesOf } from './cue-index.ts';
import { findDates } from './dates.ts';
import { draftEvent, type Draft, type PlaceIndex } from './draft.ts';
import { MAX_EVENT_DAYS } from './filters.ts';
import { isEveOfSpan } from './eve.ts';
import { pairRespectively } from './respectively.ts';
import { detectLanguages, toPageLanguage, type PageLanguage } from './language.ts';
import { mergeDrafts } from './merge.ts';
import { decideMode, modeCues } from './mode.ts';
import { indexCities } from './place.ts';
import { inheritSamePlace, pageVenue, placeFromPage } from './page-places.ts';
import { guessPublished, resolveDays } from './resolve-days.ts';
import { indexVenues } from './venue.ts';
import { countryZone } from '../geo/countries.ts';
import { findLinks } from './registration.ts';
import { findRelativeDates } from './relative.ts';
import { paragraphAt, readText, type PageText } from './text.ts';
import { clock, findTimes, MIDNIGHT_MINUTES, type TimeMention } from './times.ts';
import { headline, inContext, isSectionName, singleTitle } from './title.ts';
import { nameOfDay, mentionsOf } from './title-day.ts';
import { shownTitle } from './title-shown.ts';
import { EVENT_NOUN } from './cues.ts';
import { SIGN_UP_WORDS } from './vocabulary.ts';
import { addDays, daysBetween, isoDay, refDay, type RefDay } from './year.ts';
import { eveningPerDay, programmeDays, sessionPerDay, weeklyTerm } from './series.ts';
import { shareTime } from './shared-time.ts';
import { endFromLaterSentence, timeFromLaterSentence } from './later-time.ts';
import { laterGatherings } from './later-gathering.ts';
import { moreGatheringsOfDay } from './gather-clauses.ts';
import { gatheringBlocks } from './gather-blocks.ts';
import { dayInPageOrder } from './gather-order.ts';
import { openingsAtPlaces } from './gather-opening.ts';
import { placeByWords } from './gather-place.ts';
import { placeSections } from './place-sections.ts';
import { durationMinutes, lastsMinutes } from './duration.ts';
import { dayItems, splitDay } from './day-items.ts';
import { dayFromUrl, eventDayFromUrl, textHints } from './year-hints.ts';
import { namedDayToday } from './named-days.ts';
import { mentionContext } from './context.ts';
import { weekendSpans } from './weekend-span.ts';
import { spanProgrammes } from './span-programme.ts';
import { listHours } from './span-list.ts';
import { spanBareDays } from './span-bare-days.ts';
import { spanWeekdays } from './span-weekdays.ts';
import { nextDayMentions } from './span-next-day.ts';
import { CLOSING_SLOT } from './end-closing.ts';
import { firstSectionEnd } from './end-sections.ts';
import { untilDays } from './end-until.ts';
import { umbrellasUntil } from './end-umbrella.ts';
import { spansFirst } from './end-order.ts';
import { extractScriptPage, scriptLanguage } from './script-page.ts';
import { headedDaysSpan } from './span-headed-days.ts';
import { numberedDaysSpan } from './span-numbered-days.ts';
import { spansFromToday } from './span-from-today.ts';
import { doorsTimes } from './doors-time.ts';

export { MAX_TEXT_CHARS } from './text.ts';
export { MAX_DATE_MENTIONS } from './dates.ts';
export { MAX_TIME_MENTIONS } from './times.ts';

/** How far ahead of its posting day a page may announce a gathering (two years). */
const MAX_LEAD_DAYS = 730;
/** How near the top a date stands under the headline to be the page's own (a few short lines). */
const LEAD_CHARS = 300;

export interface ExtractOptions {
  published?: string;
  lang?: string;
  now?: Date;
  /** The text was read from its live page at `now`, not from a saved copy (see YearHints.live). */
  live?: boolean;
  url?: string;
  title?: string;
  sourceName?: string;
  format?: SourceFormat;
}

export interface ExtractResult {
  language: string;
  relevant: boolean;
  relevance: { score: number; topics: TopicId[]; reasons: string[] };
  events: InclusionEvent[];
}

/**
 * For a page about one event with an agenda ("09:30 Welcome ... 16:00 Closing"), the
 * first and last times of the agenda after the date are the event's start and end.
 */
function programmeTimes(page: PageText, times: readonly TimeMention[], pos: number, cands: readonly Candidate[]): { startTime?: number; endTime?: number } {
  // Times on posting-stamp lines are not the event's.
  // (Only the stamp's own clause: an agency dateline, "Gijón, 3 de noviembre de 2022.- ... celebrará una Feria ... de 11:00h.
  // a 14:00h", "Roma, 3 marzo 2022 – ... dalle 9 alle 13", runs on into the body, whose hours are the event's.)
  const stamps = cands.filter((c) => c.kind === 'publication').map((c) => [c.ctx.line.start, stampClauseEnd(page, c.mention.end, c.ctx.line.end)] as const);
  const usable = times.filter((t) => !stamps.some(([from, to]) => t.start >= from && t.start < to));
  const all = usable.filter((t) => t.start > pos).slice(0, 60);
  if (all.length >= 3) {
    const first = all[0]!;
    // ("Au marché, de 9h à 13h30:" ... "A la Place centrale, de 13h30 à 15h30:": the first section is a gathering of its own.)
    const section = firstSectionEnd(page, all);
    if (section !== undefined) return { startTime: first.from, endTime: section };
    // (A programme runs forward: an earlier hour after a later one, "a las 17 h ... se puede visitar de 9,00 a 14,00", is
    // something else's, and then no end is known.)
    // (A close said inside a slot's words, "17h : ouverture du village ... (fermeture à 20h30)", is that slot's, no step of the agenda.)
    // (A close in prose with no slot after it, "La fiesta finalizará hacia las 18:00.", is the day's.)
    const agenda = ascending(all.filter((t, i) => t.role !== 'end' || opensLine(page, t.start) || !all.slice(i + 1).some((x) => opensLine(page, x.start))));
    if (agenda.length < 3) return { startTime: first.from };
    // (A last slot with a start only, "20h30 Banquet", says when it begins, not when the day ends: then no end is known.)
    const closing = agenda[agenda.length - 1]!;
    const spans = agenda.reduce((a, t) => Math.max(a, t.to ?? -1), first.to ?? -1);
    // ("La giornata si concluderà intorno alle 17.30": a last hour said to be the close is the end.)
    const last = closing.to === undefined && closing.from > spans && closing.role !== 'end' && !CLOSING.test(page.folded.slice(closing.end, closing.end + 30)) ? -1 : Math.max(spans, closing.to ?? closing.from);
    return last > first.from ? { startTime: first.from, endTime: last } : { startTime: first.from };
  }
  // A page about one event that names one time (or one range) names the event's time.
  if (usable.length >= 1 && usable.length <= 2) {
    const t = usable[0]!;
    // ("Clôture le vendredi 24 mars à 17h": the hour a close is said at is no start.)
    if (CLOSE_BEFORE.test(page.folded.slice(Math.max(0, t.start - 40), t.start))) return {};
    // (A second time is the end only when said so: "alle 9.30 ... alle 15.30" are two sessions' starts.)
    const second = usable[1];
    // (Nor is a sign-up's close: "La chiusura delle iscrizioni è prevista per le 13.00".)
    const end = t.to ?? (second && (second.role === 'end' || !STARTS_AT.test(page.folded.slice(Math.max(0, second.start - 12), second.start)))
      && !SIGN_UP_NEAR.test(page.folded.slice(Math.max(0, second.start - 50), second.start)) ? second.from : undefined);
    return end !== undefined && end > t.from ? { startTime: t.from, endTime: end } : { startTime: t.from };
  }
  return {};
}

/** A dateline's stamp ends at the first ".-", ". –" or " – " after its date, or with its line. */
const DATELINE_BREAK = /\.\s*[-–—]|\s[-–—]\s|\.\s+(?=\p{Lu})/u;
/** How long the words after a stamp must run on to be a body of their own (a stamp's "- 14h32" is no body). */
const BODY_CHARS = 60;
function stampClauseEnd(page: PageText, from: number, lineEnd: number): number {
  const at = page.text.slice(from, lineEnd).search(DATELINE_BREAK);
  return at < 0 || lineEnd - (from + at) < BODY_CHARS ? lineEnd : from + at;
}

/** The times up to the first that goes back in the day. */
function ascending(times: readonly TimeMention[]): TimeMention[] {
  let k = 1;
  while (k < times.length && times[k]!.from >= times[k - 1]!.from) k++;
  return times.slice(0, k);
}

/** A time said to be when something starts: "alle 15.30", "a las 17:00", "à 14h", "um 15 Uhr", "at 3pm", "ab 18 Uhr". */
const STARTS_AT = /(?:^|[^\p{L}])(?:alle|alle ore|dalle|dalle ore|ore|a las|à|a partir de|des|um|ab|at|from|starting at)\s*$/u;
const SIGN_UP_NEAR = new RegExp(`(?<![\\p{L}])(?:${SIGN_UP_WORDS})(?![\\p{L}])[^.;!?\\n]*$`, 'u');
const CLOSE_BEFORE = /(?<![a-z])(?:closing|cloture|chiusura|clausura|cierre|abschluss)(?![a-z])[^.\n]{0,30}$/;
// (The closing words of a programme's last slot, five languages: end-closing.ts.)
const CLOSING = CLOSING_SLOT;

/** The time an agenda gives for the close ("20.00 Uhr Ende der Veranstaltung"). */
function closingTime(page: PageText, times: readonly TimeMention[], pos: number): number | undefined {
  // The last one: "19.15 Conclusioni" comes before "19.30 Fine dei lavori".
  const closing = times.filter((x) => x.start > pos).slice(0, 60).filter((x) => CLOSING.test(page.folded.slice(x.end, x.end + 30)));
  // ("16h30 – 17h30 : Clôture" closes at 17:30.)
  const last = closing[closing.length - 1];
  return last?.to ?? last?.from;
}

/**
 * On a page with several events, a heading shared by several of them (or the page headline)
 * is not any one's name: each takes the name its own sentence gives it, where there is one.
 */
function ownNames(drafts: Draft[], pageHeadline: string | undefined): void {
  if (drafts.length < 2) return;
  const count = new Map<string, number>();
  for (const d of drafts) count.set(d.title, (count.get(d.title) ?? 0) + 1);
  for (const d of drafts) {
    if (d.ownTitle || !d.phrase || ((count.get(d.title) ?? 0) < 2 && d.title !== pageHeadline)) continue;
    const phrase = d.phrase();
    if (phrase) [d.title, d.ownTitle] = [phrase, true];
  }
}

/**
 * An event's own relevance: the page's term hits inside its text, with its title's. (The
 * page is scanned once; only text past the classified part is read again.)
 */
function ownClass(d: Draft, pageHits: readonly TermHit[], wordsOnPage: (h: TermHit) => string, language: string) {
  if (d.span.end > MAX_CLASSIFY_CHARS) return classify(`${d.title}\n${d.text}`, { lang: language });
  const inside = pageHits.filter((h) => h.index >= d.span.start && h.index + h.length <= d.span.end);
  const title = termHits(foldKeepLength(d.title));
  const titleWords = new Map(title.map((h) => [h, d.title.slice(h.index, h.index + h.length)]));
  return classifyHits([...title, ...inside], (h) => titleWords.get(h) ?? wordsOnPage(h));
}

/** A time that opens its line, after bullets or dashes only ("- 23h15 : fermeture des portes"). */
function opensLine(page: PageText, pos: number): boolean {
  return /^[\s•*·–-]*$/u.test(page.text.slice(lineStartOf(page, pos), pos));
}

function lineStartOf(page: PageText, pos: number): number {
  const before = page.text.lastIndexOf('\n', pos - 1);
  return before + 1;
}

/** A town alone next to an online event is where its organisers or speakers are, not a place to go. */
function townOfOnlineEvent(d: Draft): boolean {
  return d.mode === 'online' && !!d.location && !d.location.name && !d.location.address;
}

function ordered(l: EventLocation): EventLocation {
  return { ...(l.name ? { name: l.name } : {}), ...(l.address ? { address: l.address } : {}), ...(l.city ? { city: l.city } : {}), ...(l.country ? { country: l.country } : {}) };
}

function stamp(day: RefDay, minutes: number | undefined): string {
  return minutes === undefined ? isoDay(day) : `${isoDay(day)}T${clock(minutes)}`;
}

/**
 * The page's own title without the site's name ("Job fair for refugees | City of Ghent"):
 * the part that is the source's name, or a short last part without an event word, is dropped.
 */
function pageTitle(title: string | undefined, sourceName: string | undefined): string | undefined {
  if (!title) return undefined;
  const parts = title.split(/\s+[|–—·»]\s+|\s+-\s+/).map((p) => p.trim()).filter(Boolean);
  const site = (p: string) => (sourceName && foldKeepLength(p) === foldKeepLength(sourceName)) || (p.length <= 40 && !EVENT_NOUN.test(foldKeepLength(p)) && parts.length > 1);
  while (parts.length > 1 && site(parts[parts.length - 1]!)) parts.pop();
  while (parts.length > 1 && sourceName && foldKeepLength(parts[0]!) === foldKeepLength(sourceName)) parts.shift();
  const clean = parts.join(' – ');
  // ("Agenda | City of Ghent" names the site's section: the page's text names the event.)
  return clean && clean.length >= 4 && !isSectionName(clean) ? clean : undefined;
}

/**
 * Reads the events a free text announces or reports.
 * @example extractEvents('Webinar on refugees and the labour market, 5 May 2021, 10:00-12:00 CET', { published: '2021-04-01' }).events[0].start // '2021-05-05T10:00'
 */
export function extractEvents(text: string, options: ExtractOptions = {}): ExtractResult {
  const steps = extractionSteps(text, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * extractEvents with `pause` between its stages (dates, judging, drafts, places, output), for a
 * page that must get its main thread back: the first reading compiles hundreds of patterns, a
 * task of about 200 ms on a slow machine when done at once.
 */
export async function extractEventsStepwise(text: string, options: ExtractOptions, pause: () => Promise<unknown> | undefined): Promise<ExtractResult> {
  const steps = extractionSteps(text, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await pause();
  }
}

let warmed: Promise<void> | undefined;
/** A short text every stage of the reader runs on. */
const WARM_UP_TEXT = 'Job fair for refugees\n\nThe job fair takes place on Thursday, 3 December 2026 from 10:00 to 14:00 at the Town Hall, 1 Main Street, Lyon. Register by 1 December.';

/**
 * Reads a short text once, stage by stage with `pause` between, so that the reader's patterns are
 * compiled in small tasks before a source is read in one go (an RSS feed's items, a page's prose).
 * Once per page; later calls wait for the first.
 */
export function warmUpExtractor(pause: () => Promise<unknown> | undefined): Promise<void> {
  warmed ??= extractEventsStepwise(WARM_UP_TEXT, { now: new Date(Date.UTC(2026, 10, 20)) }, pause).then(() => undefined);
  return warmed;
}

function* extractionSteps(text: string, options: ExtractOptions): Generator<void, ExtractResult> {
  if (typeof text !== 'string') throw new ParseError('text', 'The page text must be a string');
  const page = readText(text);
  // (A page in Ukrainian, Russian or Arabic has none of the words read below: script-page.ts reads it.)
  const script = scriptLanguage(page.text);
  if (script) return extractScriptPage(page.text, script, options);
  const requested = toPageLanguage(options.lang);
  const detected = detectLanguages(page.folded, true);
  const language: PageLanguage = requested ?? detected[0] ?? 'en';
  const languages = [...new Set<PageLanguage>([language, ...detected])];
  const pageHits = termHits(page.folded);
  const wordsOnPage = (h: TermHit) => page.text.slice(h.index, h.index + h.length);
  // (A headline that names the group says what the page is about.)
  const pageHead = headline(page, options.url);
  const pageClass = classifyHits(pageHits, wordsOnPage, { textLength: page.text.length, ...(pageHead ? { headlineHits: termHits(foldKeepLength(pageHead)) } : {}) });
  const scanned = findDates(page, languages);
  const cues = cuesOf(page);
  const publishedGiven = refDay(options.published);
  const publishedDay = options.published?.slice(0, 10);
  const now = options.now && !Number.isNaN(options.now.getTime())
    ? { y: options.now.getUTCFullYear(), m: options.now.getUTCMonth() + 1, d: options.now.getUTCDate() }
    : undefined;
  // Relative dates need the posting day: given, else the page's own stamp or address, else its first
  // full date. (Never the run's clock: "heute" on a page that shows no date names no day we know.)
  const urlDay = dayFromUrl(options.url, now);
  const hints = publishedGiven ? {} : textHints(page, scanned, cues, now);
  // (Else the page's first full date: a page that writes "7 September 2021" speaks of 2021.)
  // (Kept: when no relative date or bare day is added, the page's mentions are these, and judging them again gives the same.)
  let judgedForReference: { times: TimeMention[]; judged: Candidate[] } | undefined;
  const reference = () => {
    if (publishedGiven) return publishedGiven;
    const scannedTimes = findTimes(page, scanned);
    const judged = judgeMentions(page, scanned, scannedTimes, publishedDay, cues);
    judgedForReference = { times: scannedTimes, judged };
    const first = judged.find((c) => c.mention.explicitYear && c.kind !== 'reference' && c.kind !== 'period')?.mention.days[0];
    // (A month stamp says only the month: a weekday with its day may fall anywhere in it.)
    // (Last, the day the page's photos were taken, by their cameras' names: the day of the gathering a page reports
    // when it dates nothing itself; a photo may be older than the page, so the page's own dates come first.)
    // (Then "oggi, Giornata mondiale del rifugiato" on a page naming its year: that day of that year, named-days.ts.)
    return guessPublished(judged) ?? urlDay ?? (hints.stamp ? { ...hints.stamp, slack: 15 } : undefined) ?? (first?.y !== undefined ? { y: first.y, m: first.m, d: first.d, ofEvent: true } : undefined) ?? hints.photoDay
      ?? namedDayToday(page.folded, hints.year);
  };
  const relative = findRelativeDates(page, scanned, language, reference, cues);
  yield;
  // ("desde hoy y hasta el 26 de octubre", "da oggi al 26 ottobre": a span from the posting day, span-from-today.ts.)
  const ownDays = spansFromToday(page, scanned, reference);
  const read = relative.length ? [...ownDays, ...relative].sort((a, b) => a.start - b.start) : ownDays;
  // ("Du 13 au 20 juin ... au Lieu d'Europe le 19": a day named by its number inside an announced span, when nothing else read it: span-bare-days.ts.)
  const bareDays = spanBareDays(page.folded, read);
  // ("Dès le vendredi 14 juin, des ateliers ... Le lendemain, ce sera au tour du volley-ball": span-next-day.ts.)
  bareDays.push(...nextDayMentions(page.folded, bareDays.length ? [...read, ...bareDays].sort((a, b) => a.start - b.start) : read));
  const mentions = bareDays.length ? [...read, ...bareDays].sort((a, b) => a.start - b.start) : read;
  const reused = mentions === scanned ? judgedForReference : undefined;
  const times = reused?.times ?? findTimes(page, mentions);
  const cands = reused?.judged ?? judgeMentions(page, mentions, times, publishedDay, cues);
  yield;
  const published = publishedGiven ?? guessPublished(cands);
  const textYear = published ? undefined : hints.year;
  const resolved = resolveDays(page, cands, published ?? hints.stamp, now, { ...(urlDay ? { urlDay } : {}), ...(textYear !== undefined ? { textYear } : {}), ...(!published && hints.stamp ? { monthStamp: true } : {}), ...(hints.fileYears ? { fileYears: hints.fileYears } : {}), ...(!published && hints.era ? { era: hints.era } : {}), ...(options.live ? { live: true } : {}) });

  // Nobody announces a gathering years ahead: a date that far past the posting day is the
  // day the copy was made or a site's clock ("Sábado, 11 de enero de 2025" over a 2014 post).
  // An undated page that dates its own gathering under its headline ("le 22/11/19") is of that
  // day: a date years later further down is a site-wide notice box of another season.
  const lead = published ? undefined : cands.find((c) => c.kind === 'event' && c.score >= EVENT_THRESHOLD && c.mention.explicitYear
    && c.mention.start < LEAD_CHARS && resolved.has(c.mention));
  const leadDay = lead && resolved.get(lead.mention)![0]!;
  const strong = (c: Candidate) => c.kind === 'event' && c.score >= EVENT_THRESHOLD && resolved.has(c.mention);
  // A posting day no gathering of the page falls near is stale (a page's meta date kept from an older
  // copy, a post updated for a later edition): it says nothing of how far ahead the page looks, save
  // for a date alone on a line at the top, which is the site's clock.
  const postingHolds = !!published && cands.some((c) => strong(c) && Math.abs(daysBetween(published, resolved.get(c.mention)![0]!)) <= MAX_LEAD_DAYS);
  const tooLate = (c: Candidate) => {
    const day = resolved.get(c.mention)![0]!;
    if (published) return daysBetween(published, day) > MAX_LEAD_DAYS && (postingHolds || (c.ctx.dateLine && c.mention.start < LEAD_CHARS));
    return !!leadDay && c.mention.start > lead!.mention.start && daysBetween(leadDay, day) > MAX_LEAD_DAYS;
  };
  // "conciertos del 7 al 15 de septiembre ... Le seguirá el día 8 Miguel Ríos": a day of the programme, named in its own sentence.
  const ofProgramme = programmeDays(page.folded, cands, resolved, EVENT_THRESHOLD);
  for (const c of ofProgramme) c.score = EVENT_THRESHOLD;
  const events = cands.filter((c) => c.kind === 'event' && c.score >= EVENT_THRESHOLD && resolved.has(c.mention) && !tooLate(c));
  const perSentence = new Map<number, number>();
  for (const c of events) perSentence.set(c.ctx.sentence.start, (perSentence.get(c.ctx.sentence.start) ?? 0) + 1);
  const places: PlaceIndex = { ...indexCities(page.text, page.folded), ...indexVenues(page.folded) };
  const drafts: Draft[] = [];
  for (const c of events) {
    const days = resolved.get(c.mention)!;
    const multi = (perSentence.get(c.ctx.sentence.start) ?? 0) > 1;
    if (c.mention.range) {
      const [start, end] = [days[0]!, days[days.length - 1]!];
      if (daysBetween(start, end) > MAX_EVENT_DAYS) continue;
      // "Five online sessions, 3-7 May, 18:00-19:30": one event per day.
      const count = daysBetween(start, end) + 1;
      // "del 5 de marzo al 9 de abril, todos los martes de 18 a 20 h": a term of weekly sessions is its first session.
      if (weeklyTerm(page.folded.slice(c.ctx.own.start, c.ctx.own.end), count)) drafts.push(draftEvent(page, c, { start }, times, multi, places));
      else if (sessionPerDay(page.folded.slice(c.ctx.own.start, c.ctx.own.end), count) || eveningPerDay(page.folded.slice(c.ctx.paragraph.start, c.ctx.paragraph.end), count)) {
        for (let i = 0; i < count; i++) drafts.push(draftEvent(page, c, { start: addDays(start, i) }, times, true, places));
      } else drafts.push(draftEvent(page, c, { start, end }, times, multi, places));
    } else if (days.length === 1 && c.ctx.dateLine && c.ctx.line.end - c.ctx.line.start <= 60) {
      // "Martes 16 / • Formación ..., a las 9.30 / • Mesa redonda ..., a las 19.00": one event per item.
      const draft = draftEvent(page, c, { start: days[0]! }, times, multi, places);
      const items = dayItems(page, c.ctx.line.index, times, mentions, places);
      drafts.push(draft, ...(items.length ? splitDay(page, draft, items, places) : []));
    } else for (const day of days) drafts.push(draftEvent(page, c, { start: day }, times, multi || days.length > 1, places));
  }
  // "del 3 al 5 de octubre ... El sábado, a partir de las 18:00, la fiesta": a weekday inside a short span, with its own hour (span-weekdays.ts).
  for (const m of spanWeekdays(page, drafts, mentions, times)) {
    const day = drafts.push(draftEvent(page, { mention: m, ctx: mentionContext(page, m, mentions), kind: 'event', score: EVENT_THRESHOLD, labelled: false }, { start: m.days[0] as RefDay }, times, true, places));
    drafts[day - 1]!.programmeDay = true;
  }
  if (ofProgramme.size) {
    const at = new Set([...ofProgramme].map((c) => c.mention.start));
    for (const d of drafts) if (at.has(d.pos) && !d.endDay) d.programmeDay = true;
  }
  // Weak mentions only add details to an event on their day: draft only those that can.
  const onEventDay = (day: RefDay) => drafts.some((d) => daysBetween(d.startDay, day) >= 0 && daysBetween(day, d.endDay ?? d.startDay) <= 0);
  // ("25 novembre 2021 - 26 novembre 2021" over "Programme : jeudi 25 novembre, 9h ...": a weak span that opens
  // on an event's day gives that event its last day.)
  const startsEvent = (day: RefDay) => drafts.some((d) => !d.endDay && daysBetween(d.startDay, day) === 0);
  const weakSpan = (c: Candidate) => {
    const days = resolved.get(c.mention)!;
    return c.mention.range && c.mention.explicitYear && startsEvent(days[0]!) && daysBetween(days[0]!, days[days.length - 1]!) <= MAX_EVENT_DAYS;
  };
  const helpers = cands
    .filter((c) => c.kind === 'event' && c.score < EVENT_THRESHOLD && resolved.has(c.mention) && (c.mention.range ? weakSpan(c) : onEventDay(resolved.get(c.mention)![0]!)))
    .map((c) => {
      const days = resolved.get(c.mention)!;
      return draftEvent(page, c, c.mention.range ? { start: days[0]!, end: days[days.length - 1]! } : { start: days[0]! }, times, true, places, true);
    });
  // The day before a symposium, dated for arrivals and a welcome dinner, is not a gathering (eve.ts).
  const dateStarts = mentions.map((m) => m.start);
  // (Before merging too, for a day inside a week the page announces: "Am 25. September liest X ... Die Lesung findet um 20 Uhr
  // statt" is a gathering of its own in the week, not a mention of the week.)
  const weeks = drafts.filter((d) => d.endDay && daysBetween(d.startDay, d.endDay) >= 2);
  if (weeks.length) {
    const inWeek = (d: Draft) => !d.endDay && weeks.some((w) => daysBetween(w.startDay, d.startDay) > 0 && daysBetween(d.startDay, w.endDay!) >= 0);
    timeFromLaterSentence(page, drafts, times, mentions, inWeek);
  }
  // "La cita se prolonga todo el fin de semana": a Saturday's gathering ends on the Sunday. (Before merging: a session of
  // that day said in its own paragraph, "Hoy a las 17:30 ... la inauguración", stays a session of the span.)
  weekendSpans(page, drafts);
  // A span's kind from the name it stands under, and the days of its day-by-day programme (span-programme.ts).
  spanProgrammes(page, drafts);
  // "17./24. September und 1. Oktober um 20 Uhr": the hour after a list's last day is each day's (span-list.ts).
  listHours(page, drafts, mentions);
  yield;
  const merged = mergeDrafts(drafts, helpers).filter((d, _, all) => !isEveOfSpan(d, all, page.folded, dateStarts));
  // "opened on 27 September. Until 4 October there will be talks": the gathering's last day (end-until.ts).
  // (After merging: the days inside the span stay gatherings of their own.)
  untilDays(page, merged, mentions);
  // "Las jornadas ... continúan hasta el viernes": an umbrella's last day said apart from its first (end-umbrella.ts).
  merged.push(...umbrellasUntil(page, merged, mentions, times, places));
  // "con el siguiente programa" over "MARTES 20 / ... MIÉRCOLES 21 / ...": the programme's whole span (span-headed-days.ts).
  merged.push(...headedDaysSpan(page, merged, mentions, times, places));
  // "10 de marzo de 2025" over "Día 1 ... Día 2 ... Día 3": a gathering whose programme counts its days (span-numbered-days.ts).
  numberedDaysSpan(page, merged, mentions, times);
  // An event page that writes no day of its own, under an address that names it ("/event/banquet-2026-02-07/"): that day.
  if (!merged.length) {
    const fromUrl = eventDayFromUrl(options.url);
    const at = fromUrl && pageHead ? page.text.indexOf(pageHead) : -1;
    if (fromUrl && at >= 0 && cues.noun({ start: 0, end: Math.min(page.text.length, 20_000) })) {
      const m = { start: at, end: at, days: [fromUrl], range: false, explicitYear: true, numeric: true };
      merged.push(draftEvent(page, { mention: m, ctx: mentionContext(page, m, mentions), kind: 'event', score: EVENT_THRESHOLD, labelled: false }, { start: fromUrl }, times, false, places));
    }
  }
  const single = merged.length === 1;
  if (single) {
    const only = merged[0]!;
    const venue = only.location ?? pageVenue(page, places);
    only.mode = decideMode(modeCues(page.folded), !!venue) ?? only.mode;
    // A webinar's page may end with its organiser's address: that is not where it happens.
    if (only.mode !== 'online') only.location = venue;
    if (!only.ownTitle) only.title = pageTitle(options.title, options.sourceName) ?? singleTitle(page, pageHead, only) ?? only.title;
    only.links = { ...findLinks(page.text), ...only.links };
    if (only.startTime === undefined) Object.assign(only, programmeTimes(page, times, only.pos, cands));
    else if (only.endTime !== undefined && !only.endDay) {
      // "12:30-13:00 Registration ... 17:30-19:00 Reception": the first slot's end is not the day's.
      // (A span said in a sentence, "aura lieu samedi 11 mars de 10h à 17h", is the day's: later hours are other years' or other things'.)
      const said = times.find((t) => t.start >= only.pos && t.from === only.startTime && t.to === only.endTime);
      const inProse = !!said && !/^[\s•*·–-]*$/u.test(page.text.slice(lineStartOf(page, said.start), said.start));
      const agenda = programmeTimes(page, times, only.pos, cands);
      if (!inProse && agenda.startTime === only.startTime && agenda.endTime !== undefined && agenda.endTime > only.endTime) only.endTime = agenda.endTime;
    } else if (only.endTime === undefined && !(only.endDay && daysBetween(only.startDay, only.endDay) > 0)) {
      // "...opens at 10:00. Employers will meet candidates until 16:00.": an end in the same paragraph.
      const startAt = times.find((t) => t.start >= only.pos && t.from === only.startTime);
      const para = startAt && paragraphAt(page, startAt.start);
      const until = para && times.find((t) => t.role === 'end' && t.start > startAt.start && t.end <= para.end)?.from;
      // "Time: 14:00-15:30 CET" elsewhere on the page gives the end of the event starting at 14:00.
      const range = times.find((t) => t.from === only.startTime && t.to !== undefined && t.to > t.from);
      // "9.30 Arrival ... 16.15 – 17.00 Reception": an agenda that opens at the start time ends at its last slot.
      const agenda = programmeTimes(page, times, only.pos, cands);
      const agendaEnd = agenda.startTime === only.startTime ? agenda.endTime : undefined;
      const end = closingTime(page, times, only.pos) ?? until ?? range?.to ?? agendaEnd;
      if (end !== undefined && end > only.startTime) only.endTime = end;
    }
  }
  // "Au marché, de 9h à 13h30 : ... A la Place centrale, de 13h30 à 15h30 : ...": a day's programme told place by place.
  merged.push(...placeSections(page, merged, times, mentions, places));
  // "ore 17 ... la finale del torneo. A seguire, ore 22, presso Piazza Oberdan si terrà il concerto": another gathering that day.
  merged.push(...laterGatherings(page, merged, times, mentions, places, cues, language));
  // "..., ainsi que des tournois au CAES de Lingolsheim", "A seguire, inaugurazione ... in piazza Garibaldi": other places that day (gather-clauses.ts).
  merged.push(...moreGatheringsOfDay(page, merged, times, mentions, places, cues, language));
  // "Un concert ... à la MCL." / "Une bourse aux livres ... à la Maison de la Montagne.": a day told block by block (gather-blocks.ts).
  merged.push(...gatheringBlocks(page, merged, times, mentions, places, cues, language));
  // "Le festival débute ce dimanche à la Maison Folie" over "du 14 novembre au 2 décembre": the span's opening (gather-opening.ts).
  merged.push(...openingsAtPlaces(page, merged, mentions, (s) => places.venueIn(page.text, s) ?? placeByWords(page, s, cues, language)));
  // (Those are appended: each day's gatherings back in the page's order, gather-order.ts.)
  dayInPageOrder(merged);
  inheritSamePlace(merged);
  shareTime(page, merged, times, mentions, cues);
  timeFromLaterSentence(page, merged, times, mentions);
  // "... 18 Uhr" and below "Beginn: 19 Uhr, Einlass ab 18 Uhr, Ende um 22 Uhr": the hour was the doors' (doors-time.ts).
  doorsTimes(page, merged, times);
  // "... a las 18:00 horas. La actividad finalizará a las 20:00 horas.": an end said in the next sentence.
  endFromLaterSentence(page, merged, times, mentions);
  // "Webinar at 10:00 CET, 90 minutes": an end from a length.
  for (const d of merged) {
    if (d.startTime === undefined || d.endTime !== undefined || (d.endDay && daysBetween(d.startDay, d.endDay) > 0)) continue;
    // ("... el sábado 20, a las 12.30 / La obra narra ... El espectáculo dura 35 minutos": a later sentence before the next date.)
    const nextDate = mentions.find((m) => m.start >= d.span.end)?.start ?? page.text.length;
    const length = durationMinutes(foldKeepLength(d.text)) ?? (single ? durationMinutes(page.folded.slice(0, 20_000)) : lastsMinutes(page.folded.slice(d.span.end, Math.min(nextDate, d.span.end + 600))));
    if (length !== undefined && d.startTime + length < 24 * 60) d.endTime = d.startTime + length;
  }
  ownNames(merged, pageHead);
  for (const d of merged) {
    if ((d.mode && d.mode !== 'in-person') || d.multi) continue;
    const c = events.find((e) => e.mention.start === d.pos);
    if (!c) continue;
    // Prose about several events: the paragraph around a date names its place and mode,
    // unless it also dates another event (then its words may be that event's: "... visited
    // the service. Join the online webinar on 21 December").
    const para = c.ctx.paragraph;
    const shared = events.some((e) => e !== c && e.mention.start >= para.start && e.mention.start < para.end
      && daysBetween(resolved.get(e.mention)![0]!, d.startDay) !== 0);
    if (shared) continue;
    d.location ??= places.cityIn(c.ctx.paragraph);
    const paragraphMode = decideMode(modeCues(page.folded.slice(c.ctx.paragraph.start, c.ctx.paragraph.end)), !!d.location);
    // An event already known to be in person only becomes hybrid ("... or follow it on our livestream").
    if (d.mode !== 'in-person' || paragraphMode === 'hybrid') d.mode = paragraphMode;
  }

  yield;
  placeFromPage(page, merged, places, mentions, options.url);
  // "il 9 e il 16 marzo, rispettivamente a Torino e a Milano": each date its own town, in order.
  pairRespectively(page, merged, (d) => events.find((e) => e.mention.start === d.pos)?.ctx.sentence);
  // A gathering the page never says is online (no webinar, stream, platform or "online") is
  // held somewhere people go: that is how a reader takes it, and how the page means it.
  const pageCues = modeCues(page.folded.slice(0, 20_000));
  if (!pageCues.online && !pageCues.hybrid && !pageCues.stream) for (const d of merged) d.mode ??= 'in-person';

  yield;
  const deadlines = cands.filter((c) => c.kind === 'deadline' && resolved.has(c.mention)).map((c) => ({ pos: c.mention.start, day: resolved.get(c.mention)![0]! }));
  const sourceKey = options.url ?? options.sourceName ?? 'text';
  const out: InclusionEvent[] = merged.map((d) => {
    const start = stamp(d.startDay, d.startTime);
    const allDay = d.startTime === undefined;
    let end: string | undefined;
    if (d.endDay && daysBetween(d.startDay, d.endDay) > 0) end = stamp(d.endDay, allDay ? undefined : d.endTime ?? undefined);
    // ("de 21h à minuit", "22:00-02:00": an end past midnight is on the next day.)
    else if (!allDay && d.endTime !== undefined && d.endTime > d.startTime!) end = d.endTime >= MIDNIGHT_MINUTES ? stamp(addDays(d.startDay, 1), d.endTime - MIDNIGHT_MINUTES) : stamp(d.startDay, d.endTime);
    const deadline = deadlines
      .filter((x) => daysBetween(x.day, d.startDay) >= 0)
      .sort((a, b) => Math.abs(a.pos - d.pos) - Math.abs(b.pos - d.pos))[0];
    const own = ownClass(d, pageHits, wordsOnPage, language);
    const topics = [...new Set([...own.topics, ...pageClass.topics])].slice(0, 5);
    const relevant = pageClass.relevant || own.relevant;
    const timeZone = d.timeZone ?? (allDay ? undefined : countryZone(d.location?.country));
    // (On a page of several events, "Visita" alone says too little: the headline says which.)
    // (A title that says only when or where, or only the site's name, takes the name the page gives where it says
    // the day again (title-day.ts), else its own sentence's event phrase.)
    const title = shownTitle(merged.length > 1 ? inContext(d.title, pageHead) : d.title, () => nameOfDay(page, mentionsOf(cands), (m) => resolved.get(m), d.startDay) ?? d.phrase?.(), options.url);
    const event: InclusionEvent = {
      id: eventId(sourceKey, title, start),
      title,
      description: d.text.replace(/\s+/g, ' ').trim().slice(0, 500),
      start,
      ...(end ? { end } : {}),
      allDay,
      ...(timeZone ? { timeZone } : {}),
      ...(d.location && !townOfOnlineEvent(d) ? { location: ordered(d.location) } : {}),
      mode: d.mode ?? 'unknown',
      ...(d.links.onlineUrl ? { onlineUrl: d.links.onlineUrl } : {}),
      ...(d.links.url ?? options.url ? { url: d.links.url ?? options.url } : {}),
      ...(d.links.registrationUrl ? { registrationUrl: d.links.registrationUrl } : {}),
      ...(deadline ? { registrationDeadline: isoDay(deadline.day) } : {}),
      languages: [language],
      topics,
      relevance: {
        score: Math.max(pageClass.score, own.score),
        relevant,
        reasons: pageClass.relevant || !own.relevant ? pageClass.reasons : own.reasons,
      },
      status: d.status,
      source: { ...(options.url ? { url: options.url } : {}), ...(options.sourceName ? { name: options.sourceName } : {}), format: options.format ?? 'text' },
      confidence: confidence(d),
    };
    return event;
  });
  return {
    language,
    relevant: pageClass.relevant,
    relevance: { score: pageClass.score, topics: pageClass.topics, reasons: pageClass.reasons },
    // (On one start day, a span of days before the single days inside it: end-order.ts.)
    events: spansFirst(out),
  };
}
