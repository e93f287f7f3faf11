/**
 * A calendar's own VTIMEZONE under a name no table knows (Outlook writes "Customized Time
 * Zone", Thunderbird keeps whatever an invitation said) read as the IANA zone whose clock
 * is the same. Converting such times once to UTC, as before, keeps single events right but
 * moves every occurrence of a series by an hour across a DST change (a Tuesday 10:35 class
 * becomes 09:35 in winter): a series must repeat on a zone's own wall clock.
 *
 * The calendar's rules are read at noon of each day of the year its first time is in (365
 * conversions) to find the days its offset changes. Each zone of the Windows table (one per
 * region, CLDR's choice) is then compared on the 15th of each month and on both sides of
 * each change, through Intl, stopping at the first disagreement (most differ at once).
 */
import { WINDOWS_ZONES } from './windows-zone-table.ts';

/** IANA zones to try, in the table's order; UTC first (a "UTC" VTIMEZONE is common). */
const CANDIDATES: string[] = [...new Set(['UTC', ...WINDOWS_ZONES.map(([, iana]) => iana)])];

const pad = (n: number) => String(n).padStart(2, '0');
const formats = new Map<string, Intl.DateTimeFormat>();

/** Minutes `zone` is ahead of UTC at instant `ms`, through Intl. */
function offsetAt(ms: number, zone: string): number {
  let format = formats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric' });
    formats.set(zone, format);
  }
  const p: Record<string, number> = {};
  for (const part of format.formatToParts(new Date(ms))) p[part.type] = Number(part.value);
  return Math.round((Date.UTC(p.year as number, (p.month as number) - 1, p.day, p.hour, p.minute) - ms) / 60_000);
}

const wallMs = (wall: string) => Date.UTC(+wall.slice(0, 4), +wall.slice(5, 7) - 1, +wall.slice(8, 10), +wall.slice(11, 13), +wall.slice(14, 16));

/**
 * The IANA zone whose clock agrees with `toUtc` (the calendar's rules: wall time to UTC ms)
 * through `year` (`preferred` first when it does), or undefined.
 * @example sameClockZone((wall) => ownRules(wall), 2020) // 'America/New_York' for US Eastern rules under any name
 */
export function sameClockZone(toUtc: (wall: string) => number | undefined, year: number, preferred?: string): string | undefined {
  const offsets: number[] = [];
  const walls: string[] = [];
  const day = new Date(Date.UTC(year, 0, 1, 12));
  while (day.getUTCFullYear() === year) {
    const wall = `${year}-${pad(day.getUTCMonth() + 1)}-${pad(day.getUTCDate())}T12:00`;
    const ms = toUtc(wall);
    if (ms === undefined || !Number.isFinite(ms)) return undefined;
    walls.push(wall);
    offsets.push(Math.round((wallMs(wall) - ms) / 60_000));
    day.setUTCDate(day.getUTCDate() + 1);
  }
  const samples = new Set<number>();
  offsets.forEach((offset, i) => {
    if (walls[i]?.slice(8, 10) === '15') samples.add(i);
    if (i > 0 && offset !== offsets[i - 1]) {
      samples.add(i - 1);
      samples.add(i);
    }
  });
  // The sample instants are the calendar's own: a zone agrees when it shows the same offset there.
  const checks = [...samples].sort((a, b) => a - b).map((i) => ({ ms: wallMs(walls[i] as string) - (offsets[i] as number) * 60_000, offset: offsets[i] as number }));
  // The calendar's own X-WR-TIMEZONE first: the same clock under the name its author chose.
  for (const zone of preferred ? [preferred, ...CANDIDATES] : CANDIDATES) {
    try {
      if (checks.every(({ ms, offset }) => offsetAt(ms, zone) === offset)) return zone;
    } catch {
      // a zone this runtime's Intl does not know
    }
  }
  return undefined;
}
