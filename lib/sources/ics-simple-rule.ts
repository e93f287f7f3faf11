/**
 * Occurrences of the common monthly rules ("2nd Tuesday", "last Friday", "the 1st and 15th")
 * computed straight from the calendar, month by month inside the window. ical.js finds them
 * by trying every day of every month since DTSTART, cloning a Time per weekday check: a
 * city's calendar with 300 such series cost seconds and spent its whole step budget. Here a
 * month costs a few additions, and only the window's months are visited, however old DTSTART.
 *
 * Only rules whose meaning is plain are taken (MONTHLY with BYDAY or BYMONTHDAY, BYSETPOS=1/-1
 * with BYDAY, INTERVAL, UNTIL, COUNT from a DTSTART the rule gives); everything else (BYMONTH,
 * times of day, other frequencies) is left to ical.js. The dates agree with ical.js (tests/unit/sources/ics-simple-rule.test.ts).
 */

const WEEKDAYS: Record<string, number> = { SU: 0, MO: 1, TU: 2, WE: 3, TH: 4, FR: 5, SA: 6 };
/** The parts a simple rule may carry; any other part sends the rule to ical.js. */
const SIMPLE_PARTS = new Set(['freq', 'interval', 'until', 'count', 'wkst', 'byday', 'bymonthday', 'bysetpos']);
/** Months a rule with COUNT may be walked from DTSTART (a century); an older one is left to ical.js and its budget. */
const COUNT_MONTHS = 1_200;
const BYDAY_RE = /^([+-]?[1-5])?(SU|MO|TU|WE|TH|FR|SA)$/;
const WALL_RE = /^(\d{4})-(\d{2})-(\d{2})(T\d{2}:\d{2})?$/;
const UNTIL_RE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2})?$/;

/**
 * Days of one month a rule picks: weekdays (0 = every one, else the nth, -1 the last) or days
 * of the month; then, with BYSETPOS, the nth of those days (-1 the last: "the last weekday").
 */
type MonthPick = ({ weekdays: Array<[number, number]> } | { monthDays: number[] }) & { positions?: number[] };

export interface SimpleOccurrences {
  /** Wall times on the series' clock, in order, each on or after DTSTART, inside the window. */
  walls: string[];
  /** Months looked at: the work done, for the budget. */
  months: number;
  /** More than `most` occurrences were in the window: the rest are not listed. */
  more?: boolean;
}

const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : [value]);

function monthPick(rule: Record<string, unknown>): MonthPick | undefined {
  if ((rule.byday === undefined) === (rule.bymonthday === undefined)) return undefined;
  const positions = rule.bysetpos === undefined ? undefined : list(rule.bysetpos).map(Number);
  if (positions && !(positions.length && positions.every((p) => p === 1 || p === -1))) return undefined;
  // ical.js applies BYSETPOS to BYDAY's days only (with BYMONTHDAY it ignores it): left to it, whose dates the reader always gave.
  if (positions && rule.byday === undefined) return undefined;
  const days = monthDaysPick(rule);
  // BYSETPOS: the first or last of plain weekdays only ("the last weekday of the month"), where
  // ical.js agrees after DTSTART's month; it counts other positions and nth weekdays its own way.
  if (positions && days && 'weekdays' in days && days.weekdays.some(([n]) => n !== 0)) return undefined;
  return days && positions ? { ...days, positions } : days;
}

function monthDaysPick(rule: Record<string, unknown>): MonthPick | undefined {
  if (rule.byday !== undefined) {
    const weekdays: Array<[number, number]> = [];
    for (const value of list(rule.byday)) {
      const m = BYDAY_RE.exec(String(value).toUpperCase());
      if (!m) return undefined;
      weekdays.push([m[1] ? Number(m[1]) : 0, WEEKDAYS[m[2] as string] as number]);
    }
    return weekdays.length ? { weekdays } : undefined;
  }
  const monthDays = list(rule.bymonthday).map(Number);
  if (!monthDays.length || !monthDays.every((d) => Number.isInteger(d) && d !== 0 && Math.abs(d) <= 31)) return undefined;
  return { monthDays };
}

