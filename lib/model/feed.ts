/**
 * Feed v1: the JSON file a network publishes (`feed.json`) and widgets and the extension read.
 */
import { ParseError, ValidationError } from './errors.ts';
import type { InclusionEvent } from './event.ts';
import { validateFeedStrict } from './validate.ts';

export interface FeedV1 {
  version: 1;
  title: string;
  /** ISO date and time of the build. */
  updated: string;
  /** Where the same events are published as iCalendar, so viewers can subscribe (webcal). */
  icsUrl?: string;
  events: InclusionEvent[];
}

/** Builds a feed document; events are kept in the order given. */
export function createFeed(title: string, events: InclusionEvent[], now: Date, icsUrl?: string): FeedV1 {
  const feed: FeedV1 = { version: 1, title, updated: now.toISOString(), events };
  if (icsUrl) feed.icsUrl = icsUrl;
  return feed;
}

/**
 * Reads feed v1 JSON text that must be complete (as `inclusio build` writes it). Feeds from
 * elsewhere go through lib/sources/json-feed.ts, which is tolerant.
 * @throws ParseError when it is not JSON, ValidationError (with every problem) when it is not a v1 feed.
 * @example const feed = parseFeedJson(await res.text());
 */
export function parseFeedJson(text: string): FeedV1 {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (cause) {
    throw new ParseError('json', `Not valid JSON: ${(cause as Error).message}`, { cause });
  }
  const problems = validateFeedStrict(data);
  if (problems.length > 0) throw new ValidationError(problems);
  return data as FeedV1;
}
