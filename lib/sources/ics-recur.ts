/**
 * Occurrences of a recurring VEVENT (RRULE, RDATE, EXDATE) inside a window, on the clock the
 * series was written in (so "every Tuesday 10:00 Brussels" stays at 10:00 across DST), with
 * a hard cap per series. ical.js's iterator does the rule arithmetic.
 */
import ICAL from 'ical.js';
import type { IcsTime } from './ics-time.ts';
import { toZone } from './ics-time.ts';
import { utcMsToWall } from '../time/offsets.ts';

export interface ExpandOptions {
  /** 'YYYY-MM-DD' bounds of the window, inclusive, compared on the series' own clock. */
  from: string;
  to: string;
  /** Most occurrences kept per series. */
  cap: number;
}

export interface Expansion {
  /** Occurrence starts as IcsTime in the series' frame, sorted. */
  starts: IcsTime[];
  capped: boolean;
  error?: string;
}

/** Rule arithmetic never needs more steps than this, even for a daily rule started long ago. */
const MAX_STEPS = 100_000;

function untilOnClock(until: unknown, start: IcsTime): string | undefined {
  if (typeof until !== 'string') return undefined;
  if (start.wall.length === 10) return until.slice(0, 10);
  if (until.length === 10) return `${until}T23:59:59`;
  if (until.endsWith('Z') && start.zone && start.zone !== 'UTC') {
    const ms = Date.parse(until);
    if (Number.isFinite(ms)) return `${utcMsToWall(ms, start.zone)}:00`;
  }
  return until.replace(/Z$/, '');
}

/**
 * The wall time of `time` on the clock of the series `frame`, for matching EXDATE and RECURRENCE-ID.
 * @example keyOnClock({ wall: '2026-12-01T09:00', zone: 'UTC' }, { wall: '2026-11-03T10:00', zone: 'Europe/Brussels' }) // '2026-12-01T10:00'
 */
export function keyOnClock(time: IcsTime, frame: IcsTime): string {
  if (frame.wall.length === 10) return time.wall.slice(0, 10);
  if (time.wall.length === 10) return time.wall;
  return toZone(time, frame.zone ?? time.zone);
}

/**
 * Occurrence starts of a series in the window.
 * @example expandSeries({ wall: '2026-12-01T10:00', zone: 'Europe/Brussels' }, [{ freq: 'WEEKLY', count: 3 }], [], [], { from: '2026-01-01', to: '2027-12-31', cap: 500 })
 */
export function expandSeries(
  start: IcsTime,
  rrules: Array<Record<string, unknown>>,
  rdates: IcsTime[],
  exdates: IcsTime[],
  options: ExpandOptions,
): Expansion {
  const seen = new Set<string>();
  const walls: string[] = [];
  let capped = false;
  let error: string | undefined;
  const inWindow = (wall: string) => {
    const day = wall.slice(0, 10);
    return day >= options.from && day <= options.to;
  };
  const add = (wall: string) => {
    if (!seen.has(wall) && inWindow(wall)) {
      seen.add(wall);
      walls.push(wall);
    }
  };
  const dateOnly = start.wall.length === 10;
  for (const rule of rrules) {
    try {
      const data = { ...rule };
      const until = untilOnClock(rule.until, start);
      if (until) data.until = until;
      const recur = ICAL.Recur.fromData(data as never);
      const first = dateOnly ? ICAL.Time.fromDateString(start.wall) : ICAL.Time.fromDateTimeString(`${start.wall}:00`);
      const iterator = recur.iterator(first);
      for (let step = 0; ; step++) {
        if (step === MAX_STEPS) {
          error = `its repetitions stopped after ${MAX_STEPS} steps, before the end of the window`;
          break;
        }
        const next = iterator.next();
        if (!next) break;
        const wall = dateOnly ? next.toString().slice(0, 10) : next.toString().slice(0, 16);
        if (wall.slice(0, 10) > options.to) break;
        add(wall);
        if (walls.length > options.cap * 4) break;
      }
    } catch (cause) {
      error = `its recurrence rule could not be read (${(cause as Error).message})`;
    }
  }
  // DTSTART is always an occurrence, even when the rule does not produce it.
  add(start.wall);
  for (const rdate of rdates) add(keyOnClock(rdate, start));
  const excluded = new Set(exdates.map((e) => keyOnClock(e, start)));
  const excludedDays = new Set(exdates.filter((e) => e.wall.length === 10).map((e) => e.wall));
  let kept = walls.filter((w) => !excluded.has(w) && !excludedDays.has(w.slice(0, 10))).sort();
  if (kept.length > options.cap) {
    kept = kept.slice(0, options.cap);
    capped = true;
  }
  const starts = kept.map((wall) => (start.zone ? { wall, zone: start.zone } : { wall }));
  return error === undefined ? { starts, capped } : { starts, capped, error };
}
