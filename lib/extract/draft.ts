/**
 * One event as read from one dated mention: its days, times, place, mode, title, links
 * and status, each taken from the text that belongs to that mention.
 */
import type { EventLocation, EventStatus, Mode } from '../model/event.ts';
import type { Candidate } from './candidates.ts';
import { spansText } from './context.ts';
import { CANCELLED, DATE_LABEL, EVENT_NOUN, EVENT_VERB, POSTPONED } from './cues.ts';
import { countryIn, looksLikeAddress, placeFromValue, townAfterPreposition, VENUE_LABEL, type CityIndex } from './place.ts';
import { venueLine, type VenueIndex } from './venue.ts';
import { listIntro } from './lists.ts';
import { rangeKind } from './series.ts';
import { closesAfter } from './end-closing.ts';

/** The page's known cities and the words that may start a venue. */
export type PlaceIndex = CityIndex & VenueIndex;
import { modeNear } from './mode.ts';
import { cuesOf } from './cue-index.ts';
import { findLinks, type Links } from './registration.ts';
import { lineSpan, type PageText, type Span } from './text.ts';
import type { TimeMention } from './times.ts';
import { headingAbove, nameBeforeDate, phraseTitle, quotedTitle, segmentTitle, sentenceOrHeadline, throughQuote, titleBelow } from './title.ts';
import type { RefDay } from './year.ts';

export interface Draft {
  pos: number;
  startDay: RefDay;
  endDay?: RefDay;
  startTime?: number;
  endTime?: number;
  timeZone?: string;
  title: string;
  /** True when the title is the event's own (list item, quoted name), not a heading. */
  ownTitle: boolean;
  /** True when the title is the heading over the date (or the item line under it), not the date's sentence. */
  headingTitle?: boolean;
  /** The name the event's own sentence gives it ("the online follow-up webinar"), if any. */
  phrase?: () => string | undefined;
  location?: EventLocation;
  mode?: Mode;
  status: EventStatus;
  links: Links;
  text: string;
  /** Where `text` is in the page. */
  span: Span;
  score: number;
  labelled: boolean;
  explicitYear: boolean;
  multi: boolean;
  /** True when the event's own words name a gathering ("una jornada", "a workshop"). */
  ownNoun: boolean;
  /** True when the date heads a day of a programme whose items below name gatherings. */
  itemsNoun: boolean;
  /** For a range, what its own words make it: a series of sessions, an umbrella, one long event. */
  rangeKind?: 'series' | 'umbrella' | 'single';
  /** One of several gatherings listed under a day's heading, each with its own hour (day-items.ts). */
  daySession?: boolean;
  /** A day the page names in its own sentence inside a span of days it announces (series.ts programmeDays). */
  programmeDay?: boolean;
  /** One of a day's gatherings listed at places of their own (day-items.ts): a span of days around it does not absorb it. */
  placedSession?: boolean;
  /** Where else the page dates this same day, when drafts of one day were merged into this one (merge.ts). */
  alsoAt?: number[];
}

const within = (t: { start: number; end: number }, s: Span) => t.start >= s.start && t.end <= s.end;

/** "Einlass", "doors open", "ouverture des portes", "apertura porte", "apertura de puertas": when doors open, not when it starts. */
const DOORS = /(?:einlass|doors(?: open)?|ouverture des portes|accueil des participants|apertura (?:delle )?porte|apertura de (?:las )?puertas)\s*(?:ab|at|a|à|alle|a las|um|from)?\s*:?\s*$/u;

const THEN = /^\s*(?:[,;]|puis|then|and then|and|et|und|dann|poi|e|y|luego|despues)?\s*(?:puis|then|dann|poi|luego)?\s*(?:de|from|von|dalle|de las|da)?\s*$/u;

