/**
 * "Why shown" in the user's language: the structured reason an event carries (or, for events
 * from feeds that predate it, the one its own words give), rendered by lib/i18n/reasons.ts.
 * The classifier (and its term lists) loads only for those older events, on demand: the popup
 * opens without it.
 */
import type { Messages } from '../../lib/i18n/index.ts';
import { renderReason } from '../../lib/i18n/reasons.ts';
import type { InclusionEvent, Relevance } from '../../lib/model/event.ts';
import { readReason } from '../../lib/relevance/reason.ts';

/** The reason a page or event carries, rendered; undefined when it carries none. */
export function relevanceText(messages: Messages, relevance: Pick<Relevance, 'why'>): string | undefined {
  const why = readReason(relevance.why);
  return why ? renderReason(messages, why) : undefined;
}

/** The event's reason, rendered; worked out from its own words when it carries none. */
export async function eventReasonText(messages: Messages, event: Pick<InclusionEvent, 'title' | 'description' | 'location' | 'relevance'>): Promise<string> {
  const carried = relevanceText(messages, event.relevance);
  if (carried) return carried;
  const { classifyEvent } = await import('../../lib/relevance/index.ts');
  return renderReason(messages, classifyEvent(event).why);
}
