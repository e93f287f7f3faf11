import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { utcToZonedWallTime, zoneOffsetMinutes, zonedWallTimeToUtc } from '../../../lib/time/zoned.ts';

// zoned.ts keeps the offsets at the start of UTC days and trusts a day whose start and end agree.
// Checked here against Intl itself, in zones whose rules are unusual: 45-minute offsets, a
// 30-minute summer shift, negative summer time, a skipped day, several changes a year, and
// local mean times with seconds before 1900.
const ZONES = [
  'Europe/Brussels', 'Europe/Dublin', 'Europe/Kyiv', 'America/St_Johns', 'America/Sao_Paulo', 'Asia/Kathmandu',
  'Australia/Lord_Howe', 'Pacific/Apia', 'Africa/Casablanca', 'Asia/Tehran', 'America/Santiago', 'UTC',
];

function intlWall(date: Date, timeZone: string): { wall: string; offset: number } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' })
      .formatToParts(date)
      .filter((p) => p.type !== 'literal')
      .map((p) => [p.type, Number(p.value)]),
  ) as Record<string, number>;
  const asUtc = Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour! % 24, parts.minute!, parts.second!);
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  return {
    wall: `${pad(parts.year!, 4)}-${pad(parts.month!)}-${pad(parts.day!)}T${pad(parts.hour! % 24)}:${pad(parts.minute!)}`,
    offset: Math.round((asUtc - Math.floor(date.getTime() / 1000) * 1000) / 60_000),
  };
}

describe('offsets kept per day agree with Intl', () => {
  it('at any instant from 1850 to 2100, in zones with unusual rules', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1850-01-01T00:00:00Z'), max: new Date('2100-12-31T23:59:59Z'), noInvalidDate: true }), fc.constantFrom(...ZONES), (date, zone) => {
        const expected = intlWall(date, zone);
        expect(zoneOffsetMinutes(date, zone)).toBe(expected.offset);
        expect(utcToZonedWallTime(date, zone)).toBe(expected.wall);
      }),
      { numRuns: 3000 },
    );
  });

  it('on both sides of each change of a year, minute by minute', () => {
    for (const zone of ['Europe/Brussels', 'America/St_Johns', 'Australia/Lord_Howe', 'Africa/Casablanca']) {
      let before = intlWall(new Date(Date.UTC(2026, 0, 1)), zone).offset;
      for (let t = Date.UTC(2026, 0, 1); t < Date.UTC(2027, 0, 1); t += 3_600_000) {
        const now = intlWall(new Date(t), zone).offset;
        if (now === before) continue;
        // A change within the last hour: every minute around it.
        for (let m = t - 3_600_000; m <= t + 3_600_000; m += 60_000) {
          const date = new Date(m);
          expect(zoneOffsetMinutes(date, zone)).toBe(intlWall(date, zone).offset);
          expect(utcToZonedWallTime(date, zone)).toBe(intlWall(date, zone).wall);
        }
        before = now;
      }
    }
  });

  it('still reads gaps and overlaps as before', () => {
    expect(zonedWallTimeToUtc('2026-03-29T02:30', 'Europe/Brussels').toISOString()).toBe('2026-03-29T01:30:00.000Z');
    expect(zonedWallTimeToUtc('2026-10-25T02:30', 'Europe/Brussels').toISOString()).toBe('2026-10-25T00:30:00.000Z');
    expect(zonedWallTimeToUtc('2026-11-01T01:30', 'America/St_Johns').toISOString()).toBe('2026-11-01T04:00:00.000Z');
  });

  it('throws for a zone Intl does not know, as before', () => {
    expect(() => zoneOffsetMinutes(new Date('2026-01-01T00:00:00Z'), 'Mars/Olympus')).toThrow(RangeError);
  });
});
