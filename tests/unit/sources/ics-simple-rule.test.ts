import ICAL from 'ical.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createBudget } from '../../../lib/sources/ics-budget.ts';
import { expandSeries } from '../../../lib/sources/ics-recur.ts';
import { simpleRuleOccurrences } from '../../../lib/sources/ics-simple-rule.ts';
import { parseSource } from '../../../lib/sources/index.ts';

describe('simpleRuleOccurrences: common monthly rules computed from the calendar', () => {
  const days = (start: string, rule: Record<string, unknown>, from: string, to: string) =>
    simpleRuleOccurrences(start, rule, from, to)?.walls.map((w) => w.slice(0, 10));
  it.each([
    ['second Tuesday, started years ago', '2012-01-10T18:00', { freq: 'MONTHLY', byday: '2TU' }, '2026-12-01', '2027-02-28', ['2026-12-08', '2027-01-12', '2027-02-09']],
    ['last Friday', '2020-01-31', { freq: 'MONTHLY', byday: '-1FR' }, '2027-01-01', '2027-03-31', ['2027-01-29', '2027-02-26', '2027-03-26']],
    ['second to last Sunday', '2020-01-19', { freq: 'MONTHLY', byday: ['-2SU'] }, '2027-02-01', '2027-02-28', ['2027-02-21']],
    ['fifth Monday: only months that have one', '2026-01-05', { freq: 'MONTHLY', byday: '5MO' }, '2026-01-01', '2026-12-31', ['2026-03-30', '2026-06-29', '2026-08-31', '2026-11-30']],
    ['every Wednesday of the month and the first Monday', '2026-12-01', { freq: 'MONTHLY', byday: ['WE', '1MO'] }, '2026-12-01', '2026-12-31', ['2026-12-02', '2026-12-07', '2026-12-09', '2026-12-16', '2026-12-23', '2026-12-30']],
    ['the 31st: months without one are skipped', '2026-01-31', { freq: 'MONTHLY', bymonthday: 31 }, '2026-01-01', '2026-06-30', ['2026-01-31', '2026-03-31', '2026-05-31']],
    ['the 1st and the last day', '2026-01-01', { freq: 'MONTHLY', bymonthday: [-1, 1] }, '2028-02-01', '2028-03-01', ['2028-02-01', '2028-02-29', '2028-03-01']],
    ['every other month keeps the rhythm of DTSTART', '2001-03-13', { freq: 'MONTHLY', interval: 2, byday: '2TU' }, '2026-01-01', '2026-06-30', ['2026-01-13', '2026-03-10', '2026-05-12']],
    ['nothing before DTSTART', '2026-03-20', { freq: 'MONTHLY', byday: '2TU' }, '2026-03-01', '2026-04-30', ['2026-04-14']],
    ['the last weekday (BYSETPOS)', '1970-01-30', { freq: 'MONTHLY', byday: ['MO', 'TU', 'WE', 'TH', 'FR'], bysetpos: -1 }, '2026-01-01', '2026-05-31', ['2026-01-30', '2026-02-27', '2026-03-31', '2026-04-30', '2026-05-29']],
    ['the last Tuesday from DTSTART\'s own month (ical.js gives the first there)', '2026-02-01', { freq: 'MONTHLY', byday: 'TU', bysetpos: -1 }, '2026-01-01', '2026-03-31', ['2026-02-24', '2026-03-31']],
    ['the first and the last of two weekdays', '2026-01-01', { freq: 'MONTHLY', byday: ['TU', 'TH'], bysetpos: [1, -1] }, '2026-01-01', '2026-02-28', ['2026-01-01', '2026-01-29', '2026-02-03', '2026-02-26']],
    ['a weekday written twice counts once', '2028-09-01', { freq: 'MONTHLY', byday: ['5SU', '+5SU'] }, '2028-09-01', '2028-12-31', ['2028-10-29', '2028-12-31']],
    ['a count counts from DTSTART, before the window too', '2025-10-14', { freq: 'MONTHLY', byday: '2TU', count: 5 }, '2026-01-01', '2026-12-31', ['2026-01-13', '2026-02-10']],
    ['a count with an interval', '2026-01-13', { freq: 'MONTHLY', interval: 3, byday: '2TU', count: 3 }, '2026-01-01', '2026-12-31', ['2026-01-13', '2026-04-14', '2026-07-14']],
    ['UNTIL a day is inclusive', '2026-01-13', { freq: 'MONTHLY', byday: '2TU', until: '2026-03-10' }, '2026-01-01', '2026-12-31', ['2026-01-13', '2026-02-10', '2026-03-10']],
  ])('%s', (_name, start, rule, from, to, expected) => {
    expect(days(start, rule, from, to)).toEqual(expected);
  });

  it('keeps the time of day of DTSTART and stops at UNTIL to the second', () => {
    const rule = { freq: 'MONTHLY', byday: '2TU', until: '2026-03-10T18:00:00' };
    expect(simpleRuleOccurrences('2026-01-13T18:00', rule, '2026-01-01', '2026-12-31')?.walls).toEqual(['2026-01-13T18:00', '2026-02-10T18:00', '2026-03-10T18:00']);
    expect(simpleRuleOccurrences('2026-01-13T18:30', rule, '2026-01-01', '2026-12-31')?.walls).toEqual(['2026-01-13T18:30', '2026-02-10T18:30']);
  });

  it('looks at the window\'s months only, however old DTSTART is', () => {
    expect(simpleRuleOccurrences('0900-01-01', { freq: 'MONTHLY', bymonthday: 1 }, '2026-01-01', '2028-12-31')?.months).toBe(36);
  });

  it('leaves a count from long ago to ical.js and its budget', () => {
    expect(simpleRuleOccurrences('1900-01-09', { freq: 'MONTHLY', byday: '2TU', count: 5000 }, '2026-01-01', '2026-12-31')).toBeUndefined();
  });

  it('lists at most the occurrences asked for, and says there are more', () => {
    const everyDay = { freq: 'MONTHLY', byday: ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] };
    const found = simpleRuleOccurrences('2000-01-01', everyDay, '2026-01-01', '2125-12-31', 501);
    expect(found?.walls).toHaveLength(501);
    expect(found?.walls.at(-1)).toBe('2027-05-16');
    expect(found?.more).toBe(true);
    expect(simpleRuleOccurrences('2000-01-01', everyDay, '2026-01-01', '2026-01-31', 501)?.more).toBeUndefined();
  });

  it.each([
    ['a count from a DTSTART the rule does not give (undefined in RFC 5545)', { freq: 'MONTHLY', byday: '2TU', count: 10 }],
    ['BYSETPOS over days of the month (ical.js ignores it there)', { freq: 'MONTHLY', bymonthday: [1, 15], bysetpos: -1 }],
    ['a BYSETPOS other than the first or the last', { freq: 'MONTHLY', byday: ['MO', 'FR'], bysetpos: 2 }],
    ['BYSETPOS over nth weekdays', { freq: 'MONTHLY', byday: ['1MO', '-1FR'], bysetpos: -1 }],
    ['a BYSETPOS of 0', { freq: 'MONTHLY', byday: ['MO', 'FR'], bysetpos: 0 }],
    ['BYMONTH', { freq: 'MONTHLY', bymonth: [3, 9], byday: '2TU' }],
    ['a time of day part', { freq: 'MONTHLY', byday: '2TU', byhour: [9, 17] }],
    ['both BYDAY and BYMONTHDAY', { freq: 'MONTHLY', byday: 'FR', bymonthday: 13 }],
    ['neither', { freq: 'MONTHLY' }],
    ['a sixth Monday', { freq: 'MONTHLY', byday: '6MO' }],
    ['day 0', { freq: 'MONTHLY', bymonthday: 0 }],
    ['an interval of zero', { freq: 'MONTHLY', byday: '1MO', interval: 0 }],
    ['another frequency', { freq: 'WEEKLY', byday: 'MO' }],
    ['an UNTIL it cannot read', { freq: 'MONTHLY', byday: '1MO', until: 'soon' }],
  ])('leaves %s to ical.js', (_name, rule) => {
    expect(simpleRuleOccurrences('2026-01-05T10:00', rule, '2026-01-01', '2026-12-31')).toBeUndefined();
  });
});

