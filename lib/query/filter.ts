/**
 * The filters people set in the widget and the extension: topic, place, mode, language,
 * dates (filter-fields.ts), and words. Every criterion left out lets every event through.
 */
import type { InclusionEvent } from '../model/event.ts';
import { fieldTests, passing, type EventFilter } from './filter-fields.ts';
import { cachedHaystack, matchesWords, queryWords } from './search.ts';

export { lastDayOf, type EventFilter } from './filter-fields.ts';

/**
 * The events that pass every criterion of `filter`, in their order. Multi-day events count on
 * every day they span, so a three-day conference shows for a `from` on its second day.
 * Countries and cities need the event's own place: an event without one does not pass them.
 * @example filterEvents(events, { topics: ['labour'], countries: ['BE'], from: '2026-12-01' })
 */
export function filterEvents(events: InclusionEvent[], filter: EventFilter): InclusionEvent[] {
  const tests = fieldTests(filter);
  const words = filter.text ? queryWords(filter.text) : [];
  if (words.length) tests.push((e) => matchesWords(cachedHaystack(e), words));
  return passing(events, tests);
}
