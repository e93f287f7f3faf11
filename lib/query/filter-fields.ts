/**
 * The filters people set in the widget and the extension, but words: topic, place, mode,
 * language, dates. Every criterion left out lets every event through. Apart from filter.ts
 * (which adds the words) so that the widget's initial file filters without the search code.
 */
import type { InclusionEvent, Mode, TopicId } from '../model/event.ts';
import { dayOf, timeOf } from '../model/event.ts';
import { addDays } from '../time/zoned.ts';
import { foldText } from './fold.ts';

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
  /** Words that must all occur (see createSearchIndex); applied by filterEvents (filter.ts) only. */
  text?: string;
  relevantOnly?: boolean;
  /** Default true: a cancelled event still shows, marked as cancelled. */
  includeCancelled?: boolean;
}

export type EventTest = (e: InclusionEvent) => boolean;

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

/** One test per criterion of `filter` but `text`. */
export function fieldTests(filter: EventFilter): EventTest[] {
  const tests: EventTest[] = [];
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
  return tests;
}

/** The events that pass every test, in their order (a copy even when there is none). */
export function passing(events: InclusionEvent[], tests: readonly EventTest[]): InclusionEvent[] {
  return tests.length ? events.filter((e) => tests.every((t) => t(e))) : events.slice();
}

/**
 * filterEvents without its `text` criterion: the widget searches words through its own index.
 * @example filterByFields(events, { topics: ['labour'], from: '2026-12-01' })
 */
export function filterByFields(events: InclusionEvent[], filter: Omit<EventFilter, 'text'>): InclusionEvent[] {
  return passing(events, fieldTests(filter));
}
