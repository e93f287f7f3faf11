/**
 * One refresh: read the sources, keep the caches, find new relevant events, notify or queue
 * them, update the badge. Every step reads and writes storage, none keeps state in memory.
 */
import { browser } from 'wxt/browser';
import { dedupeEvents } from '../../lib/query/index.ts';
import type { InclusionEvent } from '../../lib/model/event.ts';
import { updateBadge } from '../shared/badge.ts';
import { findNewEvents, mergeKnownIds, upcomingEvents } from '../shared/diff.ts';
import { loadStrings } from '../shared/i18n.ts';
import { scoreEvent } from '../shared/interests.ts';
import { showDelivery } from '../shared/notifier.ts';
import { planNotifications, type NotifyPlan } from '../shared/notify-plan.ts';
import { cachedEvents, refreshSources, type RefreshDeps, type RefreshOutcome } from '../shared/refresh.ts';
import { withSourceUpdates } from '../shared/saved-updates.ts';
import { feedCacheItem, knownIdsItem, pendingItem, readSaved, readSettings, updateItem, updateSaved, writeCaches } from '../shared/storage.ts';
import type { Settings } from '../shared/types.ts';

export const DELIVER_ALARM = 'deliver';

export interface CycleDeps extends RefreshDeps {
  zone: string;
}

export interface CycleResult {
  outcome: Pick<RefreshOutcome, 'failures' | 'firstReads' | 'notModified' | 'needAccess'>;
  fresh: string[];
  notification?: string;
  queued: string[];
}

async function carryOut(plan: NotifyPlan, settings: Settings, now: Date, zone: string): Promise<string | undefined> {
  let id: string | undefined;
  if (plan.deliver && settings.notifications.enabled) {
    const strings = await loadStrings(settings.uiLanguage);
    id = await showDelivery(plan.deliver, settings.notifications.mode === 'digest', { strings, now, zone });
  }
  await updateItem(pendingItem, 'pending', () => plan.queue.map((e) => e.id));
  if (plan.wakeAt) await browser.alarms.create(DELIVER_ALARM, { when: plan.wakeAt.getTime() });
  else await browser.alarms.clear(DELIVER_ALARM);
  return id;
}

function queuedEvents(ids: string[], events: InclusionEvent[]): InclusionEvent[] {
  const byId = new Map(events.map((e) => [e.id, e]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** The refresh alarm's job. */
export async function runRefresh(deps: CycleDeps): Promise<CycleResult> {
  const { now, zone } = deps;
  const settings = await readSettings();
  const outcome = await refreshSources(settings.sources, await feedCacheItem.getValue(), deps);
  await writeCaches(outcome.caches, now, zone);

  const raw = cachedEvents(outcome.caches, settings.sources);
  // Written only when a saved event changed: every write of saved events plans the reminders again.
  if (withSourceUpdates(await readSaved(), raw)) await updateSaved((saved) => withSourceUpdates(saved, raw) ?? saved);
  const known = await knownIdsItem.getValue();
  // A source read for the first time gives a baseline, not news: its events are not announced.
  const baseline = new Set(outcome.firstReads.flatMap((url) => outcome.caches[url]?.events.map((e) => e.id) ?? []));
  const newIds = new Set(findNewEvents(raw.filter((e) => !baseline.has(e.id)), known).map((e) => e.id));
  const upcoming = upcomingEvents(dedupeEvents(raw), now, zone);
  const fresh = upcoming.filter((e) => newIds.has(e.id) && scoreEvent(e, settings.interests).relevant);
  const queued = queuedEvents(await pendingItem.getValue(), upcoming);

  const plan = planNotifications({ fresh, queued, settings: settings.notifications, now, zone, reason: 'refresh' });
  const notification = await carryOut(plan, settings, now, zone);
  await updateItem(knownIdsItem, 'knownIds', (current) => mergeKnownIds(current, raw));
  await updateBadge(now, zone);
  const result: CycleResult = {
    outcome: { failures: outcome.failures, firstReads: outcome.firstReads, notModified: outcome.notModified, needAccess: outcome.needAccess },
    fresh: fresh.map((e) => e.id),
    queued: plan.queue.map((e) => e.id),
  };
  if (notification) result.notification = notification;
  return result;
}

/** The deliver alarm's job: show what quiet hours or the digest held back. */
export async function deliverQueued(now: Date, zone: string): Promise<string | undefined> {
  const settings = await readSettings();
  const upcoming = upcomingEvents(dedupeEvents(cachedEvents(await feedCacheItem.getValue(), settings.sources)), now, zone);
  const queued = queuedEvents(await pendingItem.getValue(), upcoming);
  const plan = planNotifications({ fresh: [], queued, settings: settings.notifications, now, zone, reason: 'deliver' });
  return carryOut(plan, settings, now, zone);
}
