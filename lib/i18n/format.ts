/**
 * Dates and times for people, through Intl only. Functions take the locale and the time zone
 * as parameters (lib/ never reads the clock or the environment).
 */
import { eventInstant } from '../time/offsets.ts';

const cache = new Map<string, Intl.DateTimeFormat>();

function dtf(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, options);
    cache.set(key, f);
  }
  return f;
}

/** A calendar day ('YYYY-MM-DD') as a UTC noon instant, so no zone can shift it to another day. */
function dayDate(day: string): Date {
  return new Date(`${day.slice(0, 10)}T12:00:00Z`);
}

/**
 * A day heading, e.g. 'Monday 23 November 2026'.
 * @example formatDayLong('2026-11-23', 'en') // 'Monday, November 23, 2026' (en) — wording follows Intl
 */
export function formatDayLong(day: string, locale: string): string {
  return dtf(locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(dayDate(day));
}

/**
 * A short day, e.g. '23 Nov 2026'.
 * @example formatDayShort('2026-11-23', 'fr') // '23 nov. 2026'
 */
export function formatDayShort(day: string, locale: string): string {
  return dtf(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(dayDate(day));
}

/**
 * A month title, e.g. 'November 2026'.
 * @example formatMonth('2026-11', 'de') // 'November 2026'
 */
export function formatMonth(month: string, locale: string): string {
  return dtf(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(dayDate(`${month}-01`));
}

/**
 * Short weekday names starting on Monday.
 * @example weekdayNames('en', 'short')[0] // 'Mon'
 */
export function weekdayNames(locale: string, width: 'short' | 'long' = 'short'): string[] {
  const f = dtf(locale, { weekday: width, timeZone: 'UTC' });
  // 2026-11-23 is a Monday.
  return Array.from({ length: 7 }, (_, i) => f.format(new Date(Date.UTC(2026, 10, 23 + i, 12))));
}

/**
 * A clock time of an instant in a zone, e.g. '14:30' or '2:30 PM'.
 * @example formatTime(new Date('2026-11-23T13:30:00Z'), 'fr', 'Europe/Paris') // '14:30'
 */
export function formatTime(instant: Date, locale: string, timeZone: string): string {
  return dtf(locale, { hour: 'numeric', minute: '2-digit', timeZone }).format(instant);
}

/**
 * Day and time of an instant in a zone, e.g. '23 Nov 2026, 14:30'.
 * @example formatDateTime(new Date('2026-11-23T13:30:00Z'), 'en', 'UTC') // 'Nov 23, 2026, 1:30 PM'
 */
export function formatDateTime(instant: Date, locale: string, timeZone: string): string {
  return dtf(locale, { day: 'numeric', month: 'short', year: 'numeric', hour: 'numeric', minute: '2-digit', timeZone }).format(instant);
}

/**
 * A readable name of a zone at an instant ('CET', 'GMT+1', 'heure normale d’Europe centrale').
 * @example zoneLabel('Europe/Brussels', 'en', new Date('2026-11-23T12:00:00Z')) // 'CET' or 'GMT+1'
 */
export function zoneLabel(timeZone: string, locale: string, at: Date): string {
  const part = dtf(locale, { timeZone, timeZoneName: 'short' })
    .formatToParts(at)
    .find((p) => p.type === 'timeZoneName');
  return part?.value ?? timeZone;
}

/**
 * The zone's name in the reader's language, as Intl words it ('Central European Time',
 * 'heure d’Europe centrale', 'توقيت وسط أوروبا'); the short label where Intl has no generic name.
 * @example zoneName('Europe/Brussels', 'de', new Date('2026-11-23T12:00:00Z')) // 'Mitteleuropäische Zeit'
 */
export function zoneName(timeZone: string, locale: string, at: Date): string {
  try {
    const part = dtf(locale, { timeZone, timeZoneName: 'longGeneric' })
      .formatToParts(at)
      .find((p) => p.type === 'timeZoneName');
    // Intl falls back to an offset ('GMT+1') or the zone id for zones it cannot name.
    if (part?.value && !/^(GMT|UTC)[+\-−]?\d/.test(part.value)) return part.value;
  } catch {
    // An old engine without 'longGeneric': the short label below.
  }
  return zoneLabel(timeZone, locale, at);
}

/** The city part of an IANA zone, for people: 'America/New_York' -> 'New York'. */
export function zoneCity(timeZone: string): string {
  return (timeZone.split('/').pop() ?? timeZone).replaceAll('_', ' ');
}

export interface EventTimes {
  /** Start (and end) clock time in the viewer's zone, e.g. '14:00 – 16:00'; undefined for all-day. */
  viewerTime?: string;
  /** The two halves of viewerTime, for layouts that stack them. */
  viewerStart?: string;
  viewerEnd?: string;
  /** Start time where the event happens, when that zone's clocks differ from the viewer's. */
  eventTime?: { time: string; zone: string; zoneName: string };
}

/**
 * Times of an event for a viewer in `viewerZone`, with the event's own time when its zone differs.
 * @example eventTimes({ start: '2026-11-23T14:00', allDay: false, timeZone: 'Europe/Brussels' }, 'en', 'America/New_York').eventTime // { time: '2:00 PM', zone: 'Brussels', zoneName: 'Central European Time' }
 */
export function eventTimes(
  e: { start: string; end?: string; allDay: boolean; timeZone?: string },
  locale: string,
  viewerZone: string,
): EventTimes {
  if (e.allDay || e.start.length === 10) return {};
  const start = eventInstant(e.start, e.timeZone, viewerZone);
  const startText = formatTime(start, locale, viewerZone);
  let viewerTime = startText;
  let viewerEnd: string | undefined;
  if (e.end && e.end.length > 10) {
    const end = eventInstant(e.end, e.timeZone, viewerZone);
    if (end.getTime() > start.getTime()) {
      viewerEnd = formatTime(end, locale, viewerZone);
      viewerTime = `${startText} – ${viewerEnd}`;
    }
  }
  const out: EventTimes = { viewerTime, viewerStart: startText };
  if (viewerEnd) out.viewerEnd = viewerEnd;
  if (e.timeZone && e.timeZone !== viewerZone && formatTime(start, locale, e.timeZone) !== startText) {
    out.eventTime = { time: formatTime(start, locale, e.timeZone), zone: zoneCity(e.timeZone), zoneName: zoneName(e.timeZone, locale, start) };
  }
  return out;
}
