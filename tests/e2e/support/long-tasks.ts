/**
 * Main-thread tasks over 50 ms (PerformanceObserver 'longtask') from the moment a feed answered,
 * for the tests that a big or hostile feed never freezes the partner's page. The feed's answer
 * is timed with an event's timeStamp, the real timeline of the long tasks (performance.now is
 * the test's fake clock there).
 */
import type { Browser, Page } from 'playwright-core';

/** Before navigation: records long tasks, and when the first fetch whose URL contains `feedPart` answered. */
export async function watchLongTasks(page: Page, feedPart = ''): Promise<void> {
  await page.addInitScript((part: string) => {
    const w = window as unknown as { __tasks: Array<[number, number]>; __feedAt: number; __taskObserver: PerformanceObserver };
    w.__tasks = [];
    const fetch = window.fetch;
    window.fetch = function (...args: Parameters<typeof fetch>) {
      const answer = fetch.apply(this, args);
      if (String(args[0]).includes(part)) answer.then(() => (w.__feedAt ??= new Event('x').timeStamp), () => undefined);
      return answer;
    };
    w.__taskObserver = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__tasks.push([e.startTime, e.duration]);
    });
    w.__taskObserver.observe({ type: 'longtask', buffered: true });
  }, feedPart);
}

/**
 * The durations (ms) of the long tasks that ended after the feed answered: its reading, drawing
 * and saving (the page's own start-up is not the feed's doing); `feedAt` is 0 when no answer was seen.
 */
export async function longTasksAfterFeed(page: Page): Promise<{ feedAt: number; durations: number[] }> {
  return page.evaluate(() => {
    const w = window as unknown as { __tasks: Array<[number, number]>; __feedAt: number; __taskObserver: PerformanceObserver };
    // Tasks recorded but not yet handed to the observer's callback count too (the last one may be).
    for (const e of w.__taskObserver.takeRecords()) w.__tasks.push([e.startTime, e.duration]);
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
 * CPU) that ended after the first request whose URL contains `feedPart` was answered. A task's
 * CPU time is what the page's code made the thread do: unlike its wall time, it does not grow
 * when a loaded machine deschedules the browser. `feedSeen` is false when the trace holds no
 * answer to such a request.
 */
export async function tracedTasksAfterFeed(browser: Browser, feedPart: string): Promise<{ feedSeen: boolean; tasks: TracedTask[] }> {
  const trace = JSON.parse((await browser.stopTracing()).toString()) as { traceEvents?: TraceEvent[] } | TraceEvent[];
  const events = Array.isArray(trace) ? trace : (trace.traceEvents ?? []);
  const mains = new Set(events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const data = (e: TraceEvent) => (e.args?.data ?? {}) as { url?: string; requestId?: string };
  const requests = new Set(events.filter((e) => e.name === 'ResourceSendRequest' && data(e).url?.includes(feedPart)).map((e) => data(e).requestId));
  const answers = events.filter((e) => e.name === 'ResourceReceiveResponse' && requests.has(data(e).requestId)).map((e) => e.ts);
  if (answers.length === 0) return { feedSeen: false, tasks: [] };
  const answered = Math.min(...answers);
  const tasks = events
    .filter((e) => e.name === 'RunTask' && mains.has(`${e.pid}:${e.tid}`) && e.ts + (e.dur ?? 0) >= answered)
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