describe('simpleRuleOccurrences agrees with ical.js\'s iterator', () => {
  const weekdays = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];
  // Distinct values: ical.js gives wrong dates for a repeated one (BYDAY=5SU,5SU gives a first
  // Sunday in a month after one without a fifth), where this gives each date once (see above).
  const pick = fc.oneof(
    fc.uniqueArray(fc.tuple(fc.constantFrom('', '1', '2', '3', '4', '5', '-1', '-2', '-5'), fc.constantFrom(...weekdays)).map(([n, d]) => n + d), { minLength: 1, maxLength: 3 })
      .map((byday) => ({ byday })),
    fc.uniqueArray(fc.integer({ min: -31, max: 31 }).filter((d) => d !== 0), { minLength: 1, maxLength: 3 }).map((bymonthday) => ({ bymonthday })),
  );
  const setPos = fc.option(fc.uniqueArray(fc.constantFrom(1, -1), { minLength: 1, maxLength: 2 }), { freq: 3 });
  const iso = (ms: number) => new Date(ms).toISOString();
  it.each([
    ['2025-11-22', '2028-11-22'],
    ['2026-02-01', '2026-03-31'],
  ])('gives the dates ical.js gives from DTSTART, in the window %s to %s', (from, to) => {
    fc.assert(fc.property(
      fc.integer({ min: 0, max: 10_500 }), fc.integer({ min: 0, max: 47 }), fc.boolean(), fc.tuple(pick, setPos).map(([p, s]) => (s && 'byday' in p ? { byday: p.byday.map((d) => d.slice(-2)), bysetpos: s } : p)),
      fc.option(fc.integer({ min: 1, max: 4 })), fc.option(fc.tuple(fc.integer({ min: 0, max: 3_000 }), fc.integer({ min: 0, max: 47 }))),
      fc.option(fc.integer({ min: 1, max: 400 }), { freq: 3 }),
      (startDay, halfHour, dateOnly, parts, interval, untilAfter, count) => {
        let startMs = Date.UTC(2000, 0, 1) + startDay * 86_400_000 + (dateOnly ? 0 : halfHour * 1_800_000);
        let start = dateOnly ? iso(startMs).slice(0, 10) : iso(startMs).slice(0, 16);
        const rule: Record<string, unknown> = { freq: 'MONTHLY', ...parts };
        if (interval !== null) rule.interval = interval;
        if (count !== null) {
          // A count is read from a DTSTART the rule gives (the first date it gives from the one drawn).
          const first = simpleRuleOccurrences(start, rule, start.slice(0, 10), '2040-12-31', 1)?.walls[0];
          fc.pre(first !== undefined);
          start = first as string;
          startMs = Date.parse(`${start.slice(0, 10)}T${start.slice(11) || '00:00'}:00Z`);
          rule.count = count;
        }
        if (untilAfter !== null) {
          const untilMs = Math.floor(startMs / 86_400_000 + untilAfter[0]) * 86_400_000 + untilAfter[1] * 1_800_000;
          rule.until = dateOnly ? iso(untilMs).slice(0, 10) : iso(untilMs).slice(0, 19);
        }
        const ours = simpleRuleOccurrences(start, rule, from, to);
        expect(ours).toBeDefined();
        let iterator: ICAL.RecurIterator;
        try {
          iterator = ICAL.Recur.fromData(rule as never).iterator(dateOnly ? ICAL.Time.fromDateString(start) : ICAL.Time.fromDateTimeString(`${start}:00`));
        } catch (cause) {
          // ical.js cannot start a rule whose first month lacks the 5th weekday asked for
          // ('Malformed values in BYDAY part'): it has no dates to compare with.
          expect(String(cause)).toMatch(/BYDAY/);
          return;
        }
        const theirs = new Set<string>();
        for (let next = iterator.next(); next; next = iterator.next()) {
          const wall = dateOnly ? next.toString().slice(0, 10) : next.toString().slice(0, 16);
          if (wall.slice(0, 10) > to) break;
          if (wall.slice(0, 10) >= from) theirs.add(wall);
        }
        // A DTSTART the rule does not give is undefined in RFC 5545 (ical.js gives it for some
        // rules, not others); the reader keeps it whatever the rule says: compared without it.
        theirs.delete(start);
        // With BYSETPOS, ical.js gives the first matching day of DTSTART's month whatever the
        // position (the last Tuesday from 1 February 2026: the 3rd): that month is left out.
        const compared = (wall: string) => wall !== start && !(rule.bysetpos && wall.slice(0, 7) === start.slice(0, 7));
        for (const wall of theirs) if (!compared(wall)) theirs.delete(wall);
        expect(ours?.walls.filter(compared), `${start} ${JSON.stringify(rule)}`).toEqual([...theirs].sort());
        expect(ours?.walls).toEqual([...new Set(ours?.walls)].sort());
      },
    ), { numRuns: 120 });
  });
});

