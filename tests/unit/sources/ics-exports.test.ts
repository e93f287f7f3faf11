/**
 * Exports in the shape of each exporter's quirks (issue 11): Outlook display-name zones with
 * no VTIMEZONE, several versions of one UID, one calendar's distinct events that look alike,
 * floating times with and without X-WR-TIMEZONE.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { InclusionEvent } from '../../../lib/model/event.ts';
import { dedupeEvents } from '../../../lib/query/dedupe.ts';
import { parseIcs } from '../../../lib/sources/ics.ts';

const dir = join(import.meta.dirname, '../../fixtures/sources/ics');
const now = new Date('2026-11-22T08:00:00Z');
const read = (file: string) => parseIcs(readFileSync(join(dir, file), 'utf8'), { now, sourceUrl: `https://partner.example.org/${file}`, sourceName: file });

interface Case {
  file: string;
  /** Events after the calendar's own de-duplication (as `inclusio build` and the widget run it). */
  ids: string[];
  events: Record<string, Partial<InclusionEvent> & { absent?: Array<keyof InclusionEvent> }>;
  warnings: RegExp[];
}

const OUTLOOK = '040000008200E00074C5B7101A82E00800000000';
const cases: Case[] = [
  {
    file: 'outlook-display-zones.ics',
    ids: [
      `${OUTLOOK}1111AAAA`, `${OUTLOOK}2222BBBB`, `${OUTLOOK}3333CCCC`, `${OUTLOOK}4444DDDD`,
      `${OUTLOOK}5555EEEE/2026-12-01T10:00`, `${OUTLOOK}5555EEEE/2026-12-08T10:00`, `${OUTLOOK}5555EEEE/2026-12-15T10:00`,
      'alias-japan@example.org', 'alias-gb@example.org', 'alias-us-eastern@example.org',
    ],
    events: {
      [`${OUTLOOK}1111AAAA`]: { start: '2027-01-15T09:00', end: '2027-01-15T12:00', timeZone: 'Australia/Sydney' },
      [`${OUTLOOK}2222BBBB`]: { start: '2026-12-08T18:00', end: '2026-12-08T20:00', timeZone: 'America/New_York' },
      [`${OUTLOOK}3333CCCC`]: { start: '2027-06-10T17:00', end: '2027-06-10T18:30', timeZone: 'Europe/Berlin' },
      [`${OUTLOOK}4444DDDD`]: { start: '2026-12-10T11:00', timeZone: 'America/New_York' },
      [`${OUTLOOK}5555EEEE/2026-12-15T10:00`]: { start: '2026-12-15T10:00', end: '2026-12-15T12:00', timeZone: 'Europe/Paris' },
      'alias-japan@example.org': { start: '2026-12-15T10:00', timeZone: 'Asia/Tokyo' },
      'alias-gb@example.org': { start: '2027-07-01T10:00', timeZone: 'Europe/London' },
      'alias-us-eastern@example.org': { start: '2027-07-01T10:00', timeZone: 'US/Eastern' },
    },
    warnings: [],
  },
  {
    file: 'sequence-versions.ics',
    ids: [
      'moved-twice@welcome.example', 'restamped@welcome.example',
      'series@welcome.example/2026-12-01T18:00', 'series@welcome.example/2026-12-08T18:00', 'series@welcome.example/2026-12-15T18:00',
      'reused@welcome.example', 'reused@welcome.example/2026-12-15T10:00', 'floating@welcome.example',
    ],
    events: {
      // SEQUENCE 2 wins over 0 and over 1, whatever their order and stamps.
      'moved-twice@welcome.example': { title: 'Job workshop (new room)', start: '2026-12-04T14:00', end: '2026-12-04T16:00', timeZone: 'Europe/Vienna' },
      // Same SEQUENCE: the latest DTSTAMP wins.
      'restamped@welcome.example': { title: 'Housing advice (with interpreter)' },
      // Two versions of one RECURRENCE-ID: the cancellation (SEQUENCE 2) is current.
      'series@welcome.example/2026-12-08T18:00': { title: 'German conversation (cancelled)', status: 'cancelled', start: '2026-12-08T18:00' },
      'series@welcome.example/2026-12-15T18:00': { title: 'German conversation', status: 'scheduled' },
      // One UID on two days with nothing to tell versions apart: two events, both kept.
      'reused@welcome.example': { start: '2026-12-14T10:00' },
      'reused@welcome.example/2026-12-15T10:00': { start: '2026-12-15T10:00' },
      // A floating time in a calendar that names its zone is read in that zone.
      'floating@welcome.example': { start: '2026-12-16T10:00', timeZone: 'Europe/Vienna' },
    },
    warnings: [],
  },
  {
    file: 'festival-crew.ics',
    ids: [
      'A1B2C3D4-0001-4000-8000-000000000001', 'A1B2C3D4-0001-4000-8000-000000000002', 'A1B2C3D4-0001-4000-8000-000000000003',
      'A1B2C3D4-0001-4000-8000-000000000004', 'A1B2C3D4-0001-4000-8000-000000000005', 'A1B2C3D4-0001-4000-8000-000000000006',
    ],
    events: {
      'A1B2C3D4-0001-4000-8000-000000000001': { title: 'Loading doors close', url: 'https://festival.example.org/2026/crew' },
      'A1B2C3D4-0001-4000-8000-000000000002': { title: 'Main entrance opened', url: 'https://festival.example.org/2026/crew' },
      'A1B2C3D4-0001-4000-8000-000000000003': { title: 'Mr' },
      'A1B2C3D4-0001-4000-8000-000000000004': { title: 'Mr and' },
      'A1B2C3D4-0001-4000-8000-000000000005': { title: 'Away', start: '2026-12-07T14:00', allDay: false },
      'A1B2C3D4-0001-4000-8000-000000000006': { title: 'Away', start: '2026-12-07', allDay: true },
    },
    warnings: [],
  },
  {
    file: 'floating-no-zone.ics',
    ids: ['no-zone@tb.example'],
    // No X-WR-TIMEZONE: kept as written, with no zone; viewers see 10:00 on their own clock.
    events: { 'no-zone@tb.example': { start: '2026-12-16T10:00', end: '2026-12-16T11:30', allDay: false, absent: ['timeZone'] } },
    warnings: [],
  },
];

