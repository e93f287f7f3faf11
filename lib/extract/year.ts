/**
 * Years for dates written without one ("21 April"): the year that puts the date nearest
 * to a reference day, which is a dated mention just before it in the page, else the
 * publication date or another year the page gives (resolve-days.ts). Today is no reference
 * of its own: only a weekday that disagrees with the year nearest today moves a day from it.
 */
import type { DayDate } from './dates.ts';

export interface RefDay {
  y: number;
  m: number;
  d: number;
}

/** Days since 1970-01-01 for a civil date (proleptic Gregorian), without building a Date. */
function serial(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/**
 * @example pickYear({ m: 4, d: 21 }, { y: 2021, m: 3, d: 19 }) // 2021
 * @example pickYear({ m: 1, d: 10 }, { y: 2021, m: 12, d: 1 }) // 2022
 */
export function pickYear(date: Pick<DayDate, 'm' | 'd'>, ref: RefDay): number {
  let best = ref.y;
  let bestGap = Infinity;
  for (const y of [ref.y - 1, ref.y, ref.y + 1]) {
    const gap = Math.abs(serial(y, date.m, date.d) - serial(ref.y, ref.m, ref.d));
    if (gap < bestGap) [best, bestGap] = [y, gap];
  }
  return best;
}

/**
 * Day of the week (0 = Sunday) of a civil date.
 * @example weekdayOf(2024, 10, 12) // 6
 */
export function weekdayOf(y: number, m: number, d: number): number {
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

/**
 * A 'YYYY-MM-DD' string as a reference day.
 * @example refDay('2021-03-19') // { y: 2021, m: 3, d: 19 }
 */
export function refDay(iso: string | undefined): RefDay | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso ?? '');
  return m ? { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) } : undefined;
}

/**
 * 'YYYY-MM-DD' for a complete day.
 * @example isoDay({ y: 2021, m: 4, d: 2 }) // '2021-04-02'
 */
export function isoDay(d: RefDay): string {
  return `${d.y}-${String(d.m).padStart(2, '0')}-${String(d.d).padStart(2, '0')}`;
}

/**
 * Days between two complete days (b - a).
 * @example daysBetween({ y: 2021, m: 4, d: 2 }, { y: 2021, m: 4, d: 5 }) // 3
 */
export function daysBetween(a: RefDay, b: RefDay): number {
  return serial(b.y, b.m, b.d) - serial(a.y, a.m, a.d);
}

/**
 * The day `n` days after `day`.
 * @example addDays({ y: 2021, m: 12, d: 30 }, 3) // { y: 2022, m: 1, d: 2 }
 */
export function addDays(day: RefDay, n: number): RefDay {
  const t = new Date(Date.UTC(day.y, day.m - 1, day.d + n));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}
