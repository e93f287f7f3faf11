import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { InclusionEvent } from '../../../lib/model/event.ts';
import { ParseError } from '../../../lib/model/errors.ts';
import { validateFeed } from '../../../lib/model/validate.ts';
import { OCCURRENCE_CAP, parseIcs } from '../../../lib/sources/ics.ts';

const dir = join(import.meta.dirname, '../../fixtures/sources/ics');
const now = new Date('2026-11-22T08:00:00Z');
const read = (name: string) => parseIcs(readFileSync(join(dir, name), 'utf8'), { now, sourceUrl: `https://partner.example.org/${name}`, sourceName: name });
const byId = (events: InclusionEvent[], id: string) => events.find((e) => e.id === id);

interface Case {
  file: string;
  title?: string;
  count: number;
  events: Record<string, Partial<InclusionEvent> & { absent?: Array<keyof InclusionEvent> }>;
  warnings: RegExp[];
}

const GOOGLE_SERIES = '0a1b2c3d4e5f6g7h8i9j@google.com';
const cases: Case[] = [
  {
    file: 'google.ics',
    title: 'Réseau Accueil Bruxelles',
    // 1 single + 16 weekly occurrences (17 Tuesdays minus one EXDATE) + all-day + cancelled
    count: 19,
    events: {
      '5kq2v0c9h1m3fh8n0d2s7t4a1b@google.com': {
        // UTC times shown on the calendar's X-WR-TIMEZONE clock
        start: '2026-12-03T14:00', end: '2026-12-03T16:30', timeZone: 'Europe/Brussels', allDay: false,
        title: 'Info emploi : travailler en Belgique avec un statut de protection',
        description: "Séance d'information sur l'accès au marché du travail pour les personnes réfugiées.\n\nInscription : formulaire\nInterprétation en arabe et en ukrainien.",
        location: { name: 'Maison des Associations Internationales', address: 'Rue Washington 40, 1050 Ixelles', city: 'Ixelles', country: 'BE' },
        mode: 'in-person', status: 'scheduled',
      },
      [`${GOOGLE_SERIES}/2026-10-06T18:00`]: { start: '2026-10-06T18:00', end: '2026-10-06T20:00', mode: 'hybrid', onlineUrl: 'https://meet.google.com/abc-defg-hij' },
      // The override moved this one to 19:00; its id keeps the original date.
      [`${GOOGLE_SERIES}/2026-11-17T18:00`]: { start: '2026-11-17T19:00', end: '2026-11-17T21:00', title: 'Taalcafé Nederlands / Café des langues (19h)' },
      // A cancelled instance keeps the series' place.
      [`${GOOGLE_SERIES}/2026-12-08T18:00`]: { status: 'cancelled', location: { city: 'Schaerbeek', country: 'BE' } },
      [`${GOOGLE_SERIES}/2027-01-26T18:00`]: { start: '2027-01-26T18:00' },
      // DTEND;VALUE=DATE:20270218 is exclusive: the last day is the 17th.
      '7h8i9j0k1l2m3n4o5p6q@google.com': { start: '2027-02-15', end: '2027-02-17', allDay: true, location: { city: 'Namur', country: 'BE' }, absent: ['timeZone'] },
      'cancelled-1@google.com': { status: 'cancelled', mode: 'online', absent: ['location'] },
    },
    warnings: [],
  },
  {
    file: 'outlook.ics',
    title: 'Integrationsbüro Kalender',
    count: 5,
    events: {
      '040000008200E00074C5B7101A82E00800000000B0C1D2E3F4A5B601000000000000000010000000AABBCCDDEEFF': {
        start: '2026-12-10T10:00', end: '2026-12-10T12:30', timeZone: 'Europe/Berlin', languages: ['de-DE'],
        description: 'Liebe Kolleg*innen,\n\nwir laden herzlich zum Fachaustausch zur Arbeitsmarktintegration von Geflüchteten ein.\n\n- Anerkennung von Abschlüssen\n- Sprachkurse im Betrieb',
        organizer: { name: 'Integrationsbüro Nord' }, location: { name: 'Rathaus Altona', address: 'Platz der Republik 1, 22765 Hamburg', city: 'Hamburg' },
        mode: 'in-person',
      },
      '040000008200E00074C5B7101A82E00800000000C1D2E3F4A5B6C701000000000000000010000000BBCCDDEEFF00': {
        timeZone: 'Europe/Paris', start: '2026-12-15T14:00', mode: 'online',
        onlineUrl: 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_ABC123%40thread.v2/0?context=x', absent: ['location'],
      },
      '040000008200E00074C5B7101A82E00800000000D2E3F4A5B6C7D801000000000000000010000000CCDDEEFF0011': {
        status: 'cancelled', title: 'Sprechstunde Anerkennungsberatung',
      },
      // A one-day all-day event has no end.
      '040000008200E00074C5B7101A82E00800000000E3F4A5B6C7D8E901000000000000000010000000DDEEFF001122': { start: '2027-01-12', allDay: true, absent: ['end'] },
      // Outlook writes all-day events as midnight to midnight with X-MICROSOFT-CDO-ALLDAYEVENT.
      '040000008200E00074C5B7101A82E00800000000F4A5B6C7D8E9FA01000000000000000010000000EEFF00112233': { start: '2026-12-21', end: '2026-12-22', allDay: true, absent: ['timeZone'] },
    },
    warnings: [],
  },
  {
    file: 'apple.ics',
    title: 'Sportello Migranti',
    count: 2,
    events: {
      '6B1C2D3E-4F50-4A1B-9C8D-7E6F5A4B3C2D': {
        start: '2026-12-12T10:00', end: '2026-12-12T12:30', timeZone: 'Europe/Rome', url: 'https://sportello.example.it/corsi/italiano-l2',
        location: { name: 'Casa delle Donne', address: 'Via della Lungara 19, 00165 Roma', city: 'Roma', country: 'IT' },
      },
      '8D2E3F40-5161-4B2C-AD9E-8F7061524334': { start: '2026-12-18', allDay: true, absent: ['end'], description: "Musica, cibo e incontri per l'inclusione sociale." },
    },
    warnings: [],
  },
  {
    file: 'meetup.ics',
    title: 'Voluntariado con personas refugiadas – Madrid',
    count: 2,
    events: {
      'event_301234567@meetup.com': {
        start: '2026-12-10T19:00', end: '2026-12-10T21:00', timeZone: 'Europe/Madrid', mode: 'in-person',
        location: { name: 'Centro Comunitario Lavapiés', address: 'Calle de Embajadores 35', city: 'Madrid', country: 'ES' },
        url: 'https://www.meetup.com/es-ES/voluntariado-refugiados-madrid/events/301234567/',
      },
      'event_301234999@meetup.com': { mode: 'online', absent: ['location'] },
    },
    warnings: [],
  },
  {
    file: 'wordpress.ics',
    title: 'Netzwerk Ankommen',
    count: 2,
    events: {
      '10481-1796479200-1796490000@netzwerk-ankommen.example.de': {
        start: '2026-12-05T14:00', end: '2026-12-05T17:00', timeZone: 'Europe/Berlin',
        location: { name: 'Interkulturelles Zentrum', address: 'Karl-Marx-Straße 83, 12043 Berlin', city: 'Berlin', country: 'DE' },
        organizer: { name: 'Netzwerk Ankommen e.V.' }, url: 'https://netzwerk-ankommen.example.de/veranstaltung/bewerbungstraining/',
      },
      '10502-1803772800-1804031999@netzwerk-ankommen.example.de': { start: '2027-03-01', end: '2027-03-03', allDay: true },
    },
    warnings: [],
  },
  {
    file: 'broken.ics',
    count: 4,
    events: {
      // A prefixed TZID names its IANA zone.
      'broken-1': { start: '2026-12-07T09:30', timeZone: 'Europe/Brussels', absent: ['end'] },
      // DURATION instead of DTEND; a folded SUMMARY; a UTC time on the X-WR-TIMEZONE clock.
      'broken-2': { title: 'Workshop with a duration instead of an end', start: '2026-12-09T15:00', end: '2026-12-09T17:30', timeZone: 'Europe/Brussels' },
      // DTSTART:20261211 without VALUE=DATE is still a date.
      'broken-4': { start: '2026-12-11', allDay: true },
      // An unknown TZID with its own VTIMEZONE: converted through its rules.
      'broken-5': { start: '2026-12-14T10:00', end: '2026-12-14T12:00', timeZone: 'Europe/Brussels' },
    },
    warnings: [/line 27: not an iCalendar line/, /VEVENT was not closed/, /invalid frequency/, /Customized Time Zone/, /No start date here.*no DTSTART/, /Bad date/],
  },
  {
    file: 'recurring.ics',
    title: 'Recurrence cases',
    count: OCCURRENCE_CAP + 4 + 2 + 1 + 1,
    events: {
      'hourly-forever/2026-11-01T08:00': { end: '2026-11-01T09:00', timeZone: 'Europe/Vienna' },
      'monthly-first-monday/2026-11-02': { allDay: true },
      'monthly-first-monday/2026-12-23': { allDay: true },
      'monthly-first-monday/2027-02-01': { allDay: true },
      'utc-series/2026-10-30T16:00': { end: '2026-10-30T17:00', timeZone: 'Europe/Vienna' },
      'utc-series/2026-11-13T16:00': { start: '2026-11-13T16:00' },
      // Single past events stay (archive); only recurrence expansion is windowed.
      'past-single': { start: '2019-03-15T09:00' },
      'orphan-override/2026-11-21T10:00': { start: '2026-11-21T10:00' },
    },
    warnings: [new RegExp(`Hotline für Geflüchtete" repeats more than ${OCCURRENCE_CAP} times`)],
  },
];

