/**
 * A day heading a programme with several gatherings, each on its own line with its own hour:
 *
 *   Martes 16
 *   • Formación para voluntariado, desde las 9.30 a las 13.30 horas, en el Centro Cívico.
 *   • Mesa redonda 'Políticas migratorias', a las 19.00 horas, en el Centro Cívico.
 *
 * is two events on that day, not one. Only bulleted lines that name their gathering before its
 * hour count, under a short date line, up to the next dated line.
 */
import type { DateMention } from './dates.ts';
import type { Draft, PlaceIndex } from './draft.ts';
import { lowerBound } from './sorted.ts';
import { lineSpan, type PageText, type Span } from './text.ts';
import type { TimeMention } from './times.ts';

/** A day's programme holds a handful of items; more lines than this below a heading are not its items. */
const MAX_ITEM_LINES = 12;
const BULLET = /^\s*(?:[-•*·▪►–]|\?\s)\s*/u;
const OPENS_WITH_HOUR = /^\s*(?:[-•*·▪►–]\s*)?(?:(?:a las|à|alle ore|um|at|ab|dalle|desde las|de|dès|des|from|desde|a partir de|à partir de)\s+)?\d{1,2}(?:[:.h]\d{2})?\s*(?:h\.?|horas?|uhr|ore)?\b/iu;

export interface DayItem {
  span: Span;
  time: TimeMention;
  /** The place a "CASA DE CULTURA. 20:15 h" line names (as written); the item's name is on the next line. */
  place?: string;
  /** The place a "10h-17h, au Péristyle de l'Hôtel-de-Ville : Lecture ..." line names before its colon (as written). */
  where?: string;
  /** One of the day's gatherings at places of their own (not one event's agenda). */
  placed?: boolean;
}

/**
 * The item lines under the date line `lineIndex`, each with its first hour, when there are at
 * least two with different hours (else the day is one event and nothing is returned).
 * @example dayItems(page, 4, times, mentions).length // 2
 */
export function dayItems(page: PageText, lineIndex: number, times: readonly TimeMention[], mentions: readonly DateMention[], places?: PlaceIndex): DayItem[] {
  const items: DayItem[] = [];
  // Hour-led lines that each name a place of their own, two places at least: separate gatherings
  // ("18:00 h. Inauguración ... en la Biblioteca" / "20:00 h. Concierto en la Plaza Mayor"), not one event's agenda.
  const hourLed: Array<DayItem & { venue: string }> = [];
  let unplaced = false;
  const mentionStarts = mentions.map((m) => m.start);
  const timeStarts = times.map((t) => t.start);
  for (let i = lineIndex + 1, seen = 0; seen < MAX_ITEM_LINES; i++) {
    const span = lineSpan(page, i);
    if (!span) break;
    if (span.end <= span.start || !page.text.slice(span.start, span.end).trim()) continue;
    seen++;
    // The next dated line opens another day.
    const m = lowerBound(mentionStarts, span.start);
    if (m < mentions.length && mentions[m]!.start < span.end) break;
    const line = page.text.slice(span.start, span.end);
    // (A bullet that names its gathering before the hour; hour-led lines, "12:00 h. Cuentos", are one
    // event's agenda, and so are bullets that open with their hour.)
    const k = lowerBound(timeStarts, span.start);
    const time = k < times.length && times[k]!.end <= span.end && times[k]!.role !== 'end' ? times[k]! : undefined;
    if (OPENS_WITH_HOUR.test(line) && time && places) {
      const venue = places.venueIn(page.text, span);
      // ("- 10h-17h, au Péristyle de l'Hôtel-de-Ville (Rue ... 2) : Lecture des noms": where, a colon, then what.)
      const whereThen = WHERE_THEN_WHAT.exec(page.text.slice(time.end, span.end));
      const where = whereThen?.[2]?.trim();
      if (venue?.name || venue?.address) hourLed.push({ span, time, venue: `${venue.name ?? ''}|${venue.address ?? ''}`, ...(where ? { where } : {}) });
      else if (where) hourLed.push({ span, time, where, venue: where.toLowerCase() });
      else unplaced = true;
    } else if (time && PLACE_THEN_HOUR.test(line)) {
      // "FACTORÍA CULTURAL. 12:00 h" / "CASA DE CULTURA. 20:15 h": a place heading with its hour.
      const place = PLACE_THEN_HOUR.exec(line)![1]!.trim();
      hourLed.push({ span, time, place, venue: place.toLowerCase() });
    }
    if (!BULLET.test(line) || OPENS_WITH_HOUR.test(line)) continue;
    if (time) items.push({ span, time });
  }
  if (!items.length && !unplaced && hourLed.length >= 2 && new Set(hourLed.map((x) => x.venue)).size >= 2 && new Set(hourLed.map((x) => x.time.from)).size >= 2) return hourLed.map((x) => ({ ...x, placed: true }));
  return new Set(items.map((x) => x.time.from)).size >= 2 ? items : [];
}

