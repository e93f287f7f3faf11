/**
 * VTIMEZONE components built from the platform's own time-zone data (Intl), so the export
 * needs no tz database of its own: the offset changes of a zone are found by sampling each
 * day and bisecting to the minute, and each change becomes one observance.
 */
import { isKnownZone } from './times.ts';
import type { ZoneTable } from '../time/zone-table.ts';
import { zoneTable } from '../time/zone-table.ts';

function offsetText(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}${String(abs % 60).padStart(2, '0')}`;
}

function localStamp(utcMs: number, offsetMinutes: number): string {
  return new Date(utcMs + offsetMinutes * 60_000).toISOString().slice(0, 19).replace(/[-:]/g, '');
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
  const text = vtimezoneFromTable(zoneTable(zone, fromYear, toYear));
  if (cache.size > 500) cache.clear();
  cache.set(key, text);
  return text;
}

/**
 * The VTIMEZONE component of an offset table (see zoneTable).
 * @example vtimezoneFromTable(zoneTable('Europe/Kyiv', 2027, 2027))
 */
export function vtimezoneFromTable(table: ZoneTable): string {
  const { zone, initial, changes, start: from } = table;
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
  return lines.join('\r\n');
}
