/**
 * Arithmetic on wall-time strings ('YYYY-MM-DD' and 'YYYY-MM-DDTHH:MM') and fast UTC-to-wall
 * conversion. Event times are wall times in a zone, so durations and recurrences are computed
 * on the wall clock; instants are needed only where a source writes UTC.
 */
import { zoneOffsetMinutes } from '../time/zoned.ts';

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/**
 * Minutes since 1970-01-01T00:00 of a wall time read as if it were UTC.
 * @example wallMinutes('1970-01-02') // 1440
 */
export function wallMinutes(wall: string): number {
  const ms = Date.UTC(
    Number(wall.slice(0, 4)),
    Number(wall.slice(5, 7)) - 1,
    Number(wall.slice(8, 10)),
    wall.length > 10 ? Number(wall.slice(11, 13)) : 0,
    wall.length > 10 ? Number(wall.slice(14, 16)) : 0,
  );
  return Math.floor(ms / 60_000);
}

/** The wall time `minutes` after the epoch; `dateOnly` gives 'YYYY-MM-DD'. */
function wallFromMinutes(minutes: number, dateOnly = false): string {
  const d = new Date(minutes * 60_000);
  const day = `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  return dateOnly ? day : `${day}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}

/**
 * Adds minutes to a wall time, keeping its form (whole days for dates).
 * @example addWallMinutes('2026-12-31T23:30', 45) // '2027-01-01T00:15'
 */
export function addWallMinutes(wall: string, minutes: number): string {
  return wallFromMinutes(wallMinutes(wall) + minutes, wall.length === 10);
}

// Offsets are constant within each 15-minute UTC slot in every zone in use, so one Intl call
// per slot and zone serves a whole feed of UTC times.
const SLOT_MS = 15 * 60_000;
const offsetCache = new Map<string, Map<number, number>>();

function offsetAt(utcMs: number, zone: string): number {
  let perZone = offsetCache.get(zone);
  if (!perZone) {
    perZone = new Map();
    offsetCache.set(zone, perZone);
  }
  const slot = Math.floor(utcMs / SLOT_MS);
  let offset = perZone.get(slot);
  if (offset === undefined) {
    offset = zoneOffsetMinutes(new Date(slot * SLOT_MS), zone);
    if (perZone.size > 50_000) perZone.clear();
    perZone.set(slot, offset);
  }
  return offset;
}

/**
 * The wall time ('YYYY-MM-DDTHH:MM') clocks in `zone` show at the UTC instant `utcMs`.
 * @example utcMsToWall(Date.UTC(2026, 11, 1, 9, 0), 'Europe/Brussels') // '2026-12-01T10:00'
 */
export function utcMsToWall(utcMs: number, zone: string): string {
  const minutes = Math.floor(utcMs / 60_000);
  return wallFromMinutes(zone === 'UTC' ? minutes : minutes + offsetAt(utcMs, zone));
}

/**
 * The UTC instant (ms) at which clocks in `zone` show `wall`. In a gap the offset before the
 * change is used; in an overlap the first instant.
 * @example wallToUtcMs('2026-12-01T10:00', 'Europe/Brussels') === Date.UTC(2026, 11, 1, 9, 0)
 */
export function wallToUtcMs(wall: string, zone: string): number {
  const guess = wallMinutes(wall) * 60_000;
  if (zone === 'UTC') return guess;
  const before = offsetAt(guess - 3 * 3_600_000, zone);
  const after = offsetAt(guess + 3 * 3_600_000, zone);
  for (const offset of before >= after ? [before, after] : [after, before]) {
    const candidate = guess - offset * 60_000;
    if (offsetAt(candidate, zone) === offset) return candidate;
  }
  return guess - before * 60_000;
}
