/**
 * What the content script sends back from a page: the events it found and whether the page is
 * about migrant inclusion at all. Plain data, so it crosses from the page to the popup intact.
 */
import type { InclusionEvent } from '../../lib/model/event.ts';
import type { Classification } from '../../lib/relevance/index.ts';

export interface PageResult {
  url: string;
  title?: string;
  relevant: boolean;
  relevance: Pick<Classification, 'score' | 'topics' | 'reasons'>;
  events: InclusionEvent[];
}

/** Checks what came back from executeScript before the popup trusts it. */
export function isPageResult(value: unknown): value is PageResult {
  const v = value as Partial<PageResult> | null;
  return (
    !!v &&
    typeof v.url === 'string' &&
    typeof v.relevant === 'boolean' &&
    !!v.relevance &&
    Array.isArray(v.relevance.reasons) &&
    Array.isArray(v.events) &&
    v.events.every((e) => !!e && typeof e.id === 'string' && typeof e.title === 'string' && typeof e.start === 'string')
  );
}
