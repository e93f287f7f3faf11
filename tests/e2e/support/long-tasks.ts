/**
 * Main-thread tasks over 50 ms (PerformanceObserver 'longtask') from the moment a feed answered,
 * for the tests that a big or hostile feed never freezes the partner's page. The feed's answer
 * is timed with an event's timeStamp, the real timeline of the long tasks (performance.now is
 * the test's fake clock there).
 */
import type { Page } from 'playwright-core';

/** Before navigation: records long tasks, and when the first fetch whose URL contains `feedPart` answered. */
export async function watchLongTasks(page: Page, feedPart = ''): Promise<void> {
  await page.addInitScript((part: string) => {
    const w = window as unknown as { __tasks: Array<[number, number]>; __feedAt: number };
    w.__tasks = [];
    const fetch = window.fetch;
    window.fetch = function (...args: Parameters<typeof fetch>) {
      const answer = fetch.apply(this, args);
      if (String(args[0]).includes(part)) answer.then(() => (w.__feedAt ??= new Event('x').timeStamp), () => undefined);
      return answer;
    };
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__tasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  }, feedPart);
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
