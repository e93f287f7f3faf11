/**
 * Dates and clock times in pages written in Ukrainian, Russian or Arabic: "15 грудня 2026 року",
 * "15–17 березня", "15 декабря", "15 ديسمبر 2026", "15 من كانون الأول", "15.12.2026" (day first),
 * and the time said with them ("о 18:00", "з 10:00 до 12:00", "الساعة 18:00"). Arabic-Indic
 * digits are read as digits. Every pattern is a single left-to-right pass with bounded repeats.
 */
import { AT_HOUR, MONTH_ALTERNATION, SCRIPT_MONTHS } from './script-vocabulary.ts';

export interface ScriptDate {
  /** Where the date is written in the page (start and end offsets). */
  start: number;
  end: number;
  day: number;
  month: number;
  year?: number;
  /** The last day of a range ("15–17 березня"), in the same month. */
  endDay?: number;
}

export interface ScriptTime {
  start: number;
  end: number;
  /** Minutes after midnight. */
  from: number;
  to?: number;
}

/** Most dates read in one page: a calendar listing is read up to here, no further. */
export const MAX_SCRIPT_DATES = 200;

/**
 * The page with Arabic-Indic and Persian digits turned into ASCII ones and lowercased, each
 * character in its place (positions found here are positions in the page).
 * @example matchable('١٥ ديسمبر') // '15 ديسمبر'
 */
export function matchable(text: string): string {
  const digits = text.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (c) => String((c.charCodeAt(0) & 0xf) % 10));
  const lower = digits.toLowerCase();
  // (A few letters change length when lowercased, "İ" among them: then the case is left as it is.)
  return lower.length === digits.length ? lower : digits;
}

const RANGE_JOIN = String.raw`\s*(?:[-–—]|до|по|إلى|الى|حتى)\s*`;
// "15 грудня 2026 року", "15–17 березня", "15 من ديسمبر، 2026"; the day must not follow a digit or a letter.
const TEXTUAL = new RegExp(String.raw`(?<![\p{L}\p{N}])(\d{1,2})(?:${RANGE_JOIN}(\d{1,2}))?\s+(?:من\s+)?(${MONTH_ALTERNATION})(?![\p{L}])(?:\s*[,،]?\s*(\d{4})(?!\d))?`, 'gu');
// "15.12.2026", "15/12/26": day first, as everywhere these languages are written.
const NUMERIC = /(?<![\d.\/])(\d{1,2})[./](\d{1,2})[./](\d{4}|\d{2})(?![\d.\/])/g;

const validDay = (year: number | undefined, month: number, day: number) => {
  if (month < 1 || month > 12 || day < 1) return false;
  const days = new Date(Date.UTC(year ?? 2024, month, 0)).getUTCDate();
  return day <= days;
};

/**
 * Every date written in the (matchable) page, in page order.
 * @example findScriptDates(matchable('Зустріч 15 грудня 2026 року'))[0] // { day: 15, month: 12, year: 2026, ... }
 */
export function findScriptDates(text: string): ScriptDate[] {
  const found: ScriptDate[] = [];
  for (const m of text.matchAll(TEXTUAL)) {
    if (found.length >= MAX_SCRIPT_DATES) break;
    const month = SCRIPT_MONTHS.get(m[3]!)!;
    const year = m[4] ? Number(m[4]) : undefined;
    const day = Number(m[1]);
    const endDay = m[2] ? Number(m[2]) : undefined;
    if (!validDay(year, month, day) || (endDay !== undefined && (!validDay(year, month, endDay) || endDay <= day))) continue;
    found.push({ start: m.index, end: m.index + m[0].length, day, month, ...(year ? { year } : {}), ...(endDay ? { endDay } : {}) });
  }
  for (const m of text.matchAll(NUMERIC)) {
    if (found.length >= MAX_SCRIPT_DATES) break;
    const year = m[3]!.length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
    const [day, month] = [Number(m[1]), Number(m[2])];
    if (!validDay(year, month, day)) continue;
    found.push({ start: m.index, end: m.index + m[0].length, day, month, year });
  }
  return found.sort((a, b) => a.start - b.start);
}

const CLOCK = String.raw`([01]?\d|2[0-4])[:.]([0-5]\d)`;
// "з 10:00 до 12:00", "10:00–12:00", "من 10:00 إلى 12:00", "о 18:00", "الساعة 18:00".
const TIME = new RegExp(String.raw`(?<![\d.:])${CLOCK}(?:${RANGE_JOIN}${CLOCK})?(?![\d:]|\.\d)`, 'g');

/**
 * The clock time said with a date: the first one after it in its sentence (a time said with
 * "о", "в", "الساعة" or as a range counts even in the next sentence, within a line).
 * @example timeAfter(matchable('15 грудня о 18:00'), 9) // { from: 1080, ... }
 */
export function timeAfter(text: string, from: number, limit: number): ScriptTime | undefined {
  TIME.lastIndex = from;
  for (let m = TIME.exec(text); m && m.index < limit; m = TIME.exec(text)) {
    const start = Number(m[1]) * 60 + Number(m[2]);
    // ("15.12" right after a month is a date's piece, not a time: the minutes must follow a clock-like hour.)
    if (start > 24 * 60) continue;
    const end = m[3] !== undefined ? Number(m[3]) * 60 + Number(m[4]) : undefined;
    const said = AT_HOUR.test(text.slice(Math.max(0, m.index - 20), m.index)) || end !== undefined;
    if (!said && /[.!?؟]/.test(text.slice(from, m.index))) continue;
    return { start: m.index, end: m.index + m[0].length, from: start, ...(end !== undefined && end > start ? { to: end } : {}) };
  }
  return undefined;
}
