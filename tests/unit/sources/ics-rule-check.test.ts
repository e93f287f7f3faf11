/**
 * Rules that can never repeat are set aside before ical.js searches for a date (issue 13), and
 * a long search is cut into slices that change no date: table cases, a day-by-day oracle for
 * the rule check, and generated rules expanded in tiny slices against one unsliced expansion.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createBudget } from '../../../lib/sources/ics-budget.ts';
import { expandSeriesSteps, type Expansion } from '../../../lib/sources/ics-recur.ts';
import { neverRepeats } from '../../../lib/sources/ics-rule-check.ts';
import { parseIcs, readIcs } from '../../../lib/sources/ics.ts';
import type { IcsTime } from '../../../lib/sources/ics-time.ts';
import { cal, vevent } from '../../support/hostile-ics.ts';

const now = new Date('2026-11-22T08:00:00Z');

describe('neverRepeats: rules no date satisfies', () => {
  it.each([
    ['30 February, daily', { freq: 'DAILY', bymonth: 2, bymonthday: 30 }, /no day 30 in February/],
    ['31 February or April, yearly', { freq: 'YEARLY', bymonth: [2, 4], bymonthday: [31, -31] }, /no day 31, -31 in February, April/],
    ['the 13th that is a fifth Friday', { freq: 'MONTHLY', byday: '5FR', bymonthday: 13 }, /never fall on day 13/],
    ['the first Monday of April on the 15th', { freq: 'YEARLY', bymonth: 4, byday: '1MO', bymonthday: 15 }, /never fall on day 15/],
    ['a sixth Monday through BYSETPOS', { freq: 'MONTHLY', byday: 'MO', bysetpos: 6 }, /at most 5/],
    ['the third of two ordinal weekdays', { freq: 'MONTHLY', byday: ['1MO', '-1FR'], bysetpos: [3, -3] }, /at most 2/],
    ['every 20,000 days', { freq: 'DAILY', interval: 20_000 }, /over 10000 days apart/],
    ['every 2,000 weeks', { freq: 'WEEKLY', interval: 2_000 }, /over 10000 days apart/],
  ])('%s', (_name, rule, reason) => {
    expect(neverRepeats(rule)).toMatch(reason);
  });

  it.each([
    ['29 February', { freq: 'YEARLY', bymonth: 2, bymonthday: 29 }],
    ['29 February, hourly', { freq: 'HOURLY', bymonth: 2, bymonthday: 29 }],
    ['the last day of February', { freq: 'YEARLY', bymonth: 2, bymonthday: -29 }],
    ['day 366', { freq: 'YEARLY', byyearday: 366 }],
    ['a fifth Monday', { freq: 'MONTHLY', byday: '5MO' }],
    ['Friday the 13th', { freq: 'MONTHLY', byday: 'FR', bymonthday: 13 }],
    ['the last Friday, when it is the 31st', { freq: 'MONTHLY', byday: '-1FR', bymonthday: 31 }],
    ['the fifth of the weekdays', { freq: 'MONTHLY', byday: ['MO', 'TU', 'WE', 'TH', 'FR'], bysetpos: -5 }],
    ['every 100 years', { freq: 'YEARLY', interval: 100 }],
    ['every 9,000 days', { freq: 'DAILY', interval: 9_000 }],
  ])('%s can happen', (_name, rule) => {
    expect(neverRepeats(rule)).toBeUndefined();
  });
});

describe('through the reader', () => {
  it('a rule that can never repeat keeps only its start, with a warning that says why', () => {
    const parsed = parseIcs(cal(vevent('UID:n\r\nSUMMARY:Never\r\nDTSTART:20261201T100000Z\r\nRRULE:FREQ=MONTHLY;BYDAY=MO;BYSETPOS=6\r\n')), { now });
    expect(parsed.events.map((e) => e.start)).toEqual(['2026-12-01T10:00']);
    expect(parsed.warnings).toEqual(['"Never": its recurrence rule never repeats (BYSETPOS 6 asks for more days than a month has, at most 5); the dates found are kept']);
  });

  it('a rule whose first date ical.js cannot find in a century keeps only its start, with a warning', () => {
    // A sixth Monday in February: the search for its first date is not sliced, so it is capped.
    const parsed = parseIcs(cal(vevent('UID:y\r\nSUMMARY:Sixth\r\nDTSTART:20261201T100000Z\r\nRRULE:FREQ=YEARLY;BYMONTH=2;BYDAY=MO;BYSETPOS=6\r\n')), { now });
    expect(parsed.events.map((e) => e.start)).toEqual(['2026-12-01T10:00']);
    expect(parsed.warnings).toEqual(['"Sixth": its recurrence rule gives no date in the century after its start; the dates found are kept']);
  });

  it('29 February on a Monday every 7 years (a long first search) is not cut', () => {
    const parsed = parseIcs(cal(vevent('UID:m\r\nSUMMARY:Rare\r\nDTSTART:20240229T100000Z\r\nRRULE:FREQ=YEARLY;INTERVAL=7;BYMONTH=2;BYMONTHDAY=29;BYDAY=MO\r\n')), { now });
    expect(parsed.warnings).toEqual([]);
  });

  it.each([
    ['yearly', 'FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29', '20240229T190000Z', ['2028-02-29T19:00']],
    ['daily', 'FREQ=DAILY;BYMONTH=2;BYMONTHDAY=29', '20261201T190000Z', ['2026-12-01T19:00', '2028-02-29T19:00']],
    // 15 months of hours searched by one next() of ical.js: many slices.
    ['hourly at 19:00', 'FREQ=HOURLY;BYMONTH=2;BYMONTHDAY=29;BYHOUR=19', '20261201T190000Z', ['2026-12-01T19:00', '2028-02-29T19:00']],
  ])('29 February, %s, keeps its leap-year date in the window', (_name, rule, start, starts) => {
    const parsed = parseIcs(cal(vevent(`UID:l\r\nSUMMARY:Leap\r\nDTSTART:${start}\r\nRRULE:${rule}\r\n`)), { now });
    expect(parsed.events.map((e) => e.start)).toEqual(starts);
    expect(parsed.warnings).toEqual([]);
  });
});

const LENGTH = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const WEEKDAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];

/** Whether some day of 2000-2059 (every weekday and leap pattern) is in the rule's set, read as RFC 5545 says. */
function someDay(rule: { freq: string; bymonth?: number[]; bymonthday?: number[]; byday?: string[]; bysetpos?: number[] }): boolean {
  for (let y = 2000; y < 2060; y++) {
    for (let m = 1; m <= 12; m++) {
      if (rule.bymonth && !rule.bymonth.includes(m)) continue;
      const length = LENGTH(y, m);
      const set: number[] = [];
      for (let d = 1; d <= length; d++) {
        if (rule.bymonthday && !rule.bymonthday.some((v) => (v > 0 ? v === d : length + v + 1 === d))) continue;
        const weekday = WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()];
        const byday = rule.byday?.some((entry) => {
          const [, n = '', w] = /^([+-]?\d*)(\w\w)$/.exec(entry) ?? [];
          if (w !== weekday) return false;
          const ord = Number(n || 0);
          return ord === 0 || (ord > 0 ? Math.ceil(d / 7) === ord : Math.floor((length - d) / 7) + 1 === -ord);
        });
        if (rule.byday && !byday) continue;
        set.push(d);
      }
      const chosen = rule.bysetpos ? rule.bysetpos.some((p) => set[p > 0 ? p - 1 : set.length + p] !== undefined) : set.length > 0;
      if (chosen) return true;
    }
  }
  return false;
}

