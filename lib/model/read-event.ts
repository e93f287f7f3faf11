/**
 * Tolerant reading of one event of a feed.json, the rules shared by the widget, the extension
 * and `inclusio build`: only `title` and `start` are required. A missing `id` is derived, and
 * missing `status`, `source`, `mode`, `allDay` get defaults; `topics` and `relevance` are left
 * for the caller to compute (lib/relevance is not a model concern). An invalid optional field is
 * dropped and the event kept; an event without a usable title or start is skipped. Every
 * problem names its path (`events[3].start`) and its effect, so `inclusio validate` can list
 * them all and say which ones lose an event.
 */
import type { FeedProblem } from './errors.ts';
import { EVENT_STATUSES, MODES, SOURCE_FORMATS, TOPIC_IDS, type EventSource, type InclusionEvent, type Mode, type TopicId } from './event.ts';
import { eventId } from './id.ts';
import { readReason } from '../relevance/reason.ts';
import { isEventDate, isHttpUrl, isTimeZone } from './checks.ts';

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const LANGUAGE_RE = /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8})*$/;
const COUNTRY_RE = /^[A-Z]{2}$/;

export interface ReadEventContext {
  /** What ids are derived from when an event has none: the feed's URL, else its name. */
  sourceKey: string;
  /** The source given to events that name none. */
  source: EventSource;
  problems: FeedProblem[];
}

export interface ReadEvent {
  event: InclusionEvent;
  /** The feed gave no usable topics / relevance / mode: the caller computes them. */
  missing: { topics: boolean; relevance: boolean; mode: boolean };
}

function nonEmptyString(v: unknown): string | undefined {
  return typeof v === 'string' && v.trim() !== '' ? v : undefined;
}

function readSource(v: unknown): EventSource | undefined {
  if (!isObject(v) || typeof v.format !== 'string' || !(SOURCE_FORMATS as readonly string[]).includes(v.format)) return undefined;
  const out: EventSource = { format: v.format as EventSource['format'] };
  if (typeof v.url === 'string') out.url = v.url;
  if (typeof v.name === 'string') out.name = v.name;
  return out;
}

/**
 * The event at `path`, or undefined (with a problem of effect 'event') when it cannot be shown.
 * @example readFeedEvent({ title: 'Job fair', start: '2026-12-01T10:00' }, 'events[0]', ctx)
 */
