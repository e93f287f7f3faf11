/**
 * Feed v1 (`feed.json`), the format Inclusio publishes. Its events are model events already,
 * so they keep their topics and relevance; only the document is checked.
 */
import { ValidationError } from '../model/errors.ts';
import { parseFeedJson } from '../model/feed.ts';
import type { ParsedSource } from './types.ts';

/**
 * Reads feed v1 JSON text.
 * @throws ParseError when it is not JSON; ValidationError naming each bad path when it is not feed v1.
 * @example const { title, events } = parseJsonFeed(await res.text());
 */
export function parseJsonFeed(text: string): ParsedSource {
  const clean = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const trimmed = clean.trimStart();
  if (trimmed.startsWith('[')) {
    throw new ValidationError([
      { path: '(root)', message: 'is a list; a feed v1 is an object: { "version": 1, "title", "updated", "events": [...] }' },
    ]);
  }
  const feed = parseFeedJson(clean);
  const parsed: ParsedSource = { format: 'json', title: feed.title, events: feed.events, warnings: [] };
  if (feed.icsUrl) parsed.icsUrl = feed.icsUrl;
  return parsed;
}
