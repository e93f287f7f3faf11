/**
 * A day's programme told place by place, each part headed by where and when it is held:
 * "Au marché, place Saint-Laurent, de 9h à 13h30 :" ... "A la Place centrale, de 13h30 à
 * 15h30 :" ... "A l’Armée du Salut, rue de la Louve 10, de 15h45 à 20h30 :". Each part is a
 * gathering of its own (one place, one span of hours), with its own items below; one place's
 * agenda ("9h-10h Accueil :", "10h-12h Table ronde :") stays one gathering, as no part names
 * another place.
 */
import type { DateMention } from './dates.ts';
import type { Draft, PlaceIndex } from './draft.ts';
import { lowerBound } from './sorted.ts';
import type { PageText, Span } from './text.ts';
import type { TimeMention } from './times.ts';
import { phraseTitle, quotedTitle } from './title.ts';
import { daysBetween } from './year.ts';

/** How far after its day's date the parts of its programme are read (characters). */
const REACH = 4000;
/** At most this many parts per day (documented cap). */
const MAX_PARTS = 6;
/** A heading line is short. */
const MAX_HEADING = 160;
/** How much of a part below its heading names what is held there (characters). */
const PART_CHARS = 400;

/**
 * Words that open a heading with where it is held ("Au marché", "A la Place centrale", "Im
 * Bürgerhaus", "Presso la Sala", "En el Centro Cívico", "At the Library"), folded.
 */