export function readFeedEvent(raw: unknown, path: string, ctx: ReadEventContext): ReadEvent | undefined {
  const skip = (field: string, message: string) => {
    ctx.problems.push({ path: field ? `${path}.${field}` : path, message, effect: 'event' });
    return undefined;
  };
  const drop = (field: string, message: string) => void ctx.problems.push({ path: `${path}.${field}`, message, effect: 'field' });
  if (!isObject(raw)) return skip('', 'must be an object');
  const e = raw;
  if (e.title === undefined) return skip('title', 'is required');
  if (typeof e.title !== 'string') return skip('title', 'must be a string');
  if (e.title.trim() === '') return skip('title', 'must not be empty');
  if (e.start === undefined) return skip('start', 'is required');
  if (!isEventDate(e.start)) return skip('start', "must be 'YYYY-MM-DD' or 'YYYY-MM-DDTHH:MM'");
  const title = e.title;
  const start = e.start;
  const allDay = start.length === 10;

  const event = {} as InclusionEvent;
  if (e.id !== undefined && !nonEmptyString(e.id)) drop('id', 'must be a non-empty string; an id was derived');
  event.id = nonEmptyString(e.id) ?? eventId(ctx.sourceKey, title, start);
  event.title = title;
  if (e.description !== undefined) {
    if (typeof e.description === 'string') event.description = e.description;
    else drop('description', 'must be a string');
  }
  event.start = start;
  if (e.end !== undefined) {
    if (!isEventDate(e.end)) drop('end', "must be 'YYYY-MM-DD' or 'YYYY-MM-DDTHH:MM'");
    else if (e.end.slice(0, 16) < start.slice(0, 16).slice(0, e.end.length)) drop('end', 'is before start');
    else event.end = e.end;
  }
  if (e.allDay !== undefined && e.allDay !== allDay) {
    drop('allDay', typeof e.allDay !== 'boolean' ? 'must be true or false' : e.allDay ? 'is true but start has a time' : 'is false but start has no time');
  }
  event.allDay = allDay;
  if (e.timeZone !== undefined) {
    if (typeof e.timeZone === 'string' && isTimeZone(e.timeZone)) event.timeZone = e.timeZone;
    else drop('timeZone', 'must be an IANA time zone');
  }
  if (e.location !== undefined) {
    if (!isObject(e.location)) drop('location', 'must be an object');
    else {
      const location: NonNullable<InclusionEvent['location']> = {};
      for (const k of ['name', 'address', 'city'] as const) {
        const v = e.location[k];
        if (typeof v === 'string') location[k] = v;
        else if (v !== undefined) drop(`location.${k}`, 'must be a string');
      }
      const country = e.location.country;
      if (typeof country === 'string' && COUNTRY_RE.test(country)) location.country = country;
      else if (country !== undefined) drop('location.country', 'must be a two-letter ISO country code, e.g. BE');
      if (Object.keys(location).length > 0) event.location = location;
    }
  }
  const modeKnown = typeof e.mode === 'string' && (MODES as readonly string[]).includes(e.mode);
  if (e.mode !== undefined && !modeKnown) drop('mode', `must be one of: ${MODES.join(', ')}`);
  event.mode = modeKnown ? (e.mode as Mode) : 'unknown';
  for (const k of ['onlineUrl', 'url', 'registrationUrl'] as const) {
    const v = e[k];
    if (v === undefined) continue;
    if (typeof v === 'string' && isHttpUrl(v)) event[k] = v;
    else drop(k, 'must be an http(s) URL');
  }
  if (e.registrationDeadline !== undefined) {
    if (isEventDate(e.registrationDeadline)) event.registrationDeadline = e.registrationDeadline;
    else drop('registrationDeadline', "must be 'YYYY-MM-DD' or 'YYYY-MM-DDTHH:MM'");
  }
  if (e.organizer !== undefined) {
    const o = e.organizer;
    if (!isObject(o) || !nonEmptyString(o.name)) drop('organizer', 'must be an object with a name');
    else {
      event.organizer = { name: o.name as string };
      if (o.url !== undefined) {
        if (typeof o.url === 'string' && isHttpUrl(o.url)) event.organizer.url = o.url;
        else drop('organizer.url', 'must be an http(s) URL');
      }
    }
  }
  if (e.languages !== undefined) {
    if (!Array.isArray(e.languages)) drop('languages', 'must be a list');
    else {
      const languages = e.languages.filter((l, i) => (typeof l === 'string' && LANGUAGE_RE.test(l)) || void drop(`languages[${i}]`, 'must be a language tag, e.g. fr')) as string[];
      if (languages.length > 0) event.languages = languages;
    }
  }
  let topicsMissing = e.topics === undefined;
  if (e.topics !== undefined) {
    if (!Array.isArray(e.topics)) {
      drop('topics', 'must be a list');
      topicsMissing = true;
    } else {
      event.topics = e.topics.filter((t, i) => (typeof t === 'string' && (TOPIC_IDS as readonly string[]).includes(t)) || void drop(`topics[${i}]`, `must be one of: ${TOPIC_IDS.join(', ')}`)) as TopicId[];
    }
  }
  if (topicsMissing) event.topics = [];
  const r = e.relevance;
  const relevanceOk =
    isObject(r) && typeof r.score === 'number' && Number.isFinite(r.score) && r.score >= 0 && r.score <= 1 && typeof r.relevant === 'boolean' &&
    Array.isArray(r.reasons) && r.reasons.every((x) => typeof x === 'string');
  if (r !== undefined && !relevanceOk) drop('relevance', 'must be { score: 0..1, relevant: true|false, reasons: [strings] }; it was computed instead');
  event.relevance = relevanceOk ? { score: r.score as number, relevant: r.relevant as boolean, reasons: [...(r.reasons as string[])] } : { score: 0, relevant: false, reasons: [] };
  // The reason as data, for interfaces that render it in the reader's language; a malformed one is left out.
  const why = relevanceOk ? readReason(r.why) : undefined;
  if (why) event.relevance.why = why;
  const statusKnown = typeof e.status === 'string' && (EVENT_STATUSES as readonly string[]).includes(e.status);
  if (e.status !== undefined && !statusKnown) drop('status', `must be one of: ${EVENT_STATUSES.join(', ')}`);
  event.status = statusKnown ? (e.status as InclusionEvent['status']) : 'scheduled';
  const source = e.source === undefined ? undefined : readSource(e.source);
  if (e.source !== undefined && !source) drop('source', `must be an object with a format (${SOURCE_FORMATS.join(', ')})`);
  event.source = source ?? { ...ctx.source };
  if (e.sources !== undefined) {
    const sources = Array.isArray(e.sources) ? e.sources.map(readSource) : [];
    if (!Array.isArray(e.sources) || sources.some((s) => !s)) drop('sources', 'must be a list of sources');
    const good = sources.filter((s): s is EventSource => !!s);
    if (good.length > 0) event.sources = good;
  }
  if (e.confidence !== undefined) {
    if (typeof e.confidence === 'number' && e.confidence >= 0 && e.confidence <= 1) event.confidence = e.confidence;
    else drop('confidence', 'must be a number from 0 to 1');
  }
  return { event, missing: { topics: topicsMissing, relevance: !relevanceOk, mode: !modeKnown } };
}
