/**
 * Nothing an event holds can add a line to the exported calendar: ids, titles, places, links
 * and descriptions with CR, LF, NUL or ESC give one VEVENT per event and no injected property.
 */
import fc from 'fast-check';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { eventsToIcs } from '../../../lib/calendar/ics.ts';
import { lintIcs } from '../../../lib/cli/ics-lint.ts';
import type { InclusionEvent } from '../../../lib/model/event.ts';
import { fixture } from './fixtures.ts';

const now = new Date('2026-11-22T08:15:30Z');
const PAYLOAD = 'ATTACH:https://evil.example/x\r\nBEGIN:VALARM\r\nACTION:DISPLAY\r\nDESCRIPTION:URGENT: residence permits\r\nTRIGGER:-PT5M\r\nEND:VALARM\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:fake\r\nSUMMARY:URGENT: residence permits expire';

const hostile: Array<[string, (e: InclusionEvent) => void]> = [
  ['id with CRLF', (e) => void (e.id = `x\r\n${PAYLOAD}`)],
  ['id with LF only', (e) => void (e.id = `x\n${PAYLOAD.replaceAll('\r\n', '\n')}`)],
  ['id with CR only', (e) => void (e.id = `x\r${PAYLOAD.replaceAll('\r\n', '\r')}`)],
  ['title with CRLF and ESC', (e) => void (e.title = `Job fair\u001b[2J\u0007\r\n${PAYLOAD}`)],
  ['description with CRLF', (e) => void (e.description = `Bring your CV.\r\n${PAYLOAD}`)],
  ['place with CRLF', (e) => void (e.location = { name: `Hall\r\n${PAYLOAD}`, city: 'Gent\nATTACH:x' })],
  ['organiser with CRLF', (e) => void (e.organizer = { name: `NGO\r\n${PAYLOAD}` })],
  ['time zone with CRLF', (e) => void (e.timeZone = `Europe/Brussels\r\n${PAYLOAD}`)],
  ['link with CRLF', (e) => void (e.url = `https://x.example/a\r\n${PAYLOAD}`)],
  ['NUL and Unicode separators in title', (e) => void (e.title = `A\u0000B\u2028BEGIN:VALARM\u2029C`)],
];

function check(ics: string, count: number): void {
  const lines = ics.split('\r\n');
  expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(count);
  for (const bad of ['BEGIN:VALARM', 'ATTACH', 'TRIGGER', 'UID:fake', 'SUMMARY:URGENT']) {
    expect(lines.some((l) => l.startsWith(bad)), bad).toBe(false);
  }
  expect(ics).not.toMatch(/[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f\u2028\u2029]/);
  expect(ics.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
  expect(new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent')).toHaveLength(count);
  expect(lintIcs(ics)).toEqual([]);
}

describe('eventsToIcs: injection', () => {
  it.each(hostile)('%s stays inside its property', (_name, spoil) => {
    const event = fixture('brussels-winter');
    spoil(event);
    check(eventsToIcs([event, fixture('utc')], { now }), 2);
  });

  it('a calendar name with CRLF stays on its line', () => {
    check(eventsToIcs([fixture('utc')], { name: `Net\r\n${PAYLOAD}`, description: `d\n${PAYLOAD}`, now }), 1);
  });

  it('no string in any text field adds a line (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), fc.constantFrom('id', 'title', 'description', 'timeZone', 'url'), (text, field) => {
        const event = fixture('utc') as unknown as Record<string, unknown>;
        event[field] = field === 'title' || field === 'id' ? `x${text}` : text;
        check(eventsToIcs([event as unknown as InclusionEvent], { now }), 1);
      }),
      { numRuns: 200 },
    );
  });
});
