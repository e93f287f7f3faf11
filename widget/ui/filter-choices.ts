/**
 * What the filter fields offer, from the events themselves: in the filter fields' chunk, worked
 * out only once the visitor opens them (it walks every event).
 */
import type { InclusionEvent, Mode, TopicId } from '../../lib/model/event.ts';
import type { WidgetConfig } from '../config.ts';
import type { FilterChoices } from './Filters.tsx';

/** The partner's own filters (attributes): only their topics, countries and modes are offered. */
export type PartnerFilters = Pick<WidgetConfig, 'topics' | 'countries' | 'modes'>;

/**
 * @example filterChoices(events, { topics: [], countries: ['BE'], modes: [] }).countries // ['BE']
 */
export function filterChoices(events: readonly InclusionEvent[], partner: PartnerFilters): FilterChoices {
  const topics = new Set<TopicId>();
  const countries = new Set<string>();
  const modes = new Set<Mode>();
  const languages = new Set<string>();
  for (const e of events) {
    for (const t of e.topics) topics.add(t);
    if (e.location?.country) countries.add(e.location.country.toUpperCase());
    modes.add(e.mode);
    for (const l of e.languages ?? []) languages.add(l.toLowerCase().split('-')[0] ?? l);
  }
  const c = partner;
  return {
    topics: [...topics].filter((t) => !c.topics.length || c.topics.includes(t)).sort(),
    countries: [...countries].filter((x) => !c.countries.length || c.countries.includes(x)).sort(),
    modes: [...modes].filter((m) => m !== 'unknown' && (!c.modes.length || c.modes.includes(m))),
    languages: [...languages].sort(),
  };
}
