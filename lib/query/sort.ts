/** Chronological order for lists and calendars. */
import type { InclusionEvent } from '../model/event.ts';
import { dayOf, timeOf } from '../model/event.ts';
import { orderingMs } from '../time/offsets.ts';
import { foldText } from './fold.ts';

interface SortKey {
  day: string;
  /** -Infinity for all-day events, so they lead their day. */
  ms: number;
  title: string;
}

function instantMs(e: InclusionEvent): number {
  // Floating times (and unknown zones) have no instant: they sort as if they were UTC.
  return e.allDay || !timeOf(e.start) ? -Infinity : orderingMs(e.start, e.timeZone);
}

/**
 * Events ordered by start day, then all-day events before timed ones, then start instant
 * (zoned times compared as instants), then title; ties keep their input order. 'desc'
 * reverses the whole order. The input array is not changed.
 * @example sortEvents(events)[0].start // the earliest
 */
export function sortEvents(events: InclusionEvent[], order: 'asc' | 'desc' = 'asc'): InclusionEvent[] {
  return sortKeyed(events.map(keyed), order);
}

/** An event with its sort key and its place in the input (ties keep it). */
export interface Keyed {
  e: InclusionEvent;
  i: number;
  k: SortKey;
}

export const keyed = (e: InclusionEvent, i: number): Keyed => ({ e, i, k: { day: dayOf(e.start), ms: instantMs(e), title: foldText(e.title) } });

export function sortKeyed(keyed: Keyed[], order: 'asc' | 'desc'): InclusionEvent[] {
  const sign = order === 'desc' ? -1 : 1;
  keyed.sort((a, b) => {
    const c =
      (a.k.day < b.k.day ? -1 : a.k.day > b.k.day ? 1 : 0) ||
      (a.k.ms < b.k.ms ? -1 : a.k.ms > b.k.ms ? 1 : 0) ||
      (a.k.title < b.k.title ? -1 : a.k.title > b.k.title ? 1 : 0);
    return c * sign || a.i - b.i;
  });
  return keyed.map((x) => x.e);
}
