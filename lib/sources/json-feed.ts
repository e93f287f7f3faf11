/**
 * Feed v1 (`feed.json`), read tolerantly (lib/model/read-feed.ts): Inclusio's own feeds keep
 * their topics and relevance as published; a hand-written feed needs only a title and a start
 * per event, and what it leaves out (topics, relevance, mode) is computed here the way every
 * other source format gets it. A broken event is skipped with a warning naming its index and
 * field; a broken optional field is dropped. The same reader serves the widget, the extension
 * and `inclusio build`.
 */
import { ParseError, ValidationError, type FeedProblem } from '../model/errors.ts';
import type { EventSource, InclusionEvent } from '../model/event.ts';
import { sanitizeEvent } from '../model/sanitize.ts';
import { previewFeed, readFeedSteps, runSteps, runStepsPaused, STEP, type ReadEvent } from '../model/read-feed.ts';
import { classifyEvent } from '../relevance/index.ts';
import { inferMode } from './mode.ts';
import { attribute, viaOf } from './json-feed-source.ts';
import type { ParsedSource } from './types.ts';

/** Warnings listed one by one; past this, one line counts the rest (a feed can be broken 10,000 times). */
const MAX_WARNINGS = 20;

function warningOf(p: FeedProblem): string {
  return `${p.path}: ${p.message}${p.effect === 'event' ? ' (event skipped)' : p.effect === 'field' ? ' (ignored)' : ''}`;
}

export interface JsonFeedContext {
  sourceUrl?: string;
  sourceName?: string;
  lang?: string;
  /** See SourceContext.preview. */
  preview?: { fromDay: string; count: number; show: (events: InclusionEvent[]) => void };
}

/** Gives a read event what the feed left out (topics, relevance, mode) and names its source. */
function complete({ event, missing }: ReadEvent, from: JsonFeedContext, via: EventSource | undefined): InclusionEvent {
  if (missing.topics || missing.relevance) {
    const c = classifyEvent(event, from.lang ? { lang: from.lang } : event.languages?.[0] ? { lang: event.languages[0] } : {});
    if (missing.topics) event.topics = [...c.topics];
    if (missing.relevance) event.relevance = { score: c.score, relevant: c.relevant, reasons: [...c.reasons], why: c.why };
  }
  if (missing.mode) event.mode = inferMode({ title: event.title, description: event.description, location: event.location, onlineUrl: event.onlineUrl });
  // Control characters (a CR/LF in an id) never pass this point; see lib/model/sanitize.ts.
  sanitizeEvent(event);
  return via ? attribute(event, via) : event;
}

/**
 * The first `count` events from `fromDay` on of a feed document (or of the start of one, read
 * while the rest downloads), completed as the full read completes them; undefined when the
 * events are not in day order. Problems are left to the full read.
 * @example previewJsonFeed({ version: 1, events: firstEvents }, '2026-11-20', 100, { sourceUrl })
 */
export function previewJsonFeed(data: unknown, fromDay: string, count: number, from: JsonFeedContext = {}): InclusionEvent[] | undefined {
  const via = viaOf(from);
  const first = previewFeed(data, fromDay, count, { sourceKey: from.sourceUrl ?? from.sourceName ?? 'json', source: via ?? { format: 'json' as const } });
  return first?.map((r) => complete(r, from, via));
}

function* jsonFeedSteps(text: string, from: JsonFeedContext): Generator<void, ParsedSource> {
  const clean = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let data: unknown;
  try {
    data = JSON.parse(clean);
  } catch (cause) {
    throw new ParseError('json', `Not valid JSON: ${(cause as Error).message}`, { cause });
  }
  const via = viaOf(from);
  const options = { sourceKey: from.sourceUrl ?? from.sourceName ?? 'json', source: via ?? { format: 'json' as const } };
  if (from.preview) {
    const first = previewJsonFeed(data, from.preview.fromDay, from.preview.count, from);
    if (first) {
      from.preview.show(first);
      yield;
    }
  }
  const read = yield* readFeedSteps(data, options);
  if (!read.usable) throw new ValidationError(read.problems.filter((p) => p.effect === 'feed'));
  const events: InclusionEvent[] = [];
  for (let i = 0; i < read.events.length; i++) {
    if (i > 0 && i % STEP === 0) yield;
    events.push(complete(read.events[i]!, from, via));
  }
  // Events there were, none readable: a broken feed, not an empty calendar (a build keeps what it had).
  if (read.count > 0 && events.length === 0) {
    const first = read.problems.filter((p) => p.effect === 'event').slice(0, 3);
    throw new ValidationError([{ path: 'events', message: `none of its ${read.count} events could be read`, effect: 'feed' }, ...first]);
  }
  const warnings = read.problems.slice(0, MAX_WARNINGS).map(warningOf);
  if (read.problems.length > MAX_WARNINGS) warnings.push(`… and ${read.problems.length - MAX_WARNINGS} more problems`);
  const skipped = read.problems.filter((p) => p.effect === 'event').length;
  if (skipped > 0) warnings.push(`${skipped} of ${read.count} events skipped`);
  const parsed: ParsedSource = { format: 'json', title: read.title, events, warnings };
  if (read.icsUrl) parsed.icsUrl = read.icsUrl;
  return parsed;
}

/**
 * Reads feed v1 JSON text. Given where it was read from (`sourceUrl`, `sourceName`), each event
 * names that as its source and keeps the sources it already had in `sources`, so a build that
 * merges several feeds knows which one every event came through.
 * @throws ParseError when it is not JSON; ValidationError when the document itself is unusable
 *   (not an object, another version, no events list). Bad events and fields are warnings.
 * @example const { title, events, warnings } = parseJsonFeed(await res.text(), { sourceUrl: 'https://network.example.org/feed.json' });
 */
export function parseJsonFeed(text: string, from: JsonFeedContext = {}): ParsedSource {
  return runSteps(jsonFeedSteps(text, from));
}

/**
 * parseJsonFeed in steps of a few hundred events, awaiting `pause()` between them whenever it
 * returns a promise: the browser passes a frame budget so a 10,000-event feed never holds the page.
 * @example await readJsonFeed(text, { sourceUrl }, () => (performance.now() - start > 8 ? nextFrame() : undefined));
 */
export function readJsonFeed(text: string, from: JsonFeedContext, pause: () => Promise<void> | undefined): Promise<ParsedSource> {
  return runStepsPaused(jsonFeedSteps(text, from), pause);
}