describe('a calendar of many monthly series is read in full', () => {
  it('costs a step or two a month of the window per series, not ical.js\'s day-by-day search', () => {
    const budget = createBudget();
    const before = budget.stepsLeft;
    const expansion = expandSeries({ wall: '2011-01-11T18:00', zone: 'Europe/Brussels' }, [{ freq: 'MONTHLY', byday: '2TU' }], [], [], { from: '2025-11-30', to: '2028-11-30', cap: 500, budget });
    expect(expansion.starts).toHaveLength(36);
    expect(expansion.stopped).toBeUndefined();
    expect(before - budget.stepsLeft).toBeLessThanOrEqual(80);
  });

  it('drops EXDATEs and keeps the cap per series as the ical.js path does', () => {
    const window = { from: '2026-01-01', to: '2026-12-31', budget: createBudget() };
    const secondTuesday = expandSeries({ wall: '2020-01-14T18:00', zone: 'UTC' }, [{ freq: 'MONTHLY', byday: '2TU' }], [], [{ wall: '2026-02-10T18:00', zone: 'UTC' }], { ...window, cap: 500 });
    expect(secondTuesday.starts.map((s) => s.wall.slice(0, 10))).toEqual(['2026-01-13', '2026-03-10', '2026-04-14', '2026-05-12', '2026-06-09', '2026-07-14', '2026-08-11', '2026-09-08', '2026-10-13', '2026-11-10', '2026-12-08']);
    const everyDay = expandSeries({ wall: '2020-01-01' }, [{ freq: 'MONTHLY', bymonthday: Array.from({ length: 31 }, (_, i) => i + 1) }], [], [], { ...window, cap: 100 });
    expect(everyDay.starts).toHaveLength(100);
    expect(everyDay.capped).toBe(true);
    expect(everyDay.starts.at(-1)?.wall).toBe('2026-04-10');
  });

  it('300 "nth weekday" series started in past years give all their dates, with no budget warning', async () => {
    const names = ['MO', 'TU', 'WE', 'TH', 'FR'];
    const vevent = (i: number) => {
      const day = `20${10 + (i % 15)}01${String(5 + (i % 20)).padStart(2, '0')}`;
      return [
        'BEGIN:VEVENT', `UID:s${i}@example.org`, 'DTSTAMP:20200101T000000Z', `DTSTART:${day}T180000Z`, `DTEND:${day}T190000Z`,
        `RRULE:FREQ=MONTHLY;BYDAY=${1 + (i % 4)}${names[i % 5]}`, `SUMMARY:Language café ${i}`, 'END:VEVENT',
      ].join('\r\n');
    };
    const text = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//example//test//EN', ...Array.from({ length: 300 }, (_, i) => vevent(i)), 'END:VCALENDAR', ''].join('\r\n');
    const result = await parseSource(text, { now: new Date('2026-11-30T10:00:00Z') });
    expect(result.warnings).toEqual([]);
    // Every series began before the window, which holds 36 months: one date each month.
    expect(result.events).toHaveLength(300 * 36);
    const second = result.events.filter((e) => e.id.startsWith('s1@example.org/'));
    expect(second.slice(0, 2).map((e) => e.start.slice(0, 10))).toEqual(['2025-12-09', '2026-01-13']);
  });
});
