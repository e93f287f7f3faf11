/** lib/calendar/links.ts on demand: fetched the first time a menu opens or a subscribe link shows. */
import { loadCalendarLinks, useLazy } from './use-lazy.ts';

export function useCalendarLinks(needed: boolean) {
  return useLazy(loadCalendarLinks, needed);
}
