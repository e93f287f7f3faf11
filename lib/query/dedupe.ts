/**
 * One event announced by several partners, or announced and later reported, becomes one
 * event. Inside one source, events with different ids are different events (a festival's two
 * sessions on one page, "Away" all day and "Away" at 14:00): only the same id joins them.
 * Across sources, the same id joins; a matching title or url joins only when the times agree.
 * Candidates are compared within the same start day, and at most a few per key, so the work
 * stays linear even for 10,000 identical events.
 */
import type { EventLocation, EventSource, InclusionEvent, Mode } from '../model/event.ts';
import { dayOf, timeOf } from '../model/event.ts';
import { zonedWallTimeToUtc } from '../time/zoned.ts';
import { foldText } from './fold.ts';

// Words that partners add or drop freely in a title ("Webinar on the ..." vs "Webinar: ...").
const SMALL_WORDS = new Set(
  ('a an the of on in at to for and or with by from ' +
    'le la les l un une des de du d et ou pour en au aux sur avec par ' +
    'der die das den dem des ein eine und oder fur im am zum zur mit von ' +
    'il lo gli i uno una di del della e o per con su al alla ' +
    'el los las y u para con del al por').split(' '),
);

/** Clusters looked at per key: more events than this sharing one title on one day are told apart, not scanned. */
const MAX_CANDIDATES = 16;

/**
 * A title reduced to the words that identify it: folded, punctuation and small words dropped.
 * @example titleKey('The Job Fair for Refugees!') // 'job fair refugees'
 */
export function titleKey(title: string): string {
  return foldText(title)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w && !SMALL_WORDS.has(w))
    .join(' ');
}