describe('parseIcs over exporters\' quirks', () => {
  it.each(cases)('$file', ({ file, ids, events, warnings }) => {
    const parsed = read(file);
    const merged = dedupeEvents(parsed.events);
    expect(merged.map((e) => e.id)).toEqual(ids);
    for (const [id, expected] of Object.entries(events)) {
      const { absent = [], ...fields } = expected;
      const event = merged.find((e) => e.id === id);
      expect(event, id).toMatchObject(fields);
      for (const key of absent) expect(event?.[key], `${id}.${key}`).toBeUndefined();
    }
    expect(parsed.warnings).toHaveLength(warnings.length);
    for (const re of warnings) expect(parsed.warnings.some((w) => re.test(w)), String(re)).toBe(true);
  });
});

describe('parseIcs keeps control characters out of what it reads', () => {
  it('a UID with an escaped line break stays one line; NUL, ESC and BEL leave titles', () => {
    const text = [
      'BEGIN:VCALENDAR', 'VERSION:2.0', 'BEGIN:VEVENT',
      'UID:x\\nATTACH:https://evil.example/\\nBEGIN:VALARM',
      'SUMMARY:Job\u0000 fair\u001b[31m \u0007today',
      'DESCRIPTION:Line one\\nLine two\u001b',
      'DTSTART:20261201T100000Z', 'END:VEVENT', 'END:VCALENDAR', '',
    ].join('\r\n');
    const [event] = parseIcs(text, { now }).events;
    expect(event?.id).toBe('x ATTACH:https://evil.example/ BEGIN:VALARM');
    expect(event?.title).toBe('Job fair[31m today');
    expect(event?.description).toBe('Line one\nLine two');
  });
});
