/**
 * The gatherings found after merging (a day's later gathering, its other places, its blocks) are appended to the page's
 * drafts; a calendar, and a reader, take a day's gatherings in the page's order ("Breakfast, 10am ... The same day, a lunch
 * at St Mary's ... At 6pm the cricket match"). This puts each start day's single-day drafts back in page order, in the
 * slots those drafts hold, leaving spans of days where they are.
 */
import type { Draft } from './draft.ts';
import { daysBetween, isoDay } from './year.ts';

const single = (d: Draft) => !d.endDay || daysBetween(d.startDay, d.endDay) === 0;

/**
 * Reorders `drafts` in place: on each start day, its single-day drafts by their place on the page.
 * @example dayInPageOrder([breakfast, cricket, lunch]) // [breakfast, lunch, cricket] when the lunch is said first
 */
export function dayInPageOrder(drafts: Draft[]): void {
  const slots = new Map<string, number[]>();
  drafts.forEach((d, i) => {
    if (!single(d)) return;
    const key = isoDay(d.startDay);
    const at = slots.get(key);
    if (at) at.push(i);
    else slots.set(key, [i]);
  });
  for (const at of slots.values()) {
    if (at.length < 2) continue;
    const ordered = at.map((i) => drafts[i]!).sort((a, b) => a.pos - b.pos);
    at.forEach((i, k) => { drafts[i] = ordered[k]!; });
  }
}