function urlKey(url: string): string {
  return url.trim().replace(/^https?:\/\/(www\.)?/i, '').replace(/[/#?]+$/, '').toLowerCase();
}

function isTimed(e: InclusionEvent): boolean {
  return !e.allDay && timeOf(e.start) !== undefined;
}

function sameStartTime(x: InclusionEvent, y: InclusionEvent): boolean {
  if (x.start === y.start && x.timeZone === y.timeZone) return true;
  // Zoned times compare as instants (14:00 Brussels = 13:00 UTC); a floating time only as wall time.
  if (!x.timeZone || !y.timeZone) return x.start === y.start;
  try {
    return zonedWallTimeToUtc(x.start, x.timeZone).getTime() === zonedWallTimeToUtc(y.start, y.timeZone).getTime();
  } catch {
    return false;
  }
}

interface Cluster {
  event: InclusionEvent;
  /** The first timed member: a timed event at another time is another session. */
  anchor?: InclusionEvent;
  /** Sources of the members: a source's second event with this title is another event. */
  sources: Set<string>;
}

/** The key of the source an event came through. */
export const sourceKey = (s: EventSource) => `${s.format} ${s.url ?? ''} ${s.name ?? ''}`;

export interface DedupeOptions {
  /** Which source an event came through; by default its `source` (format, url, name). */
  sourceOf?: (event: InclusionEvent) => string;
}

/** Times agree when both are timed at one instant, or when one of them gives only the day (the keys already share the day). */
function timesAgree(cluster: Cluster, e: InclusionEvent): boolean {
  return !isTimed(e) || !cluster.anchor || sameStartTime(cluster.anchor, e);
}

/**
 * The same events from several sources merged into one each, in first-seen order. Two
 * events are the same when they start on the same day and share an id (UID); or, coming from
 * different sources, share a url or a title that differs only in case, accents, punctuation
 * and small words, at agreeing times (two timed events at different times are two sessions).
 * The merged event keeps the first id and the richest fields, and lists every source in `sources`.
 * @example dedupeEvents([fromPartnerA, fromPartnerB]).length // 1
 */
export function dedupeEvents(events: InclusionEvent[], options: DedupeOptions = {}): InclusionEvent[] {
  // An event merged before (it lists `sources`) came through all of them, so dedupe is idempotent.
  const sourcesOf = options.sourceOf
    ? (e: InclusionEvent) => [options.sourceOf!(e)]
    : (e: InclusionEvent) => (e.sources ?? [e.source]).map(sourceKey);
  const clusters: Cluster[] = [];
  const byKey = new Map<string, Cluster[]>();

  for (const e of events) {
    const day = dayOf(e.start);
    const sources = sourcesOf(e);
    const idKey = `i ${day} ${e.id}`;
    const keys = [idKey];
    const tk = titleKey(e.title);
    if (tk) keys.push(`t ${day} ${tk}`);
    if (e.url) keys.push(`u ${day} ${urlKey(e.url)}`);
    let target: Cluster | undefined;
    for (const key of keys) {
      // One id is one event even when a source moved its time; other keys join only other sources' events, at agreeing times.
      target = byKey.get(key)?.find((c) => key === idKey || (!sources.some((s) => c.sources.has(s)) && timesAgree(c, e)));
      if (target) break;
    }
    if (target) {
      target.event = mergeEvents(target.event, e);
      if (!target.anchor && isTimed(e)) target.anchor = e;
      for (const s of sources) target.sources.add(s);
    } else {
      target = { event: { ...e }, sources: new Set(sources) };
      if (isTimed(e)) target.anchor = e;
      clusters.push(target);
    }
    for (const key of keys) {
      const list = byKey.get(key);
      if (!list) byKey.set(key, [target]);
      else if (list.length < MAX_CANDIDATES && !list.includes(target)) list.push(target);
    }
  }
  return clusters.map((c) => c.event);
}

const MODE_RANK: Record<Mode, number> = { unknown: 0, 'in-person': 1, online: 1, hybrid: 2 };

function mergeMode(a: Mode, b: Mode): Mode {
  // One source naming the venue and another the stream describes a hybrid event.
  if ((a === 'in-person' && b === 'online') || (a === 'online' && b === 'in-person')) return 'hybrid';
  return MODE_RANK[b] > MODE_RANK[a] ? b : a;
}

function partCount(l: EventLocation | undefined): number {
  return l ? [l.name, l.address, l.city, l.country].filter(Boolean).length : 0;
}

function mergeLocation(a?: EventLocation, b?: EventLocation): EventLocation | undefined {
  const [rich, poor] = partCount(b) > partCount(a) ? [b, a] : [a, b];
  if (!rich || !poor) return rich ?? poor;
  const sameCity = !rich.city || !poor.city || foldText(rich.city) === foldText(poor.city);
  if (!sameCity) return rich;
  const out: EventLocation = { ...poor, ...rich };
  for (const k of ['name', 'address', 'city', 'country'] as const) {
    if (!rich[k] && poor[k]) out[k] = poor[k];
    else if (!out[k]) delete out[k];
  }
  return out;
}

function union<T>(a: T[] | undefined, b: T[] | undefined, key: (x: T) => string = String): T[] {
  const seen = new Set<string>();
  const out: T[] = [];
  for (const x of [...(a ?? []), ...(b ?? [])]) {
    const k = key(x);
    if (!seen.has(k)) {
      seen.add(k);
      out.push(x);
    }
  }
  return out;
}

function longer(a?: string, b?: string): string | undefined {
  return (b?.length ?? 0) > (a?.length ?? 0) ? b : a;
}

/**
 * Two reports of one event merged into one: `a` keeps its id and title; the richer field
 * wins elsewhere (longer description, fuller place, a time over an all-day date, registration
 * details, organiser, higher relevance), topics, languages and sources are united.
 * @example mergeEvents(announcement, report).sources?.length // 2
 */
export function mergeEvents(a: InclusionEvent, b: InclusionEvent): InclusionEvent {
  const out: InclusionEvent = { ...a };
  const useTimeOfB = a.allDay && !b.allDay && dayOf(a.start) === dayOf(b.start) && (!a.end || dayOf(a.end) === dayOf(a.start));
  if (useTimeOfB) {
    out.start = b.start;
    out.allDay = false;
    setOrDelete(out, 'end', b.end);
    setOrDelete(out, 'timeZone', b.timeZone);
  } else if (a.allDay === b.allDay) {
    if (!a.end && b.end) out.end = b.end;
    if (!a.timeZone && b.timeZone && a.start === b.start) out.timeZone = b.timeZone;
  }
  setOrDelete(out, 'description', longer(a.description, b.description));
  setOrDelete(out, 'location', mergeLocation(a.location, b.location));
  out.mode = mergeMode(a.mode, b.mode);
  for (const k of ['onlineUrl', 'url', 'registrationUrl', 'registrationDeadline'] as const) {
    if (!a[k] && b[k]) out[k] = b[k];
  }
  if (b.organizer && (!a.organizer || (!a.organizer.url && b.organizer.url))) out.organizer = b.organizer;
  const languages = union(a.languages, b.languages, (l) => l.toLowerCase());
  setOrDelete(out, 'languages', languages.length ? languages : undefined);
  out.topics = union(a.topics, b.topics);
  if (b.relevance.score > a.relevance.score) out.relevance = b.relevance;
  // 'scheduled' is what a listing says by default; a cancellation or postponement is news.
  if (a.status === 'scheduled' && b.status !== 'scheduled') out.status = b.status;
  if (b.confidence !== undefined && (a.confidence === undefined || b.confidence > a.confidence)) out.confidence = b.confidence;
  out.sources = union([a.source, ...(a.sources ?? [])], [b.source, ...(b.sources ?? [])], sourceKey);
  return out;
}

function setOrDelete<K extends keyof InclusionEvent>(e: InclusionEvent, k: K, v: InclusionEvent[K] | undefined): void {
  if (v === undefined) delete e[k];
  else e[k] = v;
}
