import { describe, expect, it } from 'vitest';
import { addDays, dayInZone, utcToZonedWallTime, zoneOffsetMinutes, zonedWallTimeToUtc } from '../../../lib/time/zoned.ts';

describe('zonedWallTimeToUtc', () => {
  it.each([
    ['2026-03-17T14:30', 'Europe/Brussels', '2026-03-17T13:30:00.000Z'],
    ['2026-07-01T09:00', 'Europe/Brussels', '2026-07-01T07:00:00.000Z'],
    ['2026-07-01T09:00', 'Europe/Kyiv', '2026-07-01T06:00:00.000Z'],
    ['2026-01-15T10:00', 'Europe/Lisbon', '2026-01-15T10:00:00.000Z'],
    ['2026-01-15T10:00', 'America/New_York', '2026-01-15T15:00:00.000Z'],
    ['2026-12-31T23:30', 'UTC', '2026-12-31T23:30:00.000Z'],
    ['2026-05-04', 'Europe/Madrid', '2026-05-03T22:00:00.000Z'],
    // spring forward in Brussels: 02:30 does not exist, read with the winter offset
    ['2026-03-29T02:30', 'Europe/Brussels', '2026-03-29T01:30:00.000Z'],
    // autumn overlap: 02:30 happens twice, the first one wins
    ['2026-10-25T02:30', 'Europe/Brussels', '2026-10-25T00:30:00.000Z'],
  ])('%s in %s', (wall, zone, iso) => {
    expect(zonedWallTimeToUtc(wall, zone).toISOString()).toBe(iso);
  });

  it('round-trips through utcToZonedWallTime away from transitions', () => {
    for (const zone of ['Europe/Brussels', 'Europe/Athens', 'Asia/Kolkata', 'America/Sao_Paulo']) {
      for (const wall of ['2026-02-10T08:15', '2026-08-20T19:45', '2027-11-02T00:00']) {
        expect(utcToZonedWallTime(zonedWallTimeToUtc(wall, zone), zone)).toBe(wall);
      }
    }
  });
});

describe('helpers', () => {
  it('offset', () => {
    expect(zoneOffsetMinutes(new Date('2026-01-01T12:00:00Z'), 'Europe/Berlin')).toBe(60);
    expect(zoneOffsetMinutes(new Date('2026-07-01T12:00:00Z'), 'Europe/Berlin')).toBe(120);
  });
  it('dayInZone', () => {
    expect(dayInZone(new Date('2026-01-01T23:30:00Z'), 'Europe/Rome')).toBe('2026-01-02');
    expect(dayInZone(new Date('2026-01-01T23:30:00Z'), 'UTC')).toBe('2026-01-01');
  });
  it('addDays crosses months and leap days', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });
});
