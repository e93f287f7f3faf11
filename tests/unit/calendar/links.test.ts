import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calendarDescription } from '../../../lib/calendar/details.ts';
import { calendarLink, CALENDAR_TARGETS, webcalUrl } from '../../../lib/calendar/links.ts';
import type { CalendarTarget } from '../../../lib/calendar/links.ts';
import { ValidationError } from '../../../lib/model/errors.ts';
import type { InclusionEvent } from '../../../lib/model/event.ts';
import { fixture, fixtureEvents } from './fixtures.ts';

function params(url: string): Record<string, string> {
  return Object.fromEntries(new URL(url).searchParams);
}

const expected: Array<[string, CalendarTarget, string, Record<string, string | undefined>]> = [
  ['allday-single', 'google', 'https://calendar.google.com/calendar/render', { action: 'TEMPLATE', dates: '20261210/20261211', ctz: undefined, text: 'Day of action against discrimination', location: 'Place Flagey, Ixelles, BE' }],
  ['allday-multi', 'google', 'https://calendar.google.com/calendar/render', { dates: '20270324/20270327', ctz: undefined }],
  ['brussels-winter', 'google', 'https://calendar.google.com/calendar/render', { dates: '20261203T100000/20261203T160000', ctz: 'Europe/Brussels' }],
  ['kyiv', 'google', 'https://calendar.google.com/calendar/render', { dates: '20270216T150000/20270216T163000', ctz: 'Europe/Kyiv', location: 'Online: https://meet.example/vpo-2027' }],
  ['utc', 'google', 'https://calendar.google.com/calendar/render', { dates: '20261208T130000Z/20261208T143000Z', ctz: undefined }],
  ['floating', 'google', 'https://calendar.google.com/calendar/render', { dates: '20261215T180000/20261215T200000', ctz: undefined }],
  ['with-deadline', 'google', 'https://calendar.google.com/calendar/render', { dates: '20270112T170000/20270112T180000', ctz: 'Europe/Madrid' }],

  ['allday-single', 'outlook', 'https://outlook.live.com/calendar/0/action/compose', { startdt: '2026-12-10', enddt: '2026-12-11', allday: 'true', subject: 'Day of action against discrimination' }],
  ['allday-multi', 'office365', 'https://outlook.office.com/calendar/0/action/compose', { startdt: '2027-03-24', enddt: '2027-03-27', allday: 'true' }],
  ['brussels-winter', 'outlook', 'https://outlook.live.com/calendar/0/action/compose', { startdt: '2026-12-03T10:00:00+01:00', enddt: '2026-12-03T16:00:00+01:00', allday: undefined }],
  ['brussels-summer', 'office365', 'https://outlook.office.com/calendar/0/action/compose', { startdt: '2027-07-05T09:30:00+02:00', enddt: '2027-07-09T17:00:00+02:00' }],
  ['brussels-dst', 'outlook', 'https://outlook.live.com/calendar/0/action/compose', { startdt: '2026-10-24T22:00:00+02:00', enddt: '2026-10-25T06:00:00+01:00' }],
  ['kyiv', 'office365', 'https://outlook.office.com/calendar/0/action/compose', { startdt: '2027-02-16T15:00:00+02:00', enddt: '2027-02-16T16:30:00+02:00' }],
  ['utc', 'outlook', 'https://outlook.live.com/calendar/0/action/compose', { startdt: '2026-12-08T13:00:00Z', enddt: '2026-12-08T14:30:00Z' }],
  ['floating', 'outlook', 'https://outlook.live.com/calendar/0/action/compose', { startdt: '2026-12-15T18:00:00', enddt: '2026-12-15T20:00:00' }],

  ['allday-single', 'yahoo', 'https://calendar.yahoo.com/', { v: '60', st: '20261210', et: '20261211', dur: 'allday', title: 'Day of action against discrimination', in_loc: 'Place Flagey, Ixelles, BE' }],
  ['brussels-winter', 'yahoo', 'https://calendar.yahoo.com/', { st: '20261203T090000Z', et: '20261203T150000Z', dur: undefined }],
  ['kyiv', 'yahoo', 'https://calendar.yahoo.com/', { st: '20270216T130000Z', et: '20270216T143000Z' }],
  ['floating', 'yahoo', 'https://calendar.yahoo.com/', { st: '20261215T180000', et: '20261215T200000' }],
];

