/**
 * Event times as calendars need them: an exclusive end day for all-day events, a default end
 * when none is known, and the kind of time (all-day, UTC, zoned, floating) that decides how
 * each target writes it.
 */
import { ValidationError } from '../model/errors.ts';
import type { InclusionEvent } from '../model/event.ts';
import { dayOf, isEventDate, timeOf } from '../model/event.ts';
import { addDays, zonedWallTimeToUtc, zoneOffsetMinutes } from '../time/zoned.ts';

export type TimeKind = 'all-day' | 'utc' | 'zoned' | 'floating';

export interface CalendarTimes {
  kind: TimeKind;
  /** 'YYYY-MM-DD' for all-day, else 'YYYY-MM-DDTHH:MM' wall time (UTC wall time for 'utc'). */
  start: string;
  /** All-day: the day after the last day (exclusive, as iCalendar and Google want). Timed: the end wall time. */
  end: string;
  /** IANA zone, for kind 'zoned'. */
  zone?: string;
}

const UTC_ZONES = new Set(['utc', 'etc/utc', 'gmt', 'etc/gmt', 'z', 'etc/zulu', 'zulu', 'universal', 'etc/universal']);
const knownZones = new Map<string, boolean>();

/**
 * True when Intl knows the IANA zone.
 * @example isKnownZone('Europe/Kyiv') // true
 */
export function isKnownZone(zone: string): boolean {
  let known = knownZones.get(zone);
  if (known === undefined) {
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone });
      known = true;
    } catch {
      known = false;
    }
    knownZones.set(zone, known);
  }
  return known;
}

function addMinutes(wall: string, minutes: number): string {
  const [y, m, d] = wall.slice(0, 10).split('-').map(Number) as [number, number, number];
  const [hh, mm] = (timeOf(wall) ?? '00:00').split(':').map(Number) as [number, number];
  return new Date(Date.UTC(y, m - 1, d, hh, mm + minutes)).toISOString().slice(0, 16);
}

/**
 * The times of an event for a calendar. A missing or impossible end becomes one hour after a
 * timed start, or the start day for an all-day event. An unknown zone is treated as floating
 * (the wall time is kept). Throws ValidationError for a start that is not a date.
 * @example calendarTimes({ start: '2026-12-03', end: '2026-12-04', allDay: true, ... }) // { kind: 'all-day', start: '2026-12-03', end: '2026-12-05' }
 */
export function calendarTimes(
  event: Pick<InclusionEvent, 'start' | 'end' | 'allDay' | 'timeZone'>,
  toUtc: WallToUtc = intlWallToUtc,
): CalendarTimes {
  if (!isEventDate(event.start)) {
    throw new ValidationError([{ path: 'start', message: `Not a date: ${String(event.start)}` }]);
  }
  const end = event.end && isEventDate(event.end) ? event.end : undefined;
  if (event.allDay || !timeOf(event.start)) {
    const first = dayOf(event.start);
    const last = end && dayOf(end) >= first ? dayOf(end) : first;
    return { kind: 'all-day', start: first, end: addDays(last, 1) };
  }
  const zone = event.timeZone?.trim();
  let kind: TimeKind = 'floating';
  if (zone && isUtcZone(zone)) kind = 'utc';
  else if (zone && isKnownZone(zone)) kind = 'zoned';
  const start = event.start;
  const timedEnd = end && timeOf(end) ? end : undefined;
  const endWall = timedEnd && instantOf(timedEnd, kind, zone, toUtc) > instantOf(start, kind, zone, toUtc) ? timedEnd : addMinutes(start, 60);
  return kind === 'zoned' && zone ? { kind, start, end: endWall, zone } : { kind, start, end: endWall };
}

/**
 * The zone calendarTimes gives an event (its kind is then 'zoned'), without working out its
 * times: for an event whose start calendarTimes already accepted.
 * @example calendarZone({ start: '2026-12-03T10:00', allDay: false, timeZone: 'Europe/Brussels' }) // 'Europe/Brussels'
 */
export function calendarZone(event: Pick<InclusionEvent, 'start' | 'allDay' | 'timeZone'>): string | undefined {
  if (event.allDay || !timeOf(event.start)) return undefined;
  const zone = event.timeZone?.trim();
  return zone && !isUtcZone(zone) && isKnownZone(zone) ? zone : undefined;
}

/**
 * True for the names of UTC itself ('UTC', 'Etc/UTC', 'Z'...), whose times are written in UTC.
 * @example isUtcZone('Etc/UTC') // true
 */
export function isUtcZone(zone: string): boolean {
  return UTC_ZONES.has(zone.toLowerCase());
}

/** Converts a wall time in a zone to epoch ms; the ICS export passes a faster table-based one. */
export type WallToUtc = (wall: string, zone: string) => number;

const intlWallToUtc: WallToUtc = (wall, zone) => zonedWallTimeToUtc(wall, zone).getTime();

function instantOf(wall: string, kind: TimeKind, zone: string | undefined, toUtc: WallToUtc = intlWallToUtc): number {
  return kind === 'zoned' && zone ? toUtc(wall, zone) : Date.parse(`${wall}:00Z`);
}

/**
 * 'YYYYMMDD' or 'YYYYMMDDTHHMMSS' from a wall value.
 * @example compactWall('2026-12-03T09:30') // '20261203T093000'
 */
export function compactWall(wall: string): string {
  const day = wall.slice(0, 10).replaceAll('-', '');
  const time = timeOf(wall);
  return time ? `${day}T${time.replace(':', '')}00` : day;
}

/**
 * The instant of a timed value as 'YYYYMMDDTHHMMSSZ' (UTC).
 * @example utcCompact('2026-12-03T09:30', 'zoned', 'Europe/Brussels') // '20261203T083000Z'
 */
export function utcCompact(wall: string, kind: TimeKind, zone?: string): string {
  return `${compactWall(new Date(instantOf(wall, kind, zone)).toISOString().slice(0, 16))}Z`;
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * ISO 8601 date-time for a timed value: with the zone's offset for zoned times, 'Z' for UTC,
 * no offset for floating times (the calendar reads them in its own zone).
 * @example isoDateTime('2026-07-03T09:30', 'zoned', 'Europe/Brussels') // '2026-07-03T09:30:00+02:00'
 */
export function isoDateTime(wall: string, kind: TimeKind, zone?: string): string {
  const base = `${wall}:00`;
  if (kind === 'utc') return `${base}Z`;
  if (kind !== 'zoned' || !zone) return base;
  const offset = zoneOffsetMinutes(zonedWallTimeToUtc(wall, zone), zone);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${base}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}