describe('parseIcs over calendar exports', () => {
  it.each(cases)('$file', ({ file, title, count, events: expected, warnings: expectedWarnings }) => {
    const parsed = read(file);
    expect(parsed.format).toBe('ics');
    expect(parsed.title).toBe(title);
    expect(parsed.icsUrl).toBe(`https://partner.example.org/${file}`);
    expect(parsed.events).toHaveLength(count);
    for (const [id, { absent = [], ...fields }] of Object.entries(expected)) {
      const event = byId(parsed.events, id);
      expect(event, id).toBeDefined();
      expect(event).toMatchObject(fields);
      for (const key of absent) expect(event?.[key], `${id}.${key}`).toBeUndefined();
    }
    for (const re of expectedWarnings) expect(parsed.warnings.some((w) => re.test(w)), `${re}`).toBe(true);
    if (expectedWarnings.length === 0) expect(parsed.warnings).toEqual([]);
    // Everything read is a valid feed v1 event.
    expect(validateFeed({ version: 1, title: 'x', updated: now.toISOString(), events: parsed.events })).toEqual([]);
    for (const e of parsed.events) expect(e.source).toEqual({ format: 'ics', url: `https://partner.example.org/${file}`, name: file });
  });

  it('skips EXDATE dates and the dates outside the window', () => {
    const { events } = read('google.ics');
    const series = events.filter((e) => e.id.startsWith(GOOGLE_SERIES)).map((e) => e.start.slice(0, 10));
    expect(series).not.toContain('2026-12-29');
    expect(series).toContain('2026-12-22');
    expect(read('recurring.ics').events.some((e) => e.id.startsWith('old-series'))).toBe(false);
  });

  it('expands only inside the window it is given', () => {
    const text = readFileSync(join(dir, 'google.ics'), 'utf8');
    const narrow = parseIcs(text, { now, window: { pastDays: 0, futureDays: 16 } });
    const days = narrow.events.filter((e) => e.id.startsWith(GOOGLE_SERIES)).map((e) => e.start.slice(0, 10));
    expect(days).toEqual(['2026-11-24', '2026-12-01', '2026-12-08']);
    // Single events are kept whatever the window.
    expect(narrow.events.some((e) => e.id === '7h8i9j0k1l2m3n4o5p6q@google.com')).toBe(true);
  });

  it('reads CRLF, LF and CR line endings alike', () => {
    const text = readFileSync(join(dir, 'apple.ics'), 'utf8');
    const crlf = parseIcs(text, { now }).events;
    expect(parseIcs(text.replaceAll('\r\n', '\n'), { now }).events).toEqual(crlf);
  });

  it('gives the same ids on every read', () => {
    expect(read('broken.ics').events.map((e) => e.id)).toEqual(read('broken.ics').events.map((e) => e.id));
  });

  it('makes ids unique when a feed repeats a UID', () => {
    const text = ['BEGIN:VCALENDAR', 'BEGIN:VEVENT', 'UID:same', 'SUMMARY:A', 'DTSTART:20261201T100000Z', 'END:VEVENT',
      'BEGIN:VEVENT', 'UID:same', 'SUMMARY:B', 'DTSTART:20261202T100000Z', 'END:VEVENT', 'END:VCALENDAR'].join('\r\n');
    const ids = parseIcs(text, { now }).events.map((e) => e.id);
    expect(new Set(ids).size).toBe(2);
  });

  it('gives events without a UID a stable hashed id', () => {
    const text = 'BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:Atelier\r\nDTSTART;VALUE=DATE:20261201\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n';
    const [a] = parseIcs(text, { now, sourceUrl: 'https://x.org/a.ics' }).events;
    const [b] = parseIcs(text, { now, sourceUrl: 'https://x.org/a.ics' }).events;
    expect(a?.id).toMatch(/^ev-/);
    expect(a?.id).toBe(b?.id);
  });

  it.each([
    ['Windows zone', 'DTSTART;TZID=GTB Standard Time:20261201T100000', '2026-12-01T10:00', 'Europe/Bucharest'],
    ['Windows zone FLE', 'DTSTART;TZID=FLE Standard Time:20261201T100000', '2026-12-01T10:00', 'Europe/Kiev'],
    ['display name', 'DTSTART;TZID="(UTC+01:00) Brussels, Copenhagen, Madrid, Paris":20261201T100000', '2026-12-01T10:00', 'Europe/Paris'],
    ['UTC without calendar zone', 'DTSTART:20261201T100000Z', '2026-12-01T10:00', 'UTC'],
    ['mozilla prefix', 'DTSTART;TZID=/mozilla.org/20050126_1/Europe/Lisbon:20261201T100000', '2026-12-01T10:00', 'Europe/Lisbon'],
  ])('reads a %s', (_label, line, start, zone) => {
    const text = `BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:z\r\nSUMMARY:x\r\n${line}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n`;
    expect(parseIcs(text, { now }).events[0]).toMatchObject({ start, timeZone: zone });
  });

  it('keeps an unknown zone without VTIMEZONE as written, with a warning', () => {
    const text = 'BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:z\r\nSUMMARY:x\r\nDTSTART;TZID=Mars/Olympus:20261201T100000\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n';
    const parsed = parseIcs(text, { now });
    expect(parsed.events[0]).toMatchObject({ start: '2026-12-01T10:00' });
    expect(parsed.events[0]?.timeZone).toBeUndefined();
    expect(parsed.warnings.join()).toMatch(/Mars\/Olympus/);
  });

  it.each(['', 'hello', '<html></html>', 'END:VCALENDAR'])('refuses %j with ParseError', (text) => {
    expect(() => parseIcs(text, { now })).toThrow(ParseError);
  });

  it('moves a rule that started long before the window to the window instead of iterating to it', () => {
    const text = 'BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:m\r\nSUMMARY:Every minute\r\nDTSTART:20200101T000000Z\r\nRRULE:FREQ=MINUTELY\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n';
    const parsed = parseIcs(text, { now, window: { pastDays: 1, futureDays: 1 } });
    expect(parsed.events).toHaveLength(OCCURRENCE_CAP);
    expect(parsed.events[0]?.start).toBe('2026-11-21T00:00');
    expect(parsed.events[1]?.start).toBe('2026-11-21T00:01');
    expect(parsed.warnings.join()).toMatch(/Every minute.*more than 500/);
  });

  it('reads a calendar without events', () => {
    expect(parseIcs('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n', { now })).toMatchObject({ events: [], warnings: [] });
  });
});
