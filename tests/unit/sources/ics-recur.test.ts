import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { createBudget, DEFAULT_LIMITS } from '../../../lib/sources/ics-budget.ts';
import { expandSeries, jumpToWindow } from '../../../lib/sources/ics-recur.ts';
import { parseIcs } from '../../../lib/sources/ics.ts';

describe('jumpToWindow: where a rule that started long ago resumes', () => {
  it.each([
    ['secondly from 1970', '1970-01-01T00:00', { freq: 'SECONDLY' }, { first: '2025-12-31T23:59:59' }],
    ['every third day keeps its rhythm', '2000-01-01T10:00', { freq: 'DAILY', interval: 3 }, { first: '2025-12-27T10:00:00' }],
    ['weekly keeps its weekday', '2001-01-02T18:00', { freq: 'WEEKLY' }, { first: '2025-12-23T18:00:00' }],
    ['monthly keeps the day of the month', '1999-03-15', { freq: 'MONTHLY' }, { first: '2025-12-15' }],
    ['yearly every two years keeps its parity', '1991-06-01', { freq: 'YEARLY', interval: 2 }, { first: '2023-06-01' }],
    ['a count without BY parts: what is left of it', '2025-12-30T00:00', { freq: 'DAILY', count: 10 }, { first: '2025-12-31T00:00:00', count: 9 }],
    ['a count used up before the window', '1970-01-01T00:00', { freq: 'HOURLY', count: 1000 }, 'none'],
    ['a count with BY parts cannot jump', '1970-01-01T00:00', { freq: 'DAILY', count: 1000, byday: 'MO' }, undefined],
    ['the 31st of a month is not in every month', '1999-01-31', { freq: 'MONTHLY' }, undefined],
    ['the 31st with the days given by the rule: from the 1st', '1999-01-31', { freq: 'MONTHLY', bymonthday: 31 }, { first: '2025-12-01' }],
    ['a rule that starts inside the window', '2026-03-01T10:00', { freq: 'DAILY' }, undefined],
  ])('%s', (_name, wall, rule, expected) => {
    expect(jumpToWindow(wall, rule as Record<string, unknown>, '2026-01-01')).toEqual(expected);
  });

  it.each([
    [{ freq: 'WEEKLY', byday: ['MO', 'TH'], interval: 2 }, '1980-01-07T09:30'],
    [{ freq: 'DAILY', interval: 5, byhour: [9, 17] }, '1985-03-03T09:00'],
    [{ freq: 'HOURLY', interval: 7 }, '2010-05-05T05:00'],
    [{ freq: 'MONTHLY', byday: ['2TU'] }, '1990-01-09T18:00'],
    // A start on the 29th-31st jumps to the 1st of a month when the rule's parts give the days.
    [{ freq: 'MONTHLY', byday: ['MO', 'TU', 'WE', 'TH', 'FR'], bysetpos: [-1] }, '1990-01-31T17:00'],
    [{ freq: 'MONTHLY', bymonthday: [31, -1] }, '1995-03-31T08:00'],
    [{ freq: 'MONTHLY', byday: ['-1SU'] }, '1991-06-30T12:00'],
    [{ freq: 'YEARLY', bymonth: [1, 2], byday: ['-1SU'] }, '1992-02-29T09:00'],
  ])('gives the occurrences iterating from DTSTART gives, at a fraction of the steps (%j)', (rule, wall) => {
    const window = { from: '2026-01-01', to: '2026-03-01', cap: 500 };
    const budget = createBudget();
    const expansion = expandSeries({ wall, zone: 'UTC' }, [rule], [], [], { ...window, budget });
    const reference: string[] = [];
    const iterator = ICAL.Recur.fromData(rule as never).iterator(ICAL.Time.fromDateTimeString(`${wall}:00`));
    for (let next = iterator.next(); next; next = iterator.next()) {
      const w = next.toString().slice(0, 16);
      if (w.slice(0, 10) > window.to) break;
      if (w.slice(0, 10) >= window.from) reference.push(w);
    }
    expect(expansion.starts.map((s) => s.wall)).toEqual(reference);
    expect(reference.length).toBeGreaterThan(1);
    // Iterating from DTSTART would take 1,700 (monthly since 1990) to 20,000 (every 7 hours since 2010;
    // the last weekday of each month since 1990: 60,000) steps.
    expect(DEFAULT_LIMITS.steps - budget.stepsLeft).toBeLessThan(1_500);
  });
});

describe('the time budget', () => {
  it('stops expanding when the clock runs past it, keeps the events read, and says so once', () => {
    let t = 0;
    const clock = () => (t += 50); // each look at the clock: 50 ms later
    const vevents = Array.from({ length: 40 }, (_, i) =>
      `BEGIN:VEVENT\r\nUID:e${i}\r\nSUMMARY:Every hour ${i}\r\nDTSTART:20261201T000000Z\r\nRRULE:FREQ=HOURLY\r\nEND:VEVENT\r\n`).join('');
    const parsed = parseIcs(`BEGIN:VCALENDAR\r\nVERSION:2.0\r\n${vevents}END:VCALENDAR\r\n`, { now: new Date('2026-11-22T08:00:00Z'), budget: { clock } });
    const notices = parsed.warnings.filter((w) => w.includes(`budget (${DEFAULT_LIMITS.ms} ms)`));
    expect(notices).toHaveLength(1);
    expect(parsed.warnings[0]).toBe(notices[0]);
    // Each series keeps at least its DTSTART; the first ones were expanded before the time ran out.
    expect(new Set(parsed.events.map((e) => e.id.split('/')[0])).size).toBe(40);
    expect(parsed.events.length).toBeGreaterThan(40);
    expect(parsed.events.length).toBeLessThan(40 * 500);
  });

  it('caps the events of one source, with a warning first', () => {
    const vevents = Array.from({ length: 30 }, (_, i) => `BEGIN:VEVENT\r\nUID:e${i}\r\nSUMMARY:Event ${i}\r\nDTSTART:20261201T100000Z\r\nEND:VEVENT\r\n`).join('');
    const parsed = parseIcs(`BEGIN:VCALENDAR\r\n${vevents}END:VCALENDAR\r\n`, { now: new Date('2026-11-22T08:00:00Z'), budget: { limits: { events: 25 } } });
    expect(parsed.events.map((e) => e.id)).toEqual(Array.from({ length: 25 }, (_, i) => `e${i}`));
    expect(parsed.warnings).toEqual(['The calendar has more than 25 events; only the first 25 are kept']);
  });
});
