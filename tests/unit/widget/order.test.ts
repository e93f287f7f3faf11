import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { InclusionEvent } from '../../../lib/model/event.ts';
import { sortEvents } from '../../../lib/query/sort.ts';
import { zonedWallTimeToUtc } from '../../../lib/time/zoned.ts';
import { orderEvents, wallToUtcMs } from '../../../widget/order.ts';
import { makeEvents } from '../../e2e/support/widget-fixtures.ts';

const ZONES = ['Europe/Brussels', 'Europe/London', 'America/New_York', 'Australia/Sydney', 'Asia/Kolkata', 'America/St_Johns', 'Pacific/Chatham'];

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
  ])('%s in %s matches lib/time', (wall, zone) => {
    expect(wallToUtcMs(wall, zone)).toBe(zonedWallTimeToUtc(wall, zone).getTime());
  });
  it('matches lib/time for any wall time and zone', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('2024-01-01'), max: new Date('2028-12-31'), noInvalidDate: true }), fc.constantFrom(...ZONES), (d, zone) => {
        const wall = d.toISOString().slice(0, 16);
        expect(wallToUtcMs(wall, zone)).toBe(zonedWallTimeToUtc(wall, zone).getTime());
      }),
      { numRuns: 400 },
    );
  });
  it('keeps wall order for floating times and unknown zones', () => {
    expect(wallToUtcMs('2026-11-23T10:00', undefined)).toBe(Date.UTC(2026, 10, 23, 10));
    expect(wallToUtcMs('2026-11-23T10:00', 'Mars/Olympus')).toBe(Date.UTC(2026, 10, 23, 10));
  });
});

describe('orderEvents', () => {
  it('orders like lib/query sortEvents', () => {
    const base = makeEvents(300, '2026-10-20', 6);
    fc.assert(
      fc.property(fc.shuffledSubarray(base, { minLength: 50 }), fc.array(fc.constantFrom(...ZONES), { minLength: 300, maxLength: 300 }), (subset, zones) => {
        const events: InclusionEvent[] = subset.map((e, i) => (e.allDay ? e : { ...e, timeZone: zones[i]! }));
        expect(orderEvents(events).map((e) => e.id)).toEqual(sortEvents(events).map((e) => e.id));
      }),
      { numRuns: 40 },
    );
  });
});

describe('fastInstant', () => {
  it('reads floating and all-day values in the fallback zone', async () => {
    const { fastInstant } = await import('../../../widget/order.ts');
    expect(fastInstant('2026-11-23T09:00', undefined, 'Asia/Tokyo').toISOString()).toBe('2026-11-23T00:00:00.000Z');
    expect(fastInstant('2026-11-23', 'Europe/Brussels', 'UTC').toISOString()).toBe('2026-11-22T23:00:00.000Z');
  });
});
