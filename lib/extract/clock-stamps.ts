/**
 * A date with a clock reading to the minute is a stamp, not a gathering (issue 12, precision): "Martedì, 06 Maggio 2025 -
 * 08:32", "12.03.2024 | 20:36 Uhr", "5 May 2024 at 14:07", "Publié le 3 mars à 09h43", "Lunes, 4 de marzo - 17:52". People
 * meet at round hours and at the quarters (none of the dev set's labelled starts has minutes off a multiple of five), a
 * site's clock writes any minute. Only a lone reading right after the date counts: "14:07 – 16:22" is a span.
 */

/** The date, then a separator and one reading, then the line's end: " - 08:32", ", 20:36 Uhr", " um 9:43", " à 09h43". */
const LONE_CLOCK_AFTER = /^\s*(?:[-–—|,/•·@]\s*)?(?:(?:at|um|a las|alle(?: ore)?|ore|a|à)\s+)?(?:[01]?\d|2[0-3])[:.h]([0-5]\d)\s*(?:uhr|h|hrs?|am|pm|a\.m\.|p\.m\.)?\s*[.)]?\s*$/u;

/**
 * True when the text after a date (up to its line's end) is one clock reading with minutes off the five-minute grid.
 * @example isClockStamp(' - 08:32') // true
 * @example isClockStamp(' - 08:30') // false
 */
export function isClockStamp(afterOnLine: string): boolean {
  if (afterOnLine.length > 40) return false;
  const m = LONE_CLOCK_AFTER.exec(afterOnLine);
  return !!m && Number(m[1]) % 5 !== 0;
}