describe('calendarLink: times and fields per target', () => {
  it.each(expected)('%s on %s', (id, target, base, want) => {
    const url = calendarLink(fixture(id), target);
    expect(url.split('?')[0]).toBe(base);
    const got = params(url);
    for (const [k, v] of Object.entries(want)) expect(got[k], k).toBe(v);
  });

  it('puts registration, deadline, online link and organiser in the description', () => {
    const details = params(calendarLink(fixture('with-deadline'), 'google')).details!;
    expect(details).toBe(
      'Kick-off of the six-month mentoring programme.\n\nRegistration: https://forms.example/mentoring\nRegistration deadline: 2027-01-05\nOrganiser: Fundación Acoge',
    );
    const body = params(calendarLink(fixture('brussels-winter'), 'outlook')).body!;
    expect(body).toContain('Organiser: Actiris (https://actiris.example/)');
    expect(body).toContain('More information: https://network.example/events/job-fair');
  });

  it('marks a cancelled event in its description', () => {
    expect(params(calendarLink(fixture('cancelled'), 'google')).details).toMatch(/^Cancelled\./);
  });

  it('never passes a non-http link on', () => {
    const e = { ...fixture('floating'), onlineUrl: 'javascript:alert(1)', registrationUrl: 'data:text/html,x', url: 'ftp://x.example' };
    for (const target of CALENDAR_TARGETS) expect(calendarLink(e, target)).not.toMatch(/javascript|data%3A|ftp/);
  });

  it('gives timed events without an end one hour, all-day events one day', () => {
    const timed = { ...fixture('brussels-winter') };
    delete timed.end;
    expect(params(calendarLink(timed, 'google')).dates).toBe('20261203T100000/20261203T110000');
    const day = { ...fixture('allday-multi') };
    delete day.end;
    expect(params(calendarLink(day, 'outlook'))).toMatchObject({ startdt: '2027-03-24', enddt: '2027-03-25' });
    const backwards = { ...fixture('floating'), end: '2026-12-15T17:00' };
    expect(params(calendarLink(backwards, 'yahoo')).et).toBe('20261215T190000');
  });

  it('cuts a long description at a word, with an ellipsis, keeping the practical lines', () => {
    for (const target of ['outlook', 'office365'] as const) {
      const url = calendarLink(fixture('long-unicode'), target);
      expect(url.length).toBeLessThan(2000);
      const body = params(url).body!;
      expect(body).toMatch(/\p{L}…\n\nOnline: https:\/\/stream\.example\/forum-soins$/u);
      expect(params(url).subject).toBe(fixture('long-unicode').title);
    }
    // Google has room for all of it.
    expect(params(calendarLink(fixture('long-unicode'), 'google')).details).toContain(fixture('long-unicode').description!.trim());
  });

  it('rejects an event without a valid start with a typed error', () => {
    expect(() => calendarLink({ ...fixture('floating'), start: 'next Tuesday' }, 'google')).toThrow(ValidationError);
    expect(() => calendarLink(fixture('floating'), 'hotmail' as CalendarTarget)).toThrow(ValidationError);
  });

  it('produces a parseable link for every fixture and target', () => {
    for (const e of fixtureEvents) for (const t of CALENDAR_TARGETS) expect(() => new URL(calendarLink(e, t))).not.toThrow();
  });
});

describe('calendarLink: Outlook URLs stay under 2,000 characters', () => {
  const text = fc.string({ unit: fc.constantFrom('a', 'é', ' ', '€', '😀', '&', '%', '\n', 'ب', 'ї', '\uD800'), maxLength: 3000 });
  it('for any title, description and place', () => {
    fc.assert(
      fc.property(text, text, text, fc.constantFrom(...fixtureEvents), fc.constantFrom('outlook', 'office365'), (title, description, place, base, target) => {
        const e: InclusionEvent = { ...base, title, description, location: { name: place, city: 'Liège' } };
        const url = calendarLink(e, target as CalendarTarget);
        expect(url.length).toBeLessThan(2000);
        const p = params(url);
        expect(p.startdt).toBeDefined();
        const full = calendarDescription(e, { url: true }).toWellFormed();
        // Either the whole description, or a cut one that says so.
        if ((p.body ?? '') !== full) expect(`${p.body ?? ''}${p.subject ?? ''}${p.location ?? ''}`).toContain('…');
      }),
      { numRuns: 300 },
    );
  });
});

describe('webcalUrl', () => {
  it.each([
    ['https://partner.example/feed.ics', 'webcal://partner.example/feed.ics'],
    ['http://partner.example:8080/cal/feed.ics?topic=labour#x', 'webcal://partner.example:8080/cal/feed.ics?topic=labour#x'],
    ['  HTTPS://Partner.Example/Feed.ics ', 'webcal://partner.example/Feed.ics'],
  ])('%s', (input, output) => expect(webcalUrl(input)).toBe(output));
  it.each(['ftp://partner.example/feed.ics', 'javascript:alert(1)', 'webcal://x.example/a.ics', 'feed.ics', ''])('rejects %j', (input) => {
    expect(() => webcalUrl(input)).toThrow(ValidationError);
  });
});
