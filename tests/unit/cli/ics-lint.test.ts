import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintIcs } from '../../../lib/cli/ics-lint.ts';

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
});
