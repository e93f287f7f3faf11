/**
 * A pause function for lib's stepwise readers (SourceContext.pause): lets the page have the
 * main thread once the current slice of work has run for BUDGET_MS, so reading a big or
 * hostile feed is many short tasks, not one long one.
 */

/** Work per slice: half a frame at 60 Hz, leaving the other half for the page. */
export const BUDGET_MS = 8;

/**
 * An ordinary next task, through a message (not clamped like nested setTimeout). Not
 * scheduler.yield: its continuations outrank rendering, and the events read so far (a first
 * page, see SourceContext.preview) must reach the screen while the rest is read.
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/**
 * @example await readJsonFeed(text, ctx, framePause());
 */
export function framePause(budgetMs = BUDGET_MS, now: () => number = () => performance.now()): () => Promise<void> | undefined {
  let sliceStart = now();
  return () => {
    if (now() - sliceStart < budgetMs) return undefined;
    return nextTask().then(() => {
      sliceStart = now();
    });
  };
}
