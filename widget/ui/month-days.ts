/**
 * The month view's events: each day of the shown month's grid, and the open day's panel. In the
 * month chunk (re-exported by MonthGrid.tsx): the list never needs them.
 */
import { computed, type ReadonlySignal } from '@preact/signals';
import type { InclusionEvent } from '../../lib/model/event.ts';
import { lastDayOf } from '../../lib/query/filter-fields.ts';
import { addDays } from '../../lib/time/zoned.ts';
import type { WidgetModel } from '../model.ts';

export interface MonthView {
  /** Events per day of the shown month's grid (a week either side), multi-day events on each of their days. */
  days: ReadonlySignal<Map<string, InclusionEvent[]>>;
  /** The open day's events for the panel below the grid, a page or two at a time. */
  panel: ReadonlySignal<{ events: InclusionEvent[]; more: number }>;
}

const views = new WeakMap<WidgetModel, MonthView>();

/** The month view of a model, made once per model. */
export function monthView(m: WidgetModel): MonthView {
  let view = views.get(m);
  if (view) return view;
  // A query waiting for the search code keeps the grid drawn (see model.narrowDown).
  let shown = new Map<string, InclusionEvent[]>();
  const days = computed(() => {
    const first = `${m.month.value}-01`;
    const last = addDays(addDays(first, 40).slice(0, 7) + '-01', -1);
    const gridStart = addDays(first, -6);
    const gridEnd = addDays(last, 6);
    const inRange = m.events.value.filter((e) => e.start.slice(0, 10) <= gridEnd && lastDayOf(e) >= gridStart);
    const matched = m.narrowDown(inRange);
    if (!matched) return shown;
    const byDay = new Map<string, InclusionEvent[]>();
    for (const e of matched) {
      let day = e.start.slice(0, 10) < gridStart ? gridStart : e.start.slice(0, 10);
      const end = lastDayOf(e);
      for (let n = 0; day <= end && day <= gridEnd && n < 62; n++, day = addDays(day, 1)) {
        const list = byDay.get(day);
        if (list) list.push(e);
        else byDay.set(day, [e]);
      }
    }
    return (shown = byDay);
  });
  const panel = computed(() => {
    const day = m.openDay.value;
    const all = day ? (days.value.get(day) ?? []) : [];
    const listed = all.slice(0, m.dayPanelCount.value);
    return { events: listed, more: all.length - listed.length };
  });
  view = { days, panel };
  views.set(m, view);
  return view;
}

/** Every event with a day in the shown month, once each, in start order (the month's download). */
export function monthEvents(m: WidgetModel): InclusionEvent[] {
  const month = m.month.value;
  const seen = new Set<InclusionEvent>();
  for (const [day, list] of monthView(m).days.value) if (day.startsWith(month)) for (const e of list) seen.add(e);
  return m.events.value.filter((e) => seen.has(e));
}
