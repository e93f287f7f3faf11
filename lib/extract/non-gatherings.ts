/**
 * Dated mentions that are not gatherings of their own, judged with the whole page's candidates
 * at hand: agency datelines and a headline's posting stamp (datelines.ts), weekly and monthly
 * slots (recurring-slots.ts), and the second day of a two-day gathering (day-pairs.ts).
 */
import type { Candidate } from './candidates.ts';
import { markDatelines } from './datelines.ts';
import { joinDayPairs } from './day-pairs.ts';
import { markRecurringSlots } from './recurring-slots.ts';
import type { PageText } from './text.ts';
import type { TimeMention } from './times.ts';

/**
 * Changes `candidates` in place; runs before a sentence's contexts are cut around its events.
 * @example markNonGatherings(page, candidates, '2025-10-05', times)
 */
export function markNonGatherings(page: PageText, candidates: Candidate[], publishedDay: string | undefined, times: readonly TimeMention[]): void {
  markDatelines(page, candidates, publishedDay);
  markRecurringSlots(page, candidates);
  joinDayPairs(page, candidates, times);
}