/** Start and end times from the times near a date: a range, or labelled start and end. */
function pickTimes(page: PageText, times: readonly TimeMention[], cand: Candidate, intro: Span | undefined): { from?: number; to?: number; zone?: string } {
  const { ctx, mention } = cand;
  // ("from 5 May at 10:00 to 7 May at 18:00": the hours the span itself holds.)
  if (mention.hours) return mention.hours;
  const own = times.filter((t) => within(t, ctx.own) || (ctx.dateLine && within(t, ctx.line)));
  const block = times.filter((t) => ctx.block.some((s) => within(t, s)));
  // A list's intro line gives the time of all its items ("Sessions (all 17:00-19:00):").
  const shared = intro && !own.length && !block.length && !mention.clock ? times.filter((t) => within(t, intro)) : [];
  const pool = own.length ? own : block.length ? block : shared;
  if (!pool.length) return mention.clock ? { from: mention.clock.from, ...(mention.clock.to !== undefined ? { to: mention.clock.to } : {}) } : {};
  const after = pool.filter((t) => t.start >= mention.start);
  let first = (after.length ? after : pool).find((t) => t.role !== 'end') ?? pool[0]!;
  // "Einlass 17.30 Uhr, Beginn 18 Uhr": the doors open before the start.
  if (DOORS.test(page.folded.slice(Math.max(0, first.start - 24), first.start))) first = pool.find((t) => t.start > first.start && t.role === 'start') ?? first;
  let end = first.to ?? [...own, ...block].find((t) => t.role === 'end' && t.from > first.from)?.from;
  // ("Viernes 16 de mayo / 9:30 Acreditación ... / 14:00 Clausura": a day's closing slot ends that day.)
  end ??= block.findLast((t) => t.from > first.from && closesAfter(page.folded.slice(t.end, t.end + 30)))?.from;
  // "de 9h à 13h puis de 14h30 à 18h": the day's later span ends it.
  for (let i = pool.indexOf(first) + 1, last = first; end !== undefined && i < pool.length; i++) {
    const next = pool[i]!;
    if (next.to === undefined || next.from < end || !THEN.test(page.folded.slice(last.end, next.start))) break;
    end = next.to;
    last = next;
  }
  const zone = pool.find((t) => t.timeZone)?.timeZone;
  // "00:00–23:59" is how some calendars write a whole day.
  if (first.from === 0 && (end ?? 0) >= 23 * 60 + 59) return {};
  return { from: first.role === 'end' ? undefined : first.from, ...(end !== undefined ? { to: end } : {}), ...(zone ? { zone } : {}) };
}

