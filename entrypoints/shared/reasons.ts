/**
 * "Why shown" in the user's language: the structured reason an event carries (or, for events
 * from feeds that predate it, the one its own words give), rendered by lib/i18n/reasons.ts.
 */
import type { Messages } from '../../lib/i18n/index.ts';
import { renderReason } from '../../lib/i18n/reasons.ts';
import type { InclusionEvent, Relevance } from '../../lib/model/event.ts';
import { classifyEvent, readReason } from '../../lib/relevance/index.ts';

/** The reason of a page or event, rendered; undefined when there is none to give. */
export function relevanceText(messages: Messages, relevance: Pick<Relevance, 'why'>, event?: Pick<InclusionEvent, 'title' | 'description' | 'location'>): string | undefined {
  const why = readReason(relevance.why) ?? (event ? classifyEvent(event).why : undefined);
  return why ? renderReason(messages, why) : undefined;
}
