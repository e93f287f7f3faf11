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
    // Lord Howe (+11 in summer, +10:30 in winter) turns back half an hour at 02:00 on 4 April 2027
    ['2027-04-04T01:00', 'Australia/Lord_Howe', '2027-04-03T14:00:00.000Z'],
    ['2027-04-04T01:45', 'Australia/Lord_Howe', '2027-04-03T14:45:00.000Z'],
    ['2027-04-04T02:00', 'Australia/Lord_Howe', '2027-04-03T15:30:00.000Z'],
    // ... and forward half an hour at 02:00 on 3 October 2027: 02:15 does not exist
    ['2027-10-03T02:15', 'Australia/Lord_Howe', '2027-10-02T15:45:00.000Z'],
    // Chatham turns back from 03:45 to 02:45 (+13:45 to +12:45); 03:00 happens twice, the first wins
    ['2026-04-05T03:00', 'Pacific/Chatham', '2026-04-04T13:15:00.000Z'],
    // St John's (-2:30 to -3:30) turns back from 02:00 to 01:00
    ['2026-11-01T01:30', 'America/St_Johns', '2026-11-01T04:00:00.000Z'],
    ['2026-11-01T00:59', 'America/St_Johns', '2026-11-01T03:29:00.000Z'],
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

describe('zonedWallTimeToUtc on the days clocks change, far from UTC', () => {
  // Every quarter hour of each day around a change: a wall time that exists reads back as itself
  // and is the first instant showing it; one in a gap is read with the offset before the gap.
  const days: [string, string][] = [
    ['Australia/Lord_Howe', '2027-04-04'], ['Australia/Lord_Howe', '2027-10-03'],
    ['Pacific/Chatham', '2026-04-05'], ['Pacific/Chatham', '2026-09-27'],
    ['Pacific/Auckland', '2026-04-05'], ['America/St_Johns', '2026-03-08'], ['America/St_Johns', '2026-11-01'],
    ['America/Los_Angeles', '2026-11-01'], ['Pacific/Kiritimati', '2026-06-01'], ['Pacific/Apia', '2011-12-30'],
  ];
  it.each(days)('%s on %s', (zone, day) => {
    for (let q = 0; q < 96; q++) {
      const wall = `${day}T${String(Math.floor(q / 4)).padStart(2, '0')}:${String((q % 4) * 15).padStart(2, '0')}`;
      const instant = zonedWallTimeToUtc(wall, zone);
      const shown = utcToZonedWallTime(instant, zone);
      if (shown === wall) {
        // no earlier instant within two hours shows the same wall time
        for (let m = 15; m <= 120; m += 15) expect(utcToZonedWallTime(new Date(instant.getTime() - m * 60_000), zone)).not.toBe(wall);
      } else {
        // a gap: read with the offset before it, so it moves forward by the size of the gap
        const offsetBefore = zoneOffsetMinutes(new Date(instant.getTime() - 86_400_000), zone);
        expect(shown > wall, `${wall} read as ${shown}`).toBe(true);
        expect(instant.getTime()).toBe(Date.parse(`${wall}Z`) - offsetBefore * 60_000);
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
