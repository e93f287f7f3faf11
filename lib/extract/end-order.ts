/**
 * The order events are given in: the page's order, except that on one start day a gathering of
 * several days comes before the single days that open inside it, as calendars show a span above
 * the day's own events ("Semana Intercultural, 30 March to 3 April" above "Cine, 30 March, 20:00").
 */
import type { InclusionEvent } from '../model/event.ts';

const day = (iso: string | undefined) => (iso ?? '').slice(0, 10);
// (An evening that ends after midnight, "19h-24h", "22:00-02:00", is one day's gathering: a timed end early on the next day.)
const nightEnd = (e: InclusionEvent) => !e.allDay && (e.end?.length ?? 0) > 10 && e.end! < `${day(e.end)}T07:00` && Date.parse(day(e.end)) - Date.parse(day(e.start)) === 86_400_000;
const spans = (e: InclusionEvent) => !!e.end && day(e.end) !== day(e.start) && !nightEnd(e);

/**
 * The events in page order with each start day's spans of several days first (stable otherwise).
 * @example spansFirst([oneDay('03-30'), week('03-30', '04-03')]) // [week, oneDay]
 */
export function spansFirst(events: InclusionEvent[]): InclusionEvent[] {
  if (events.length < 2) return events;
  const firstAt = new Map<string, number>();
  events.forEach((e, i) => { if (!firstAt.has(day(e.start))) firstAt.set(day(e.start), i); });
  // (Each day keeps the place of its first event in the page order; within it, spans come first.)
  return events
    .map((e, i) => ({ e, i }))
    .sort((a, b) => {
      const da = firstAt.get(day(a.e.start))!, db = firstAt.get(day(b.e.start))!;
      if (da !== db) return da - db;
      return Number(spans(b.e)) - Number(spans(a.e)) || a.i - b.i;
    })
    .map((x) => x.e);
}
