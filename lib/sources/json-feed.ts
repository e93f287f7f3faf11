/**
 * Feed v1 (`feed.json`), the format Inclusio publishes. Its events are model events already,
 * so they keep their topics and relevance; only the document is checked.
 */
import { ValidationError } from '../model/errors.ts';
import { parseFeedJson } from '../model/feed.ts';
import type { EventSource, InclusionEvent } from '../model/event.ts';
import { sanitizeEvent } from '../model/sanitize.ts';
import type { ParsedSource } from './types.ts';

const sameSource = (a: EventSource, b: EventSource) => a.format === b.format && a.url === b.url && a.name === b.name;

/** The event as read from `via`: that is its source now, and every earlier source stays listed. */
function attribute(event: InclusionEvent, via: EventSource): InclusionEvent {
  const sources = [via];
  for (const s of event.sources ?? [event.source]) if (!sources.some((k) => sameSource(k, s))) sources.push(s);
  return { ...event, source: via, sources };
}

/**
 * Reads feed v1 JSON text. Given where it was read from (`sourceUrl`, `sourceName`), each event
 * names that as its source and keeps the sources it already had in `sources`, so a build that
 * merges several feeds knows which one every event came through.
 * @throws ParseError when it is not JSON; ValidationError naming each bad path when it is not feed v1.
 * @example const { title, events } = parseJsonFeed(await res.text(), { sourceUrl: 'https://network.example.org/feed.json' });
 */
export function parseJsonFeed(text: string, from: { sourceUrl?: string; sourceName?: string } = {}): ParsedSource {
  const clean = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const trimmed = clean.trimStart();
  if (trimmed.startsWith('[')) {
    throw new ValidationError([
      { path: '(root)', message: 'is a list; a feed v1 is an object: { "version": 1, "title", "updated", "events": [...] }' },
    ]);
  }
  const feed = parseFeedJson(clean);
  // Control characters (a CR/LF in an id) never pass this point; see lib/model/sanitize.ts.
  let events = feed.events.map(sanitizeEvent);
  if (from.sourceUrl || from.sourceName) {
    const via: EventSource = { format: 'json', ...(from.sourceUrl ? { url: from.sourceUrl } : {}), ...(from.sourceName ? { name: from.sourceName } : {}) };
    events = events.map((e) => attribute(e, via));
  }
  const parsed: ParsedSource = { format: 'json', title: feed.title, events, warnings: [] };
  if (feed.icsUrl) parsed.icsUrl = feed.icsUrl;
  return parsed;
}