function placeNear(page: PageText, cand: Candidate, places: PlaceIndex): EventLocation | undefined {
  const { ctx } = cand;
  // "MARTES 20 DE SEPTIEMBRE (Casa del Mar)": a programme day's heading names its place in brackets.
  if (ctx.dateLine) {
    const bracket = /^\s*[-–,]?\s*\((\p{Lu}[^()\d]{2,80})\)\s*$/u.exec(page.text.slice(cand.mention.end, ctx.line.end));
    const place = bracket && placeFromValue(bracket[1]!);
    if (place) return place.name || place.address ? place : { ...place, name: bracket![1]!.trim() };
  }
  // (The item's own lines first, those under its date; a line above it, past a blank one, may end the item before.)
  const below = ctx.block.filter((s) => s.start > ctx.line.start);
  const above = ctx.block.filter((s) => s.start <= ctx.line.start);
  const fromLines = placeInLines(page, [ctx.line, ...below], below) ?? placeInLines(page, above, above);
  if (fromLines) return fromLines;
  // ("25 novembre 2021 - 26 novembre 2021 Saint-Martin-d'Hères - Domaine universitaire", "12 mars 2026 – Lyon, Maison des Associations":
  // a date line that goes on with a known town and its parts.)
  const rest = ctx.dateLine ? afterDates(page, cand, ctx.line) : undefined;
  const restTown = rest && places.cityIn(rest);
  if (rest && restTown) {
    const place = placeFromValue(page.text.slice(rest.start, rest.end));
    // ("June 18 to June 24 – Dublin Events": the town, and a heading's words that are no venue.)
    if (place?.city) return place.name && EVENTS_WORD.test(place.name.toLowerCase()) ? { city: place.city, ...(place.country ? { country: place.country } : {}) } : place;
  }
  // (A list item's own line first, "Silale (Lituania) 3-7 octubre", then its lines below, then those above: the item before.)
  // ("Valdemoro (Madrid, España) 3-7 octubre": a line opening with a town and where it is in brackets names that town, not the province.)
  const lineText = ctx.dateLine ? page.text.slice(ctx.line.start, ctx.line.end) : '';
  let found = (/^\s*\p{Lu}[^()\d\n]{1,40}\(\s*\p{Lu}[^()\d]{2,60}\)/u.test(lineText) ? countryIn(lineText) : undefined) ?? places.townNear(page.text, ctx.own, cand.mention.start);
  for (const span of below) found ??= places.cityIn(span);
  for (const span of above) found ??= places.cityIn(span);
  // "... at the Maison des Associations": a venue named in the event's own words.
  // ("Martes 16" / "• Formación ..., en el Centro Julián Sánchez": the venue of a day heading's item.)
  let venue = places.venueIn(page.text, ctx.own) ?? places.venueIn(page.text, ctx.sentence);
  for (const span of ctx.dateLine ? ctx.block : []) venue ??= places.venueIn(page.text, span);
  // ("concert à La Friche", "festa al Frantoio", "at the Black Box": a place known by its name alone, in the event's own words.)
  venue ??= places.namedIn(page.text, ctx.own) ?? places.namedIn(page.text, ctx.sentence);
  if (venue) return venue.city || !found?.city ? venue : { ...venue, city: found.city, ...(found.country ? { country: found.country } : {}) };
  return found ?? countryIn(spansText(page.text, ctx.block)) ?? townAfterPreposition(page.text.slice(ctx.own.start, ctx.own.end), page.text)
    ?? (ctx.dateLine ? townAfterPreposition(page.text.slice(ctx.line.start, ctx.line.end), page.text) : undefined)
    ?? (ctx.own.start !== ctx.sentence.start || ctx.own.end !== ctx.sentence.end ? places.townInItem(page.text, ctx.sentence, cand.mention.start) : undefined);
}

const EVENTS_WORD = /(?<![\p{L}])(?:events?|programme|program|programm|programma|programa|agenda|week|woche|semaine|settimana|semana|festival|news|veranstaltungen|[eé]v[eé]nements|eventi|eventos|termine|calendar|calendrier|calendario|kalender)(?![\p{L}])/u;

/** The rest of a date line after its last date, when it is short and no sentence: where a listing line names the place. */
function afterDates(page: PageText, cand: Candidate, line: Span): Span | undefined {
  const tail = page.text.slice(cand.mention.end, line.end);
  // (Past a second date of a range: "25 novembre 2021 - 26 novembre 2021Saint-Martin-d'Hères".)
  const lastDigit = tail.search(/\d(?!.*\d)/su);
  const year = lastDigit >= 0 && /^\s*[-–—]\s*\d{1,2}\.?\s+\p{L}+\.?\s+\d{4}/u.test(tail) ? lastDigit + 1 : 0;
  const start = cand.mention.end + year + (/^[\s,;:|–—-]*/u.exec(tail.slice(year))?.[0].length ?? 0);
  const text = page.text.slice(start, line.end);
  // (No other item of a list, "...; Webinar 5 May; Bruxelles 21 June": no day's number, no semicolon.)
  if (text.length < 3 || text.length > 100 || /[.!?]\s+\p{L}|;/u.test(text) || /(?<![\d.])\d{1,2}(?![\d.:])/u.test(text) || !/^\p{Lu}/u.test(text)) return undefined;
  return { start, end: line.end };
}

/** A venue label's place, else an address line's, else a line naming a venue by its kind ("Stadtbibliothek, Marktplatz 3", "Bürgerpark"). */
function placeInLines(page: PageText, labelled: readonly Span[], lines: readonly Span[]): EventLocation | undefined {
  for (const span of labelled) {
    const line = page.text.slice(span.start, span.end);
    const label = VENUE_LABEL.exec(page.folded.slice(span.start, span.end));
    if (label) {
      const value = line.slice(line.length - label[1]!.length);
      const place = placeFromValue(value);
      if (place) return place;
    }
  }
  for (const span of lines) {
    const line = page.text.slice(span.start, span.end);
    // (An item of prose with a time, "• Bailes ... desde las 16.00 horas en la plaza Barcelona", is not an address line.)
    if (looksLikeAddress(line) && !(line.length > 80 && TIME_IN.test(line))) return placeFromValue(line);
  }
  for (const span of lines) {
    const venue = venueLine(page.text.slice(span.start, span.end));
    if (venue) return venue;
  }
  return undefined;
}

