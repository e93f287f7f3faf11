/**
 * Occurrences of a recurring VEVENT (RRULE, RDATE, EXDATE) inside a window, on the clock the
 * series was written in (so "every Tuesday 10:00 Brussels" stays at 10:00 across DST), with
 * a hard cap per series. ical.js's iterator does the rule arithmetic, spending from the
 * source's budget (ics-budget.ts); a rule that started long before the window is first moved
 * forward by whole periods, so a SECONDLY rule from 1970 costs no more than one from today.
 */
import ICAL from 'ical.js';
import type { IcsTime } from './ics-time.ts';
import { toZone } from './ics-time.ts';
import { utcMsToWall } from '../time/offsets.ts';
import { neverRepeats } from './ics-rule-check.ts';
import { simpleRuleOccurrences } from './ics-simple-rule.ts';
import { BudgetSpent, RuleEnded, SliceEnded, sliceOver, spend, startSlice, withBudget, type ExpansionBudget } from './ics-budget.ts';

export interface ExpandOptions {
  /** 'YYYY-MM-DD' bounds of the window, inclusive, compared on the series' own clock. */
  from: string;
  to: string;
  /** Most occurrences kept per series. */
  cap: number;
  /** The source's budget; each series may spend at most `seriesSteps` of it. */
  budget: ExpansionBudget;
  seriesSteps?: number;
  /** Rule steps between two yields (ics-budget.ts SLICE_STEPS); the dates do not depend on it. */
  sliceSteps?: number;
}

export interface Expansion {
  /** Occurrence starts as IcsTime in the series' frame, sorted. */
  starts: IcsTime[];
  capped: boolean;
  error?: string;
  /** The source's budget ran out during (or before) this series. */
  stopped?: 'steps' | 'time';
}

/** Steps one series may take: a daily rule across the three-year window needs about 1,100. */
export const SERIES_STEPS = 50_000;

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

const PERIOD_SECONDS: Record<string, number> = { SECONDLY: 1, MINUTELY: 60, HOURLY: 3_600, DAILY: 86_400, WEEKLY: 604_800 };
/** Parts that choose the days of a month or year themselves. */
const DAY_PARTS = ['byday', 'bymonthday', 'byyearday', 'byweekno'];
const BY_PARTS = ['bysecond', 'byminute', 'byhour', 'byday', 'bymonthday', 'byyearday', 'byweekno', 'bymonth', 'bysetpos'];

const wallMs = (wall: string): number =>
  Date.UTC(+wall.slice(0, 4), +wall.slice(5, 7) - 1, +wall.slice(8, 10), +wall.slice(11, 13) || 0, +wall.slice(14, 16) || 0);

function isoOf(ms: number, dateOnly: boolean): string {
  const iso = new Date(ms).toISOString();
  return dateOnly ? iso.slice(0, 10) : iso.slice(0, 19);
}

/**
 * Where to start iterating a rule so that its first steps fall just before the window: DTSTART
 * moved forward by whole periods (weeks, days, ... or months and years that keep the day of
 * the month). With COUNT, only a rule without BY parts can move (each period is one
 * occurrence); the count left is returned. 'none': the rule ended before the window.
 * @example jumpToWindow('1970-01-01T00:00', { freq: 'SECONDLY' }, '2026-01-01') // { first: '2025-12-30T23:59:59' ... }
 */
export function jumpToWindow(wall: string, rule: Record<string, unknown>, from: string): { first: string; count?: number } | 'none' | undefined {
  const freq = String(rule.freq ?? '').toUpperCase();
  const interval = Math.max(1, Math.floor(Number(rule.interval ?? 1)) || 1);
  const count = typeof rule.count === 'number' ? rule.count : rule.count !== undefined ? Number(rule.count) : undefined;
  const hasBy = BY_PARTS.some((p) => rule[p] !== undefined);
  if (count !== undefined && (hasBy || !Number.isFinite(count))) return undefined;
  const dateOnly = wall.length === 10;
  const startMs = wallMs(wall);
  // One period of margin: a shifted DTSTART that the BY parts would not produce is returned
  // by the iterator as its first instance, and must fall before the window.
  const seconds = PERIOD_SECONDS[freq];
  let k: number;
  let first: string;
  if (seconds !== undefined) {
    const period = seconds * 1000 * interval;
    k = Math.floor((wallMs(from) - period - startMs) / period);
    if (k <= 0) return undefined;
    first = isoOf(startMs + k * period, dateOnly);
  } else if (freq === 'MONTHLY' || freq === 'YEARLY') {
    let day = +wall.slice(8, 10);
    // The 29th-31st is not in every month: iterate from DTSTART, unless the rule's own parts
    // give the days (then any day of the month may start the month it jumps to).
    if (day > 28 && !DAY_PARTS.some((p) => rule[p] !== undefined)) return undefined;
    const months = freq === 'MONTHLY' ? interval : 12 * interval;
    const gap = (+from.slice(0, 4) - +wall.slice(0, 4)) * 12 + (+from.slice(5, 7) - +wall.slice(5, 7));
    k = Math.floor(gap / months) - 1;
    if (k <= 0) return undefined;
    const d = new Date(startMs);
    if (day > 28) d.setUTCDate((day = 1));
    d.setUTCMonth(d.getUTCMonth() + k * months);
    first = isoOf(d.getTime(), dateOnly);
  } else {
    return undefined;
  }
  if (count === undefined) return { first };
  return k >= count ? 'none' : { first, count: count - k };
}

