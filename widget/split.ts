/**
 * Past/upcoming split that stays cheap for 10,000 events: only events within a day of today
 * need lib/query's exact, zone-aware test; the rest are decided by comparing day strings.
 */
import type { InclusionEvent } from '../lib/model/event.ts';
import { lastDayOf } from '../lib/query/filter.ts';
import { splitPastUpcoming } from '../lib/query/group.ts';
import { addDays, dayInZone } from '../lib/time/zoned.ts';

export function splitByNow(events: InclusionEvent[], now: Date, viewerZone: string): { past: InclusionEvent[]; upcoming: InclusionEvent[] } {
  const today = dayInZone(now, viewerZone);
  // Event days are in the event's zone; zones differ by at most ~26 h, so two days of margin.
  const before = addDays(today, -2);
  const after = addDays(today, 2);
  const past: InclusionEvent[] = [];
  const upcoming: InclusionEvent[] = [];
  const unsure: InclusionEvent[] = [];
  for (const e of events) {
    if (e.start.slice(0, 10) > after) upcoming.push(e);
    else if (lastDayOf(e) < before) past.push(e);
    else unsure.push(e);
  }
  if (unsure.length === 0) return { past, upcoming };
  const exact = splitPastUpcoming(unsure, now, viewerZone);
  const order = new Map(events.map((e, i) => [e, i] as const));
  const byOrder = (a: InclusionEvent, b: InclusionEvent) => (order.get(a) ?? 0) - (order.get(b) ?? 0);
  return { past: [...past, ...exact.past].sort(byOrder), upcoming: [...exact.upcoming, ...upcoming].sort(byOrder) };
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
