import fc from 'fast-check';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { eventsToIcs } from '../../../lib/calendar/ics.ts';
import { ValidationError } from '../../../lib/model/errors.ts';
import type { InclusionEvent } from '../../../lib/model/event.ts';
import { utcToZonedWallTime, zonedWallTimeToUtc } from '../../../lib/time/zoned.ts';
import { fixture, fixtureEvents } from './fixtures.ts';

const now = new Date('2026-11-22T08:15:30Z');

function parse(ics: string) {
  const cal = new ICAL.Component(ICAL.parse(ics));
  const zones = new Map<string, ICAL.Timezone>();
  for (const vtz of cal.getAllSubcomponents('vtimezone')) {
    const tz = new ICAL.Timezone(vtz);
    zones.set(tz.tzid, tz);
  }
  const events = new Map<string, ICAL.Component>();
  for (const ve of cal.getAllSubcomponents('vevent')) events.set(String(ve.getFirstPropertyValue('uid')), ve);
  return { cal, zones, events };
}

/** The instant of a DTSTART/DTEND property, resolved through the file's own VTIMEZONE. */
function instant(ve: ICAL.Component, name: 'dtstart' | 'dtend', zones: Map<string, ICAL.Timezone>): string {
  const prop = ve.getFirstProperty(name)!;
  const time = (prop.getFirstValue() as ICAL.Time).clone();
  const tzid = prop.getParameter('tzid') as string | undefined;
  if (tzid) time.zone = zones.get(tzid)!;
  return time.toJSDate().toISOString();
}

const ics = eventsToIcs([...fixtureEvents], { name: 'Inclusion events', description: 'Events of the network', url: 'https://network.example/feed.ics', now });
const { cal, zones, events } = parse(ics);
const prop = (uid: string, name: string) => events.get(`${uid}@inclusio`)!.getFirstProperty(name);

