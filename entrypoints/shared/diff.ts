/**
 * Which events are new since the last refresh, and which are still ahead.
 */
import type { InclusionEvent } from '../../lib/model/event.ts';
import { eventInstant } from '../../lib/time/offsets.ts';

/** Events whose id is not among `knownIds`, each once. */
export function findNewEvents(events: InclusionEvent[], knownIds: Iterable<string>): InclusionEvent[] {
  const known = new Set(knownIds);
  const out: InclusionEvent[] = [];
  for (const event of events) {
    if (known.has(event.id)) continue;
    known.add(event.id);
    out.push(event);
  }
  return out;
}

/** The instant an event is over: its end, else its start (the end of the day for all-day events). */
export function eventEndInstant(event: InclusionEvent, viewerZone: string): number {
  const last = event.end ?? event.start;
  const wall = last.length === 10 ? `${last}T23:59` : last;
  return eventInstant(wall, event.timeZone, viewerZone).getTime();
}

/** Events not over yet at `now`. */
export function upcomingEvents(events: InclusionEvent[], now: Date, viewerZone: string): InclusionEvent[] {
  return events.filter((event) => {
    try {
      return eventEndInstant(event, viewerZone) >= now.getTime();
    } catch {
      return false;
    }
  });
}

/**
 * The known-id list after a refresh: the current ids first, then older ones, capped so the
 * list cannot grow without bound (an id dropped from every feed long ago may be forgotten).
 */
export function mergeKnownIds(previous: string[], current: InclusionEvent[], cap = 5000): string[] {
  const ids = new Set(current.map((e) => e.id));
  for (const id of previous) ids.add(id);
  return [...ids].slice(0, cap);
}