const dayEntry = fc.tuple(fc.integer({ min: -5, max: 5 }), fc.constantFrom(...WEEKDAYS)).map(([n, w]) => (n === 0 ? w : `${n}${w}`));
const monthDay = fc.integer({ min: -31, max: 31 }).filter((d) => d !== 0);
const dayRule = fc.record(
  {
    freq: fc.constantFrom('MONTHLY', 'YEARLY'),
    bymonth: fc.uniqueArray(fc.integer({ min: 1, max: 12 }), { minLength: 1, maxLength: 3 }),
    bymonthday: fc.uniqueArray(monthDay, { minLength: 1, maxLength: 3 }),
    byday: fc.uniqueArray(dayEntry, { minLength: 1, maxLength: 3 }),
    bysetpos: fc.uniqueArray(fc.integer({ min: -7, max: 7 }).filter((p) => p !== 0), { minLength: 1, maxLength: 2 }),
  },
  { requiredKeys: ['freq'] },
).map((r) => {
  // What the check reads as month-relative: MONTHLY, or YEARLY with BYMONTH; BYSETPOS only on a MONTHLY BYDAY rule.
  const rule = { ...r };
  if (rule.freq === 'YEARLY' && !rule.bymonth) rule.bymonth = [1 + ((rule.bymonthday?.[0] ?? 1) + 31) % 12];
  if (rule.freq !== 'MONTHLY' || !rule.byday || rule.bymonthday) delete rule.bysetpos;
  return rule;
});

describe('neverRepeats is never wrong about a rule that can happen', () => {
  it('each rule it sets aside has no day in 60 years (a day-by-day scan)', () => {
    let setAside = 0;
    fc.assert(
      fc.property(dayRule, (rule) => {
        if (!neverRepeats(rule)) return;
        setAside++;
        expect(someDay(rule)).toBe(false);
      }),
      { numRuns: 400 },
    );
    // Not a property that holds for want of examples.
    expect(setAside).toBeGreaterThan(10);
  });
});

