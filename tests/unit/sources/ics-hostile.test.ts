/**
 * Hostile iCalendar inputs (issue 13), generated here rather than committed: each must end
 * within 2 s of CPU with events or a typed error, and say what it dropped.
 */
import { describe, expect, it } from 'vitest';
import { InclusioError } from '../../../lib/model/errors.ts';
import { DEFAULT_LIMITS } from '../../../lib/sources/ics-budget.ts';
import { parseIcs, readIcs } from '../../../lib/sources/ics.ts';
import type { ParsedSource } from '../../../lib/sources/types.ts';
import { cpuMs } from './cpu.ts';
import { cal, repeat, vevent, zoneRules } from '../../support/hostile-ics.ts';

const now = new Date('2026-11-22T08:00:00Z');

interface Case {
  name: string;
  text: () => string;
  /** What the result must show: events kept, and a warning saying what was cut. */
  check: (parsed: ParsedSource) => void;
}

const cases: Case[] = [
  {
    name: '100 events repeating every second since 1970, no end',
    text: () => cal(repeat(100, (i) => vevent(`UID:s${i}\r\nSUMMARY:Tick ${i}\r\nDTSTART:19700101T000000Z\r\nRRULE:FREQ=SECONDLY\r\n`))),
    check: (p) => {
      expect(p.events.length).toBeGreaterThan(0);
      expect(p.events.every((e) => e.start >= '2025-11-22')).toBe(true);
    },
  },
  {
    name: 'one event with 2,000 RRULE lines',
    text: () => cal(vevent(`UID:r\r\nSUMMARY:Rules\r\nDTSTART:20261201T100000Z\r\n${repeat(2000, (i) => `RRULE:FREQ=SECONDLY;BYSECOND=${i % 60};BYMINUTE=${i % 60}\r\n`)}`)),
    check: (p) => {
      expect(p.events.length).toBeGreaterThan(0);
      expect(p.warnings.join()).toMatch(/2000 RRULE lines; only the first 8/);
    },
  },
  {
    name: 'a VTIMEZONE whose rules repeat every second (445 bytes)',
    text: () => cal(zoneRules('SECONDLY') + vevent('UID:z\r\nSUMMARY:Zoned\r\nDTSTART;TZID=Hostile Zone:20261201T100000\r\n')),
    check: (p) => {
      expect(p.events[0]).toMatchObject({ start: '2026-12-01T09:00', timeZone: 'UTC' });
      expect(p.warnings.join()).toMatch(/Hostile Zone.*standard offset \+01:00/);
    },
  },
  {
    name: 'a VTIMEZONE whose rules repeat every day',
    text: () => cal(zoneRules('DAILY') + vevent('UID:z\r\nSUMMARY:Zoned\r\nDTSTART;TZID=Hostile Zone:20260701T100000\r\n')),
    check: (p) => {
      expect(p.events[0]).toMatchObject({ start: '2026-07-01T09:00' });
      expect(p.warnings.join()).toMatch(/Hostile Zone/);
    },
  },
  {
    name: 'a yearly VTIMEZONE rule no year satisfies',
    text: () => cal(zoneRules('YEARLY;BYMONTH=2;BYMONTHDAY=30') + vevent('UID:z\r\nSUMMARY:Zoned\r\nDTSTART;TZID=Hostile Zone:20260701T100000\r\n')),
    check: (p) => {
      expect(p.events).toHaveLength(1);
      expect(p.warnings.join()).toMatch(/Hostile Zone.*never repeat \(there is no day 30 in February\).*standard offset \+01:00/);
    },
  },
  {
    name: '200 time zones of the calendar\'s own under unknown names, each used once (each read through ical.js)',
    text: () => cal(repeat(200, (i) => zoneRules('YEARLY').replace('Hostile Zone', `Zone ${i}`)) + repeat(200, (i) => vevent(`UID:z${i}\r\nSUMMARY:Zoned ${i}\r\nDTSTART;TZID=Zone ${i}:20261201T100000\r\n`))),
    check: (p) => {
      expect(p.events).toHaveLength(200);
      // The first ones are matched to the IANA zone with the same clock; the rest read through their own rules.
      expect(p.events[0]).toMatchObject({ start: '2026-12-01T10:00', timeZone: 'Europe/Berlin' });
      expect(p.events[199]?.start).toBeDefined();
    },
  },
  {
    name: '10,000 identical VEVENTs without UID',
    text: () => cal(repeat(10_000, () => vevent('SUMMARY:Same\r\nDTSTART:20261201T100000Z\r\nDESCRIPTION:Same text\r\n'))),
    check: (p) => {
      expect(p.events).toHaveLength(10_000);
      expect(new Set(p.events.map((e) => e.id)).size).toBe(10_000);
    },
  },
  {
    name: '200,000 EXDATE values on one line',
    text: () => cal(vevent(`UID:x\r\nSUMMARY:Weekly\r\nDTSTART:20261201T100000Z\r\nRRULE:FREQ=WEEKLY;COUNT=10\r\nEXDATE:${repeat(200_000, (i) => `${i ? ',' : ''}2026${String((i % 12) + 1).padStart(2, '0')}01T100000Z`)}\r\n`)),
    check: (p) => expect(p.events.length).toBe(9),
  },
  {
    name: '200,000 RDATE values on one line',
    text: () => cal(vevent(`UID:x\r\nSUMMARY:Dates\r\nDTSTART:20261201T100000Z\r\nRDATE:${repeat(200_000, (i) => `${i ? ',' : ''}${1900 + (i % 200)}0101T100000Z`)}\r\n`)),
    check: (p) => expect(p.events.length).toBeGreaterThan(0),
  },
  {
    name: 'a daily rule no day satisfies (30 February)',
    text: () => cal(vevent('UID:f\r\nSUMMARY:Never\r\nDTSTART:20261201T100000Z\r\nRRULE:FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30\r\n')),
    check: (p) => {
      expect(p.events.map((e) => e.start)).toEqual(['2026-12-01T10:00']);
      // Told from the rule alone, before any search.
      expect(p.warnings).toEqual(['"Never": its recurrence rule never repeats (there is no day 30 in February); the dates found are kept']);
    },
  },
  {
    name: 'an hourly rule for 29 February, 15 months away (a long search inside ical.js)',
    text: () => cal(vevent('UID:l\r\nSUMMARY:Leap\r\nDTSTART:20261201T100000Z\r\nRRULE:FREQ=HOURLY;BYMONTH=2;BYMONTHDAY=29;BYHOUR=10\r\n')),
    check: (p) => {
      expect(p.events.map((e) => e.start)).toEqual(['2026-12-01T10:00', '2028-02-29T10:00']);
      expect(p.warnings).toEqual([]);
    },
  },
  {
    name: 'a secondly rule with a billion occurrences counted from 1970',
    text: () => cal(vevent('UID:c\r\nSUMMARY:Counted\r\nDTSTART:19700101T000000Z\r\nRRULE:FREQ=SECONDLY;COUNT=1000000000;BYMINUTE=5\r\n')),
    check: (p) => expect(p.warnings.join()).toMatch(/cut short|budget/),
  },
  {
    name: '500 series each with a rule no day satisfies (each set aside before any search)',
    text: () => cal(repeat(500, (i) => vevent(`UID:n${i}\r\nSUMMARY:Never ${i}\r\nDTSTART:20261201T100000Z\r\nRRULE:FREQ=HOURLY;BYMONTH=2;BYMONTHDAY=31\r\n`))),
    check: (p) => {
      expect(p.events).toHaveLength(500);
      expect(p.warnings.filter((w) => /never repeats \(there is no day 31 in February\)/.test(w))).toHaveLength(200);
    },
  },
  {
    name: '500 series each with a minutely rule for 29 February (the source budget runs out once)',
    text: () => cal(repeat(500, (i) => vevent(`UID:m${i}\r\nSUMMARY:Rare ${i}\r\nDTSTART:20261201T100000Z\r\nRRULE:FREQ=MINUTELY;BYMONTH=2;BYMONTHDAY=29\r\n`))),
    check: (p) => {
      expect(p.events).toHaveLength(500);
      expect(p.warnings[0]).toMatch(/budget/);
    },
  },
  {
    name: '200 series each with a monthly rule for the last weekday (every day of every month tried)',
    text: () => cal(repeat(200, (i) => vevent(`UID:w${i}\r\nSUMMARY:Last ${i}\r\nDTSTART:19700130T100000Z\r\nRRULE:FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1\r\n`))),
    check: (p) => expect(p.events.length).toBeGreaterThan(200),
  },
  {
    name: '100 series each with a daily rule 20,000 days apart (ical.js walks the gap a day at a time)',
    text: () => cal(repeat(100, (i) => vevent(`UID:g${i}\r\nSUMMARY:Gap ${i}\r\nDTSTART:20261201T100000Z\r\nRRULE:FREQ=DAILY;INTERVAL=20000000\r\n`))),
    check: (p) => {
      expect(p.events).toHaveLength(100);
      expect(p.warnings[0]).toMatch(/over 10000 days apart/);
    },
  },
  {
    name: '100,000 nested unknown components',
    text: () => cal(`${repeat(100_000, () => 'BEGIN:X-NEST\r\n')}${repeat(100_000, () => 'END:X-NEST\r\n')}${vevent('UID:n\r\nSUMMARY:After\r\nDTSTART:20261201T100000Z\r\n')}`),
    check: () => undefined,
  },
  {
    name: '40,000 nested components closed by another name, after junk (the repair path)',
    text: () => cal(`junk\r\n${repeat(40_000, () => 'BEGIN:X-A\r\n')}${repeat(40_000, () => 'END:X-B\r\n')}${vevent('UID:n\r\nSUMMARY:After\r\nDTSTART:20261201T100000Z\r\n')}`),
    check: () => undefined,
  },
  {
    name: '100,000 unclosed VEVENTs',
    text: () => cal(repeat(100_000, (i) => `BEGIN:VEVENT\r\nUID:u${i}\r\nSUMMARY:Open\r\nDTSTART:20261201T100000Z\r\n`)),
    check: (p) => {
      expect(p.events.length).toBe(20_000);
      expect(p.warnings.join()).toMatch(/more than 20000 events/);
    },
  },
  {
    name: 'a 4 MB parameter list (ical.js looks for the value again after each parameter)',
    text: () => cal(vevent(`UID:p\r\nSUMMARY${repeat(300_000, (i) => `;X-P${i}=v`)}:Params\r\nDTSTART:20261201T100000Z\r\n`)),
    check: (p) => {
      expect(p.events).toHaveLength(1);
      expect(p.warnings.join()).toMatch(/more than 64 parameters, skipped/);
    },
  },
  {
    name: 'a parameter list folded over 100,000 lines',
    text: () => cal(vevent(`UID:p\r\nDTSTART:20261201T100000Z\r\nSUMMARY${repeat(100_000, () => '\r\n ;X="a:b";Y=c')}:Folded\r\n`)),
    check: (p) => expect(p.events).toHaveLength(1),
  },
  {
    name: 'a summary folded over 200,000 lines',
    text: () => cal(vevent(`UID:l\r\nSUMMARY:Long${repeat(200_000, () => '\r\n  word')}\r\nDTSTART:20261201T100000Z\r\n`)),
    check: (p) => expect(p.events[0]?.title.length).toBeLessThanOrEqual(501),
  },
  {
    name: 'a description of 80,000 unclosed "<p " (one pass to tell it is not HTML)',
    text: () => cal(vevent(`UID:h\r\nSUMMARY:${'<a '.repeat(80_000)}\r\nDESCRIPTION:${'<p '.repeat(80_000)}\r\nLOCATION:${'<p '.repeat(80_000)}\r\nDTSTART:20261201T100000Z\r\n`)),
    check: (p) => expect(p.events).toHaveLength(1),
  },
  {
    name: '9,000 UTC events in 9,000 different years, shown on the calendar\'s clock',
    text: () => `BEGIN:VCALENDAR\r\nX-WR-TIMEZONE:Europe/Berlin\r\n${repeat(9_000, (i) => vevent(`UID:y${i}\r\nSUMMARY:Year\r\nDTSTART:${String(1000 + i).padStart(4, '0')}0601T100000Z\r\n`))}END:VCALENDAR\r\n`,
    check: (p) => {
      expect(p.events).toHaveLength(9_000);
      expect(p.events.find((e) => e.id === 'y1026')).toMatchObject({ start: '2026-06-01T12:00', timeZone: 'Europe/Berlin' });
    },
  },
  {
    name: '100,000 lines that are not iCalendar',
    text: () => cal(`${repeat(100_000, (i) => `junk line ${i} without a colon\r\n`)}${vevent('UID:j\r\nSUMMARY:Kept\r\nDTSTART:20261201T100000Z\r\n')}`),
    check: (p) => {
      expect(p.events.map((e) => e.title)).toEqual(['Kept']);
      expect(p.warnings.length).toBeLessThanOrEqual(201);
    },
  },
  {
    name: '3,000 series since 1970 each with 8 monthly rules for every day of the month (computed directly, not by ical.js)',
    text: () => {
      const everyDay = (sign: number) => Array.from({ length: 31 }, (_, d) => sign * (d + 1)).join(',');
      const rules = repeat(8, (k) => `RRULE:FREQ=MONTHLY;BYMONTHDAY=${everyDay(k % 2 ? -1 : 1)}\r\n`);
      return cal(repeat(3_000, (i) => vevent(`UID:d${i}\r\nSUMMARY:Daily ${i}\r\nDTSTART:19700101T100000Z\r\n${rules}`)));
    },
    check: (p) => {
      expect(p.events).toHaveLength(20_000);
      expect(p.warnings.join()).toMatch(/more than 20000 events/);
      expect(p.warnings.join()).toMatch(/"Daily 0" repeats more than 500 times/);
    },
  },
  {
    name: '30,000 versions of one UID',
    text: () => cal(repeat(30_000, (i) => vevent(`UID:v\r\nSEQUENCE:${i}\r\nSUMMARY:Version ${i}\r\nDTSTART:20261201T100000Z\r\n`))),
    check: (p) => expect(p.events.map((e) => e.title)).toEqual(['Version 29999']),
  },
];