const PLACE_LEAD = /^[\s•*·–-]*(?:(?:a l|presso l|all|nell)['’]|(?:au|aux|a la|a|en el|en la|en los|en|im|in der|in dem|in den|am|an der|auf dem|beim|bei der|presso(?: la| il| lo| i| le)?|nella|nello|nel|alla|allo|al|at the|at|in the|on the)\s+)(?=\S)/u;
/** What may stand between the place and the hours: a comma, "de", "von", "dalle", "from". */
const BEFORE_HOURS = /[,\s]*(?:de|des|von|dalle|dalle ore|from|de las|desde las|ore)?\s*$/u;
/** What may follow the hours on a heading: its colon, a dash, nothing. */
const AFTER_HOURS = /^\s*(?:uhr|h|horas|heures|ore)?\s*[:–—-]?\s*$/u;

interface Part {
  line: Span;
  time: TimeMention;
  place: NonNullable<Draft['location']>;
}

/**
 * Adds, for each single dated day, the gatherings of its programme's later parts when two or
 * more of its headings each name their own place and their own span of hours, in order; the
 * day's own event takes the first part's end and place. Returns the new drafts.
 * @example placeSections(page, drafts, times, mentions, places) // [{ startTime: 810, endTime: 930, location: { address: 'Place centrale' }, ... }]
 */
export function placeSections(page: PageText, drafts: readonly Draft[], times: readonly TimeMention[], mentions: readonly DateMention[], places: PlaceIndex): Draft[] {
  const out: Draft[] = [];
  const timeStarts = times.map((t) => t.start);
  const mentionStarts = mentions.map((m) => m.start);
  for (const d of drafts) {
    if (d.daySession || (d.endDay && daysBetween(d.startDay, d.endDay) > 0)) continue;
    // The day's programme runs to the page's next date of another day (the same day said again is its own).
    let k = lowerBound(mentionStarts, d.pos + 1);
    while (k < mentions.length && (mentions[k]!.start < d.span.end || sameDay(mentions[k]!, d))) k++;
    const limit = Math.min(mentions[k]?.start ?? page.text.length, d.pos + REACH);
    const parts = headings(page, times, timeStarts, d.pos, limit, places);
    if (parts.length < 2) continue;
    const first = parts[0]!;
    // The day's own event is the first part, when its hour is that part's (or it has none).
    if (d.startTime !== undefined && (d.startTime < first.time.from || d.startTime >= first.time.to!)) continue;
    d.startTime ??= first.time.from;
    if (d.endTime === undefined || d.endTime > first.time.to!) d.endTime = first.time.to!;
    // (The first part's place is the day's own event's: it is named where the part is, not on the page around it.)
    d.location = { ...first.place, ...(d.location?.city ? { city: d.location.city } : {}), ...(d.location?.country ? { country: d.location.country } : {}) };
    // (Its later parts are read here: not again as later gatherings of the day.)
    d.daySession = true;
    for (const part of parts.slice(1)) out.push(partDraft(page, d, part, parts[parts.indexOf(part) + 1]?.line.start ?? limit));
  }
  return out;
}

/** A mention of the draft's own day, and only of it. */
function sameDay(m: DateMention, d: Draft): boolean {
  return !m.range && m.days.length === 1 && m.days[0]!.d === d.startDay.d && m.days[0]!.m === d.startDay.m && (m.days[0]!.y === undefined || m.days[0]!.y === d.startDay.y);
}

/** The headings between `from` and `to` that name a place and a span of hours, in order of the hours, each place once. */
function headings(page: PageText, times: readonly TimeMention[], timeStarts: number[], from: number, to: number, places: PlaceIndex): Part[] {
  const parts: Part[] = [];
  for (let i = lowerBound(timeStarts, from); i < times.length && times[i]!.start < to && parts.length < MAX_PARTS; i++) {
    const time = times[i]!;
    if (time.to === undefined || time.to <= time.from) continue;
    const lineStart = page.text.lastIndexOf('\n', time.start - 1) + 1;
    const nl = page.text.indexOf('\n', time.end);
    const lineEnd = nl < 0 ? page.text.length : nl;
    if (lineEnd - lineStart > MAX_HEADING) continue;
    const before = page.folded.slice(lineStart, time.start);
    if (!PLACE_LEAD.test(before) || !AFTER_HOURS.test(page.folded.slice(time.end, lineEnd))) continue;
    const placeEnd = lineStart + before.replace(BEFORE_HOURS, '').length;
    const place = placeOf(page, lineStart, placeEnd, places);
    if (!place) continue;
    const previous = parts[parts.length - 1];
    // (In order, and each a place of its own: one place's slots are its agenda.)
    if (previous && (time.from < previous.time.to! || samePlace(previous.place, place))) continue;
    parts.push({ line: { start: lineStart, end: lineEnd }, time, place });
  }
  return parts;
}

/**
 * The place a heading names: a venue the page's index knows, else the capitalised name after
 * the place word, with the street after its comma ("A l’Armée du Salut, rue de la Louve 10").
 */
function placeOf(page: PageText, start: number, end: number, places: PlaceIndex): Part['place'] | undefined {
  const known = places.venueIn(page.text, { start, end });
  if (known?.name || (known?.address && known.address.length > 6)) return known;
  const lead = PLACE_LEAD.exec(page.folded.slice(start, end));
  const rest = page.text.slice(start + lead![0].length, end).trim().replace(/[,\s]+$/u, '');
  const [name, ...street] = rest.split(/\s*,\s*/u);
  // ("marché de Lausanne": a kind of place in lower case names it with a capitalised word.)
  if (!name || !/\p{Lu}/u.test(name) || name.length > 60) return known;
  return { name, ...(street.length ? { address: street.join(', ') } : {}) };
}

function samePlace(a: Part['place'], b: Part['place']): boolean {
  const key = (p: Part['place']) => `${p.name ?? ''}|${p.address ?? ''}`.toLowerCase();
  return key(a) === key(b);
}

/** The gathering of one part: its hours and place, its name from the items below its heading. */
function partDraft(page: PageText, d: Draft, part: Part, nextPart: number): Draft {
  const span = { start: part.line.start, end: Math.min(nextPart, part.line.end + PART_CHARS) };
  const text = page.text.slice(span.start, span.end);
  const { phrase: _phrase, ...rest } = d;
  return {
    ...rest,
    pos: part.time.start,
    startTime: part.time.from,
    endTime: part.time.to!,
    // (Else the day's name with the part's place: "Journée du réfugié – Place centrale".)
    title: quotedTitle(text) ?? phraseTitle(text, part.line.end - part.line.start) ?? `${d.title} – ${part.place.name ?? part.place.address}`,
    ownTitle: true,
    location: { ...part.place, ...(d.location?.city ? { city: d.location.city } : {}), ...(d.location?.country ? { country: d.location.country } : {}) },
    text,
    span,
    ownNoun: true,
    multi: true,
    daySession: true,
  };
}
