/** Working with lists of events: merge duplicates, filter, search, sort and group. */
export { dedupeEvents, mergeEvents, titleKey } from './dedupe.ts';
export { filterEvents, lastDayOf } from './filter.ts';
export type { EventFilter } from './filter.ts';
export { createSearchIndex, foldText } from './search.ts';
export { sortEvents } from './sort.ts';
export { sortEventsPaused } from './sort-paused.ts';
export { groupByDay, groupByMonth, splitPastUpcoming } from './group.ts';
