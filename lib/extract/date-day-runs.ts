/**
 * Days of one gathering written as a run before their month, each joined to the next by a dash or a slash:
 * "10-11-12 marzo", "10-11-12 de marzo", "10-11-12 mars" (three or more days in a row, the last one the dated day's
 * neighbour), and "10/12 marzo", "10/12 de marzo" (a slash between a first and a last day two or three days apart).
 * A slash between days a week apart stays a list of sessions ("17./24. September", "3/10 mai": scanned in dates.ts).
 */

/** A run of day numbers, each closed by a dash, right before the dated day: "10-11-" of "10-11-12 marzo". */
// (Bounded: at most six days, each one or two digits; read only on the 40 characters before a dated day.)
const DASHED_RUN = /(?<![\p{L}\p{N}./:,-])((?:(?:0?[1-9]|[12]\d|3[01])\s?[-–]\s?){2,6})$/u;

/** The widest gap, in days, a slash may join as a span's first and last day ("10/12": 10 to 12; "10/13": 10 to 13). */
export const MAX_SLASH_SPAN_GAP = 3;

/**
 * The days of a dashed run before `day` (the dated mention's first day number), when they are the days right before it
 * in a row: "10-11-" before 12 gives [10, 11]; the run's start is `before.length - run.length` into `before`.
 * @example dashedRun('Incontro, 10-11-', 12) // { days: [10, 11], length: 6 }
 */
export function dashedRun(before: string, day: number): { days: number[]; length: number } | undefined {
  const m = DASHED_RUN.exec(before);
  if (!m) return undefined;
  const days = (m[1]!.match(/\d+/g) ?? []).map(Number);
  if (!days.every((d, i) => d === (i === 0 ? days[0]! : days[i - 1]! + 1)) || days[days.length - 1]! + 1 !== day) return undefined;
  return { days, length: m[0].length };
}

/** Whether a slash between two day numbers makes a span of days ("10/12 marzo") rather than a list ("17./24. September"). */
export function slashSpans(first: number, last: number): boolean {
  return last > first && last - first <= MAX_SLASH_SPAN_GAP;
}