/** The days (1-31, sorted, distinct) `pick` gives in month `month` (1-12) of `year`. */
export function daysInMonthPicked(year: number, month: number, pick: MonthPick): number[] {
  const length = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const days = new Set<number>();
  if ('monthDays' in pick) {
    // Day 31 in a 30-day month (or -31) is no date: that month has none (RFC 5545, and ical.js).
    for (const d of pick.monthDays) {
      const day = d > 0 ? d : length + d + 1;
      if (day >= 1 && day <= length) days.add(day);
    }
  } else {
    const firstWeekday = new Date(Date.UTC(year, month - 1, 1)).getUTCDay();
    for (const [n, weekday] of pick.weekdays) {
      const first = 1 + ((weekday - firstWeekday + 7) % 7);
      if (n === 0) for (let day = first; day <= length; day += 7) days.add(day);
      else if (n > 0) {
        const day = first + 7 * (n - 1);
        if (day <= length) days.add(day);
      } else {
        const last = first + 7 * Math.floor((length - first) / 7);
        const day = last + 7 * (n + 1);
        if (day >= 1) days.add(day);
      }
    }
  }
  const sorted = [...days].sort((a, b) => a - b);
  if (!pick.positions) return sorted;
  const chosen = new Set<number>();
  for (const p of pick.positions) {
    const day = sorted[p > 0 ? p - 1 : sorted.length + p];
    if (day !== undefined) chosen.add(day);
  }
  return [...chosen].sort((a, b) => a - b);
}

const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * The occurrences of `rule` (ical.js's jCal recur value, UNTIL already on the series' clock)
 * from DTSTART `startWall` whose day is in [from, to]; undefined when the rule is not one of
 * the simple ones computed here. DTSTART itself is not added unless the rule gives it. At most
 * `most` are listed (the reader keeps a few hundred per series), so a rule of every weekday
 * in a window of decades costs no more than one of a few years.
 * @example simpleRuleOccurrences('2020-01-14T18:00', { freq: 'MONTHLY', byday: '2TU' }, '2026-12-01', '2027-01-31')?.walls // ['2026-12-08T18:00', '2027-01-12T18:00']
 */
export function simpleRuleOccurrences(startWall: string, rule: Record<string, unknown>, from: string, to: string, most = Infinity): SimpleOccurrences | undefined {
  if (String(rule.freq ?? '').toUpperCase() !== 'MONTHLY') return undefined;
  for (const key of Object.keys(rule)) if (rule[key] !== undefined && !SIMPLE_PARTS.has(key)) return undefined;
  const pick = monthPick(rule);
  const start = WALL_RE.exec(startWall);
  if (!pick || !start) return undefined;
  const interval = rule.interval === undefined ? 1 : Number(rule.interval);
  if (!Number.isInteger(interval) || interval < 1) return undefined;
  const until = rule.until === undefined ? undefined : String(rule.until);
  if (until !== undefined && !UNTIL_RE.test(until)) return undefined;
  const count = rule.count === undefined ? undefined : Number(rule.count);
  const time = start[4] ?? '';
  // UNTIL compared as ical.js does: a date with a date, a time (whole seconds) with a time.
  const lastAllowed = until === undefined ? undefined : time ? (until.length === 10 ? `${until}T23:59:59` : until) : until.slice(0, 10);
  const startMonth = Number(start[1]) * 12 + Number(start[2]) - 1;
  const fromMonth = Number(from.slice(0, 4)) * 12 + Number(from.slice(5, 7)) - 1;
  const toMonth = Number(to.slice(0, 4)) * 12 + Number(to.slice(5, 7)) - 1;
  if (count !== undefined) {
    // COUNT counts from DTSTART, so its months are walked from there: only when they are few,
    // and when DTSTART is one of the rule's days (else RFC 5545 leaves the count undefined).
    if (!Number.isInteger(count) || count < 1 || toMonth - startMonth > COUNT_MONTHS) return undefined;
    const startDay = Number(start[3]);
    if (!daysInMonthPicked(Number(start[1]), Number(start[2]), pick).includes(startDay)) return undefined;
  }
  const walls: string[] = [];
  let months = 0;
  let given = 0;
  // The first month the rule's INTERVAL lands on (counted from DTSTART's month) in the window, or DTSTART's with a COUNT.
  let month = count === undefined ? Math.max(startMonth, fromMonth) : startMonth;
  month += (interval - ((month - startMonth) % interval)) % interval;
  for (; month <= toMonth; month += interval) {
    months++;
    const year = Math.floor(month / 12);
    const monthOfYear = (month % 12) + 1;
    const prefix = `${String(year).padStart(4, '0')}-${pad(monthOfYear)}-`;
    for (const day of daysInMonthPicked(year, monthOfYear, pick)) {
      const date = prefix + pad(day);
      const wall = date + time;
      if (wall < startWall) continue;
      if (date > to) return { walls, months };
      if (lastAllowed !== undefined && (time ? `${wall}:00` : wall) > lastAllowed) return { walls, months };
      if (count !== undefined && ++given > count) return { walls, months };
      if (date < from) continue;
      if (walls.length >= most) return { walls, months, more: true };
      walls.push(wall);
    }
  }
  return { walls, months };
}
