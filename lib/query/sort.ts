/** Chronological order for lists and calendars. */
import type { InclusionEvent } from '../model/event.ts';
import { dayOf, timeOf } from '../model/event.ts';
import { zonedWallTimeToUtc } from '../time/zoned.ts';
import { foldText } from './search.ts';

interface SortKey {
  day: string;
  /** -Infinity for all-day events, so they lead their day. */
  ms: number;
  title: string;
}

function instantMs(e: InclusionEvent, memo: Map<string, number>): number {
  const time = timeOf(e.start);
  if (e.allDay || !time) return -Infinity;
  const memoKey = `${e.timeZone ?? ''} ${e.start}`;
  let ms = memo.get(memoKey);
  if (ms === undefined) {
    const [y, m, d] = e.start.slice(0, 10).split('-').map(Number) as [number, number, number];
    const [hh, mm] = time.split(':').map(Number) as [number, number];
    // Floating times have no instant: they sort as if they were UTC.
    ms = Date.UTC(y, m - 1, d, hh, mm);
    if (e.timeZone) {
      try {
        ms = zonedWallTimeToUtc(e.start, e.timeZone).getTime();
      } catch {
        // an unknown zone keeps the wall-clock order
      }
    }
    memo.set(memoKey, ms);
  }
  return ms;
}

/**
 * Events ordered by start day, then all-day events before timed ones, then start instant
 * (zoned times compared as instants), then title; ties keep their input order. 'desc'
 * reverses the whole order. The input array is not changed.
 * @example sortEvents(events)[0].start // the earliest
 */
export function sortEvents(events: InclusionEvent[], order: 'asc' | 'desc' = 'asc'): InclusionEvent[] {
  const memo = new Map<string, number>();
  const keyed = events.map((e, i) => ({
    e,
    i,
    k: { day: dayOf(e.start), ms: instantMs(e, memo), title: foldText(e.title) } satisfies SortKey,
  }));
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
