/**
 * Tolerant reading of a whole feed.json document (see read-event.ts for one event). Only a
 * document that is not an object, is of another version, or has no `events` list is unusable;
 * everything else loses at most the events or fields that are wrong, each named in a problem.
 * Written as steps so the browser can read 10,000 events without holding the page: the
 * generator yields every STEP events and the caller decides whether to let the page breathe.
 */
import { isHttpUrl } from './checks.ts';
import type { FeedProblem } from './errors.ts';
import type { EventSource } from './event.ts';
import { readFeedEvent, type ReadEvent } from './read-event.ts';

export type { ReadEvent } from './read-event.ts';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Events read between two chances to yield. */
export const STEP = 250;

export interface FeedRead {
  /** False when a problem of effect 'feed' makes the document unusable. */
  usable: boolean;
  title: string;
  icsUrl?: string;
  events: ReadEvent[];
  /** Every problem, in document order, with its effect. */
  problems: FeedProblem[];
  /** How many entries `events` had. */
  count: number;
}

export interface ReadFeedOptions {
  sourceKey?: string;
  source?: EventSource;
}

/**
 * Reads a parsed feed.json value step by step: yields after each STEP events, returns the read.
 * @example const read = runSteps(readFeedSteps(JSON.parse(text)));
 */
export function* readFeedSteps(data: unknown, options: ReadFeedOptions = {}): Generator<void, FeedRead> {
  const problems: FeedProblem[] = [];
  const out: FeedRead = { usable: false, title: '', events: [], problems, count: 0 };
  const fatal = (path: string, message: string) => void problems.push({ path, message, effect: 'feed' });
  const field = (path: string, message: string) => void problems.push({ path, message, effect: 'field' });
  if (Array.isArray(data)) {
    fatal('(root)', 'is a list; a feed v1 is an object: { "version": 1, "title": "…", "events": [...] }');
    return out;
  }
  if (!isObject(data)) {
    fatal('(root)', 'must be an object');
    return out;
  }
  if (data.version === undefined) field('version', 'is missing; read as 1');
  else if (data.version !== 1) fatal('version', 'must be 1');
  if (typeof data.title === 'string') out.title = data.title;
  if (typeof data.title !== 'string') field('title', data.title === undefined ? 'is missing' : 'must be a string');
  else if (data.title.trim() === '') field('title', 'must not be empty');
  if (data.updated !== undefined && (typeof data.updated !== 'string' || Number.isNaN(Date.parse(data.updated)))) field('updated', 'must be an ISO date and time');
  if (data.icsUrl !== undefined) {
    if (typeof data.icsUrl === 'string' && data.icsUrl.trim() !== '' && (isHttpUrl(data.icsUrl) || !/^[a-z][a-z0-9+.-]*:/i.test(data.icsUrl))) out.icsUrl = data.icsUrl;
    else field('icsUrl', 'must be an http(s) URL or a path relative to the feed');
  }
  if (!Array.isArray(data.events)) fatal('events', data.events === undefined ? 'is required: a list of events' : 'must be a list');
  if (problems.some((p) => p.effect === 'feed')) return out;
  const list = data.events as unknown[];
  out.count = list.length;
  const ctx = { sourceKey: options.sourceKey ?? 'json', source: options.source ?? { format: 'json' as const }, problems };
  const seen = new Set<string>();
  for (let i = 0; i < list.length; i++) {
    if (i > 0 && i % STEP === 0) yield;
    const read = readFeedEvent(list[i], `events[${i}]`, ctx);
    if (!read) continue;
    const id = read.event.id;
    if (seen.has(id)) {
      let unique = `${id}/${read.event.start}`;
      for (let n = 2; seen.has(unique); n++) unique = `${id}/${read.event.start}/${n}`;
      field(`events[${i}].id`, `repeats the id '${id}'; read as '${unique}'`);
      read.event.id = unique;
    }
    seen.add(read.event.id);
    out.events.push(read);
  }
  out.usable = true;
  return out;
}

/**
 * A first look at a long feed, for a first paint before the whole feed is read: `count` events
 * from the first one starting on or after `fromDay`, when the feed lists its events in day
 * order (as `inclusio build` writes them). Undefined when the feed is not in order or unusable.
 * Problems are not collected here: the full read reports them.
 * @example previewFeed(JSON.parse(text), '2026-11-20', 60)
 */
export function previewFeed(data: unknown, fromDay: string, count: number, options: ReadFeedOptions = {}): ReadEvent[] | undefined {
  if (!isObject(data) || !Array.isArray(data.events) || (data.version !== undefined && data.version !== 1)) return undefined;
  const list = data.events as unknown[];
  const dayOf = (i: number) => {
    const e = list[i];
    return isObject(e) && typeof e.start === 'string' ? e.start.slice(0, 10) : undefined;
  };
  // Day order is enough (within a day, zones and all-day events may interleave).
  let previous = '';
  for (let i = 0; i < list.length; i++) {
    const day = dayOf(i);
    if (day === undefined || day < previous) return undefined;
    previous = day;
  }
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((dayOf(mid) as string) < fromDay) lo = mid + 1;
    else hi = mid;
  }
  const ctx = { sourceKey: options.sourceKey ?? 'json', source: options.source ?? { format: 'json' as const }, problems: [] };
  const out: ReadEvent[] = [];
  for (let i = lo; i < list.length && out.length < count; i++) {
    const read = readFeedEvent(list[i], `events[${i}]`, ctx);
    if (read) out.push(read);
  }
  return out;
}

/** Runs a step generator to its end, without yielding. */
export function runSteps<T>(steps: Generator<void, T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/**
 * Runs a step generator, calling `pause` between steps: when it returns a promise (the page
 * needs the main thread), the run waits for it. `pause` decides, e.g. on a frame budget.
 */
export async function runStepsPaused<T>(steps: Generator<void, T>, pause: () => Promise<void> | undefined): Promise<T> {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    const wait = pause();
    if (wait) await wait;
  }
}

/**
 * The problems of a feed.json value under the tolerant rules: effect 'feed' makes it
 * unusable, 'event' skips an event, 'field' drops or defaults a field.
 * @example feedProblems({ version: 1, events: [{ title: 'x' }] }) // [{ path: 'events[0].start', effect: 'event', … }]
 */
export function feedProblems(data: unknown): FeedProblem[] {
  return runSteps(readFeedSteps(data)).problems;
}
