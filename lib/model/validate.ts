/**
 * Hand-written validation of events and feeds against the v1 contract. Every problem names
 * its JSON path (e.g. `events[3].location.country`) so a partner can find and fix it.
 * Kept in step with public/schema/feed-v1.schema.json (a test checks both agree).
 */
import type { FeedProblem, Problem } from './errors.ts';
import { feedProblems } from './read-feed.ts';
import { isEventDate, isHttpUrl, isTimeZone } from './checks.ts';
import { EVENT_STATUSES, MODES, SOURCE_FORMATS, TOPIC_IDS } from './event.ts';

export { isTimeZone } from './checks.ts';

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

class Checker {
  readonly problems: Problem[] = [];
  add(path: string, message: string): void {
    this.problems.push({ path, message });
  }
  string(obj: Json, key: string, path: string, required: boolean): void {
    const v = obj[key];
    if (v === undefined) {
      if (required) this.add(`${path}.${key}`, 'is required');
      return;
    }
    if (typeof v !== 'string') this.add(`${path}.${key}`, 'must be a string');
    else if (required && v.trim() === '') this.add(`${path}.${key}`, 'must not be empty');
  }
  url(obj: Json, key: string, path: string): void {
    const v = obj[key];
    if (v !== undefined && !isHttpUrl(v)) this.add(`${path}.${key}`, 'must be an http(s) URL');
  }
  date(obj: Json, key: string, path: string, required: boolean): void {
    const v = obj[key];
    if (v === undefined) {
      if (required) this.add(`${path}.${key}`, 'is required');
      return;
    }
    if (!isEventDate(v)) this.add(`${path}.${key}`, "must be 'YYYY-MM-DD' or 'YYYY-MM-DDTHH:MM'");
  }
  oneOf(obj: Json, key: string, path: string, allowed: readonly string[], required: boolean): void {
    const v = obj[key];
    if (v === undefined) {
      if (required) this.add(`${path}.${key}`, 'is required');
      return;
    }
    if (typeof v !== 'string' || !allowed.includes(v)) this.add(`${path}.${key}`, `must be one of: ${allowed.join(', ')}`);
  }
  score(v: unknown, path: string): void {
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0 || v > 1) this.add(path, 'must be a number from 0 to 1');
  }
}

