import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { eventInstant, orderingMs, utcMsToWall, wallToUtcMs } from '../../../lib/time/offsets.ts';
import { utcToZonedWallTime, zonedWallTimeToUtc } from '../../../lib/time/zoned.ts';
import { cpuMs } from '../sources/cpu.ts';

const ZONES = ['Europe/Brussels', 'Europe/London', 'America/New_York', 'Australia/Sydney', 'Asia/Kolkata', 'America/St_Johns', 'Pacific/Chatham', 'UTC'];

describe('wallToUtcMs', () => {
  it.each([
    ['2026-03-29T02:30', 'Europe/Brussels'], // spring-forward gap
    ['2026-10-25T02:30', 'Europe/Brussels'], // autumn overlap
    ['2026-10-25T03:00', 'Europe/Brussels'],
    ['2026-03-08T02:15', 'America/New_York'],
    ['2026-11-01T01:30', 'America/New_York'],
    ['2026-04-05T02:30', 'Australia/Sydney'],
    ['2026-12-31T23:59', 'Asia/Kolkata'],
    ['2027-01-01T00:00', 'Pacific/Chatham'],
    ['2026-12-01', 'Europe/Brussels'],
  ])('%s in %s matches the Intl reading', (wall, zone) => {
    const full = wall.length === 10 ? `${wall}T00:00` : wall;
    expect(wallToUtcMs(wall, zone)).toBe(zonedWallTimeToUtc(full, zone).getTime());
  });

  it('matches the Intl reading for any wall time and zone, both ways', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('2024-01-01'), max: new Date('2028-12-31'), noInvalidDate: true }), fc.constantFrom(...ZONES), (d, zone) => {
        const wall = d.toISOString().slice(0, 16);
        expect(wallToUtcMs(wall, zone)).toBe(zonedWallTimeToUtc(wall, zone).getTime());
        expect(utcMsToWall(d.getTime(), zone)).toBe(utcToZonedWallTime(d, zone));
      }),
      { numRuns: 500 },
    );
  });

  it('throws RangeError for an unknown zone', () => {
    expect(() => wallToUtcMs('2026-11-23T10:00', 'Mars/Olympus')).toThrow(RangeError);
  });
});

describe('orderingMs', () => {
  it('keeps wall order for floating times and unknown zones', () => {
    expect(orderingMs('2026-11-23T10:00', undefined)).toBe(Date.UTC(2026, 10, 23, 10));
    expect(orderingMs('2026-11-23T10:00', 'Mars/Olympus')).toBe(Date.UTC(2026, 10, 23, 10));
    expect(orderingMs('2026-11-23T10:00', 'Europe/Kyiv')).toBe(Date.UTC(2026, 10, 23, 8));
  });
});

describe('eventInstant', () => {
  it.each([
    ['2026-11-23T09:00', undefined, 'Asia/Tokyo', '2026-11-23T00:00:00.000Z'],
    ['2026-11-23', 'Europe/Brussels', 'UTC', '2026-11-22T23:00:00.000Z'],
    ['2026-11-23T09:00', 'Mars/Olympus', 'Europe/Lisbon', '2026-11-23T09:00:00.000Z'],
    ['2026-07-01T09:00', 'Europe/Athens', 'UTC', '2026-07-01T06:00:00.000Z'],
  ])('%s in %s (viewer %s)', (value, zone, viewer, iso) => {
    expect(eventInstant(value, zone, viewer).toISOString()).toBe(iso);
  });
});

describe('conversions in many years', () => {
  it('stay equal to Intl in any year, at a bounded cost', () => {
    const zone = 'America/Santiago';
    const spent = cpuMs(() => {
      for (let year = 1500; year < 2500; year += 3) {
        const wall = `${year}-06-15T10:30`;
        expect(wallToUtcMs(wall, zone), wall).toBe(zonedWallTimeToUtc(wall, zone).getTime());
        const ms = Date.UTC(year, 0, 10, 12);
        expect(utcMsToWall(ms, zone)).toBe(utcToZonedWallTime(new Date(ms), zone));
      }
    });
    // 334 years, each a day of its own: a few Intl calls each, never a table per year (CPU time, so a loaded machine does not count).
    expect(spent).toBeLessThan(1_500);
  });
});