/**
 * Occurrence starts of a series in the window.
 * @example expandSeries({ wall: '2026-12-01T10:00', zone: 'Europe/Brussels' }, [{ freq: 'WEEKLY', count: 3 }], [], [], { from: '2026-01-01', to: '2027-12-31', cap: 500, budget })
 */
export function expandSeries(
  start: IcsTime,
  rrules: Array<Record<string, unknown>>,
  rdates: IcsTime[],
  exdates: IcsTime[],
  options: ExpandOptions,
): Expansion {
  const steps = expandSeriesSteps(start, rrules, rdates, exdates, options);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/**
 * Steps ical.js may take to find a rule's first date, in one call that cannot be sliced (a few
 * ms): a yearly rule searches up to the year 20000, 16 steps or more a year. 2,000 is over a
 * century of searching; a rule that can happen at all happens within 40 years (29 February on
 * a Monday), or 300 with INTERVAL=7.
 */
const FIRST_DATE_STEPS = 2_000;

/** ical.js's iterator for `data` from `firstWall`, or undefined when finding its first date costs more than FIRST_DATE_STEPS. */
function startIterator(data: Record<string, unknown>, firstWall: string, series: ExpansionBudget): ICAL.RecurIterator | undefined {
  const search: ExpansionBudget = { ...series, stepsLeft: Math.min(FIRST_DATE_STEPS, series.stepsLeft) };
  delete search.spent;
  delete search.slice;
  const allowed = search.stepsLeft;
  try {
    return withBudget(search, () => {
      const recur = ICAL.Recur.fromData(data as never);
      const first = firstWall.length === 10 ? ICAL.Time.fromDateString(firstWall) : ICAL.Time.fromDateTimeString(firstWall);
      return recur.iterator(first);
    });
  } catch (cause) {
    // The series' own budget or the clock ran out: as any other spent budget.
    if (!(cause instanceof BudgetSpent) || search.spent === 'time' || allowed < FIRST_DATE_STEPS) {
      if (cause instanceof BudgetSpent) series.spent = cause.what;
      throw cause;
    }
    return undefined;
  } finally {
    series.stepsLeft -= allowed - Math.max(0, search.stepsLeft);
  }
}

/** Slice steps one kept instance counts for (formatting and matching it costs a few rule steps). */
const INSTANCE_COST = 4;
/** EXDATE values matched to the series' clock between two chances to yield. */
const EXDATES_PER_STEP = 5_000;

/**
 * expandSeries as steps: yields after each slice of rule work (ics-budget.ts: a few ms, also
 * inside one long search of ical.js), so the browser can give the page the main thread in the
 * middle of a long series (see SourceContext.pause). Where the slices end changes no date.
 */
export function* expandSeriesSteps(
  start: IcsTime,
  rrules: Array<Record<string, unknown>>,
  rdates: IcsTime[],
  exdates: IcsTime[],
  options: ExpandOptions,
): Generator<void, Expansion> {
  const seen = new Set<string>();
  const walls: string[] = [];
  let capped = false;
  let error: string | undefined;
  let stopped: 'steps' | 'time' | undefined;
  const inWindow = (wall: string) => {
    const day = wall.slice(0, 10);
    return day >= options.from && day <= options.to;
  };
  const add = (wall: string): boolean => {
    if (seen.has(wall) || !inWindow(wall)) return false;
    seen.add(wall);
    walls.push(wall);
    return true;
  };
  const excluded = new Set<string>();
  const excludedDays = new Set<string>();
  // EXDATEs written in another zone than the series: if one matches no occurrence, its wall time as written is meant.
  const otherZone: Array<{ key: string; wall: string }> = [];
  for (let i = 0; i < exdates.length; i++) {
    if (i > 0 && i % EXDATES_PER_STEP === 0) yield;
    const e = exdates[i] as IcsTime;
    const key = keyOnClock(e, start);
    excluded.add(key);
    if (e.wall.length === 10) excludedDays.add(e.wall);
    else if (e.zone && start.zone && e.zone !== start.zone && start.wall.length > 10) otherZone.push({ key, wall: e.wall });
  }
  const isExcluded = (wall: string) => excluded.has(wall) || excludedDays.has(wall.slice(0, 10));
  const dateOnly = start.wall.length === 10;
  const parent = options.budget;
  const series: ExpansionBudget = { ...parent, stepsLeft: Math.min(options.seriesSteps ?? SERIES_STEPS, parent.stepsLeft) };
  delete series.spent;
  const allowed = series.stepsLeft;
  for (const rule of rrules) {
    if (parent.spent) {
      stopped = parent.spent;
      break;
    }
    try {
      const data = { ...rule };
      // Confluence writes COUNT=-1 beside UNTIL to mean "no count": a count that is not a
      // positive whole number bounds nothing (ical.js would stop at DTSTART and lose the series).
      if (data.count !== undefined && !(Number.isInteger(Number(data.count)) && Number(data.count) > 0)) delete data.count;
      const never = neverRepeats(data);
      if (never) {
        error = `its recurrence rule never repeats (${never})`;
        continue;
      }
      const until = untilOnClock(rule.until, start);
      if (until) data.until = until;
      // Common monthly rules are computed directly (a few steps a month, window only); the rest go to ical.js.
      // Each EXDATE removes at most one of them: cap + 1 + their number are enough to tell whether the cap is passed.
      const simple = simpleRuleOccurrences(start.wall, data, options.from, options.to, options.cap + 1 + excluded.size);
      if (simple) {
        spend(series, simple.months + simple.walls.length);
        let kept = 0;
        for (const wall of simple.walls) {
          if (add(wall) && !isExcluded(wall)) kept++;
          if (kept > options.cap) break;
        }
        continue;
      }
      const jump = jumpToWindow(start.wall, data, options.from);
      if (jump === 'none') continue;
      if (jump?.count !== undefined) data.count = jump.count;
      const firstWall = jump?.first ?? (dateOnly ? start.wall : `${start.wall}:00`);
      // A rule gives its instances in order: once it has given `cap` + 1 in the window, the rest come after every kept one.
      let fromRule = 0;
      const iterator = startIterator(data, firstWall, series);
      if (!iterator) {
        error = `its recurrence rule gives no date in the century after its start`;
        continue;
      }
      // The budget is active only while ical.js runs, never across a yield (another feed may read meanwhile).
      // A next() the last slice stopped in the middle of: carried on, not counted again.
      let resume = false;
      // true: the rule is done; false: the slice is over, call again after a yield.
      const chunk = (): boolean =>
        withBudget(series, () => {
          startSlice(series, options.sliceSteps);
          try {
            for (;;) {
              if (!resume) {
                if (sliceOver(series, INSTANCE_COST)) return false;
                spend(series);
              }
              resume = false;
              let next: ICAL.Time | null;
              try {
                next = iterator.next();
              } catch (stop) {
                if (stop instanceof SliceEnded) {
                  resume = true;
                  return false;
                }
                if (stop instanceof RuleEnded) return true;
                throw stop;
              }
              if (!next) return true;
              const wall = dateOnly ? next.toString().slice(0, 10) : next.toString().slice(0, 16);
              if (wall.slice(0, 10) > options.to) return true;
              if (add(wall) && !isExcluded(wall)) fromRule++;
              if (fromRule > options.cap) return true;
            }
          } finally {
            delete series.slice;
          }
        });
      while (!chunk()) yield;
    } catch (cause) {
      if (cause instanceof BudgetSpent) {
        error = `its repetitions were cut short after ${allowed - Math.max(0, series.stepsLeft)} steps, before the end of the window`;
        break;
      }
      error = `its recurrence rule could not be read (${(cause as Error).message})`;
    }
  }
  const used = allowed - Math.max(0, series.stepsLeft);
  parent.stepsLeft -= used;
  if (series.spent === 'time') parent.spent = 'time';
  else if (parent.stepsLeft <= 0) parent.spent = 'steps';
  stopped ??= parent.spent;
  // DTSTART is always an occurrence, even when the rule does not produce it.
  add(start.wall);
  for (const rdate of rdates) add(keyOnClock(rdate, start));
  // An exporter that wrote the wrong TZID on EXDATE (Outlook: the series in Eastern Time, the
  // exceptions in Pacific, both at 12:00) still means that day's 12:00.
  for (const { key, wall } of otherZone) if (!seen.has(key) && seen.has(wall)) excluded.add(wall);
  let kept = walls.filter((w) => !isExcluded(w)).sort();
  if (kept.length > options.cap) {
    kept = kept.slice(0, options.cap);
    capped = true;
  }
  const starts = kept.map((wall) => (start.zone ? { wall, zone: start.zone } : { wall }));
  const out: Expansion = { starts, capped };
  if (error !== undefined) out.error = error;
  if (stopped) out.stopped = stopped;
  return out;
}