/**
 * After an item's hour, a place and a colon before what is held there: ", au Péristyle de l'Hôtel-de-Ville (Rue ... 2) :",
 * ", autour du Temple du Bas :", ", im Gemeindesaal St. Paul:", ", presso la Sala Civica:", ", en la Plaza Mayor:", ", at the Old
 * Library:". The place words open with a place preposition, five languages.
 */
const WHERE_THEN_WHAT = /^\s*(?:[-–]\s*\d{1,2}(?:[:.h]\d{2})?\s*h?)?\s*[,–-]\s*((?:au|aux|à la|à l['’]|a la|autour du|autour de la|autour de l['’]|devant|sur la|sur le|dans la|dans le|dans les|im|in der|in dem|am|an der|auf dem|vor dem|presso|nel|nella|nello|al|alla|allo|davanti al|en el|en la|en los|frente al|at the|in the|outside the|on the)\s+([^:\n]{3,100}?))\s*:\s*\S/u;

/** A short line of a place in capitals, then the hour: "CASA DE CULTURA. 20:15 h". */
const PLACE_THEN_HOUR = /^\s*(?:[-•*·▪►–]\s*)?([\p{Lu}][\p{Lu}\p{M}'’ ]{2,48})\s*[.,:–-]\s*\d{1,2}[:.h]\d{2}\s*(?:h\.?|horas?|uhr|ore)?\s*$/u;

const LEAD = /^\s*(?:[-•*·▪►–?]\s*)*(?:\d{1,2}(?:[:.h]\d{2})?\s*(?:h\.?|horas?|uhr|ore)?\s*[-–:.]?\s*)?/iu;

/** The item's own name: its line up to the first comma or full stop, without bullet and leading hour. */
function itemTitle(line: string): string | undefined {
  const text = line.replace(LEAD, '').split(/,\s|\.\s|\s[–—]\s|\s-\s/u)[0]!.trim().replace(/[.!?:]$/u, '');
  if (text.length < 4) return undefined;
  return text.length > 100 ? `${text.slice(0, 99).replace(/\s+\S*$/, '')}…` : text;
}

/** The text of the first non-empty line after `end`, if near. */
function nextLine(page: PageText, end: number): string | undefined {
  const rest = page.text.slice(end, end + 300).replace(/^\s*\n/u, '');
  const line = rest.split('\n')[0]?.trim();
  return line || undefined;
}

/**
 * One draft per item of a day's programme: the day's own draft takes the first item's hour,
 * name and venue, and a copy of it is made for each further item. `day` is changed in place.
 * @example const extra = splitDay(page, draft, items, places)
 */
export function splitDay(page: PageText, day: Draft, items: readonly DayItem[], places: PlaceIndex): Draft[] {
  const drafts = items.map((item, i): Draft => {
    const line = page.text.slice(item.span.start, item.span.end);
    const next = item.place ? nextLine(page, item.span.end) : undefined;
    // (A "where : what" line is named by what follows its colon.)
    const what = item.where ? line.slice(line.indexOf(':', Math.max(0, line.indexOf(item.where)) + item.where.length) + 1) : undefined;
    const title = itemTitle(next ?? what ?? line);
    const named = item.place ?? item.where;
    const venue = (item.where ? places.venueIn(page.text, item.span) : undefined) ?? (named ? { name: named, ...(day.location?.city ? { city: day.location.city } : {}), ...(day.location?.country ? { country: day.location.country } : {}) } : places.venueIn(page.text, item.span));
    const base: Draft = i === 0 ? day : { ...day, links: { ...day.links } };
    base.startTime = item.time.from;
    if (item.time.to !== undefined && item.time.to > item.time.from) base.endTime = item.time.to;
    else delete base.endTime;
    if (title) [base.title, base.ownTitle] = [title, true];
    if (venue) base.location = venue;
    if (i > 0) {
      base.pos = item.span.start;
      base.text = line;
      base.span = { ...item.span };
    }
    base.daySession = true;
    if (item.placed) base.placedSession = true;
    return base;
  });
  return drafts.slice(1);
}
