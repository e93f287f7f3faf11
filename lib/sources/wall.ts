/**
 * Arithmetic on wall-time strings ('YYYY-MM-DD' and 'YYYY-MM-DDTHH:MM'). Event times are wall
 * times in a zone, so durations and recurrences are computed on the wall clock; conversions to
 * and from instants are lib/time/offsets.ts's.
 */

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
