/**
 * Dated mentions that are not gatherings of their own, judged with the whole page's candidates
 * at hand: agency datelines and a headline's posting stamp (datelines.ts), weekly and monthly
 * slots (recurring-slots.ts), the second day of a two-day gathering (day-pairs.ts), and an end field
 * or a closing day said apart from the first day (closing-days.ts), and the day a gathering is held for, named by its date
 * before the gathering's own (occasion-days.ts).
 */
import type { Candidate } from './candidates.ts';
import { joinClosingDays } from './closing-days.ts';
import { markDatelines } from './datelines.ts';
import { joinDayPairs } from './day-pairs.ts';
import { markRecurringSlots } from './recurring-slots.ts';
import { markOccasionDays } from './occasion-days.ts';
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
  joinClosingDays(page, candidates);
  markOccasionDays(page, candidates);
}
