/**
 * Wall time <-> instant conversions for IANA zones, through Intl only (no tz database of our
 * own). Event times are stored as local wall time plus a zone; calendars and viewers need
 * instants.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** Seconds the zone is ahead of UTC at that instant, read from Intl (one formatToParts call). */
function exactOffsetSeconds(date: Date, timeZone: string): number {
  const p: Record<string, number> = {};
  for (const { type, value } of formatter(timeZone).formatToParts(date)) p[type] = Number(value);
  const asUtc = Date.UTC(p.year!, p.month! - 1, p.day!, p.hour! % 24, p.minute!, p.second!);
  return Math.round((asUtc - Math.floor(date.getTime() / 1000) * 1000) / 1000);
}

const DAY_MS = 86_400_000;
/**
 * Offsets at the start of UTC days, per zone. Offsets change at most once a day (twice a year
 * in practice), so when a day starts and ends with the same offset, the whole day has it: a
 * page of events on a few days costs a few Intl calls instead of four or five per event.
 * Bounded: past ZONES_CACHED zones, or DAYS_CACHED days in one zone, it starts afresh.
 */
const dayOffsets = new Map<string, Map<number, number>>();
const ZONES_CACHED = 64;
const DAYS_CACHED = 4096;

function offsetAtDayStart(timeZone: string, day: number): number {
  let days = dayOffsets.get(timeZone);
  if (!days || days.size > DAYS_CACHED) {
    if (dayOffsets.size > ZONES_CACHED) dayOffsets.clear();
    dayOffsets.set(timeZone, (days = new Map()));
  }
  let offset = days.get(day);
  if (offset === undefined) days.set(day, (offset = exactOffsetSeconds(new Date(day * DAY_MS), timeZone)));
  return offset;
}

/** Seconds the zone is ahead of UTC at that instant (whole seconds: old local mean times have them). */
function offsetSeconds(date: Date, timeZone: string): number {
  // (An invalid date throws a RangeError in formatToParts, as it always has.)
  const day = Math.floor(date.getTime() / DAY_MS);
  const start = offsetAtDayStart(timeZone, day);
  return start === offsetAtDayStart(timeZone, day + 1) ? start : exactOffsetSeconds(date, timeZone);
}

/** Minutes the zone is ahead of UTC at that instant (Brussels in winter: 60). */
export function zoneOffsetMinutes(date: Date, timeZone: string): number {
  return Math.round(offsetSeconds(date, timeZone) / 60);
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

function parseWall(wall: string): [number, number, number, number, number] {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?/.exec(wall);
  if (!m) throw new RangeError(`Not a wall time: ${wall}`);
  return [Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0)];
}

/**
 * The instant at which clocks in `timeZone` show `wall` ('YYYY-MM-DD' or 'YYYY-MM-DDTHH:MM').
 * In a spring-forward gap the time is read with the offset before the change (02:30 -> 03:30);
 * in an autumn overlap the first of the two instants is returned.
 * @example zonedWallTimeToUtc('2026-03-17T14:30', 'Europe/Brussels').toISOString() // '2026-03-17T13:30:00.000Z'
 */
export function zonedWallTimeToUtc(wall: string, timeZone: string): Date {
  const [y, mo, d, h, mi] = parseWall(wall);
  return new Date(instantShowing(Date.UTC(y, mo - 1, d, h, mi), (ms) => zoneOffsetMinutes(new Date(ms), timeZone)));
}

/**
 * The instant (ms) at which a zone whose offset in minutes is `offsetAt(ms)` shows the wall
 * time `wallAsUtc` (that wall time read as if it were UTC). A gap is read with the offset
 * before it; an overlap gives the first instant.
 */
export function instantShowing(wallAsUtc: number, offsetAt: (ms: number) => number): number {
  // The instant lies up to 14 hours either side of wallAsUtc, so the offsets on both sides of a
  // nearby change are sampled a day away (three hours was too near for Lord Howe or St John's,
  // whose changes then looked like no change at all).
  const before = offsetAt(wallAsUtc - DAY_MS);
  const after = offsetAt(wallAsUtc + DAY_MS);
  // Try the earlier offset first so overlaps resolve to the first instant.
  for (const offset of before >= after ? [before, after] : [after, before]) {
    const candidate = wallAsUtc - offset * 60_000;
    if (offsetAt(candidate) === offset) return candidate;
  }
  return wallAsUtc - before * 60_000;
}

/** The wall time ('YYYY-MM-DDTHH:MM') clocks in `timeZone` show at `date`. */
export function utcToZonedWallTime(date: Date, timeZone: string): string {
  // (The wall clock as if it were UTC; an invalid date throws a RangeError, as Intl does.)
  return new Date(Math.floor(date.getTime() / 1000) * 1000 + offsetSeconds(date, timeZone) * 1000).toISOString().slice(0, 16);
}

/** 'YYYY-MM-DD' of `date` in `timeZone`: what "today" is for someone there. */
export function dayInZone(date: Date, timeZone: string): string {
  return utcToZonedWallTime(date, timeZone).slice(0, 10);
}

/** Adds whole days to a 'YYYY-MM-DD' day (calendar arithmetic, no zone involved). */
export function addDays(day: string, days: number): string {
  const [y, m, d] = parseWall(day);
  const t = new Date(Date.UTC(y, m - 1, d + days));
  return `${pad(t.getUTCFullYear(), 4)}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
}
