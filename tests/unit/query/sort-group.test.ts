import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { groupByDay, groupByMonth, sortEvents, sortEventsPaused, splitPastUpcoming } from '../../../lib/query/index.ts';
import { ValidationError } from '../../../lib/model/errors.ts';
import { ev } from './events.ts';

const events = [
  ev({ id: 'kyiv-0930', title: 'Kyiv briefing', start: '2026-12-03T09:30', timeZone: 'Europe/Kyiv' }), // 07:30Z
  ev({ id: 'bxl-0900', title: 'Brussels workshop', start: '2026-12-03T09:00', timeZone: 'Europe/Brussels' }), // 08:00Z
  ev({ id: 'allday', title: 'Day of action', start: '2026-12-03', allDay: true }),
  ev({ id: 'jan', title: 'New year reception', start: '2027-01-08T18:00', timeZone: 'Europe/Brussels' }),
  ev({ id: 'conf', title: 'Conference', start: '2026-11-30', end: '2026-12-02', allDay: true }),
  ev({ id: 'bxl-0900-b', title: 'Another Brussels workshop', start: '2026-12-03T09:00', timeZone: 'Europe/Brussels' }),
];

describe('sortEvents', () => {
  it('orders by day, all-day first, then instant across zones, then title', () => {
    expect(sortEvents(events).map((e) => e.id)).toEqual(['conf', 'allday', 'kyiv-0930', 'bxl-0900-b', 'bxl-0900', 'jan']);
  });
  it('desc reverses the order and leaves the input alone', () => {
    const copy = events.slice();
    expect(sortEvents(events, 'desc').map((e) => e.id)).toEqual(['jan', 'bxl-0900', 'bxl-0900-b', 'kyiv-0930', 'allday', 'conf']);
    expect(events).toEqual(copy);
  });
});

describe('sortEventsPaused', () => {
  it('gives the order sortEvents gives, pausing between slices of keys', async () => {
    const many = Array.from({ length: 300 }, (_, i) => events[i % events.length]!).map((e, i) => ({ ...e, id: `${e.id}-${i}` }));
    let pauses = 0;
    const sorted = await sortEventsPaused(many, () => (++pauses % 2 ? Promise.resolve() : undefined));
    expect(sorted.map((e) => e.id)).toEqual(sortEvents(many).map((e) => e.id));
    expect(pauses).toBe(Math.floor(300 / 64));
    expect((await sortEventsPaused(many, () => undefined, 'desc')).map((e) => e.id)).toEqual(sortEvents(many, 'desc').map((e) => e.id));
  });
  it('agrees with sortEvents on any mix of these events (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.integer({ min: 0, max: events.length - 1 }), { maxLength: 200 }), async (picks) => {
        const list = picks.map((p, i) => ({ ...events[p]!, id: `${p}-${i}` }));
        expect((await sortEventsPaused(list, () => Promise.resolve())).map((e) => e.id)).toEqual(sortEvents(list).map((e) => e.id));
      }),
      { numRuns: 50 },
    );
  });
});

describe('groupByDay and groupByMonth', () => {
  it('lists a multi-day event on its start day only', () => {
    const days = groupByDay(sortEvents(events));
    expect(days.map((d) => [d.day, d.events.map((e) => e.id)])).toEqual([
      ['2026-11-30', ['conf']],
      ['2026-12-03', ['allday', 'kyiv-0930', 'bxl-0900-b', 'bxl-0900']],
      ['2027-01-08', ['jan']],
    ]);
  });
  it('groups by start month, months ascending even for unsorted input', () => {
    expect(groupByMonth(events).map((m) => [m.month, m.events.length])).toEqual([
      ['2026-11', 1],
      ['2026-12', 4],
      ['2027-01', 1],
    ]);
  });
  it('gives no groups for no events', () => {
    expect(groupByDay([])).toEqual([]);
    expect(groupByMonth([])).toEqual([]);
  });
});

describe('splitPastUpcoming', () => {
  const list = [
    ev({ id: 'ended', title: 'Ended', start: '2026-11-22T09:00', end: '2026-11-22T10:00', timeZone: 'Europe/Brussels' }),
    ev({ id: 'running', title: 'Running', start: '2026-11-22T09:00', end: '2026-11-22T18:00', timeZone: 'Europe/Brussels' }),
    ev({ id: 'started-no-end', title: 'Started, no end', start: '2026-11-22T10:30', timeZone: 'Europe/Brussels' }),
    ev({ id: 'today-allday', title: 'All day today', start: '2026-11-22', allDay: true }),
    ev({ id: 'yesterday-allday', title: 'All day yesterday', start: '2026-11-21', allDay: true }),
    ev({ id: 'multi', title: 'Multi-day through today', start: '2026-11-20', end: '2026-11-22', allDay: true }),
    ev({ id: 'floating', title: 'Floating 11:30', start: '2026-11-22T11:30' }),
  ];
  // 10:45 UTC = 11:45 in Brussels, already 2026-11-23 00:45 in Kiritimati (+14).
  const now = new Date('2026-11-22T10:45:00Z');
  const ids = (zone: string) => {
    const { past, upcoming } = splitPastUpcoming(list, now, zone);
    return { past: past.map((e) => e.id), upcoming: upcoming.map((e) => e.id) };
  };
  it('in Brussels', () => {
    expect(ids('Europe/Brussels')).toEqual({
      past: ['ended', 'started-no-end', 'yesterday-allday', 'floating'],
      upcoming: ['running', 'today-allday', 'multi'],
    });
  });
  it('all-day events end at midnight of the viewer, floating times are read in the viewer zone', () => {
    expect(ids('Pacific/Kiritimati')).toEqual({
      past: ['ended', 'started-no-end', 'today-allday', 'yesterday-allday', 'multi', 'floating'],
      upcoming: ['running'],
    });
    expect(ids('America/New_York').upcoming).toEqual(['running', 'today-allday', 'multi', 'floating']);
  });
  it('rejects an unknown viewer zone with a typed error', () => {
    expect(() => splitPastUpcoming(list, now, 'Mars/Olympus')).toThrow(ValidationError);
  });
});
