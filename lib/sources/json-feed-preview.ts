/**
 * The first events of a feed.json for a first screen, without the relevance code: only events
 * that carry their own topics, relevance and mode (as every feed `inclusio build` writes does)
 * are completed here, exactly as json-feed.ts completes them. When one of the first events
 * needs its topics or mode worked out from its words, this gives up and the full reader
 * (previewJsonFeed) does the preview instead.
 */
import type { InclusionEvent } from '../model/event.ts';
import { previewFeed } from '../model/read-feed.ts';
import { sanitizeEvent } from '../model/sanitize.ts';
import { attribute, viaOf } from './json-feed-source.ts';

/**
 * Same events as previewJsonFeed(data, fromDay, count, { sourceUrl }), or undefined when the
 * events are not in day order or one of them lacks topics, relevance or mode.
 * @example previewCompleteJsonFeed({ version: 1, events: firstEvents }, '2026-11-20', 25, { sourceUrl })
 */
export function previewCompleteJsonFeed(data: unknown, fromDay: string, count: number, from: { sourceUrl?: string } = {}): InclusionEvent[] | undefined {
  const via = viaOf(from);
  const first = previewFeed(data, fromDay, count, { sourceKey: from.sourceUrl ?? 'json', source: via ?? { format: 'json' as const } });
  if (!first || first.some((r) => r.missing.topics || r.missing.relevance || r.missing.mode)) return undefined;
  return first.map(({ event }) => {
    // Control characters never pass this point, as in json-feed.ts (lib/model/sanitize.ts).
    sanitizeEvent(event);
    return via ? attribute(event, via) : event;
  });
}
