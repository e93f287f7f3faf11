/**
 * Recurrence rules that can never give a date after DTSTART, told from the rule alone before
 * ical.js searches for one. ical.js searches such a rule for tens of thousands of candidates
 * (and gives wrong dates for some: FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30 gives 1 or 2 March), so
 * they are set aside with a reason instead. Rare but possible rules (29 February, a fifth
 * Monday, day 366) are not impossible and go through.
 */

/** Most days in each month, in any year (29 February counts). */
const MONTH_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Days one period of a sub-monthly rule may span: ical.js walks such a gap a day at a time, in one call. */
export const LONGEST_PERIOD_DAYS = 10_000;
const PERIOD_DAYS: Record<string, number> = { SECONDLY: 1 / 86_400, MINUTELY: 1 / 1_440, HOURLY: 1 / 24, DAILY: 1, WEEKLY: 7 };

/** A jCal rule part as numbers (one value or a list); undefined when absent. */
function numbers(value: unknown): number[] | undefined {
  if (value === undefined || value === null) return undefined;
  const list = Array.isArray(value) ? value : [value];
  return list.map(Number).filter(Number.isFinite);
}

function strings(value: unknown): string[] | undefined {
  if (value === undefined || value === null) return undefined;
  return (Array.isArray(value) ? value : [value]).map((v) => String(v).toUpperCase());
}

/** Days of the month (1-31) the `n`th weekday of a month can fall on (n = -1: the last one). */
function ordinalDays(n: number): [number, number] {
  if (n > 0) return [7 * n - 6, Math.min(31, 7 * n)];
  // The last weekday of a 28- to 31-day month is on the 22nd to the 31st; each step back a week earlier.
  return [Math.max(1, 29 + 7 * n), 31 + 7 * (n + 1)];
}

/** Days of the month (1-31) BYMONTHDAY value `d` can be, in a month of the allowed lengths. */
function monthDayRange(d: number, longest: number): [number, number] {
  return d > 0 ? [d, d] : [Math.max(1, 28 + d + 1), longest + d + 1];
}

/**
 * Why `rule` (ical.js's jCal recur value) can never repeat, or undefined when it can.
 * @example neverRepeats({ freq: 'YEARLY', bymonth: 2, bymonthday: 30 }) // 'there is no day 30 in February'
 * @example neverRepeats({ freq: 'YEARLY', bymonth: 2, bymonthday: 29 }) // undefined
 */
export function neverRepeats(rule: Record<string, unknown>): string | undefined {
  const freq = String(rule.freq ?? '').toUpperCase();
  const interval = Math.max(1, Number(rule.interval ?? 1) || 1);
  const periodDays = (PERIOD_DAYS[freq] ?? 0) * interval;
  if (periodDays > LONGEST_PERIOD_DAYS) return `its repetitions are over ${LONGEST_PERIOD_DAYS} days apart`;
  const months = numbers(rule.bymonth)?.filter((m) => m >= 1 && m <= 12) ?? [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
  const longest = Math.max(0, ...months.map((m) => MONTH_DAYS[m - 1] as number));
  const monthDays = numbers(rule.bymonthday);
  const monthNames = months.length < 12 ? months.map((m) => MONTH_NAMES[m - 1]).join(', ') : 'any month';
  if (monthDays && freq !== 'WEEKLY') {
    const possible = monthDays.filter((d) => d !== 0 && Math.abs(d) <= longest);
    if (possible.length === 0) return `there is no day ${monthDays.join(', ')} in ${monthNames}`;
    const days = strings(rule.byday);
    const monthRelative = freq === 'MONTHLY' || (freq === 'YEARLY' && rule.bymonth !== undefined);
    if (days && monthRelative) {
      const ordinals = days.map((d) => /^([+-]?\d+)?(MO|TU|WE|TH|FR|SA|SU)$/.exec(d)).map((m) => (m?.[1] ? Number(m[1]) : 0));
      // A plain weekday (MO) can fall on any day; an ordinal one (1MO, -1FR) only in its week.
      if (ordinals.every((n) => n !== 0)) {
        const meets = ordinals.some((n) => {
          const [from, to] = ordinalDays(n);
          return possible.some((d) => {
            const [a, b] = monthDayRange(d, longest);
            return a <= to && b >= from;
          });
        });
        if (!meets) return `the weekdays ${days.join(', ')} never fall on day ${monthDays.join(', ')}`;
      }
    }
  }
  const setPos = numbers(rule.bysetpos);
  const days = strings(rule.byday);
  if (setPos && freq === 'MONTHLY' && days && !monthDays) {
    // A month has at most five of each weekday, one of each 'nth weekday'.
    const most = days.reduce((sum, d) => sum + (/^[+-]?\d/.test(d) ? 1 : 5), 0);
    if (setPos.every((p) => p === 0 || Math.abs(p) > most)) return `BYSETPOS ${setPos.join(', ')} asks for more days than a month has, at most ${most}`;
  }
  return undefined;
}
