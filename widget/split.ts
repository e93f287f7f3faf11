/**
 * Past/upcoming split that stays cheap for 10,000 events: only events within a day or two of
 * today need the exact, zone-aware test; the rest are decided by comparing day strings.
 * Agrees with lib/query's splitPastUpcoming (see the unit test) and keeps the input order.
 */
import type { InclusionEvent } from '../lib/model/event.ts';
import { lastDayOf } from '../lib/query/filter-fields.ts';
import { addDays, dayInZone } from '../lib/time/zoned.ts';
import { eventInstant } from '../lib/time/offsets.ts';

/**
 * lib/query's splitPastUpcoming rule for one event: a timed event is past once its end (else
 * its start) is before now; an all-day one stays upcoming through its last day for the viewer.
 */
export function isPast(e: InclusionEvent, now: Date, today: string, viewerZone: string): boolean {
  const last = e.end ?? e.start;
  if (e.allDay || last.length === 10) return lastDayOf(e) < today;
  return eventInstant(last, e.timeZone, viewerZone).getTime() < now.getTime();
}

export function splitByNow(events: InclusionEvent[], now: Date, viewerZone: string): { past: InclusionEvent[]; upcoming: InclusionEvent[] } {
  const today = dayInZone(now, viewerZone);
  // Event days are in the event's zone; zones differ by at most ~26 h, so two days of margin.
  const before = addDays(today, -2);
  const after = addDays(today, 2);
  const past: InclusionEvent[] = [];
  const upcoming: InclusionEvent[] = [];
  for (const e of events) {
    if (e.start.slice(0, 10) > after) upcoming.push(e);
    else if (lastDayOf(e) < before) past.push(e);
    else (isPast(e, now, today, viewerZone) ? past : upcoming).push(e);
  }
  return { past, upcoming };
}

/** Events in start order without paying for zone conversions when the feed is already ordered. */
export function isOrderedByStart(events: readonly InclusionEvent[]): boolean {
  const zone = events[0]?.timeZone;
  for (let i = 1; i < events.length; i++) {
    const a = events[i - 1] as InclusionEvent;
    const b = events[i] as InclusionEvent;
    if (b.timeZone !== zone || a.start > b.start) return false;
    // All-day events lead their day; a timed one before an all-day one on the same day is out of order.
    if (a.start.slice(0, 10) === b.start.slice(0, 10) && !a.allDay && b.allDay) return false;
  }
  return true;
}
