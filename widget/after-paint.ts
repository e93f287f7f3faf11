/**
 * Waiting for the page to paint what was just drawn, before more work on the main thread. In
 * the preview chunk (not the entry): only reading a feed needs it (see idle.ts for the entry's wait).
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