describe('eventsToIcs: the calendar', () => {
  it('is RFC 5545 framed: CRLF lines, folded at 75 octets, PRODID, VERSION', () => {
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Inclusio//Inclusio events//EN\r\n')).toBe(true);
    expect(ics.endsWith('END:VCALENDAR')).toBe(true);
    for (const line of ics.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(ics.replaceAll('\r\n', '')).not.toMatch(/\r|\n/);
  });
  it('names the calendar', () => {
    expect(cal.getFirstPropertyValue('x-wr-calname')).toBe('Inclusion events');
    expect(cal.getFirstPropertyValue('x-wr-caldesc')).toBe('Events of the network');
  });
  it('has every event once, with UID = id@inclusio and DTSTAMP in UTC', () => {
    expect([...events.keys()].sort()).toEqual(fixtureEvents.map((e) => `${e.id}@inclusio`).sort());
    const stamps = ics.split('\r\n').filter((l) => l.startsWith('DTSTAMP'));
    expect(stamps).toHaveLength(fixtureEvents.length);
    for (const s of stamps) expect(s).toBe('DTSTAMP:20261122T081530Z');
  });
  it('uses the Unix epoch as DTSTAMP when no `now` is given (lib never reads the clock)', () => {
    expect(eventsToIcs([fixture('utc')])).toContain('DTSTAMP:19700101T000000Z');
  });
});

describe('eventsToIcs: times', () => {
  const cases: Array<[string, { start: string; end?: string | null; tzid?: string; date?: boolean; startUtc?: string; endUtc?: string }]> = [
    ['allday-single', { start: '20261210', end: null, date: true }],
    ['allday-multi', { start: '20270324', end: '20270327', date: true }],
    ['brussels-winter', { start: '20261203T100000', end: '20261203T160000', tzid: 'Europe/Brussels', startUtc: '2026-12-03T09:00:00.000Z', endUtc: '2026-12-03T15:00:00.000Z' }],
    ['brussels-summer', { start: '20270705T093000', end: '20270709T170000', tzid: 'Europe/Brussels', startUtc: '2027-07-05T07:30:00.000Z', endUtc: '2027-07-09T15:00:00.000Z' }],
    ['brussels-dst', { start: '20261024T220000', end: '20261025T060000', tzid: 'Europe/Brussels', startUtc: '2026-10-24T20:00:00.000Z', endUtc: '2026-10-25T05:00:00.000Z' }],
    ['kyiv', { start: '20270216T150000', end: '20270216T163000', tzid: 'Europe/Kyiv', startUtc: '2027-02-16T13:00:00.000Z', endUtc: '2027-02-16T14:30:00.000Z' }],
    ['utc', { start: '20261208T130000Z', end: '20261208T143000Z' }],
    ['floating', { start: '20261215T180000', end: '20261215T200000' }],
    ['with-deadline', { start: '20270112T170000', end: null, tzid: 'Europe/Madrid', startUtc: '2027-01-12T16:00:00.000Z' }],
  ];
  it.each(cases)('%s', (id, want) => {
    const lines = ics.split('\r\n');
    const from = lines.indexOf(`UID:${id}@inclusio`);
    const block = lines.slice(from, lines.indexOf('END:VEVENT', from));
    const line = (name: string) => block.find((l) => l.startsWith(`${name}:`) || l.startsWith(`${name};`));
    const param = want.tzid ? `;TZID=${want.tzid}` : want.date ? ';VALUE=DATE' : '';
    expect(line('DTSTART')).toBe(`DTSTART${param}:${want.start}`);
    expect(line('DTEND')).toBe(want.end === null ? undefined : `DTEND${param}:${want.end}`);
    const ve = events.get(`${id}@inclusio`)!;
    if (want.startUtc) expect(instant(ve, 'dtstart', zones)).toBe(want.startUtc);
    if (want.endUtc) expect(instant(ve, 'dtend', zones)).toBe(want.endUtc);
    if (want.date) expect((ve.getFirstPropertyValue('dtstart') as ICAL.Time).isDate).toBe(true);
  });
  it('has a VTIMEZONE for each zone used, with the right offsets on both sides of DST', () => {
    expect([...zones.keys()].sort()).toEqual(['Europe/Berlin', 'Europe/Brussels', 'Europe/Kyiv', 'Europe/Madrid']);
    const bxl = zones.get('Europe/Brussels')!;
    const offset = (iso: string) => bxl.utcOffset(ICAL.Time.fromDateTimeString(iso));
    expect(offset('2026-12-03T10:00:00')).toBe(3600);
    expect(offset('2026-10-24T22:00:00')).toBe(7200);
    expect(offset('2026-10-25T06:00:00')).toBe(3600);
    expect(offset('2027-03-28T01:30:00')).toBe(3600);
    expect(offset('2027-03-28T03:30:00')).toBe(7200);
    expect(offset('2027-07-05T09:30:00')).toBe(7200);
    expect(zones.get('Europe/Kyiv')!.utcOffset(ICAL.Time.fromDateTimeString('2027-02-16T15:00:00'))).toBe(7200);
  });
  it('writes the same file whatever the zone of the machine', () => {
    const before = process.env.TZ;
    try {
      process.env.TZ = 'America/Los_Angeles';
      const a = eventsToIcs([...fixtureEvents], { now });
      process.env.TZ = 'Asia/Tokyo';
      const b = eventsToIcs([...fixtureEvents], { now });
      expect(a).toBe(b);
    } finally {
      if (before === undefined) delete process.env.TZ;
      else process.env.TZ = before;
    }
  });
});

describe('eventsToIcs: fields', () => {
  it('STATUS, URL, LOCATION, CATEGORIES', () => {
    expect(prop('cancelled', 'status')!.getFirstValue()).toBe('CANCELLED');
    expect(prop('kyiv', 'status')!.getFirstValue()).toBe('CONFIRMED');
    expect(prop('brussels-winter', 'url')!.getFirstValue()).toBe('https://network.example/events/job-fair');
    expect(prop('brussels-winter', 'location')!.getFirstValue()).toBe('Tour & Taxis, Avenue du Port 86C, Brussels, BE');
    expect(prop('allday-multi', 'categories')!.getValues()).toEqual(['policy-funding', 'social-inclusion']);
  });
  it('DESCRIPTION carries the text, online link, registration and deadline', () => {
    expect(prop('with-deadline', 'description')!.getFirstValue()).toBe(
      'Kick-off of the six-month mentoring programme.\n\nRegistration: https://forms.example/mentoring\nRegistration deadline: 2027-01-05\nOrganiser: Fundación Acoge',
    );
    const long = String(prop('long-unicode', 'description')!.getFirstValue());
    expect(long.startsWith(fixture('long-unicode').description!.trim())).toBe(true);
    expect(long.endsWith('Online: https://stream.example/forum-soins')).toBe(true);
    expect(prop('long-unicode', 'summary')!.getFirstValue()).toBe(fixture('long-unicode').title);
  });
  it('invents no ORGANIZER address and passes no non-http link', () => {
    expect(ics).not.toMatch(/ORGANIZER|mailto:/);
    const bad = eventsToIcs([{ ...fixture('floating'), url: 'javascript:alert(1)', onlineUrl: 'data:,x' }], { now });
    expect(bad).not.toMatch(/javascript|data:/);
  });
  it('rejects an event without a valid start with a typed error naming it', () => {
    const bad = { ...fixture('floating'), start: '2026-02-30' };
    expect(() => eventsToIcs([fixture('utc'), bad], { now })).toThrow(ValidationError);
    expect(() => eventsToIcs([fixture('utc'), bad], { now })).toThrow(/events\[1\]\.start/);
  });
  it('gives an empty calendar for no events', () => {
    expect(parse(eventsToIcs([], { now })).events.size).toBe(0);
  });
});

function occursTwice(wall: string, zone: string): boolean {
  const t = zonedWallTimeToUtc(wall, zone).getTime();
  return [30, 60, 120].some((m) => utcToZonedWallTime(new Date(t + m * 60_000), zone) === wall);
}

describe('eventsToIcs: round trip through ical.js', () => {
  const zoneArb = fc.constantFrom(undefined, 'UTC', 'Europe/Brussels', 'Europe/Kyiv', 'America/New_York', 'Asia/Kolkata', 'Australia/Lord_Howe');
  const text = fc.string({ unit: fc.constantFrom('a', 'Z', ' ', ',', ';', '\\', ':', 'é', 'ї', 'ب', '😀', '"'), minLength: 1, maxLength: 120 });
  const arbEvent = fc
    .record({
      n: fc.nat(),
      title: text,
      description: fc.option(text, { nil: undefined }),
      day: fc.integer({ min: 0, max: 3 * 365 }),
      minutes: fc.option(fc.integer({ min: 0, max: 24 * 60 - 1 }), { nil: undefined }),
      length: fc.integer({ min: 0, max: 3 * 24 * 60 }),
      zone: zoneArb,
      city: fc.option(text, { nil: undefined }),
    })
    .map(({ n, title, description, day, minutes, length, zone, city }): InclusionEvent => {
      const d = new Date(Date.UTC(2026, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);
      const allDay = minutes === undefined;
      const startMs = Date.parse(`${d}T00:00:00Z`) + (minutes ?? 0) * 60_000;
      const start = allDay ? d : new Date(startMs).toISOString().slice(0, 16);
      const end = allDay ? new Date(startMs + Math.floor(length / 1440) * 86_400_000).toISOString().slice(0, 10) : new Date(startMs + (length + 1) * 60_000).toISOString().slice(0, 16);
      return {
        id: `ev-${n}`, title, start, end, allDay, mode: 'unknown', topics: [], status: 'scheduled',
        relevance: { score: 0, relevant: false, reasons: [] }, source: { format: 'json' },
        ...(description ? { description } : {}), ...(zone && !allDay ? { timeZone: zone } : {}), ...(city ? { location: { city } } : {}),
      };
    });
  it('keeps title, start, end, zone and place', () => {
    fc.assert(
      fc.property(fc.array(arbEvent, { minLength: 1, maxLength: 8 }), (generated) => {
        const list = generated.map((e, i) => ({ ...e, id: `ev-${i}` }));
        const { zones: z, events: parsed } = parse(eventsToIcs(list, { now }));
        list.forEach((e) => {
          const ve = [...parsed.values()].find((v) => v.getFirstPropertyValue('uid') === `${e.id}@inclusio`)!;
          expect(ve.getFirstPropertyValue('summary')).toBe(e.title.toWellFormed());
          if (e.location?.city?.trim()) expect(ve.getFirstPropertyValue('location')).toBe(e.location.city.trim());
          const s = ve.getFirstProperty('dtstart')!;
          const startTime = s.getFirstValue() as ICAL.Time;
          const wall = startTime.toString().slice(0, e.allDay ? 10 : 16);
          // A zoned wall time inside a DST gap is written as the real wall time of the same instant.
          expect(wall).toBe(e.timeZone && e.timeZone !== 'UTC' ? utcToZonedWallTime(zonedWallTimeToUtc(e.start, e.timeZone), e.timeZone) : e.start);
          if (e.allDay) {
            expect(startTime.isDate).toBe(true);
          } else if (e.timeZone === 'UTC') {
            expect(startTime.zone?.tzid).toBe('UTC');
          } else if (e.timeZone) {
            expect(s.getParameter('tzid')).toBe(e.timeZone);
            // ical.js reads autumn-overlap times as their second occurrence (RFC 5545: the first).
            if (!occursTwice(e.start, e.timeZone)) expect(instant(ve, 'dtstart', z)).toBe(zonedWallTimeToUtc(e.start, e.timeZone).toISOString());
            if (!occursTwice(e.end!, e.timeZone)) expect(instant(ve, 'dtend', z)).toBe(zonedWallTimeToUtc(e.end!, e.timeZone).toISOString());
          } else {
            expect(s.getParameter('tzid')).toBeUndefined();
            expect(startTime.zone?.tzid).toBe('floating');
          }
        });
      }),
      { numRuns: 150 },
    );
  });
});

describe('eventsToIcs: wall times around DST changes', () => {
  const at = (start: string) => ({ ...fixture('brussels-winter'), id: 'dst', start, end: undefined });
  it('writes a time in the spring-forward gap as the real time of the same instant', () => {
    const out = eventsToIcs([at('2027-03-28T02:30')], { now });
    expect(out).toContain('DTSTART;TZID=Europe/Brussels:20270328T033000');
    const { zones: z, events: ev } = parse(out);
    expect(instant(ev.get('dst@inclusio')!, 'dtstart', z)).toBe('2027-03-28T01:30:00.000Z');
  });
  it('keeps a time in the autumn overlap as written, with the change at 03:00 summer time', () => {
    // RFC 5545 reads 02:30 as the first occurrence (+02:00); ical.js takes the second (+01:00).
    const out = eventsToIcs([at('2026-10-25T02:30')], { now });
    expect(out).toContain('DTSTART;TZID=Europe/Brussels:20261025T023000');
    expect(out).toContain('BEGIN:STANDARD\r\nDTSTART:20261025T030000\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100');
  });
});
