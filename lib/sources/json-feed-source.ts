/**
 * Which feed a feed.json event was read through (its `source`, with the earlier ones kept in
 * `sources`). Apart from json-feed.ts so the widget's first-screen preview
 * (json-feed-preview.ts) can name sources the same way without the relevance code.
 */
import type { EventSource, InclusionEvent } from '../model/event.ts';

const sameSource = (a: EventSource, b: EventSource) => a.format === b.format && a.url === b.url && a.name === b.name;

/** The event as read from `via`: that is its source now, and every earlier source stays listed. Changes the (freshly read) event. */
export function attribute(event: InclusionEvent, via: EventSource): InclusionEvent {
  const sources = [via];
  for (const s of event.sources ?? [event.source]) if (!sources.some((k) => sameSource(k, s))) sources.push(s);
  event.source = via;
  event.sources = sources;
  return event;
}

/** The source a feed read from this address or name gives its events. */
export const viaOf = (from: { sourceUrl?: string; sourceName?: string }): EventSource | undefined =>
  from.sourceUrl || from.sourceName ? { format: 'json', ...(from.sourceUrl ? { url: from.sourceUrl } : {}), ...(from.sourceName ? { name: from.sourceName } : {}) } : undefined;
