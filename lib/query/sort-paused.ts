/**
 * The start order of sort.ts for long lists on a page, in slices. On its own so that a page that
 * only sorts short lists (the widget's initial file) does not carry it.
 */
import type { InclusionEvent } from '../model/event.ts';
import { keyed, sortKeyed, type Keyed } from './sort.ts';

/**
 * sortEvents for long lists on a page: the keys (a zone lookup per event) are worked out in
 * slices, with `pause` between them, so 10,000 events are not one long task.
 * @example const sorted = await sortEventsPaused(events, framePause());
 */
export async function sortEventsPaused(events: InclusionEvent[], pause: () => Promise<void> | undefined, order: 'asc' | 'desc' = 'asc'): Promise<InclusionEvent[]> {
  const keys: Keyed[] = [];
  for (let i = 0; i < events.length; i++) {
    keys.push(keyed(events[i]!, i));
    if (i % 64 === 63) {
      const paused = pause();
      if (paused) await paused;
    }
  }
  return sortKeyed(keys, order);
}
