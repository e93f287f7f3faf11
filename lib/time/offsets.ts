/**
 * Fast wall time <-> instant conversions for feeds of thousands of events. Each zone's UTC
 * offsets are learnt once per year (lib/time/zone-table.ts: a few hundred Intl calls), and
 * every conversion after that is a binary search. Results equal lib/time/zoned.ts's.
 */
import { utcToWall, wallToUtc, zoneTable, type ZoneTable } from './zone-table.ts';
import { utcToZonedWallTime, zonedWallTimeToUtc } from './zoned.ts';

const tables = new Map<string, Map<number, ZoneTable>>();

/**
 * Learning a year costs about 400 Intl calls, worth it for the few years events fill. A feed
 * with events in thousands of different years (a hostile one, 0001 to 9999) would pay that
 * for each: years outside 1900-2199 and years past the 64th per zone are converted directly.
 */
const TABLE_YEARS = { from: 1900, to: 2199, most: 64 };

/**
 * Conversions in a zone-year answered directly (a few Intl calls each) before its table is
 * learnt: a widget's first screen converts a few dozen times, and must not pay ~400 Intl calls
 * per zone for it; a feed of thousands pays for the table once it has proved worth it.
 */
const DIRECT_FIRST = 48;
const asked = new Map<string, number>();

function tableFor(zone: string, ms: number): ZoneTable | undefined {
  let years = tables.get(zone);
  if (!years) {
    years = new Map();
    tables.set(zone, years);
  }
  const year = new Date(ms).getUTCFullYear();
  let table = years.get(year);
  if (!table) {
    if (year < TABLE_YEARS.from || year > TABLE_YEARS.to || years.size >= TABLE_YEARS.most) return undefined;
    const key = `${zone} ${year}`;
    const count = (asked.get(key) ?? 0) + 1;
    asked.set(key, count);
    // Answered directly (zoned.ts throws the same RangeError for an unknown zone).
    if (count <= DIRECT_FIRST) return undefined;
    table = zoneTable(zone, year, year); // throws RangeError for a zone Intl does not know
    years.set(year, table);
  }
  return table;
}

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
  const full = wall.length === 10 ? `${wall}T00:00` : wall.slice(0, 16);
  const table = tableFor(zone, asUtcMs(full));
  return table ? wallToUtc(table, full) : zonedWallTimeToUtc(full, zone).getTime();
}

/**
 * The wall time ('YYYY-MM-DDTHH:MM') clocks in `zone` show at instant `ms`.
 * @example utcMsToWall(Date.UTC(2026, 11, 1, 9), 'Europe/Brussels') // '2026-12-01T10:00'
 */
export function utcMsToWall(ms: number, zone: string): string {
  if (zone === 'UTC') return new Date(ms).toISOString().slice(0, 16);
  const table = tableFor(zone, ms);
  return table ? utcToWall(table, ms) : utcToZonedWallTime(new Date(ms), zone);
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
