/**
 * Decides what to notify and when, from the new relevant events, the queue of held-back ones
 * and the user's settings. Pure: the background only carries the plan out.
 */
import type { InclusionEvent } from '../../lib/model/event.ts';
import { isQuietTime, nextWallTime, quietEnd } from './quiet-hours.ts';
import type { NotificationSettings } from './types.ts';

export type Delivery = { kind: 'single'; event: InclusionEvent } | { kind: 'digest'; events: InclusionEvent[] };

export interface NotifyPlan {
  /** What to show now, if anything. */
  deliver: Delivery | null;
  /** Events held back (quiet hours or digest mode), to be stored. */
  queue: InclusionEvent[];
  /** When to look at the queue again; absent when it is empty. */
  wakeAt?: Date;
}

export interface NotifyInput {
  fresh: InclusionEvent[];
  queued: InclusionEvent[];
  settings: NotificationSettings;
  now: Date;
  zone: string;
  /** 'refresh': new events arrived; 'deliver': the wake-up alarm for the queue fired. */
  reason: 'refresh' | 'deliver';
}

function unique(events: InclusionEvent[]): InclusionEvent[] {
  const seen = new Set<string>();
  return events.filter((e) => !seen.has(e.id) && Boolean(seen.add(e.id)));
}

export function asDelivery(events: InclusionEvent[]): Delivery | null {
  const [first] = events;
  if (!first) return null;
  return events.length === 1 ? { kind: 'single', event: first } : { kind: 'digest', events };
}

/**
 * @example planNotifications({ fresh: [webinar], queued: [], settings, now, zone: 'Europe/Brussels', reason: 'refresh' })
 *   // { deliver: { kind: 'single', event: webinar }, queue: [] }
 */
export function planNotifications(input: NotifyInput): NotifyPlan {
  const { settings, now, zone } = input;
  const all = unique([...input.queued, ...input.fresh]);
  if (!settings.enabled || all.length === 0) return { deliver: null, queue: [] };

  // A digest waits for its time of day even when quiet hours end earlier.
  if (settings.mode === 'digest' && input.reason === 'refresh') {
    return { deliver: null, queue: all, wakeAt: nextWallTime(now, settings.digestTime, zone) };
  }
  if (isQuietTime(now, settings.quietHours, zone)) {
    return { deliver: null, queue: all, wakeAt: quietEnd(now, settings.quietHours, zone) };
  }
  return { deliver: settings.mode === 'digest' ? { kind: 'digest', events: all } : asDelivery(all), queue: [] };
}
