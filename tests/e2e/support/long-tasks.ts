/**
 * Main-thread tasks over 50 ms (PerformanceObserver 'longtask') from the moment a feed answered,
 * for the tests that a big or hostile feed never freezes the partner's page. The feed's answer
 * is timed with an event's timeStamp, the real timeline of the long tasks (performance.now is
 * the test's fake clock there).
 */
import type { Browser, Page } from 'playwright-core';

/** The trace's mark for the feed's answer (console.timeStamp). */
const FEED_MARK = 'inclusio-feed-answered';

/** Before navigation: records long tasks, and when the first fetch whose URL contains `feedPart` answered. */
export async function watchLongTasks(page: Page, feedPart = ''): Promise<void> {
  await page.addInitScript(({ part, FEED_MARK }: { part: string; FEED_MARK: string }) => {
    const w = window as unknown as { __tasks: Array<[number, number]>; __feedAt: number };
    w.__tasks = [];
    const fetch = window.fetch;
    window.fetch = function (...args: Parameters<typeof fetch>) {
      const answer = fetch.apply(this, args);
      if (String(args[0]).includes(part)) {
        answer.then(() => {
          if (w.__feedAt !== undefined) return;
          w.__feedAt = new Event('x').timeStamp;
          // The same moment in a Chromium trace (see tracedTasksAfterFeed).
          console.timeStamp(FEED_MARK);
        }, () => undefined);
      }
      return answer;
    };
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__tasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  }, { part: feedPart, FEED_MARK });
}

/**
 * The durations (ms) of the long tasks that ended after the feed answered: its reading, drawing
 * and saving (the page's own start-up is not the feed's doing); `feedAt` is 0 when no answer was seen.
 */
export async function longTasksAfterFeed(page: Page): Promise<{ feedAt: number; durations: number[] }> {
  return page.evaluate(() => {
    const w = window as unknown as { __tasks: Array<[number, number]>; __feedAt: number };
    return { feedAt: w.__feedAt ?? 0, durations: w.__tasks.filter(([start, duration]) => start + duration >= w.__feedAt).map(([, d]) => d) };
  });
}

/** One main-thread task of the page's renderer: its length on the wall clock and on the thread's CPU clock, ms. */
export interface TracedTask {
  wall: number;
  cpu: number;
}

/** Before navigation (after watchLongTasks): records a Chromium trace of the browser's main-thread tasks. */
export async function traceTasks(browser: Browser, page: Page): Promise<void> {
  await browser.startTracing(page, { categories: ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline'] });
}

/**
 * Stops the trace of traceTasks and gives the renderers' main-thread tasks over 50 ms (wall or
 * CPU) that ended after the feed answered. A task's CPU time is what the page's code made the
 * thread do: unlike its wall time, it does not grow when a loaded machine deschedules the
 * browser. `feedSeen` is false when the trace holds no answer of the feed.
 */
export async function tracedTasksAfterFeed(browser: Browser): Promise<{ feedSeen: boolean; tasks: TracedTask[] }> {
  const trace = JSON.parse((await browser.stopTracing()).toString()) as { traceEvents?: TraceEvent[] } | TraceEvent[];
  const events = Array.isArray(trace) ? trace : (trace.traceEvents ?? []);
  const mains = new Set(events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const mark = events.find((e) => e.name === 'TimeStamp' && (e.args?.data as { message?: string } | undefined)?.message === FEED_MARK);
  if (!mark) return { feedSeen: false, tasks: [] };
  const tasks = events
    .filter((e) => e.name === 'RunTask' && mains.has(`${e.pid}:${e.tid}`) && e.ts + (e.dur ?? 0) >= mark.ts)
    .map((e) => ({ wall: (e.dur ?? 0) / 1000, cpu: (e.tdur ?? e.dur ?? 0) / 1000 }))
    .filter((t) => t.wall > 50 || t.cpu > 50);
  return { feedSeen: true, tasks };
}

interface TraceEvent {
  name: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string; data?: unknown };
}