/**
 * "19:00 h. Video de llegada ... y tertulia." under a day's heading: what its first slot holds names the day.
 * (Any case: "18.00 Uhr" is a time, "Uhr" no name.)
 * @example slotBelow(readText('Jeudi 23 mars\n18h30 Soirée contes'), 0) // 'Soirée contes'
 */
export function slotBelow(page: PageText, lineIndex: number): string | undefined {
  const next = lineSpan(page, lineIndex + 1);
  if (!next) return undefined;
  const slot = /^\s*[-•*]?\s*\d{1,2}[:.h]\d{2}\s*(?:(?:horas?|uhr|ore|h)(?!\p{L})\.?)?\s*[-–:.]?\s*(?!(?:horas?|uhr|ore|heures?)\.?\s*$)(\p{L}[^\n]{2,})$/iu.exec(page.text.slice(next.start, next.end));
  if (!slot) return undefined;
  const text = slot[1]!.split(/[.;]\s|\s[–—]\s/u)[0]!.trim().replace(/[.!?]$/u, '');
  return text.length > 100 ? `${text.slice(0, 99).replace(/\s+\S*$/, '')}…` : text;
}

const TIME_IN = /\d{1,2}[:.h]\d{2}|\d{1,2}\s?(?:h|uhr|horas?|ore|am|pm)(?![\p{L}])/iu;

/** A short line of its own that holds the date and an event word that is not a date label. */
function isItemLine(page: PageText, cand: Candidate): boolean {
  const { ctx, mention } = cand;
  if (ctx.line.end - ctx.line.start > 200 || ctx.sentence.start > ctx.line.start + 3 || ctx.sentence.end < ctx.line.end - 2) return false;
  const folded = page.folded.slice(ctx.line.start, ctx.line.end);
  const rel = mention.start - ctx.line.start;
  const rest = `${folded.slice(0, rel)} ${folded.slice(mention.end - ctx.line.start)}`;
  const length = rest.replace(/\s+/g, ' ').trim().length;
  // "- 19/10/2021 – Derechos laborales ...": an item that opens with its date names its event after it.
  const datedItem = /^\s*(?:[-•*–·▪►]|\d{1,2}[.)])?\s*$/.test(folded.slice(0, rel)) && /^\s*[–—:-]\s+\p{L}/u.test(folded.slice(mention.end - ctx.line.start));
  // ("Martedì 14 marzo 2023 – Aula Magna, Via del Santo 28, Padova" gives a place, not a name.)
  if (datedItem && length <= 160 && !DATE_LABEL.test(folded) && !looksLikeAddress(page.text.slice(mention.end, ctx.line.end))) return true;
  // "Il convegno si terrà il 14 e 15 marzo presso ..." is a sentence about the event, not its name.
  return length <= 90 && !DATE_LABEL.test(folded) && EVENT_NOUN.test(rest) && !EVENT_VERB.test(rest);
}

/**
 * `detailsOnly`: a weak mention drafted only to lend its details to an event of its day (merge.ts takes the
 * host's title for it): its title is worked out only as far as merging reads it.
 * @example draftEvent(page, candidate, days, times, true)
 */
