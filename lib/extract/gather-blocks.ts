/**
 * A dated day whose page then tells its gatherings block by block, each block headed by a short line that names what
 * and where ("Un concert et un goûter partagé à la MCL." / "Une bourse aux livres ... à la Maison de la Montagne.",
 * "Ein Erzählcafé im Bürgerhaus Nord" / "Ein Fußballturnier in der Sporthalle Süd"): one gathering per heading, at
 * its place, with the first hours its block gives. Headings at one place are one event's parts; a heading with no
 * event word or no place is no such heading.
 */
import type { CueIndex } from './cue-index.ts';
import type { DateMention } from './dates.ts';
import type { Draft, PlaceIndex } from './draft.ts';
import { placeByWords } from './gather-place.ts';
import { sameName } from './later-gathering.ts';
import { lowerBound } from './sorted.ts';
import { sentenceAt, type PageText, type Span } from './text.ts';
import type { TimeMention } from './times.ts';
import { daysBetween } from './year.ts';

/** How far after the day's sentence its blocks are read (characters). */
const REACH = 4000;
/** A heading line is short. */
const MAX_HEADING = 140;
/** At most this many headings per day (documented cap). */
const MAX_BLOCKS = 5;
/** At most this many lines are read after the day's sentence (documented cap). */
const MAX_LINES = 60;

interface Block {
  line: Span;
  place: NonNullable<Draft['location']>;
  /** The block's text: from its heading to the next heading or the region's end. */
  body: Span;
}

/**
 * Adds the gatherings of a single dated day told block by block under headings that each name a gathering and its place,
 * two places at least. The day's own draft is the block at its place (or the first block). Returns the new drafts.
 * @example gatheringBlocks(page, drafts, times, mentions, places, cues, 'fr') // [{ location: { name: 'MCL' }, ... }]
 */
export function gatheringBlocks(page: PageText, drafts: readonly Draft[], times: readonly TimeMention[], mentions: readonly DateMention[], places: PlaceIndex, cues: CueIndex, language: string): Draft[] {
  const out: Draft[] = [];
  const days = drafts.filter((d) => !d.daySession && !(d.endDay && daysBetween(d.startDay, d.endDay) > 0));
  // (One dated day on the page, its gatherings told below: a page of several days has its own readings.)
  if (days.length !== 1 || drafts.length !== 1) return out;
  const d = days[0]!;
  const own = sentenceAt(page, d.pos);
  const mentionStarts = mentions.map((m) => m.start);
  const next = mentions[lowerBound(mentionStarts, own.end)];
  const limit = Math.min(next?.start ?? page.text.length, own.end + REACH);
  const blocks: Block[] = [];
  let line = lowerBound(page.lineStarts, own.end);
  for (let n = 0; line < page.lineStarts.length && n < MAX_LINES && blocks.length < MAX_BLOCKS; line++, n++) {
    const start = page.lineStarts[line]!;
    if (start >= limit) break;
    const end = (page.lineStarts[line + 1] ?? page.text.length + 1) - 1;
    const text = page.text.slice(start, end).trim();
    if (!text || text.length > MAX_HEADING || HEADING_END.test(text) || !cues.noun({ start, end })) continue;
    // (A heading is one sentence: a line of two sentences is a paragraph of the body.)
    if (sentenceAt(page, start).end < end - 1) continue;
    const span = { start, end };
    const place = places.venueIn(page.text, span) ?? placeByWords(page, span, cues, language);
    if (!place || (!place.name && !place.address)) continue;
    if (blocks.some((b) => samePlace(b.place, place))) return out;
    if (blocks.length) blocks[blocks.length - 1]!.body.end = start;
    blocks.push({ line: span, place, body: { start, end: limit } });
  }
  if (blocks.length < 2) return out;
  // The day's own draft is the block at its place, else the first.
  const mine = blocks.find((b) => d.location && samePlace(b.place, d.location)) ?? blocks[0]!;
  if (mine === blocks[0] && !(d.location && samePlace(mine.place, d.location))) {
    d.location = { ...mine.place, ...(d.location?.city ? { city: d.location.city } : {}), ...(d.location?.country ? { country: d.location.country } : {}) };
  }
  // (The day's hours are its block's, or its own sentence's: an hour read from another block, as a one-event page's agenda, is that block's.)
  const ownHour = (t: TimeMention) => t.from === d.startTime && ((t.start >= own.start && t.end <= own.end) || (t.start >= mine.body.start && t.end <= mine.body.end));
  if (d.startTime !== undefined && !times.some(ownHour)) Object.assign(d, hoursOf(times, mine.body, true));
  for (const b of blocks) {
    if (b === mine) continue;
    const { startTime: _s, endTime: _e, phrase: _p, alsoAt: _a, ...rest } = d;
    out.push({
      ...rest,
      ...hoursOf(times, b.body, false),
      pos: b.line.start,
      title: page.text.slice(b.line.start, b.line.end).trim().replace(/[.:]$/u, ''),
      ownTitle: true,
      location: { ...b.place, ...(d.location?.city && !b.place.city ? { city: d.location.city } : {}), ...(d.location?.country && !b.place.country ? { country: d.location.country } : {}) },
      text: page.text.slice(b.body.start, b.body.end),
      span: b.body,
      ownNoun: true,
      multi: true,
      daySession: true,
    });
  }
  d.daySession = true;
  return out;
}

/** A line that ends as a sentence goes on (a comma, a colon before a list): the start of a paragraph, not a heading. */
const HEADING_END = /[,;]$/u;

function samePlace(a: NonNullable<Draft['location']>, b: NonNullable<Draft['location']>): boolean {
  return sameName(a.name, b.name) || sameName(a.address, b.address) || sameName(a.name, b.address) || sameName(a.address, b.name);
}

/** The first hour (or span of hours) a block gives; with `clear`, no hour when the block gives none. */
function hoursOf(times: readonly TimeMention[], body: Span, clear: boolean): { startTime?: number; endTime?: number } {
  const t = times.find((x) => x.start >= body.start && x.end <= body.end && x.role !== 'end');
  if (!t) return clear ? { startTime: undefined, endTime: undefined } : {};
  return { startTime: t.from, ...(t.to !== undefined && t.to > t.from ? { endTime: t.to } : clear ? { endTime: undefined } : {}) };
}
