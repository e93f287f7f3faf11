/**
 * Differential test: every fixture calendar read by parseIcs and by a plain ical.js walk
 * (ICAL.Component, ICAL.Event, the calendar's own VTIMEZONEs registered with ICAL's zone
 * service, ICAL.Event's iterator for series with EXDATE). The two share only ical.js's text
 * parser: our reader resolves zones by name through Intl and expands series itself, the walk
 * uses the calendar's VTIMEZONE rules. They must agree wherever both can tell: titles and
 * start instants of single events, and the number of occurrences of series in the window.
 * Events where the walk cannot tell (a TZID with no VTIMEZONE, which ical.js reads as
 * floating) or that only one side de-duplicates (several versions of one UID) are left out.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import type { InclusionEvent } from '../../../lib/model/event.ts';
import { parseIcs } from '../../../lib/sources/ics.ts';
import { simpleRuleOccurrences } from '../../../lib/sources/ics-simple-rule.ts';
import { eventInstant } from '../../../lib/time/offsets.ts';

const dir = join(import.meta.dirname, '../../fixtures/sources/ics');
const now = new Date('2026-11-22T08:00:00Z');
const from = Date.UTC(2025, 10, 22);
const to = Date.UTC(2028, 10, 22);
const files = readdirSync(dir).filter((f) => f.endsWith('.ics') && f !== 'broken.ics');

interface Walked {
  uid: string;
  summary: string;
  /** ms of the start; floating and date values read as UTC. */
  start: number;
  floating: boolean;
  series: boolean;
  occurrences: number;
}

const registered: string[] = [];
afterAll(() => {
  for (const tzid of registered) ICAL.TimezoneService.remove(tzid);
});

function walk(text: string): Walked[] {
  const root = new ICAL.Component(ICAL.parse(text) as never);
  const zoneIds = new Set<string>();
  for (const vtz of root.getAllSubcomponents('vtimezone')) {
    const zone = new ICAL.Timezone(vtz);
    ICAL.TimezoneService.register(zone, zone.tzid);
    registered.push(zone.tzid);
    zoneIds.add(zone.tzid);
  }
  const vevents = root.getAllSubcomponents('vevent');
  const uidCount = new Map<string, number>();
  for (const v of vevents) {
    const uid = String(v.getFirstPropertyValue('uid') ?? '');
    uidCount.set(uid, (uidCount.get(uid) ?? 0) + 1);
  }
  const out: Walked[] = [];
  for (const v of vevents) {
    const uid = String(v.getFirstPropertyValue('uid') ?? '');
    if (!uid || uidCount.get(uid) !== 1) continue;
    const dtstart = v.getFirstProperty('dtstart');
    const tzid = dtstart?.getParameter('tzid');
    if (!dtstart || (typeof tzid === 'string' && !zoneIds.has(tzid))) continue;
    const event = new ICAL.Event(v);
    const start = event.startDate;
    // Outlook writes all-day events as midnight to midnight in a zone; both readers keep the day.
    const outlookAllDay = String(v.getFirstPropertyValue('x-microsoft-cdo-alldayevent') ?? '').toUpperCase() === 'TRUE';
    const floating = start.isDate || outlookAllDay || (!tzid && start.zone !== ICAL.Timezone.utcTimezone);
    let occurrences = 0;
    if (event.isRecurring()) {
      const iterator = event.iterator();
      for (let next = iterator.next(); next && occurrences <= 500; next = iterator.next()) {
        const ms = next.isDate || floating ? Date.UTC(next.year, next.month - 1, next.day, next.hour, next.minute) : next.toUnixTime() * 1000;
        if (ms >= to) break;
        if (ms >= from) occurrences++;
      }
    }
    out.push({
      uid,
      summary: String(event.summary ?? '').trim(),
      start: floating ? Date.UTC(start.year, start.month - 1, start.day, start.hour, start.minute) : start.toUnixTime() * 1000,
      floating,
      series: event.isRecurring(),
      occurrences,
    });
  }
  return out;
}

const startMs = (e: InclusionEvent) => (e.timeZone ? eventInstant(e.start, e.timeZone, 'UTC').getTime() : eventInstant(e.start, undefined, 'UTC').getTime());

describe('parseIcs agrees with a plain ical.js walk', () => {
  let compared = 0;
  it.each(files)('%s', (file) => {
    const text = readFileSync(join(dir, file), 'utf8');
    const ours = parseIcs(text, { now }).events;
    for (const w of walk(text)) {
      if (w.series) {
        const occurrences = ours.filter((e) => e.id.startsWith(`${w.uid}/`) || e.id === w.uid);
        expect(occurrences.length, `${file} ${w.uid} occurrences`).toBe(w.occurrences);
        compared++;
        continue;
      }
      const event = ours.find((e) => e.id === w.uid);
      expect(event, `${file} ${w.uid}`).toBeDefined();
      if (!event) continue;
      if (w.summary && w.summary.length < 200 && !/^\s*(cancel|annul|abgesagt)/i.test(w.summary)) expect(event.title, `${file} ${w.uid} title`).toBe(w.summary.replace(/\s+/g, ' '));
      // A floating time shown in X-WR-TIMEZONE is the same wall clock: compare walls.
      const ms = w.floating ? eventInstant(event.start, undefined, 'UTC').getTime() : startMs(event);
      expect(new Date(ms).toISOString(), `${file} ${w.uid} start`).toBe(new Date(w.start).toISOString());
      compared++;
    }
  });
  it('compared enough events to mean something', () => {
    if (process.env.ICS_DIFF_COUNT) console.log(`${compared} events and series compared`);
    expect(compared).toBeGreaterThanOrEqual(15);
  });
});

