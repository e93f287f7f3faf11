/**
 * A month of days, Monday first. One day button is in the tab order at a time (roving
 * tabindex): arrows move by day and week (mirrored right to left), Home/End to the week's
 * ends, Page Up/Down by month, Enter or Space opens the day's events. Labels start with the
 * time; an event over several days is one bar across them; hovering or focusing a day shows
 * its events' full titles.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import monthCss from '../styles-month.css?inline';
import { adoptCss } from '../styles.ts';
import { eventTimes, formatDayLong, formatMonth, weekdayNames } from '../../lib/i18n/format.ts';
import { plural, translate } from '../../lib/i18n/index.ts';
import type { InclusionEvent } from '../../lib/model/event.ts';
import { addDays } from '../../lib/time/zoned.ts';
import { clampText } from './clamp.ts';
import type { Ui } from './context.ts';
import { layoutWeek } from './week-layout.ts';

export { monthEvents, monthView } from './month-days.ts';

/** "14:00 Title" for an event on `day`: the time only on the day it starts. */
function label(ui: Ui, e: InclusionEvent, day: string): { time: string; title: string } {
  const time = e.start.slice(0, 10) === day ? (eventTimes(e, ui.locale, ui.viewerZone).viewerStart ?? '') : '';
  return { time, title: clampText(e.title) };
}

function EventLabel({ ui, e, day, cls, span }: { ui: Ui; e: InclusionEvent; day: string; cls: string; span?: number }) {
  const { time, title } = label(ui, e, day);
  // The bar's width in days is a custom property set through the CSSOM (allowed by a strict CSP).
  return (
    <span class={`${cls} status-${e.status}`} style={span ? { '--span': String(span) } : undefined} data-event={span ? e.id : undefined}>
      {time && <span class="day-time">{time} </span>}
      {/* dir=auto: a title in the other direction is cut at its own end, not its start. */}
      <bdi class="day-title" dir="auto">{title}</bdi>
    </span>
  );
}

export interface MonthGridProps {
  ui: Ui;
  /** 'YYYY-MM' */
  month: string;
  today: string;
  /** Events per day ('YYYY-MM-DD'). */
  byDay: Map<string, InclusionEvent[]>;
  openDay: string | null;
  rtl: boolean;
  onMonth: (month: string) => void;
  onOpenDay: (day: string) => void;
}

/** Monday on or before `day`. */
export function weekStart(day: string): string {
  const dow = (new Date(`${day}T12:00:00Z`).getUTCDay() + 6) % 7;
  return addDays(day, -dow);
}

export function monthOf(day: string): string {
  return day.slice(0, 7);
}

export function shiftMonth(month: string, delta: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const d = new Date(Date.UTC(y, m - 1 + delta, 1));
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
}

/** The day keyboard focus moves to for a key, or undefined for keys the grid does not handle. */
export function nextDay(day: string, key: string, rtl: boolean): string | undefined {
  const sideways = rtl ? -1 : 1;
  switch (key) {
    case 'ArrowRight': return addDays(day, sideways);
    case 'ArrowLeft': return addDays(day, -sideways);
    case 'ArrowDown': return addDays(day, 7);
    case 'ArrowUp': return addDays(day, -7);
    case 'Home': return weekStart(day);
    case 'End': return addDays(weekStart(day), 6);
    case 'PageDown': case 'PageUp': {
      const target = shiftMonth(monthOf(day), key === 'PageDown' ? 1 : -1);
      const dayNum = Math.min(Number(day.slice(8, 10)), 28);
      return `${target}-${String(dayNum).padStart(2, '0')}`;
    }
    default: return undefined;
  }
}