export function draftEvent(
  page: PageText,
  cand: Candidate,
  days: { start: RefDay; end?: RefDay },
  times: readonly TimeMention[],
  multi: boolean,
  places: PlaceIndex,
  detailsOnly = false,
): Draft {
  const { ctx, mention } = cand;
  const ownText = page.text.slice(ctx.own.start, ctx.own.end);
  const blockText = spansText(page.text, ctx.block);
  const foldedOwn = page.folded.slice(ctx.own.start, ctx.own.end);
  const t = pickTimes(page, times, cand, listIntro(page, ctx.line.index));
  const location = placeNear(page, cand, places);
  const mode = modeNear(foldedOwn, ctx.block.map((b) => page.folded.slice(b.start, b.end)), !!location);
  let title: string | undefined;
  let ownTitle = false;
  // (A heading written over the date, or the item line under it: on a one-event page it may name the event better than the headline.)
  let headingTitle = false;
  if (multi) {
    const rel: Array<[number, number]> = [[mention.start - ctx.own.start, mention.end - ctx.own.start]];
    // The segment's own event words name it best ("a study visit to Lisbon on 24 November");
    // a quoted name wins, and the remainder of the segment is the fallback.
    title = quotedTitle(ownText) ?? phraseTitle(ownText, rel[0]![0]) ?? segmentTitle(ownText, rel, location?.city);
    ownTitle = !!title;
  }
  if (!title) {
    title = quotedTitle(page.text.slice(ctx.sentence.start, throughQuote(page.text, ctx.sentence.start, ctx.sentence.end)));
    ownTitle = !!title;
  }
  if (!title && isItemLine(page, cand)) {
    // "Belgian case study (peer-learning session): 9 December 2026": the line names its event.
    const line = page.text.slice(ctx.line.start, ctx.line.end);
    title = segmentTitle(line, [[mention.start - ctx.line.start, mention.end - ctx.line.start]], location?.city);
    ownTitle = !!title;
  }
  // Worked out only if the title turns out to be shared with other events (index.ts).
  const phrase = title ? undefined : () => phraseTitle(page.text.slice(ctx.sentence.start, ctx.sentence.end), mention.start - ctx.sentence.start);
  // (Merging compares a helper's title only when it names its own gathering at an hour, merge.ts twoSessions.)
  const titleRead = !detailsOnly || (t.from !== undefined && cuesOf(page).noun(ctx.own));
  if (!titleRead) title ??= '';
  else {
    if (!title) {
      title = nameBeforeDate(page.text.slice(ctx.line.start, ctx.line.end), mention.start - ctx.line.start);
      ownTitle = !!title;
    }
    if (!title) {
      title = (ctx.dateLine ? titleBelow(page, ctx.line) ?? slotBelow(page, ctx.line.index) : undefined) ?? headingAbove(page, ctx.line);
      headingTitle = !!title;
    }
    title ??= sentenceOrHeadline(page, ctx.sentence);
  }
  const statusText = `${foldedOwn}\n${page.folded.slice(ctx.line.start, ctx.line.end)}`;
  const status: EventStatus = CANCELLED.test(statusText) ? 'cancelled' : POSTPONED.test(statusText) ? 'postponed' : 'scheduled';
  return {
    pos: mention.start,
    startDay: days.start,
    ...(days.end ? { endDay: days.end } : {}),
    ...(t.from !== undefined ? { startTime: t.from } : {}),
    ...(t.from !== undefined && t.to !== undefined ? { endTime: t.to } : {}),
    ...(t.zone ? { timeZone: t.zone } : {}),
    title,
    ownTitle,
    headingTitle,
    ...(phrase ? { phrase } : {}),
    ...(location ? { location } : {}),
    ...(mode ? { mode } : {}),
    status,
    links: findLinks(`${ownText}\n${blockText}`),
    text: ownText,
    span: { start: ctx.own.start, end: ctx.own.end },
    score: cand.score,
    labelled: cand.labelled,
    explicitYear: mention.explicitYear,
    multi,
    // (The page's cue index answers "an event word in here?" without a new scan of the text.)
    ownNoun: cuesOf(page).noun(ctx.own),
    // ("Lunes 16" heading a programme day: its items below name the gathering.)
    itemsNoun: ctx.dateLine && !mention.range && ctx.line.end - ctx.line.start <= 80 && ctx.block.some((b) => cuesOf(page).noun(b)),
    ...(days.end ? { rangeKind: rangeKind(foldedOwn) } : {}),
  };
}
