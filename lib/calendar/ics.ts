/**
 * iCalendar (RFC 5545) export of events: one, a selection or a whole feed. The only importer
 * of ical-generator, so that the widget loads it on demand and nothing else depends on it.
 */
import ical, { ICalEventStatus } from 'ical-generator';
import type { ICalCalendar, ICalDateTimeValue } from 'ical-generator';
import { ValidationError } from '../model/errors.ts';
import type { EventStatus, InclusionEvent } from '../model/event.ts';
import { zonedWallTimeToUtc } from '../time/zoned.ts';
import type { Messages } from '../i18n/index.ts';
import { calendarDescription, locationText, safeHttpUrl } from './details.ts';
import type { CalendarTimes, WallToUtc } from './times.ts';
import { calendarTimes, calendarZone, isKnownZone, isUtcZone } from './times.ts';
import { vtimezoneFromTable } from './vtimezone.ts';
import type { ZoneTable } from '../time/zone-table.ts';
import { utcToWall, wallToUtc, zoneTable } from '../time/zone-table.ts';

export interface IcsOptions {
  /** Calendar name (X-WR-CALNAME). */
  name?: string;
  description?: string;
  /** Where the calendar itself is published. */
  url?: string;
  /** DTSTAMP of every event. lib/ never reads the clock: pass it; without it DTSTAMP is 1970-01-01T00:00:00Z. */
  now?: Date;
  /**
   * Each event's VEVENT text, by event: pass the same map to exports of the same events with
   * the same `now` and `messages` (a feed and its topic calendars) and each event is written once.
   */
  reuse?: WeakMap<InclusionEvent, string>;
  /** The language of the description labels ("Registration:", "Online:"); English by default. */
  messages?: Messages;
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
function zonedWallTime(wall: string, zone: string, ms: number) {
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
      return { epochMilliseconds: ms, toJSON: () => new Date(ms).toISOString(), toString: () => new Date(ms).toISOString(), toZonedDateTimeISO: () => zoned };
    },
    // Always asked for the event's own zone.
    withTimeZone: () => zoned,
    toJSON: () => `${text}[${zone}]`,
    toString: () => `${text}[${zone}]`,
  };
  return zoned as unknown as ICalDateTimeValue;
}

/** A Date whose UTC fields are the wall time: ical-generator writes those for dates and floating times. */
function utcFieldsDate(wall: string): Date {
  return new Date(`${wall.length === 10 ? `${wall}T00:00` : wall}:00Z`);
}

/** Converts wall times of one export, through per-zone offset tables (one binary search each). */
class ZoneConverter {
  readonly tables = new Map<string, ZoneTable>();

  constructor(events: InclusionEvent[]) {
    const spans = new Map<string, [number, number]>();
    for (const e of events) {
      const zone = typeof e.timeZone === 'string' ? e.timeZone.trim() : '';
      // UTC times are never converted: no table for them.
      if (!zone || e.allDay || typeof e.start !== 'string' || isUtcZone(zone)) continue;
      const first = Number(e.start.slice(0, 4));
      const last = typeof e.end === 'string' ? Number(e.end.slice(0, 4)) : first;
      if (!(first > 0) && !(last > 0)) continue;
      const span = spans.get(zone) ?? [Infinity, -Infinity];
      span[0] = Math.min(span[0], first > 0 ? first : Infinity, last > 0 ? last : Infinity);
      span[1] = Math.max(span[1], first > 0 ? first : -Infinity, last > 0 ? last : -Infinity);
      spans.set(zone, span);
    }
    for (const [zone, [lo, hi]] of spans) {
      if (isKnownZone(zone)) this.tables.set(zone, zoneTable(zone, lo, hi));
    }
  }

  readonly toUtc: WallToUtc = (wall, zone) => {
    const table = this.tables.get(zone);
    return table ? wallToUtc(table, wall) : zonedWallTimeToUtc(wall, zone).getTime();
  };

  /**
   * The wall time as a Temporal-shaped value. A time in a spring-forward gap (02:30) becomes the
   * real wall time of the same instant (03:30, RFC 5545's reading), which ical.js reads wrongly.
   */
  zoned(wall: string, zone: string): ICalDateTimeValue {
    const ms = this.toUtc(wall, zone);
    const table = this.tables.get(zone);
    const real = table ? utcToWall(table, ms) : wall;
    return zonedWallTime(real, zone, ms);
  }
}

function timing(t: CalendarTimes, zones: ZoneConverter) {
  switch (t.kind) {
    case 'all-day':
      return { allDay: true, start: utcFieldsDate(t.start), end: utcFieldsDate(t.end) };
    case 'floating':
      return { floating: true, start: utcFieldsDate(t.start), end: utcFieldsDate(t.end) };
    case 'utc':
      return { timezone: 'UTC', start: utcFieldsDate(t.start), end: utcFieldsDate(t.end) };
    case 'zoned':
      return { timezone: t.zone!, start: zones.zoned(t.start, t.zone!), end: zones.zoned(t.end, t.zone!) };
  }
}

// Every control character but the line feed (which TEXT escapes as \n), and the Unicode
// separators some readers break lines at.
const CONTROLS = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029]+/g;

/**
 * A value that cannot leave its property line: ical-generator writes UID, TZID and URL as
 * given, so a CR/LF there would start a property, an alarm or an event of the sender's
 * choosing. Events are already cleaned at the model boundary (lib/model/sanitize.ts); this is
 * the second lock, for events that reach the export by other ways (stored, hand-made).
 */
