import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { vtimezone } from '../../../lib/calendar/vtimezone.ts';
import { offsetAt, utcToWall, wallToUtc, zoneTable } from '../../../lib/time/zone-table.ts';
import { utcToZonedWallTime, zonedWallTimeToUtc, zoneOffsetMinutes } from '../../../lib/time/zoned.ts';

const ZONES = ['Europe/Brussels', 'Europe/Kyiv', 'America/New_York', 'Australia/Lord_Howe', 'Asia/Kolkata', 'America/Santiago', 'Africa/Casablanca'];
const tables = new Map(ZONES.map((z) => [z, zoneTable(z, 2026, 2028)]));

describe('zoneTable', () => {
  it.each([
    ['Europe/Brussels', [Date.UTC(2026, 2, 29, 1), Date.UTC(2026, 9, 25, 1), Date.UTC(2027, 2, 28, 1), Date.UTC(2027, 9, 31, 1)]],
    ['Europe/Kyiv', [Date.UTC(2027, 2, 28, 1), Date.UTC(2027, 9, 31, 1)]],
    ['Asia/Kolkata', []],
  ] as const)('finds the offset changes of %s to the minute', (zone, expected) => {
    const t = zoneTable(zone, zone === 'Europe/Kyiv' ? 2027 : 2026, 2027);
    expect(t.changes.map((c) => c.at)).toEqual(expected);
  });

  it('agrees with lib/time (Intl) for any instant and any wall time, gaps and overlaps included', () => {
    const start = Date.UTC(2026, 0, 1);
    const span = Date.UTC(2029, 0, 1) - start;
    fc.assert(
      fc.property(fc.constantFrom(...ZONES), fc.integer({ min: 0, max: span / 60_000 - 1 }), (zone, minute) => {
        const table = tables.get(zone)!;
        const ms = start + minute * 60_000;
        expect(offsetAt(table, ms)).toBe(zoneOffsetMinutes(new Date(ms), zone));
        expect(utcToWall(table, ms)).toBe(utcToZonedWallTime(new Date(ms), zone));
        const wall = new Date(ms).toISOString().slice(0, 16);
        expect(wallToUtc(table, wall)).toBe(zonedWallTimeToUtc(wall, zone).getTime());
      }),
      { numRuns: 2000 },
    );
  });
  it('agrees with lib/time right at each change', () => {
    for (const [zone, table] of tables) {
      for (const c of table.changes) {
        for (const delta of [-61, -60, -31, -30, -1, 0, 1, 29, 30, 59, 60, 61]) {
          const wall = new Date(c.at + c.from * 60_000 + delta * 60_000).toISOString().slice(0, 16);
          expect(wallToUtc(table, wall), `${zone} ${wall}`).toBe(zonedWallTimeToUtc(wall, zone).getTime());
        }
      }
    }
  });
});

describe('vtimezone', () => {
  it('is null for a zone the platform does not know', () => {
    expect(vtimezone('Mars/Olympus_Mons', 2026, 2026)).toBeNull();
  });
  it('is a single observance for a zone without changes', () => {
    expect(vtimezone('Asia/Kolkata', 2026, 2026)).toBe(
      'BEGIN:VTIMEZONE\r\nTZID:Asia/Kolkata\r\nBEGIN:STANDARD\r\nDTSTART:20251230T053000\r\nTZOFFSETFROM:+0530\r\nTZOFFSETTO:+0530\r\nEND:STANDARD\r\nEND:VTIMEZONE',
    );
  });
  it('writes negative offsets and daylight time for New York', () => {
    const text = vtimezone('America/New_York', 2026, 2026)!;
    expect(text).toContain('BEGIN:DAYLIGHT\r\nDTSTART:20260308T020000\r\nTZOFFSETFROM:-0500\r\nTZOFFSETTO:-0400\r\nEND:DAYLIGHT');
    expect(text).toContain('BEGIN:STANDARD\r\nDTSTART:20261101T020000\r\nTZOFFSETFROM:-0400\r\nTZOFFSETTO:-0500\r\nEND:STANDARD');
  });
});
