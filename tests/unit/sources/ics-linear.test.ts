/**
 * No superlinear parse (issue 13): for generated adversarial iCalendar text, reading four times
 * as much costs at most six times as much (linear is 4, quadratic 16). Each size is timed as the
 * fastest CPU time of five runs after a warm-up, tried again when it looks superlinear, so one
 * garbage collection, a busy machine or the grain of the CPU clock does not decide (at 60 KB, a
 * 7 ms parse read as 3.3x its double, and a 10 ms one as 4.7 ms, on a slow machine).
 */
import { doubling } from '../../support/growth.ts';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseIcs } from '../../../lib/sources/ics.ts';

const now = new Date('2026-11-22T08:00:00Z');

// Lines that stress one part each: nesting and repair, unfolding, versions, rules, lists, zones.
const LINES = [
  'BEGIN:VEVENT', 'END:VEVENT', 'BEGIN:X-NEST', 'END:X-NEST', 'END:VCALENDAR', 'BEGIN:VALARM',
  'UID:same@x', 'SUMMARY:Same title', 'SUMMARY:Mr and', 'SEQUENCE:1', 'DTSTAMP:20261101T000000Z',
  'DTSTART:19700101T000000Z', 'DTSTART:20261201T100000', 'DTSTART;TZID=Hostile:20261201T100000', 'DTSTART;TZID=(UTC+01:00) Nowhere:20261201T100000',
  'RRULE:FREQ=SECONDLY', 'RRULE:FREQ=DAILY;BYMONTH=2;BYMONTHDAY=31', 'RRULE:FREQ=WEEKLY;COUNT=1000000',
  'EXDATE:20261201T100000Z,20261202T100000Z,20261203T100000Z', 'RDATE:19700101T000000Z,20261205T100000Z',
  'RECURRENCE-ID:20261208T100000Z', ' folded continuation', 'junk without a colon', 'X-P;A=1;B=2;C=3:v',
  'BEGIN:VTIMEZONE', 'TZID:Hostile', 'BEGIN:STANDARD', 'RRULE:FREQ=HOURLY', 'TZOFFSETTO:+0100', 'END:STANDARD', 'END:VTIMEZONE',
  'DESCRIPTION:<a <a <a <a href=', 'CATEGORIES:a,b,c,d,e,f', 'SUMMARY', ' ;P=1;Q="x:y"', ' ;R=2', 'LOCATION;ALTREP="', ' <p <a <b', 'DESCRIPTION:<p <p',
];

const unit = fc.array(fc.constantFrom(...LINES), { minLength: 3, maxLength: 24 }).map((lines) => lines.join('\r\n') + '\r\n');

/** A typed error is a result too; only the time matters here. */
function parse(text: string): void {
  try {
    parseIcs(text, { now });
  } catch {
    // expected for some generated texts
  }
}

describe('parseIcs is linear on adversarial text', () => {
  it('costs at most 6x as much for four times the text', () => {
    fc.assert(fc.property(unit, (piece) => {
      // About 150 KB and 600 KB of text (tens of ms of CPU): the kernel counts CPU time in ticks of
      // a few ms, so a 5 ms parse can read as 4 or 12; at this size a tick moves the ratio by little.
      const n = Math.ceil(150_000 / piece.length);
      const text = (count: number) => `BEGIN:VCALENDAR\r\nVERSION:2.0\r\n${piece.repeat(count)}END:VCALENDAR\r\n`;
      const growth = doubling((count) => {
        const calendar = text(count);
        return () => parse(calendar);
      }, n, { floorMs: 25, runs: 5, factor: 4 });
      expect(growth.ratio, `${JSON.stringify(piece.slice(0, 200))}: ${growth.small.toFixed(1)} ms -> ${growth.large.toFixed(1)} ms`).toBeLessThanOrEqual(6);
    }), { numRuns: 12 });
  }, 120_000);
});
