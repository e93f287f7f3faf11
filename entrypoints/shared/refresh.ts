/**
 * Reads the user's sources again. A source that answers 304 keeps its events at no cost; a
 * source that fails keeps the events it had (with the error noted), so a broken server never
 * empties the popup.
 */
import type { HttpClient, Validators } from '../../lib/http/client.ts';
import type { InclusionEvent } from '../../lib/model/event.ts';
import { describeError } from '../../lib/model/errors.ts';
import { failureReason } from './failure-reason.ts';
import type { FeedCaches, SourceCache, SourceEntry } from './types.ts';

/** The part of lib/sources' fetchSource the refresh needs. */
export type SourceReader = (
  client: HttpClient,
  url: string,
  ctx: { now: Date; validators?: Validators; sourceName?: string; parseHtml?: (html: string) => Document },
) => Promise<{ notModified: true; validators: Validators } | { notModified: false; validators: Validators; url: string; title?: string; events: InclusionEvent[] }>;

export interface RefreshDeps {
  client: HttpClient;
  read: SourceReader;
  now: Date;
  parseHtml?: (html: string) => Document;
  /** Sources read at the same time. */
  concurrency?: number;
  /**
   * Whether the user has granted access to a source's site. A source without it is never
   * fetched (an imported backup brings sources, not permissions).
   */
  hasAccess?: (url: string) => Promise<boolean>;
}

export interface RefreshOutcome {
  caches: FeedCaches;
  /** Sources read successfully for the first time: their events are a baseline, not news. */
  firstReads: string[];
  failures: Array<{ url: string; message: string }>;
  notModified: string[];
  /** Sources skipped because their site has not been granted. */
  needAccess: string[];
}

async function refreshOne(source: SourceEntry, previous: SourceCache | undefined, deps: RefreshDeps): Promise<SourceCache> {
  const checkedAt = deps.now.toISOString();
  const base: SourceCache = previous ?? { url: source.url, events: [], validators: {} };
  const result = await deps.read(deps.client, source.url, {
    now: deps.now,
    sourceName: source.name,
    // Without cached events a 304 would leave us empty, so ask unconditionally.
    ...(previous?.lastGood ? { validators: previous.validators } : {}),
    ...(deps.parseHtml ? { parseHtml: deps.parseHtml } : {}),
  });
  const { error: _dropped, reason: _gone, needsAccess: _granted, ...rest } = base;
  if (result.notModified) return { ...rest, validators: { ...base.validators, ...result.validators }, lastGood: checkedAt, lastChecked: checkedAt };
  const next: SourceCache = { url: source.url, events: result.events, validators: result.validators, lastGood: checkedAt, lastChecked: checkedAt };
  if (result.title) next.title = result.title;
  return next;
}

/**
 * Refreshes every enabled source (a few at a time) and returns the new caches. Caches of
 * sources no longer in the list are dropped; disabled sources keep theirs untouched.
 * @example const { caches } = await refreshSources(settings.sources, await feedCacheItem.getValue(), { client, read: fetchSource, now });
 */
export async function refreshSources(sources: SourceEntry[], caches: FeedCaches, deps: RefreshDeps): Promise<RefreshOutcome> {
  const out: FeedCaches = {};
  const outcome: RefreshOutcome = { caches: out, firstReads: [], failures: [], notModified: [], needAccess: [] };
  const queue = sources.filter((s) => s.enabled);
  for (const source of sources) {
    const cached = caches[source.url];
    if (!source.enabled && cached) out[source.url] = cached;
  }
  const worker = async () => {
    for (let source = queue.shift(); source; source = queue.shift()) {
      const previous = caches[source.url];
      if (deps.hasAccess && !(await deps.hasAccess(source.url).catch(() => false))) {
        outcome.needAccess.push(source.url);
        const { error: _dropped, reason: _gone, ...kept } = previous ?? { url: source.url, events: [], validators: {} };
        out[source.url] = { ...kept, needsAccess: true };
        continue;
      }
      try {
        const next = await refreshOne(source, previous, deps);
        out[source.url] = next;
        if (!previous?.lastGood) outcome.firstReads.push(source.url);
        if (previous?.lastGood && next.events === previous.events) outcome.notModified.push(source.url);
      } catch (error) {
        const message = describeError(error);
        outcome.failures.push({ url: source.url, message });
        const { needsAccess: _granted, reason: _before, ...kept } = previous ?? { url: source.url, events: [], validators: {} };
        const reason = failureReason(error);
        out[source.url] = { ...kept, lastChecked: deps.now.toISOString(), error: message, ...(reason ? { reason } : {}) };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, deps.concurrency ?? 4) }, worker));
  return outcome;
}

/** Every cached event of the enabled sources, in one list. */
export function cachedEvents(caches: FeedCaches, sources: SourceEntry[]): InclusionEvent[] {
  const enabled = new Set(sources.filter((s) => s.enabled).map((s) => s.url));
  return Object.values(caches).flatMap((c) => (enabled.has(c.url) ? c.events : []));
}
