/**
 * A zone's UTC offsets over a span of years as a sorted table of changes, so that converting
 * thousands of wall times costs a binary search each instead of several Intl calls.
 */
import { instantShowing, zoneOffsetMinutes } from './zoned.ts';

const DAY = 86_400_000;
const MINUTE = 60_000;

export interface OffsetChange {
  /** First instant (ms) with the new offset. */
  at: number;
  from: number;
  to: number;
}

export interface ZoneTable {
  zone: string;
  /** Offset in force at `start`, before the first change. */
  initial: number;
  start: number;
  end: number;
  changes: OffsetChange[];
}

/**
 * The instants in [fromMs, toMs) at which the zone's UTC offset changes, found by sampling
 * each day and bisecting to the minute.
 * @example offsetChanges('Europe/Brussels', Date.UTC(2026, 0, 1), Date.UTC(2027, 0, 1)).length // 2
 */
export function offsetChanges(zone: string, fromMs: number, toMs: number): OffsetChange[] {
  const changes: OffsetChange[] = [];
  let t0 = fromMs;
  let o0 = zoneOffsetMinutes(new Date(t0), zone);
  while (t0 < toMs) {
    const t1 = Math.min(t0 + DAY, toMs);
    const o1 = zoneOffsetMinutes(new Date(t1), zone);
    if (o1 !== o0) {
      let lo = t0;
      let hi = t1;
      while (hi - lo > MINUTE) {
        const mid = lo + Math.floor((hi - lo) / 2 / MINUTE) * MINUTE;
        if (zoneOffsetMinutes(new Date(mid), zone) === o0) lo = mid;
        else hi = mid;
      }
      changes.push({ at: hi, from: o0, to: o1 });
    }
    t0 = t1;
    o0 = o1;
  }
  return changes;
}

/**
 * The offset table of `zone` for the years fromYear..toYear (with two days of margin).
 * @example zoneTable('Europe/Kyiv', 2027, 2027).changes.length // 2
 */
export function zoneTable(zone: string, fromYear: number, toYear: number): ZoneTable {
  const start = Date.UTC(fromYear, 0, 1) - 2 * DAY;
  const end = Date.UTC(toYear + 1, 0, 1) + 2 * DAY;
  return { zone, initial: zoneOffsetMinutes(new Date(start), zone), start, end, changes: offsetChanges(zone, start, end) };
}

/**
 * Minutes ahead of UTC at instant `ms`; outside the table's span, asks Intl.
 * @example offsetAt(table, Date.UTC(2026, 6, 1)) // 120 for Europe/Brussels
 */
export function offsetAt(table: ZoneTable, ms: number): number {
  if (ms < table.start || ms >= table.end) return zoneOffsetMinutes(new Date(ms), table.zone);
  const { changes } = table;
  let lo = 0;
  let hi = changes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (changes[mid]!.at <= ms) lo = mid + 1;
    else hi = mid;
  }
  return lo === 0 ? table.initial : changes[lo - 1]!.to;
}

/**
 * The instant (ms) a wall time ('YYYY-MM-DDTHH:MM') names in the zone, by RFC 5545's rules:
 * a time in an autumn overlap is its first occurrence, a time in a spring gap is read with
 * the offset before the gap (the same results as lib/time's zonedWallTimeToUtc).
 * @example wallToUtc(table, '2026-12-03T10:00') // Date.UTC(2026, 11, 3, 9)
 */
export function wallToUtc(table: ZoneTable, wall: string): number {
  return instantShowing(Date.parse(`${wall}:00Z`), (ms) => offsetAt(table, ms));
}

/**
 * The wall time ('YYYY-MM-DDTHH:MM') clocks in the zone show at instant `ms`.
 * @example utcToWall(table, Date.UTC(2026, 11, 3, 9)) // '2026-12-03T10:00'
 */
export function utcToWall(table: ZoneTable, ms: number): string {
  return new Date(ms + offsetAt(table, ms) * MINUTE).toISOString().slice(0, 16);
}
