/** Agenda sections: by day, by month, and past versus upcoming. */
import type { InclusionEvent } from '../model/event.ts';
import { dayOf, timeOf } from '../model/event.ts';
import { ValidationError } from '../model/errors.ts';
import { eventInstant } from '../time/offsets.ts';
import { dayInZone } from '../time/zoned.ts';
import { lastDayOf } from './filter.ts';

function groupBy<K extends string>(events: InclusionEvent[], keyOf: (e: InclusionEvent) => K): Array<[K, InclusionEvent[]]> {
  const groups = new Map<K, InclusionEvent[]>();
  for (const e of events) {
    const k = keyOf(e);
    const list = groups.get(k);
    if (list) list.push(e);
    else groups.set(k, [e]);
  }
  return [...groups].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * Events in sections per start day ('YYYY-MM-DD'), days ascending, events in their input order
 * (sort first). A multi-day event is listed once, on its start day, so it is not repeated on
 * every day of a long conference.
 * @example groupByDay(sortEvents(events))[0] // { day: '2026-12-01', events: [...] }
 */
export function groupByDay(events: InclusionEvent[]): Array<{ day: string; events: InclusionEvent[] }> {
  return groupBy(events, (e) => dayOf(e.start)).map(([day, list]) => ({ day, events: list }));
}

/**
 * Events in sections per start month ('YYYY-MM'), months ascending, events in input order.
 * @example groupByMonth(events).map((g) => g.month) // ['2026-11', '2026-12']
 */
export function groupByMonth(events: InclusionEvent[]): Array<{ month: string; events: InclusionEvent[] }> {
  return groupBy(events, (e) => e.start.slice(0, 7)).map(([month, list]) => ({ month, events: list }));
}

function endInstant(value: string, zone: string | undefined, viewerZone: string): number {
  try {
    return eventInstant(value, zone, viewerZone).getTime();
  } catch {
    // An unknown event zone: reading the wall time in the viewer's zone is the best guess.
    return eventInstant(value, undefined, viewerZone).getTime();
  }
}

/**
 * Splits events into past and upcoming for a viewer. A timed event is past once its end (its
 * start when it has no end) is before `now`; floating times are read in `viewerZone`. An
 * all-day event stays upcoming through its last day in `viewerZone`. Order is kept.
 * @example splitPastUpcoming(events, now, 'Europe/Brussels').upcoming
 */
export function splitPastUpcoming(
  events: InclusionEvent[],
  now: Date,
  viewerZone: string,
): { past: InclusionEvent[]; upcoming: InclusionEvent[] } {
  let today: string;
  try {
    today = dayInZone(now, viewerZone);
  } catch (cause) {
    throw new ValidationError([{ path: 'viewerZone', message: `Unknown time zone: ${viewerZone}` }], { cause });
  }
  const nowMs = now.getTime();
  const past: InclusionEvent[] = [];
  const upcoming: InclusionEvent[] = [];
  for (const e of events) {
    let isPast: boolean;
    const last = e.end ?? e.start;
    if (e.allDay || !timeOf(last)) {
      isPast = lastDayOf(e) < today;
    } else {
      isPast = endInstant(last, e.timeZone, viewerZone) < nowMs;
    }
    (isPast ? past : upcoming).push(e);
  }
  return { past, upcoming };
}