function expand(rule: Record<string, unknown>, start: IcsTime, sliceSteps: number): { expansion: Expansion; yields: number } {
  const steps = expandSeriesSteps(start, [rule], [], [], { from: '2026-01-01', to: '2026-12-31', cap: 60, budget: createBudget(), seriesSteps: 6_000, sliceSteps });
  let yields = 0;
  for (;;) {
    const next = steps.next();
    if (next.done) return { expansion: next.value, yields };
    yields++;
  }
}

const anyRule = fc.record(
  {
    freq: fc.constantFrom('SECONDLY', 'MINUTELY', 'HOURLY', 'DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY'),
    interval: fc.integer({ min: 1, max: 3 }),
    count: fc.integer({ min: 1, max: 40 }),
    bymonth: fc.uniqueArray(fc.integer({ min: 1, max: 12 }), { minLength: 1, maxLength: 3 }),
    bymonthday: fc.uniqueArray(monthDay, { minLength: 1, maxLength: 2 }),
    byday: fc.uniqueArray(fc.constantFrom(...WEEKDAYS), { minLength: 1, maxLength: 3 }),
    byhour: fc.uniqueArray(fc.integer({ min: 0, max: 23 }), { minLength: 1, maxLength: 2 }),
    byminute: fc.uniqueArray(fc.integer({ min: 0, max: 59 }), { minLength: 1, maxLength: 2 }),
    bysetpos: fc.uniqueArray(fc.integer({ min: -3, max: 3 }).filter((p) => p !== 0), { minLength: 1, maxLength: 1 }),
  },
  { requiredKeys: ['freq'] },
);
const startWall = fc.date({ min: new Date('2025-06-01T00:00:00Z'), max: new Date('2026-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 16));

describe('a long search cut into slices gives the same dates', () => {
  it('an hourly rule for 29 February: one next() over 455 days, in slices of 10 steps', () => {
    const rule = { freq: 'HOURLY', bymonth: [2], bymonthday: [29], byhour: [19] };
    const start = { wall: '2026-12-01T19:00', zone: 'UTC' };
    const whole = expandSeriesSteps(start, [rule], [], [], { from: '2026-01-01', to: '2028-12-31', cap: 60, budget: createBudget(), sliceSteps: 10 });
    let yields = 0;
    let result: Expansion;
    for (;;) {
      const next = whole.next();
      if (next.done) {
        result = next.value;
        break;
      }
      yields++;
    }
    expect(result.starts.map((s) => s.wall)).toEqual(['2026-12-01T19:00', '2028-02-29T19:00']);
    expect(yields).toBeGreaterThan(40);
  });

  it.each([
    ['minutely, until the budget is spent', 'FREQ=MINUTELY;BYMONTH=2;BYMONTHDAY=29'],
    ['hourly, 15 months away', 'FREQ=HOURLY;BYMONTH=2;BYMONTHDAY=29'],
    ['secondly, in minute 5 of each hour', 'FREQ=SECONDLY;BYMINUTE=5'],
  ])('the browser reader does at most a slice of rule steps between two pauses: %s', async (_name, rule) => {
    const text = cal(Array.from({ length: 5 }, (_, i) => vevent(`UID:r${i}\r\nSUMMARY:Rare\r\nDTSTART:20261201T190000Z\r\nRRULE:${rule}\r\n`)).join(''));
    // The budget reads its clock once every 256 rule steps: reads between two pauses count the steps, on any machine.
    let reads = 0;
    let most = 0;
    let pauses = 0;
    const clock = () => {
      reads++;
      return 0;
    };
    const pause = () => {
      most = Math.max(most, reads);
      reads = 0;
      pauses++;
      return Promise.resolve();
    };
    const parsed = await readIcs(text, { now, budget: { clock } }, pause);
    most = Math.max(most, reads);
    expect(parsed.events.length).toBeGreaterThan(0);
    expect(pauses).toBeGreaterThan(20);
    // A slice is 2,000 steps (some 8 reads); one next() of ical.js left whole would be up to 50,000 (some 200).
    expect(most).toBeLessThanOrEqual(12);
  });

  it('generated rules, in slices of 1 to 40 steps, give what one slice gives', () => {
    fc.assert(
      fc.property(anyRule, startWall, fc.integer({ min: 1, max: 40 }), (rule, wall, sliceSteps) => {
        const start = { wall, zone: 'UTC' };
        const sliced = expand(rule, start, sliceSteps);
        const whole = expand(rule, start, 1e12);
        expect(whole.yields).toBe(0);
        expect(sliced.expansion).toEqual(whole.expansion);
      }),
      { numRuns: 150 },
    );
  });
});
