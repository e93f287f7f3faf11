/**
 * Scores an event against the user's interests. Transparent: every match is listed, so the
 * popup can say why an event is shown.
 */
import type { InclusionEvent } from '../../lib/model/event.ts';
import type { Interests } from './types.ts';

export type MatchKind = 'topic' | 'country' | 'city' | 'language' | 'mode' | 'online';

export interface InterestMatch {
  kind: MatchKind;
  value: string;
}

export interface InterestScore {
  relevant: boolean;
  /** 0..1: half from the event's own relevance, half from how many interests it matched. */
  score: number;
  matches: InterestMatch[];
  /** The interest groups the event failed, e.g. ['country']. */
  misses: MatchKind[];
}

/** Case- and accent-insensitive form of a city name. */
const foldText = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();

const primary = (tag: string) => tag.toLowerCase().split('-')[0] ?? '';

/**
 * An event fits when it is about migrant inclusion and, for each interest group the user
 * filled in, matches one of its values. Online events fit any place; an event that does not
 * state its languages fits any language.
 */
export function scoreEvent(event: InclusionEvent, interests: Interests): InterestScore {
  const matches: InterestMatch[] = [];
  const misses: MatchKind[] = [];
  let groups = 0;

  if (interests.topics.length > 0) {
    groups++;
    const hit = event.topics.filter((t) => interests.topics.includes(t));
    if (hit.length) matches.push(...hit.map((value) => ({ kind: 'topic' as const, value })));
    else misses.push('topic');
  }

  const online = event.mode === 'online';
  const place = event.location ?? {};
  if (interests.countries.length > 0) {
    groups++;
    const country = place.country?.toUpperCase();
    if (country && interests.countries.includes(country)) matches.push({ kind: 'country', value: country });
    else if (online) matches.push({ kind: 'online', value: 'online' });
    else misses.push('country');
  }
  if (interests.cities.length > 0) {
    groups++;
    const city = place.city ? foldText(place.city) : '';
    const hit = interests.cities.find((c) => city && foldText(c) === city);
    if (hit) matches.push({ kind: 'city', value: hit });
    else if (online) {
      if (!matches.some((m) => m.kind === 'online')) matches.push({ kind: 'online', value: 'online' });
    } else misses.push('city');
  }
  if (interests.languages.length > 0 && event.languages?.length) {
    groups++;
    const wanted = interests.languages.map(primary);
    const hit = event.languages.find((l) => wanted.includes(primary(l)));
    if (hit) matches.push({ kind: 'language', value: primary(hit) });
    else misses.push('language');
  }
  if (interests.modes.length > 0) {
    groups++;
    if (interests.modes.includes(event.mode)) matches.push({ kind: 'mode', value: event.mode });
    else misses.push('mode');
  }

  const fit = groups === 0 ? 1 : (groups - misses.length) / groups;
  const relevant = event.relevance.relevant && event.status !== 'cancelled' && misses.length === 0;
  const score = Math.round((event.relevance.score * 0.5 + fit * 0.5) * 100) / 100;
  return { relevant, score, matches, misses };
}
