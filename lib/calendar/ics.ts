/**
 * iCalendar (RFC 5545) export of events: one, a selection or a whole feed. The only importer
 * of ical-generator, so that the widget loads it on demand and nothing else depends on it.
 */
import ical, { ICalEventStatus } from 'ical-generator';
import type { ICalCalendar, ICalDateTimeValue } from 'ical-generator';
import { ValidationError } from '../model/errors.ts';
import type { EventStatus, InclusionEvent } from '../model/event.ts';
import { utcToZonedWallTime, zonedWallTimeToUtc } from '../time/zoned.ts';
import { calendarDescription, locationText, safeHttpUrl } from './details.ts';
import type { CalendarTimes } from './times.ts';
import { calendarTimes } from './times.ts';
import { vtimezone } from './vtimezone.ts';

export interface IcsOptions {
  /** Calendar name (X-WR-CALNAME). */
  name?: string;
  description?: string;
  /** Where the calendar itself is published. */
  url?: string;
  /** DTSTAMP of every event. lib/ never reads the clock: pass it; without it DTSTAMP is 1970-01-01T00:00:00Z. */
  now?: Date;
}

const STATUS: Record<EventStatus, ICalEventStatus> = {
  scheduled: ICalEventStatus.CONFIRMED,
  rescheduled: ICalEventStatus.CONFIRMED,
  postponed: ICalEventStatus.TENTATIVE,
  cancelled: ICalEventStatus.CANCELLED,
};

/**
 * A wall time in a zone, in the shape of a Temporal.ZonedDateTime that ical-generator writes
 * as `DTSTART;TZID=zone:YYYYMMDDTHHMMSS` without converting it through the host's own zone
 * (which is what it does with a plain Date).
 */
function zonedWallTime(wall: string, zone: string) {
  const [y, mo, d] = wall.slice(0, 10).split('-').map(Number) as [number, number, number];
  const [h, mi] = wall.slice(11, 16).split(':').map(Number) as [number, number];
  const text = `${wall}:00`;
  const plain = {
    year: y, month: mo, day: d, hour: h, minute: mi, second: 0,
    toPlainDate: () => ({ year: y, month: mo, day: d, toJSON: () => text.slice(0, 10), toString: () => text.slice(0, 10) }),
    toZonedDateTime: () => zoned,
    toJSON: () => text,
    toString: () => text,
  };
  const zoned = {
    year: y, month: mo, day: d, hour: h, minute: mi, second: 0,
    timeZoneId: zone,
    toPlainDateTime: () => plain,
    toInstant: () => {
      const ms = zonedWallTimeToUtc(wall, zone).getTime();
      return { epochMilliseconds: ms, toJSON: () => new Date(ms).toISOString(), toString: () => new Date(ms).toISOString(), toZonedDateTimeISO: () => zoned };
    },
    // Always asked for the event's own zone.
    withTimeZone: () => zoned,
    toJSON: () => `${text}[${zone}]`,
    toString: () => `${text}[${zone}]`,
  };
  return zoned as unknown as ICalDateTimeValue;
}

/**
 * A wall time that exists in the zone: 02:30 on a spring-forward night becomes 03:30, the same
 * instant by RFC 5545's rule (offset before the gap), which some readers (ical.js) get wrong.
 */
function realWallTime(wall: string, zone: string): string {
  return utcToZonedWallTime(zonedWallTimeToUtc(wall, zone), zone);
}

/** A Date whose UTC fields are the wall time: ical-generator writes those for dates and floating times. */
function utcFieldsDate(wall: string): Date {
  return new Date(`${wall.length === 10 ? `${wall}T00:00` : wall}:00Z`);
}

function timing(t: CalendarTimes) {
  switch (t.kind) {
    case 'all-day':
      return { allDay: true, start: utcFieldsDate(t.start), end: utcFieldsDate(t.end) };
    case 'floating':
      return { floating: true, start: utcFieldsDate(t.start), end: utcFieldsDate(t.end) };
    case 'utc':
      return { timezone: 'UTC', start: utcFieldsDate(t.start), end: utcFieldsDate(t.end) };
    case 'zoned':
      return { timezone: t.zone!, start: zonedWallTime(realWallTime(t.start, t.zone!), t.zone!), end: zonedWallTime(realWallTime(t.end, t.zone!), t.zone!) };
  }
}

/** Calendar-level texts are written by ical-generator without TEXT escaping: escape them here. */
function escapeText(s: string): string {
  return s.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r\n|\r|\n/g, '\\n');
}

function timesOf(e: InclusionEvent, index: number): CalendarTimes {
  try {
    return calendarTimes(e);
  } catch (cause) {
    throw new ValidationError([{ path: `events[${index}].start`, message: `Not a date: ${String(e.start)}` }], { cause });
  }
}

function addEvent(cal: ICalCalendar, e: InclusionEvent, times: CalendarTimes, stamp: Date): void {
  const t = timing(times);
  const event = cal.createEvent({
    id: `${e.id}@inclusio`,
    stamp,
    summary: e.title,
    ...t,
    // Without a known end, iCalendar's own default (the start instant, or one day) is the honest one.
    ...(e.end ? {} : { end: null }),
    status: STATUS[e.status] ?? null,
  });
  const description = calendarDescription(e);
  if (description) event.description(description);
  const place = locationText(e);
  if (place) event.location(place);
  const url = safeHttpUrl(e.url);
  if (url) event.url(url);
  if (e.topics.length) event.categories(e.topics.map((name) => ({ name })));
}

/**
 * The events as one iCalendar file: PRODID, DTSTAMP in UTC, a VTIMEZONE for every zone used
 * (exact for the years the events span), all-day events as VALUE=DATE with an exclusive
 * DTEND, floating times without zone, STATUS, URL, LOCATION, CATEGORIES from topics, and a
 * DESCRIPTION that also carries the online link, registration and deadline. UID is the event
 * id + '@inclusio'. The organiser is named in the description, not as ORGANIZER: that property
 * needs an e-mail address, and inventing one would make calendars send replies to nobody.
 * Throws ValidationError for an event whose start is not a date.
 * @example eventsToIcs(events, { name: 'Inclusion events', now }) // 'BEGIN:VCALENDAR\r\n...'
 */
export function eventsToIcs(events: InclusionEvent[], options: IcsOptions = {}): string {
  const allTimes = events.map(timesOf);
  // The years each zone must be exact for.
  const years = new Map<string, [number, number]>();
  for (const t of allTimes) {
    if (t.kind !== 'zoned' || !t.zone) continue;
    const [lo, hi] = years.get(t.zone) ?? [Infinity, -Infinity];
    years.set(t.zone, [Math.min(lo, Number(t.start.slice(0, 4))), Math.max(hi, Number(t.end.slice(0, 4)))]);
  }
  const cal = ical({
    prodId: { company: 'Inclusio', product: 'Inclusio events', language: 'EN' },
    timezone: {
      name: null,
      generator: (zone) => {
        const span = years.get(zone);
        return span ? vtimezone(zone, span[0], span[1]) : null;
      },
    },
  });
  if (options.name) cal.name(escapeText(options.name));
  if (options.description) cal.description(escapeText(options.description));
  const calUrl = safeHttpUrl(options.url);
  if (calUrl) cal.url(calUrl);
  const stamp = options.now ?? new Date(0);
  events.forEach((e, i) => addEvent(cal, e, allTimes[i]!, stamp));
  return cal.toString();
}
