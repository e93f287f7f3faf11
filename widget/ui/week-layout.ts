/**
 * How one week of the month grid draws its events: an event over several days is one bar
 * across them (in a lane kept free on each of those days), the others are short labels under
 * the bars. Each day shows at most MAX_ROWS lines; what does not fit is counted as "+N more".
 */
import type { InclusionEvent } from '../../lib/model/event.ts';

export const MAX_ROWS = 3;
/** Lanes for bars; the rest of the rows stay for single-day events. */
const MAX_LANES = 2;

export interface Bar {
  event: InclusionEvent;
  /** Column (0-6) where the bar starts in this week, and how many days it covers here. */
  column: number;
  span: number;
  lane: number;
}

export interface DayLayout {
  /** Bars that start on this day, by lane. */
  bars: Bar[];
  /** Lanes reserved at the top of every day of the week (bars drawn or passing over them). */
  lanes: number;
  /** Single-day events shown as labels. */
  singles: InclusionEvent[];
  /** Events of the day not drawn (neither a bar passing over it nor a label). */
  hidden: number;
}

/** Lays out a week: `days` are its seven 'YYYY-MM-DD' keys, `byDay` the events of each day. */
export function layoutWeek(days: readonly string[], byDay: ReadonlyMap<string, readonly InclusionEvent[]>): DayLayout[] {
  const lists = days.map((d) => byDay.get(d) ?? []);
  // Multi-day events: those on two or more days of this week, or running on from outside it.
  const columns = new Map<InclusionEvent, number[]>();
  lists.forEach((list, column) => {
    for (const e of list) {
      const cols = columns.get(e);
      if (cols) cols.push(column);
      else columns.set(e, [column]);
    }
  });
  const multi = [...columns].filter(([e, cols]) => cols.length > 1 || e.start.slice(0, 10) !== days[cols[0]!]);
  multi.sort(([, a], [, b]) => a[0]! - b[0]! || b.length - a.length);
  const laneEnds: number[] = [];
  const bars: Bar[] = [];
  for (const [event, cols] of multi) {
    const column = cols[0]!;
    const span = cols[cols.length - 1]! - column + 1;
    const lane = laneEnds.findIndex((end) => end < column);
    const at = lane >= 0 ? lane : laneEnds.length;
    if (at >= MAX_LANES) continue;
    laneEnds[at] = column + span - 1;
    bars.push({ event, column, span, lane: at });
  }
  const lanes = laneEnds.length;
  const isMulti = new Set(multi.map(([e]) => e));
  return lists.map((list, column) => {
    const covered = bars.filter((b) => b.column <= column && column < b.column + b.span).length;
    const singles = list.filter((e) => !isMulti.has(e)).slice(0, Math.max(0, MAX_ROWS - lanes));
    return {
      bars: bars.filter((b) => b.column === column).sort((a, b) => a.lane - b.lane),
      lanes,
      singles,
      // Multi-day events without a lane are counted here too.
      hidden: list.length - covered - singles.length,
    };
  });
}
