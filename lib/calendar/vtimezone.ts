/**
 * VTIMEZONE components built from the platform's own time-zone data (Intl), so the export
 * needs no tz database of its own: the offset changes of a zone are found by sampling each
 * day and bisecting to the minute, and each change becomes one observance.
 */
import { zoneOffsetMinutes } from '../time/zoned.ts';
import { isKnownZone } from './times.ts';

const DAY = 86_400_000;
const MINUTE = 60_000;

interface Change {
  at: number;
  from: number;
  to: number;
}

/**
 * The instants in [fromMs, toMs) at which the zone's UTC offset changes.
 * @example offsetChanges('Europe/Brussels', Date.UTC(2026, 0, 1), Date.UTC(2027, 0, 1)).length // 2
 */
export function offsetChanges(zone: string, fromMs: number, toMs: number): Change[] {
  const changes: Change[] = [];
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

function offsetText(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}${String(abs % 60).padStart(2, '0')}`;
}

function localStamp(utcMs: number, offsetMinutes: number): string {
  return new Date(utcMs + offsetMinutes * MINUTE).toISOString().slice(0, 19).replace(/[-:]/g, '');
}

const cache = new Map<string, string | null>();

/**
 * A VTIMEZONE component (CRLF lines) for `zone` that is exact for the years fromYear..toYear:
 * one observance for the offset in force at the start, then one per change. Null for a zone
 * the platform does not know.
 * @example vtimezone('Europe/Brussels', 2026, 2026) // 'BEGIN:VTIMEZONE\r\nTZID:Europe/Brussels\r\n...'
 */
export function vtimezone(zone: string, fromYear: number, toYear: number): string | null {
  const key = `${zone} ${fromYear} ${toYear}`;
  const cached = cache.get(key);
  if (cached !== undefined) return cached;
  if (!isKnownZone(zone)) return null;
  // Two days of margin: a wall time on 1 January can be 31 December in UTC, and vice versa.
  const from = Date.UTC(fromYear, 0, 1) - 2 * DAY;
  const to = Date.UTC(toYear + 1, 0, 1) + 2 * DAY;
  const initial = zoneOffsetMinutes(new Date(from), zone);
  const changes = offsetChanges(zone, from, to);
  const standard = Math.min(initial, ...changes.map((c) => c.to));
  const observance = (start: string, fromOffset: number, toOffset: number) => {
    const kind = toOffset > standard ? 'DAYLIGHT' : 'STANDARD';
    return [`BEGIN:${kind}`, `DTSTART:${start}`, `TZOFFSETFROM:${offsetText(fromOffset)}`, `TZOFFSETTO:${offsetText(toOffset)}`, `END:${kind}`];
  };
  const lines = [
    'BEGIN:VTIMEZONE',
    `TZID:${zone}`,
    ...observance(localStamp(from, initial), initial, initial),
    ...changes.flatMap((c) => observance(localStamp(c.at, c.from), c.from, c.to)),
    'END:VTIMEZONE',
  ];
  const text = lines.join('\r\n');
  if (cache.size > 500) cache.clear();
  cache.set(key, text);
  return text;
}
