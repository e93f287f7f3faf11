/**
 * Dates as web pages write them in schema.org (`2026-12-01`, `2026-12-01T10:00`,
 * `2026-12-01T10:00:00+01:00`, `...Z`), turned into model wall time plus a zone when the zone
 * can be known. An offset alone does not name a zone, so the place's country is the hint.
 */
import { utcMsToWall } from '../time/offsets.ts';
import { wallMinutes } from './wall.ts';
import { zoneOffsetMinutes } from '../time/zoned.ts';

const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;

export interface ReadDate {
  /** 'YYYY-MM-DD' or 'YYYY-MM-DDTHH:MM' as written. */
  wall: string;
  /** Minutes ahead of UTC, when the text carried an offset ('Z' is 0). */
  offset?: number;
}

/**
 * Reads an ISO 8601 date or date-time; undefined when it is not one.
 * @example readIsoDate('2026-12-01T10:00:00+01:00') // { wall: '2026-12-01T10:00', offset: 60 }
 */
export function readIsoDate(text: string | undefined): ReadDate | undefined {
  if (!text) return undefined;
  const m = ISO_RE.exec(text.trim());
  if (!m) return undefined;
  const day = `${m[1]}-${m[2]}-${m[3]}`;
  if (m[4] === undefined) return { wall: day };
  const wall = `${day}T${m[4]}:${m[5]}`;
  const zone = m[6];
  if (!zone) return { wall };
  if (zone.toUpperCase() === 'Z') return { wall, offset: 0 };
  const digits = zone.replace(':', '');
  const sign = digits.startsWith('-') ? -1 : 1;
  const offset = sign * (Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5) || 0));
  return { wall, offset };
}

/**
 * Wall time in a zone for a read date. Without an offset the time is the place's local time. With an offset that matches the hinted zone the wall time
 * stays as written; a UTC time moves to the hinted zone's clock (or stays in UTC); any other
 * offset keeps the wall time as written, without a zone.
 * @example placeDate({ wall: '2026-12-01T09:00', offset: 0 }, 'Europe/Brussels') // { wall: '2026-12-01T10:00', timeZone: 'Europe/Brussels' }
 */
export function placeDate(date: ReadDate, zoneHint: string | undefined): { wall: string; timeZone?: string } {
  if (date.wall.length === 10) return { wall: date.wall };
  // A time without offset is local time where the event happens.
  if (date.offset === undefined) return zoneHint ? { wall: date.wall, timeZone: zoneHint } : { wall: date.wall };
  const utcMs = (wallMinutes(date.wall) - date.offset) * 60_000;
  if (zoneHint) {
    let hintOffset: number | undefined;
    try {
      hintOffset = zoneOffsetMinutes(new Date(utcMs), zoneHint);
    } catch {
      hintOffset = undefined;
    }
    if (hintOffset === date.offset) return { wall: date.wall, timeZone: zoneHint };
    if (date.offset === 0 && hintOffset !== undefined) return { wall: utcMsToWall(utcMs, zoneHint), timeZone: zoneHint };
    return { wall: date.wall };
  }
  if (date.offset === 0) return { wall: date.wall, timeZone: 'UTC' };
  return { wall: date.wall };
}
