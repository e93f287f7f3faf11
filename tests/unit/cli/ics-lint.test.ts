import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { eventsToIcs } from '../../../lib/calendar/ics.ts';
import { lintIcs } from '../../../lib/cli/ics-lint.ts';
import type { InclusionEvent } from '../../../lib/model/event.ts';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'cli', name), 'utf8');

describe('lintIcs', () => {
  it('accepts a clean calendar, with folded lines', () => expect(lintIcs(fixture('ok.ics'))).toEqual([]));

  it('accepts CRLF line ends', () => expect(lintIcs(fixture('ok.ics').replace(/\n/g, '\r\n'))).toEqual([]));

  const problems = lintIcs(fixture('broken.ics'));
  it.each([
    ['line 1', 'VCALENDAR has no VERSION'],
    ['line 3', 'VEVENT has no DTSTAMP'],
    ['line 6', 'DTEND is before DTSTART'],
    ['line 5', "TZID 'Europe/Nowhere' has no VTIMEZONE in the file"],
    ['line 11', 'DTSTAMP must be a UTC date-time ending in Z'],
    ['line 12', "DTSTART '2026-12-04' is not a date-time (YYYYMMDDTHHMMSS)"],
    ['line 13', "not a property line: 'this line is junk'"],
    ['line 15', 'END:VCALENDAR does not close BEGIN:VEVENT (line 9)'],
    ['line 9', 'BEGIN:VEVENT is never closed'],
  ])('%s: %s', (path, message) => {
    expect(problems).toContainEqual({ path, message });
  });

  it('says when the file is not a calendar at all', () => {
    expect(lintIcs('hello')[0]).toEqual({ path: 'line 1', message: "not a property line: 'hello'" });
    expect(lintIcs('')).toContainEqual({ path: 'line 1', message: 'the file must start with BEGIN:VCALENDAR' });
  });

  it('wants both dates or both date-times', () => {
    const text = fixture('ok.ics').replace('DTEND;VALUE=DATE:20261212', 'DTEND:20261212T100000Z');
    expect(lintIcs(text).map((p) => p.message)).toContain('DTSTART and DTEND must both be dates or both date-times');
  });

  describe('injected lines in a calendar Inclusio wrote', () => {
    const events = JSON.parse(fixture('../calendar/events.json')) as InclusionEvent[];
    const clean = eventsToIcs(events.slice(0, 3), { name: 'Network', now: new Date('2026-11-22T08:00:00Z') });
    // What an export that wrote the UID unescaped gave: lines after the first UID.
    const inject = (lines: string) => clean.replace(/(UID:[^\r]*\r\n)/, `$1${lines}\r\n`);
    const messages = (text: string) => lintIcs(text).map((p) => p.message);

    it('accepts the export as it is, which says how many events it holds', () => {
      expect(clean).toContain('X-INCLUSIO-EVENTS:3\r\n');
      expect(lintIcs(clean)).toEqual([]);
    });
    it.each([
      ['an alarm', 'ATTACH:https://evil.example/x\r\nBEGIN:VALARM\r\nACTION:DISPLAY\r\nTRIGGER:-PT5M\r\nDESCRIPTION:URGENT\r\nEND:VALARM', [
        'ATTACH: Inclusio never writes this property; injected?',
        'BEGIN:VALARM: Inclusio never writes this component; injected?',
      ]],
      ['a whole event', 'DTSTART:20261201T100000Z\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:fake\r\nDTSTAMP:20261122T080000Z\r\nSUMMARY:URGENT: residence permits', [
        'the calendar says it has 3 events but holds 4 VEVENTs',
      ]],
      ['a second summary', 'SUMMARY:URGENT: residence permits', ['SUMMARY appears twice in the VEVENT of line 26; injected?']],
    ])('flags %s', (_name, lines, expected) => {
      const found = messages(inject(lines as string));
      for (const m of expected as string[]) expect(found.map((f) => f.replace(/line \d+/, 'line 26'))).toContain(m);
    });
    it('flags a repeated UID', () => {
      const text = clean.replace(/UID:[^\r]*/g, 'UID:same@inclusio');
      expect(messages(text).some((m) => /UID 'same@inclusio' is already used/.test(m))).toBe(true);
    });
  });
});
