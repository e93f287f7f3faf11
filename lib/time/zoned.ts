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

interface Parts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function partsIn(date: Date, timeZone: string): Parts {
  const out: Record<string, number> = {};
  for (const p of formatter(timeZone).formatToParts(date)) {
    if (p.type !== 'literal') out[p.type] = Number(p.value);
  }
  return {
    year: out.year ?? 0,
    month: out.month ?? 1,
    day: out.day ?? 1,
    hour: (out.hour ?? 0) % 24,
    minute: out.minute ?? 0,
    second: out.second ?? 0,
  };
}

/** Minutes the zone is ahead of UTC at that instant (Brussels in winter: 60). */
export function zoneOffsetMinutes(date: Date, timeZone: string): number {
  const p = partsIn(date, timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return Math.round((asUtc - Math.floor(date.getTime() / 1000) * 1000) / 60_000);
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
  const guess = Date.UTC(y, mo - 1, d, h, mi);
  const before = zoneOffsetMinutes(new Date(guess - 36e5 * 3), timeZone);
  const after = zoneOffsetMinutes(new Date(guess + 36e5 * 3), timeZone);
  // Try the earlier offset first so overlaps resolve to the first instant.
  for (const offset of before >= after ? [before, after] : [after, before]) {
    const candidate = new Date(guess - offset * 60_000);
    if (zoneOffsetMinutes(candidate, timeZone) === offset) return candidate;
  }
  return new Date(guess - before * 60_000);
}

/** The wall time ('YYYY-MM-DDTHH:MM') clocks in `timeZone` show at `date`. */
export function utcToZonedWallTime(date: Date, timeZone: string): string {
  const p = partsIn(date, timeZone);
  return `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}`;
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
