/**
 * A widget's load once the reading code is here (it comes in the reading chunk, not in the
 * entry): every feed fetched and read, the results merged and shown, the copy saved, and the
 * state told apart (ready, stale, partial, error), with a console line per failure.
 */
import type { InclusionEvent } from '../lib/model/event.ts';
import type { CacheEntry } from './cache.ts';
import { refreshFeeds, type FailureReason, type FetchFeed } from './load.ts';
import type { WidgetModel } from './model.ts';
import { offerEvents } from './offer-events.ts';
import { loadFeed } from './parse-feed.ts';
import type { StartedRequest } from './request-feed.ts';

export interface RefreshRun {
  model: WidgetModel;
  urls: readonly string[];
  /** The saved copy of these feeds, if any. */
  cached: CacheEntry | undefined;
  /** The requests already sent, by address. */
  requests: Map<string, StartedRequest>;
  signal: AbortSignal;
  /** Draws a feed's first events before the rest is read (one feed, nothing saved shown). */
  preview?: (events: InclusionEvent[]) => void;
  save: (entry: CacheEntry) => void;
  warn: (message: string) => void;
}

/** Never throws: failures show as the widget's state, with the saved copy kept in their place. */
export async function refreshWidget(run: RefreshRun): Promise<void> {
  const { model: m, urls, signal, preview, warn } = run;
  const fetchFeed: FetchFeed = (url, validators) => loadFeed(run.requests.get(url)!, validators, warn, { signal, ...(preview ? { preview } : {}) });
  const result = await refreshFeeds(urls, run.cached, fetchFeed, new Date());
  if (signal.aborted) return;
  for (const f of result.failures) warn(`could not load ${f.url}: ${f.message}${f.reason === 'not-found' ? ' (not found: check the src attribute)' : ''}`);
  // Held while the visitor interacts, if it would move the rows under them.
  // (After a preview, what comes is the rest of the same feed.)
  offerEvents(m, result.events, preview !== undefined);
  m.icsUrls.value = result.icsUrls;
  const updated = result.updated ? { updated: result.updated } : {};
  // The copy is saved after the events are drawn: serialising 10,000 events must not delay them.
  if (result.failures.length < urls.length) setTimeout(() => run.save(result.entry), 0);
  const reason: FailureReason | undefined = result.failures.find((f) => f.reason)?.reason;
  if (result.failures.length === 0) m.load.value = { status: 'ready' };
  else if (result.events.length === 0) m.load.value = { status: 'error', ...(reason ? { reason } : {}) };
  else if (result.failures.every((f) => f.cached)) m.load.value = { status: 'stale', ...updated };
  else m.load.value = { status: 'partial', ...updated };
}