function checkEvent(c: Checker, e: unknown, path: string): void {
  if (!isObject(e)) {
    c.add(path, 'must be an object');
    return;
  }
  c.string(e, 'id', path, true);
  c.string(e, 'title', path, true);
  c.string(e, 'description', path, false);
  c.date(e, 'start', path, true);
  c.date(e, 'end', path, false);
  if (typeof e.allDay !== 'boolean') c.add(`${path}.allDay`, 'must be true or false');
  else if (typeof e.start === 'string' && isEventDate(e.start) && e.allDay !== (e.start.length === 10)) {
    c.add(`${path}.allDay`, e.allDay ? 'is true but start has a time' : 'is false but start has no time');
  }
  if (typeof e.start === 'string' && typeof e.end === 'string' && isEventDate(e.start) && isEventDate(e.end)) {
    if (e.end.slice(0, 16) < e.start.slice(0, 16).slice(0, e.end.length)) c.add(`${path}.end`, 'is before start');
  }
  if (e.timeZone !== undefined) {
    if (typeof e.timeZone !== 'string' || !isTimeZone(e.timeZone)) c.add(`${path}.timeZone`, 'must be an IANA time zone');
  }
  if (e.location !== undefined) {
    if (!isObject(e.location)) c.add(`${path}.location`, 'must be an object');
    else {
      for (const k of ['name', 'address', 'city'] as const) c.string(e.location, k, `${path}.location`, false);
      const country = e.location.country;
      if (country !== undefined && (typeof country !== 'string' || !/^[A-Z]{2}$/.test(country))) {
        c.add(`${path}.location.country`, 'must be a two-letter ISO country code, e.g. BE');
      }
    }
  }
  c.oneOf(e, 'mode', path, MODES, true);
  for (const k of ['onlineUrl', 'url', 'registrationUrl'] as const) c.url(e, k, path);
  c.date(e, 'registrationDeadline', path, false);
  if (e.organizer !== undefined) {
    if (!isObject(e.organizer)) c.add(`${path}.organizer`, 'must be an object');
    else {
      c.string(e.organizer, 'name', `${path}.organizer`, true);
      c.url(e.organizer, 'url', `${path}.organizer`);
    }
  }
  if (e.languages !== undefined) {
    if (!Array.isArray(e.languages)) c.add(`${path}.languages`, 'must be a list');
    else e.languages.forEach((l, i) => {
      if (typeof l !== 'string' || !/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8})*$/.test(l)) c.add(`${path}.languages[${i}]`, 'must be a language tag, e.g. fr');
    });
  }
  if (!Array.isArray(e.topics)) c.add(`${path}.topics`, 'must be a list');
  else e.topics.forEach((t, i) => {
    if (typeof t !== 'string' || !TOPIC_IDS.includes(t as never)) c.add(`${path}.topics[${i}]`, `must be one of: ${TOPIC_IDS.join(', ')}`);
  });
  if (!isObject(e.relevance)) c.add(`${path}.relevance`, 'must be an object');
  else {
    c.score(e.relevance.score, `${path}.relevance.score`);
    if (typeof e.relevance.relevant !== 'boolean') c.add(`${path}.relevance.relevant`, 'must be true or false');
    if (!Array.isArray(e.relevance.reasons) || e.relevance.reasons.some((r) => typeof r !== 'string')) {
      c.add(`${path}.relevance.reasons`, 'must be a list of strings');
    }
  }
  c.oneOf(e, 'status', path, EVENT_STATUSES, true);
  checkSource(c, e.source, `${path}.source`);
  if (e.sources !== undefined) {
    if (!Array.isArray(e.sources)) c.add(`${path}.sources`, 'must be a list');
    else e.sources.forEach((s, i) => checkSource(c, s, `${path}.sources[${i}]`));
  }
  if (e.confidence !== undefined) c.score(e.confidence, `${path}.confidence`);
}

function checkSource(c: Checker, s: unknown, path: string): void {
  if (!isObject(s)) {
    c.add(path, 'must be an object');
    return;
  }
  c.oneOf(s, 'format', path, SOURCE_FORMATS, true);
  c.string(s, 'name', path, false);
  // A source url may be a relative file path in a build, so only its type is checked.
  c.string(s, 'url', path, false);
}

/** Problems with one event; empty when it is valid. */
export function validateEvent(event: unknown, path = 'event'): Problem[] {
  const c = new Checker();
  checkEvent(c, event, path);
  return c.problems;
}

/**
 * Problems with a feed v1 document under the tolerant rules every reader applies (only each
 * event's title and start are required): each problem says its effect ('feed', 'event' or
 * 'field'). Empty when the feed reads as written.
 */
export function validateFeed(feed: unknown): FeedProblem[] {
  return feedProblems(feed);
}

/** Problems with a complete feed v1 document, every field as Inclusio publishes it; empty when it is. */
export function validateFeedStrict(feed: unknown): Problem[] {
  const c = new Checker();
  if (!isObject(feed)) {
    c.add('(root)', 'must be an object');
    return c.problems;
  }
  if (feed.version !== 1) c.add('version', 'must be 1');
  c.string(feed, 'title', '', true);
  if (typeof feed.updated !== 'string' || Number.isNaN(Date.parse(feed.updated))) c.add('updated', 'must be an ISO date and time');
  if (feed.icsUrl !== undefined && !isHttpUrl(feed.icsUrl) && typeof feed.icsUrl !== 'string') c.add('icsUrl', 'must be a URL');
  if (!Array.isArray(feed.events)) c.add('events', 'must be a list');
  else {
    const seen = new Set<string>();
    feed.events.forEach((e, i) => {
      checkEvent(c, e, `events[${i}]`);
      if (isObject(e) && typeof e.id === 'string') {
        if (seen.has(e.id)) c.add(`events[${i}].id`, `repeats the id '${e.id}'`);
        seen.add(e.id);
      }
    });
  }
  // Paths built as `${''}.title` start with a dot at the root.
  return c.problems.map((p) => ({ ...p, path: p.path.replace(/^\./, '') }));
}
