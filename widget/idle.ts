/**
 * Waiting for the page to be idle (in the entry: the element waits so before it asks for the
 * reading code; after-paint.ts, for the readers, is in the preview chunk).
 */
import { nextTask } from './frame-pause.ts';

/**
 * Settles when the page is idle (at most `maxMs` later): once the first events are on screen,
 * the host page's own tasks, and the frame's paint being reported, come before the widget reads
 * the rest of a big feed. Where idle callbacks are missing, the next task.
 * @example show(first); await idle();
 */
export function idle(maxMs = 100): Promise<void> {
  if (typeof requestIdleCallback !== 'function') return nextTask();
  return new Promise((resolve) => requestIdleCallback(() => resolve(), { timeout: maxMs }));
}