describe('parseIcs on hostile input: bounded, with a result or a typed error', () => {
  it.each(cases)('$name', ({ text, check }) => {
    const input = text();
    let parsed: ParsedSource | undefined;
    const ms = cpuMs(() => {
      try {
        parsed = parseIcs(input, { now });
      } catch (error) {
        expect(error).toBeInstanceOf(InclusioError);
        expect(String((error as Error).message)).not.toMatch(/\n\s+at /);
      }
    });
    if (process.env.ICS_HOSTILE_TIMES) console.log(`${Math.round(ms)} ms CPU`);
    // Bounded by the reader's own promise: it stops at its time budget (checked on its clock),
    // whatever the machine's speed. The costliest cases here spend their step budget first, in
    // 1-2.5 s of CPU depending on the machine; an unbounded one would take minutes.
    expect(ms).toBeLessThan(DEFAULT_LIMITS.ms);
    if (parsed) check(parsed);
  });
});

/** CPU ms of this process, to time the slices between two pauses on a loaded machine. */
const cpuNow = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/** CPU one slice of the browser's reading may take: the page gets the main thread at least this often. */
const SLICE_MS = 300;

describe('readIcs (the browser path) yields between slices and reads what parseIcs reads', () => {
  it.each(cases)('$name', async ({ text }) => {
    const input = text();
    let sync: ParsedSource | undefined;
    try {
      sync = parseIcs(input, { now });
    } catch {
      await expect(readIcs(input, { now }, () => Promise.resolve())).rejects.toBeInstanceOf(InclusioError);
      return;
    }
    const slices: number[] = [];
    let sliceStart = cpuNow();
    // Pauses at every chance, as a page does once its frame budget is spent.
    const pause = () => {
      slices.push(cpuNow() - sliceStart);
      return Promise.resolve().then(() => void (sliceStart = cpuNow()));
    };
    const paged = await readIcs(input, { now }, pause);
    slices.push(cpuNow() - sliceStart);
    if (process.env.ICS_HOSTILE_TIMES) console.log(`${slices.length} slices, longest ${Math.round(Math.max(...slices))} ms CPU`);
    // Read in one go, the costliest of these take 0.7-1.2 s of CPU here; sliced, a few ms to ~140 ms
    // (one ical.js call: a series' share of steps, or a 128 KB piece). Bound generous for loaded machines.
    expect(Math.max(...slices), 'longest slice, ms of CPU').toBeLessThan(SLICE_MS);
    expect(paged.events.map((e) => e.id)).toEqual(sync.events.map((e) => e.id));
    expect(paged.warnings).toEqual(sync.warnings);
  });
});
