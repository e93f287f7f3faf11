/**
 * Waiting for the page to paint what was just drawn, before more work on the main thread. In
 * the feed-reading chunk (not the entry): only reading a feed needs it.
 */
import { nextTask } from './frame-pause.ts';

/**
 * Settles once the page has had a chance to paint (the next animation frame, then a task), so
 * what was just drawn reaches the screen before more reading; at most `maxMs` later in a
 * hidden tab, where frames do not come.
 * @example preview(first); await afterPaint();
 */
export function afterPaint(maxMs = 100): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, maxMs);
    requestAnimationFrame(() =>
      nextTask().then(() => {
        clearTimeout(timer);
        resolve();
      }),
    );
  });
}

/**
 * Settles when the page is idle (at most `maxMs` later): once the first events are on screen,
 * the host page's own tasks, and the frame's paint being reported, come before the widget reads
 * the rest of a big feed. Where idle callbacks are missing, the next task.
 * @example show(first); await afterPaint(); await idle();
 */
export function idle(maxMs = 100): Promise<void> {
  if (typeof requestIdleCallback !== 'function') return nextTask();
  return new Promise((resolve) => requestIdleCallback(() => resolve(), { timeout: maxMs }));
}
