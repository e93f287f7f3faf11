/**
 * Code loaded on first use: the month grid, the event detail and the calendar links are not
 * needed to show the list, so they stay out of the initial bundle. `prefetchLazy` warms them
 * when the page is idle, so the first click does not wait on the network.
 */
import { useEffect, useState } from 'preact/hooks';

const modules = new Map<() => Promise<unknown>, unknown>();
const pending = new Map<() => Promise<unknown>, Promise<unknown>>();

function start<T>(loader: () => Promise<T>): Promise<T> {
  let p = pending.get(loader) as Promise<T> | undefined;
  if (!p) {
    p = loader().then((m) => {
      modules.set(loader, m);
      return m;
    });
    // A failed load (offline) may be retried on the next use.
    p.catch(() => pending.delete(loader));
    pending.set(loader, p);
  }
  return p;
}

/** The module once `needed` has been true and it has loaded; undefined until then. */
export function useLazy<T>(loader: () => Promise<T>, needed: boolean): T | undefined {
  const [mod, setMod] = useState<T | undefined>(() => modules.get(loader) as T | undefined);
  useEffect(() => {
    if (!needed || mod) return;
    let live = true;
    start(loader).then((m) => live && setMod(() => m), () => undefined);
    return () => {
      live = false;
    };
  }, [needed, mod]);
  return mod;
}

/** Loads modules in the background, without blocking anything. */
export function prefetchLazy(loaders: Array<() => Promise<unknown>>): void {
  for (const loader of loaders) start(loader).catch(() => undefined);
}

export const loadCalendarLinks = () => import('../../lib/calendar/links.ts');
export const loadMonthGrid = () => import('./MonthGrid.tsx');
export const loadEventDetail = () => import('./EventDetail.tsx');
export const loadFilterGrid = () => import('./FilterGrid.tsx');
export const loadAtcMenu = () => import('./AtcMenu.tsx');
/** The "N new events: show" control: only a refresh (the reading chunk, which holds it) brings new events. */
export const loadNewEvents = () => import('./NewEvents.tsx');
/** Only widgets with an `accent` attribute need the colour arithmetic. */
export const loadAccent = () => import('../accent.ts');