export function MonthGrid({ ui, month, today, byDay, openDay, rtl, onMonth, onOpenDay }: MonthGridProps) {
  const m = ui.messages;
  const initial = monthOf(today) === month ? today : `${month}-01`;
  const [focus, setFocus] = useState(initial);
  const moved = useRef(false);
  const table = useRef<HTMLTableElement>(null);
  const focusDay = monthOf(focus) === month ? focus : `${month}-01`;
  const box = useRef<HTMLDivElement>(null);
  // Before the first paint of the grid, so it never shows unstyled.
  useLayoutEffect(() => void (box.current && adoptCss(box.current.getRootNode(), monthCss)), []);

  useEffect(() => {
    if (!moved.current) return;
    moved.current = false;
    table.current?.querySelector<HTMLButtonElement>(`button[data-day="${focusDay}"]`)?.focus();
  }, [focusDay, month]);

  const start = weekStart(`${month}-01`);
  const weeks = Array.from({ length: 6 }, (_, w) => Array.from({ length: 7 }, (_, d) => addDays(start, w * 7 + d)));
  const names = weekdayNames(ui.locale, 'short');
  const longNames = weekdayNames(ui.locale, 'long');

  const onKeyDown = (e: KeyboardEvent) => {
    // Read the day from the focused button, not from state: keys can arrive faster than renders.
    const from = (e.target as HTMLElement).closest<HTMLElement>('button[data-day]')?.dataset.day ?? focusDay;
    const target = nextDay(from, e.key, rtl);
    if (!target) return;
    e.preventDefault();
    const button = table.current?.querySelector<HTMLButtonElement>(`button[data-day="${target}"]`);
    if (button && monthOf(target) === month) button.focus();
    else moved.current = true;
    setFocus(target);
    if (monthOf(target) !== month) onMonth(monthOf(target));
  };

  return (
    <div class="month" part="month" ref={box}>
      <div class="month-bar">
        <button type="button" class="button button-icon" onClick={() => onMonth(shiftMonth(month, -1))} aria-label={translate(m, 'previousMonth')}>
          <span aria-hidden="true" class="flip">‹</span>
        </button>
        <h3 class="month-title" id="month-title" aria-live="polite">{formatMonth(month, ui.locale)}</h3>
        <button type="button" class="button button-icon" onClick={() => onMonth(shiftMonth(month, 1))} aria-label={translate(m, 'nextMonth')}>
          <span aria-hidden="true" class="flip">›</span>
        </button>
        <button type="button" class="button button-small" onClick={() => { setFocus(today); onMonth(monthOf(today)); }}>
          {translate(m, 'today')}
        </button>
      </div>
      <table class="grid" ref={table} aria-labelledby="month-title" onKeyDown={onKeyDown}>
        <thead>
          <tr>
            {names.map((n, i) => (
              <th key={i} scope="col" abbr={longNames[i]}>{n}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeks.map((week, w) => {
            const layout = layoutWeek(week, byDay);
            return (
            <tr key={week[0]}>
              {week.map((day, d) => {
                const list = byDay.get(day) ?? [];
                const cell = layout[d]!;
                const outside = monthOf(day) !== month;
                const cls = ['day-cell', outside && 'outside', day === today && 'is-today', list.length > 0 && 'has-events', day === openDay && 'is-open']
                  .filter(Boolean)
                  .join(' ');
                // The tip opens towards the inside of the grid so the widget's edge never cuts it.
                const tip = `day-tip${d >= 4 ? ' tip-end' : ''}${w >= 3 ? ' tip-up' : ''}`;
                return (
                  <td key={day}>
                    <button
                      type="button"
                      class={cls}
                      part="day"
                      data-day={day}
                      tabIndex={day === focusDay ? 0 : -1}
                      aria-current={day === today ? 'date' : undefined}
                      aria-pressed={day === openDay}
                      onClick={() => { setFocus(day); onOpenDay(day); }}
                      onFocus={() => day !== focusDay && monthOf(day) === month && setFocus(day)}
                    >
                      <span class="sr-only">{formatDayLong(day, ui.locale)}, {plural(m, 'dayEvents', list.length)}</span>
                      <span class="day-number" aria-hidden="true">{Number(day.slice(8, 10))}</span>
                      {list.length > 0 && (
                        <span class="day-events" aria-hidden="true">
                          {Array.from({ length: cell.lanes }, (_, lane) => {
                            const bar = cell.bars.find((b) => b.lane === lane);
                            return bar ? (
                              <span class="day-slot" key={`l${lane}`}>
                                <EventLabel ui={ui} e={bar.event} day={day} cls="day-bar" span={bar.span} />
                              </span>
                            ) : (
                              <span class="day-slot" key={`l${lane}`} />
                            );
                          })}
                          {cell.singles.map((e) => <EventLabel key={e.id} ui={ui} e={e} day={day} cls="day-event" />)}
                          {cell.hidden > 0 && <span class="day-more">{plural(m, 'moreEvents', cell.hidden)}</span>}
                          <span class={tip}>
                            {list.map((e) => <EventLabel key={e.id} ui={ui} e={e} day={day} cls="tip-event" />)}
                          </span>
                        </span>
                      )}
                    </button>
                  </td>
                );
              })}
            </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
