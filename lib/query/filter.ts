/**
 * The filters people set in the widget and the extension: topic, place, mode, language,
 * dates, words. Every criterion left out lets every event through.
 */
import type { InclusionEvent, Mode, TopicId } from '../model/event.ts';
import { dayOf, timeOf } from '../model/event.ts';
import { addDays } from '../time/zoned.ts';
import { cachedHaystack, foldText, matchesWords, queryWords } from './search.ts';

export interface EventFilter {
  /** Any of these topics. */
  topics?: TopicId[];
  /** ISO 3166-1 alpha-2 codes, any case. */
  countries?: string[];
  /** City names, accents and case ignored. */
  cities?: string[];
  /** 'hybrid' events match 'in-person' and 'online' too (they are both). */
  modes?: Mode[];
  /** BCP 47 tags compared by primary subtag ('fr' matches 'fr-BE'). Events without languages pass. */
  languages?: string[];
  /** 'YYYY-MM-DD', inclusive. */
  from?: string;
  /** 'YYYY-MM-DD', inclusive. */
  to?: string;
  /** Words that must all occur (see createSearchIndex). */
  text?: string;
  relevantOnly?: boolean;
  /** Default true: a cancelled event still shows, marked as cancelled. */
  includeCancelled?: boolean;
}

const primary = (tag: string) => tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';

/**
 * The last day an event covers. A timed event ending at midnight ends on the day before;
 * an end before the start is ignored.
 * @example lastDayOf({ start: '2026-03-02', end: '2026-03-04', allDay: true, ... }) // '2026-03-04'
 */
export function lastDayOf(e: Pick<InclusionEvent, 'start' | 'end' | 'allDay'>): string {
  const first = dayOf(e.start);
  if (!e.end) return first;
  let last = dayOf(e.end);
  if (!e.allDay && timeOf(e.end) === '00:00' && last > first) last = addDays(last, -1);
  return last < first ? first : last;
}

/**
 * The events that pass every criterion of `filter`, in their order. Multi-day events count on
 * every day they span, so a three-day conference shows for a `from` on its second day.
 * Countries and cities need the event's own place: an event without one does not pass them.
 * @example filterEvents(events, { topics: ['labour'], countries: ['BE'], from: '2026-12-01' })
 */
export function filterEvents(events: InclusionEvent[], filter: EventFilter): InclusionEvent[] {
  const tests: Array<(e: InclusionEvent) => boolean> = [];
  if (filter.topics?.length) {
    const topics = new Set(filter.topics);
    tests.push((e) => e.topics.some((t) => topics.has(t)));
  }
  if (filter.countries?.length) {
    const countries = new Set(filter.countries.map((c) => c.trim().toUpperCase()));
    tests.push((e) => !!e.location?.country && countries.has(e.location.country.toUpperCase()));
  }
  if (filter.cities?.length) {
    const cities = new Set(filter.cities.map((c) => foldText(c.trim())));
    tests.push((e) => !!e.location?.city && cities.has(foldText(e.location.city.trim())));
  }
  if (filter.modes?.length) {
    const modes = new Set(filter.modes);
    tests.push((e) => modes.has(e.mode) || (e.mode === 'hybrid' && (modes.has('online') || modes.has('in-person'))));
  }
  if (filter.languages?.length) {
    const languages = new Set(filter.languages.map(primary));
    tests.push((e) => !e.languages?.length || e.languages.some((l) => languages.has(primary(l))));
  }
  const { from, to } = filter;
  if (from) tests.push((e) => lastDayOf(e) >= from);
  if (to) tests.push((e) => dayOf(e.start) <= to);
  if (filter.relevantOnly) tests.push((e) => e.relevance.relevant);
  if (filter.includeCancelled === false) tests.push((e) => e.status !== 'cancelled');
  const words = filter.text ? queryWords(filter.text) : [];
  if (words.length) tests.push((e) => matchesWords(cachedHaystack(e), words));

  return tests.length ? events.filter((e) => tests.every((t) => t(e))) : events.slice();
}
