/**
 * Relevance of pages and events for migrant inclusion: classify() for any text,
 * classifyEvent() for one event's own words.
 */
import type { InclusionEvent } from '../model/event.ts';
import { classify, type Classification } from './classify.ts';

export { classify, classifyFolded, classifyHits, termHits, MAX_CLASSIFY_CHARS, type Classification } from './classify.ts';
export type { TermHit } from './matcher.ts';
export { legacyReasonText, readReason, REASON_KINDS, type ReasonKind, type RelevanceReason } from './reason.ts';
export { foldKeepLength, foldTerm } from './fold.ts';

/**
 * Classifies one event from its title, description and place.
 * @example classifyEvent({ title: 'Webinar: refugees in the labour market' }).relevant // true
 */
export function classifyEvent(
  e: Pick<InclusionEvent, 'title' | 'description' | 'location'>,
  options: { lang?: string } = {},
): Classification {
  const place = e.location ? [e.location.name, e.location.address, e.location.city].filter(Boolean).join(', ') : '';
  return classify([e.title, e.description, place].filter(Boolean).join('\n'), options);
}
