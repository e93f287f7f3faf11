/**
 * Wall time <-> instant conversions for feeds of thousands of events, and the instants events
 * are ordered and shown by. zoned.ts keeps each zone's offset per day, so a conversion after the
 * first on a day costs a few map look-ups, not Intl calls (the yearly tables of zone-table.ts
 * are for writing VTIMEZONE blocks). Results equal lib/time/zoned.ts's: they are its own.
 */
import { utcToZonedWallTime, zonedWallTimeToUtc } from './zoned.ts';

const asUtcMs = (wall: string): number =>
  Date.UTC(+wall.slice(0, 4), +wall.slice(5, 7) - 1, +wall.slice(8, 10), +wall.slice(11, 13) || 0, +wall.slice(14, 16) || 0);

/**
 * The instant (ms) clocks in `zone` show `wall` ('YYYY-MM-DD' or 'YYYY-MM-DDTHH:MM'); a gap is
 * read with the offset before it, an overlap gives the first instant.
 * @throws RangeError for a zone Intl does not know
 * @example wallToUtcMs('2026-12-01T10:00', 'Europe/Brussels') === Date.UTC(2026, 11, 1, 9)
 */
export function wallToUtcMs(wall: string, zone: string): number {
  if (zone === 'UTC') return asUtcMs(wall);
  return zonedWallTimeToUtc(wall.length === 10 ? `${wall}T00:00` : wall.slice(0, 16), zone).getTime();
}

/**
 * The wall time ('YYYY-MM-DDTHH:MM') clocks in `zone` show at instant `ms`.
 * @example utcMsToWall(Date.UTC(2026, 11, 1, 9), 'Europe/Brussels') // '2026-12-01T10:00'
 */
export function utcMsToWall(ms: number, zone: string): string {
  if (zone === 'UTC') return new Date(ms).toISOString().slice(0, 16);
  return utcToZonedWallTime(new Date(ms), zone);
}

/**
 * An instant to order events by: a missing or unknown zone reads the wall time as if it were
 * UTC, so such events still sort by their wall clock instead of failing.
 * @example orderingMs('2026-12-01T10:00', undefined) === Date.UTC(2026, 11, 1, 10)
 */
export function orderingMs(wall: string, zone: string | undefined): number {
  if (!zone) return asUtcMs(wall);
  try {
    return wallToUtcMs(wall, zone);
  } catch {
    return asUtcMs(wall);
  }
}

/**
 * The instant an event value starts: all-day values at midnight, floating times (no zone) and
 * zones Intl does not know read in `fallbackZone` (the viewer's).
 * @example eventInstant('2026-12-01T10:00', 'Europe/Brussels', 'UTC').toISOString() // '2026-12-01T09:00:00.000Z'
 */
export function eventInstant(value: string, timeZone: string | undefined, fallbackZone: string): Date {
  if (timeZone) {
    try {
      return new Date(wallToUtcMs(value, timeZone));
    } catch {
      // unknown zone: fall through to the viewer's
    }
  }
  return new Date(wallToUtcMs(value, fallbackZone));
}