function oneLine(s: string): string {
  return s.replace(/\r\n|\r|\n/g, ' ').replace(CONTROLS, ' ');
}

/** TEXT for ical-generator to escape: line feeds stay (written as \n), other controls go. */
function plainText(s: string): string {
  return s.replace(/\r\n|\r/g, '\n').replace(CONTROLS, ' ');
}

/** Calendar-level texts are written by ical-generator without TEXT escaping: escape them here. */
function escapeText(s: string): string {
  return oneLine(s).replace(/[\\;,]/g, (c) => `\\${c}`);
}

function timesOf(e: InclusionEvent, index: number, toUtc: WallToUtc): CalendarTimes {
  try {
    return calendarTimes(e, toUtc);
  } catch (cause) {
    throw new ValidationError([{ path: `events[${index}].start`, message: `Not a date: ${String(e.start)}` }], { cause });
  }
}

function addEvent(cal: ICalCalendar, e: InclusionEvent, t: ReturnType<typeof timing>, stamp: Date, messages?: Messages): void {
  const event = cal.createEvent({
    id: `${oneLine(e.id)}@inclusio`,
    stamp,
    summary: oneLine(e.title),
    ...t,
    // Without a known end, iCalendar's own default (the start instant, or one day) is the honest one.
    ...(e.end ? {} : { end: null }),
    status: STATUS[e.status] ?? null,
  });
  const description = calendarDescription(e, messages ? { messages } : {});
  if (description) event.description(plainText(description));
  const place = locationText(e, messages);
  if (place) event.location(oneLine(place));
  const url = safeHttpUrl(e.url);
  if (url) event.url(oneLine(url));
  if (e.topics.length) event.categories(e.topics.map((name) => ({ name })));
}

const SLICE = 200;

/** A calendar with Inclusio's PRODID that writes no VTIMEZONE itself (eventsToIcs adds them once). */
function newCalendar(): ICalCalendar {
  return ical({ prodId: { company: 'Inclusio', product: 'Inclusio events', language: 'EN' }, timezone: { name: null, generator: () => null } });
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
  const zones = new ZoneConverter(events);
  const texts = options.reuse ?? new WeakMap<InclusionEvent, string>();
  // Times are worked out for the events still to write; one already written only tells its zone.
  const times = new Map<number, CalendarTimes>();
  for (let i = 0; i < events.length; i++) if (!texts.has(events[i]!)) times.set(i, timesOf(events[i]!, i, zones.toUtc));
  const head = newCalendar();
  if (options.name) head.name(escapeText(options.name));
  if (options.description) head.description(escapeText(options.description));
  const calUrl = safeHttpUrl(options.url);
  if (calUrl) head.url(calUrl);
  // How many events the file holds, so `inclusio validate` can tell when lines were added.
  head.x('X-INCLUSIO-EVENTS', String(events.length));
  const headText = head.toString();
  const tailAt = headText.indexOf('\r\nX-INCLUSIO-EVENTS:') + 2;
  const parts = [headText.slice(0, tailAt)];
  // One VTIMEZONE per zone used, in the order of first use, as ical-generator orders them.
  const used = new Set<string>();
  for (let i = 0; i < events.length; i++) {
    const t = times.get(i);
    const zone = t ? (t.kind === 'zoned' ? t.zone : undefined) : calendarZone(events[i]!);
    if (zone) used.add(zone);
  }
  for (const zone of used) {
    const table = zones.tables.get(zone);
    if (table) parts.push(`${vtimezoneFromTable(table).replace(/\r\n/g, '\n').replace(/\n/g, '\r\n').trim()}\r\n`);
  }
  // Events are written a slice at a time: ical-generator's objects for thousands of events
  // would otherwise all live at once, which is most of a network build's memory. Each event's
  // VEVENT text is kept in `options.reuse` when given, so a feed's topic calendars cost nothing more.
  const stamp = options.now ?? new Date(0);
  const missing = [...times.keys()];
  for (let from = 0; from < missing.length; from += SLICE) {
    const slice = missing.slice(from, from + SLICE);
    const cal = newCalendar();
    for (const i of slice) addEvent(cal, events[i]!, timing(times.get(i)!, zones), stamp, options.messages);
    const text = cal.toString();
    const end = text.lastIndexOf('END:VCALENDAR');
    let at = text.indexOf('BEGIN:VEVENT\r\n');
    for (const i of slice) {
      const next = text.indexOf('\r\nBEGIN:VEVENT\r\n', at);
      const stop = next === -1 || next > end ? end : next + 2;
      texts.set(events[i]!, text.slice(at, stop));
      at = stop;
    }
  }
  for (const event of events) parts.push(texts.get(event)!);
  parts.push(headText.slice(tailAt));
  const text = parts.join('');
  // The last lock: one VEVENT per event, whatever the events held.
  let vevents = 0;
  for (let at = text.indexOf('\r\nBEGIN:VEVENT\r\n'); at !== -1; at = text.indexOf('\r\nBEGIN:VEVENT\r\n', at + 1)) vevents++;
  if (vevents !== events.length) throw new Error(`iCalendar export wrote ${vevents} VEVENTs for ${events.length} events`);
  return text;
}
