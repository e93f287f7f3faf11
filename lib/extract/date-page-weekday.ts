/**
 * A weekday with a bare day number, "Dès mardi 2, à 18h30", "el viernes 24", on a page that already dates that
 * very day in full, "du mardi 2 février au mardi 9 février", "el viernes 24 de abril": it is that day, not the
 * next day of that number and weekday counted from the posting day (which may be months away).
 */
import type { DateMention, DayDate } from './dates.ts';

/** A leap year, so that 29 February of a date without its year stays a day (the weekday is then checked on no year). */
const ANY_LEAP_YEAR = 2024;

function weekdayOf(y: number, m: number, d: number): number {
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

/** The weekday of the `i`-th day of a mention: from its year, or counted from the weekday written beside its first day. */
function weekdayOfDay(m: DateMention, i: number): number | undefined {
  const x = m.days[i]!;
  if (x.y !== undefined) return weekdayOf(x.y, x.m, x.d);
  if (m.weekday === undefined) return undefined;
  const first = m.days[0]!;
  const y = first.y ?? ANY_LEAP_YEAR;
  const ahead = (Date.UTC(x.y ?? y, x.m - 1, x.d) - Date.UTC(y, first.m - 1, first.d)) / 86_400_000;
  // (A day before its first one, or a span over a new year: no count.)
  if (ahead < 0) return undefined;
  return (m.weekday + ahead) % 7;
}

/**
 * The one day of the scanner's mentions (`dated`) with this day number that falls on this weekday, when they all
 * agree on its month; undefined when none does or they disagree.
 * @example pageDayOf([{ start: 0, end: 9, days: [{ m: 2, d: 2 }, { m: 2, d: 9 }], range: true, explicitYear: false, numeric: false, weekday: 2 }], 2, 2) // { m: 2, d: 2 }
 */
export function pageDayOf(dated: readonly DateMention[], weekday: number, d: number): DayDate | undefined {
  let found: DayDate | undefined;
  for (const m of dated) {
    if (m.relative) continue;
    for (let i = 0; i < m.days.length; i++) {
      const x = m.days[i]!;
      // (A span's inner days are not written: "du 2 au 9 février" holds 2 and 9 only.)
      if (x.d !== d || weekdayOfDay(m, i) !== weekday) continue;
      if (found && (found.m !== x.m || (found.y !== undefined && x.y !== undefined && found.y !== x.y))) return undefined;
      found = { ...(x.y !== undefined ? { y: x.y } : found?.y !== undefined ? { y: found.y } : {}), m: x.m, d };
    }
  }
  return found;
}