describe('parseIcs expands generated series as ical.js\'s own event iterator does', () => {
  const basic = (ms: number) => new Date(ms).toISOString().replace(/[-:]/g, '').slice(0, 15);
  const series = fc.record({
    freq: fc.constantFrom('HOURLY', 'DAILY', 'WEEKLY', 'MONTHLY'),
    interval: fc.integer({ min: 1, max: 5 }),
    // Starts from long before the window (where the reader jumps ahead) to inside it.
    daysBefore: fc.integer({ min: -200, max: 12_000 }),
    hour: fc.integer({ min: 0, max: 23 }),
    end: fc.oneof(fc.constant(''), fc.integer({ min: 1, max: 800 }).map((n) => `;COUNT=${n}`), fc.integer({ min: 0, max: 1_500 }).map((d) => `;UNTIL=+${d}`)),
    byday: fc.constantFrom('', ';BYDAY=MO,WE', ';BYDAY=SA'),
    // The monthly rules the reader computes itself (ics-simple-rule.ts), checked end to end.
    monthly: fc.constantFrom('', ';BYDAY=2TU', ';BYDAY=-1FR', ';BYDAY=1MO,3MO', ';BYMONTHDAY=15,-1', ';BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1'),
    // Which occurrences (by their rank in the window) are excluded: an EXDATE that matches no
    // occurrence is left undefined by RFC 5545, and ical.js then skips the next real one.
    exdates: fc.array(fc.integer({ min: 0, max: 400 }), { maxLength: 5 }),
  });
  it('gives the same occurrences in the window (first 500)', () => {
    fc.assert(fc.property(series, ({ freq, interval, daysBefore, hour, end, byday, monthly, exdates }) => {
      const days = freq === 'HOURLY' ? Math.min(daysBefore, 400) : daysBefore;
      let start = Date.UTC(2025, 10, 22, hour) - days * 86_400_000;
      // A DTSTART the rule does not produce is undefined behaviour in RFC 5545 (we keep it, ical.js drops it): start on a rule day.
      const ruleDays = freq === 'WEEKLY' && byday ? (byday.includes('SA') ? [6] : [1, 3]) : undefined;
      while (ruleDays && !ruleDays.includes(new Date(start).getUTCDay())) start += 86_400_000;
      if (freq === 'MONTHLY' && monthly) {
        const parts = Object.fromEntries(monthly.slice(1).split(';').map((p) => p.split('=')).map(([k, v]) => [k!.toLowerCase(), v!.split(',')]));
        const wall = new Date(start).toISOString().slice(0, 16);
        const first = simpleRuleOccurrences(wall, { freq: 'MONTHLY', ...parts }, wall.slice(0, 10), '2100-01-01', 1)?.walls[0] as string;
        start = Date.parse(`${first}:00Z`);
      }
      // UNTIL before DTSTART is undefined behaviour too: UNTIL is days after DTSTART.
      const until = end.startsWith(';UNTIL=+') ? `;UNTIL=${basic(start + Number(end.slice(8)) * 86_400_000)}Z` : end;
      const rule = `FREQ=${freq};INTERVAL=${interval}${until}${freq === 'WEEKLY' ? byday : ''}${freq === 'MONTHLY' ? monthly : ''}`;
      const calendar = (ex: string[]) => ['BEGIN:VCALENDAR', 'VERSION:2.0', 'BEGIN:VEVENT', 'UID:gen', 'SUMMARY:Generated', `DTSTART:${basic(start)}Z`, `RRULE:${rule}`, ...ex, 'END:VEVENT', 'END:VCALENDAR', ''].join('\r\n');
      const plain = new ICAL.Event(new ICAL.Component(ICAL.parse(calendar([])) as never).getFirstSubcomponent('vevent') as never).iterator();
      const occurrences: number[] = [];
      // Ranked from the window's start, where both readers list them.
      for (let next = plain.next(); next && occurrences.length <= 400; next = plain.next()) {
        const ms = next.toUnixTime() * 1000;
        if (ms >= to) break;
        if (ms >= from) occurrences.push(ms);
      }
      const ex = [...new Set(exdates.filter((rank) => rank < occurrences.length))].map((rank) => `EXDATE:${basic(occurrences[rank]!)}Z`);
      const text = calendar(ex);
      const ours = parseIcs(text, { now }).events.map((e) => e.start);
      const event = new ICAL.Event(new ICAL.Component(ICAL.parse(text) as never).getFirstSubcomponent('vevent') as never);
      const theirs: string[] = [];
      const iterator = event.iterator();
      for (let next = iterator.next(); next && theirs.length < 500; next = iterator.next()) {
        const ms = next.toUnixTime() * 1000;
        if (ms >= to) break;
        if (ms >= from) theirs.push(new Date(ms).toISOString().slice(0, 16));
      }
      expect(ours, `${basic(start)} ${rule}`).toEqual(theirs);
    }), { numRuns: 60 });
  });
});
