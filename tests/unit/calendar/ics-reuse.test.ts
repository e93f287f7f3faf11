/**
 * `inclusio build` writes each event's VEVENT once, for feed.ics, and reuses it in the topic
 * calendars; those then only ask an event its zone (calendarZone) instead of its times. A topic
 * calendar made that way must be the one a fresh export makes: same VEVENTs, same VTIMEZONEs
 * (zoned, UTC, floating and all-day events; DST edges; zones used by one topic only).
 */
import { describe, expect, it } from 'vitest';
import { eventsToIcs } from '../../../lib/calendar/ics.ts';
import { calendarTimes, calendarZone } from '../../../lib/calendar/times.ts';
import type { InclusionEvent } from '../../../lib/model/event.ts';
import { fixtureEvents } from './fixtures.ts';

const NOW = new Date('2026-11-22T09:00:00Z');
const events = fixtureEvents.map((e) => structuredClone(e)) as InclusionEvent[];
const topics = [...new Set(events.flatMap((e) => e.topics))];

describe('eventsToIcs with reused VEVENTs', () => {
  const reuse = new WeakMap<InclusionEvent, string>();
  const whole = eventsToIcs(events, { name: 'All', now: NOW, reuse });

  it('writes the whole feed as a fresh export does', () => expect(whole).toBe(eventsToIcs(events, { name: 'All', now: NOW })));

  it.each(topics)('topic %s: the same calendar as a fresh export', (topic) => {
    const some = events.filter((e) => e.topics.includes(topic));
    expect(eventsToIcs(some, { name: topic, now: NOW, reuse })).toBe(eventsToIcs(some, { name: topic, now: NOW }));
  });

  it.each([...events, { ...events[0]!, allDay: false, start: '2026-12-10T10:00', timeZone: ' Etc/UTC ' }, { ...events[0]!, allDay: false, start: '2026-12-10T10:00', timeZone: 'Mars/Olympus' }])(
    'calendarZone agrees with calendarTimes for $id ($timeZone)',
    (event) => {
      const times = calendarTimes(event);
      expect(calendarZone(event)).toBe(times.kind === 'zoned' ? times.zone : undefined);
    },
  );
});
