/**
 * Days written as a weekday and a number only, under the month a programme names once:
 * "Octubre 2024" / "Sábado 12: jornada intercultural" / "Domingo 13: taller", "Veranstaltungen
 * im Oktober 2024" / "Samstag, 12.: Fest", "El 15 de octubre de 2024 ... el jueves 17 una charla".
 * The month and year come from the nearest month (with its year) named before the weekday;
 * the weekday must fall on that day of that month, so a stray "Sabato 12" under another
 * month's name gives nothing.
 */
import type { DateMention } from './dates.ts';
import { lowerBound } from './sorted.ts';
import type { PageText } from './text.ts';
import { monthAlternation, monthNumber } from './vocabulary.ts';
import { weekdaysWithNumber, withinMention, type WeekdayNumber } from './weekday-numbers.ts';
import { weekdayOf } from './year.ts';

/** How far before the weekday the month it belongs to may be named (characters). */
const MONTH_REACH = 1500;
/** At most this many weekday-and-number days are read (documented cap). */
const MAX_DAYS = 60;
/** How far from a month's name its year may be written on the same line (characters). */
const YEAR_REACH = 60;

/** The day number right after a weekday: "sabato 12", "Samstag, 12.", "el martes 15", "le samedi 12" (folded). */
const NUMBER_AFTER = /\.?,?\s+(?:(?:el|le|il|den|dem|the)\s+)?(0?[1-9]|[12]\d|3[01])(?![0-9])(?:st|nd|rd|th|er|e|°|º|\.)?/y;
/**
 * What may not follow the number: a month (the date scanner read it), a clock time ("12:00",
 * "12.30", "12h30", "Jeudi 13 h 30", "Samstag 12 Uhr": opening hours), or Italian "ore" with no number
 * after it ("Sabato 12 ore 17" is a day and its hour).
 */
const NOT_A_DAY_AFTER = new RegExp(`^(?:\\d|\\s*[:h.]\\d|\\s*(?:h|horas?|uhr|heures?|hours?)(?![a-z\\u00c0-\\u024f])|\\s*ore(?![a-z\\u00c0-\\u024f])(?!\\s*\\d)|\\s*(?:de\\s+|di\\s+|del\\s+|of\\s+)?(?:${monthAlternation([])})(?![a-z\\u00c0-\\u024f]))`, 'u');
/** A month named on its own (folded), with its year right after it where there is one. */
const MONTH_NAME = new RegExp(`(?<![a-z\\u00c0-\\u024f])(${monthAlternation([])})(?![a-z\\u00c0-\\u024f])(?:\\s+(?:de\\s+|del\\s+)?((?:19|20)\\d{2})(?![0-9]))?`, 'gu');
const YEAR = /(?<![\p{N}.,/:-])((?:19|20)\d{2})(?![\p{N}]|[.,/:-]\p{N})/gu;
/** English month names that are also words ("may", "march"): a month only when written with a capital. */
const ENGLISH_WORD_MONTHS = new Set(['may', 'march', 'august']);

interface MonthAt {
  at: number;
  m: number;
  y?: number;
}

/** Months named outside dated mentions, and the months of dated mentions with a year, in reading order. */
function monthsOf(page: PageText, mentions: readonly DateMention[]): MonthAt[] {
  const out: MonthAt[] = [];
  const starts = mentions.map((m) => m.start);
  MONTH_NAME.lastIndex = 0;
  for (let x = MONTH_NAME.exec(page.folded); x && out.length < 400; x = MONTH_NAME.exec(page.folded)) {
    const k = lowerBound(starts, x.index + 1) - 1;
    if (k >= 0 && mentions[k]!.end > x.index) continue;
    const name = x[1]!.replace(/\.$/, '');
    if (ENGLISH_WORD_MONTHS.has(name) && !/\p{Lu}/u.test(page.text[x.index]!)) continue;
    const m = monthNumber(x[1]!);
    if (!m) continue;
    out.push({ at: x.index, m, ...(x[2] ? { y: Number(x[2]) } : yearOnLine(page, x.index)) });
  }
  for (const d of mentions) {
    const first = d.days[0]!;
    if (d.explicitYear && first.y !== undefined) out.push({ at: d.start, m: first.m, y: first.y });
  }
  return out.sort((a, b) => a.at - b.at);
}

/** "La Semana Intercultural de 2024 se celebra en octubre": a year written near the month, on its line. */
function yearOnLine(page: PageText, at: number): { y?: number } {
  const from = Math.max(0, at - YEAR_REACH, page.folded.lastIndexOf('\n', at) + 1);
  const lineEnd = page.folded.indexOf('\n', at);
  const to = Math.min(lineEnd < 0 ? page.folded.length : lineEnd, at + YEAR_REACH);
  YEAR.lastIndex = 0;
  const years = [...page.folded.slice(from, to).matchAll(YEAR)].map((y) => Number(y[1]));
  return years.length === 1 ? { y: years[0]! } : {};
}

/**
 * The weekday-and-number days of a page placed in the month named before them.
 * @example daysUnderMonth(readText('Octubre 2024\nSábado 12: jornada'), [])[0].days // [{ y: 2024, m: 10, d: 12 }]
 */
export function daysUnderMonth(page: PageText, mentions: readonly DateMention[]): DateMention[] {
  const starts = mentions.map((m) => m.start);
  // The weekdays with a bare number first: most pages have none, and then no month is looked for.
  const found: WeekdayNumber[] = [];
  for (const w of weekdaysWithNumber(page, NUMBER_AFTER)) {
    if (found.length >= MAX_DAYS) break;
    if (NOT_A_DAY_AFTER.test(page.folded.slice(w.end, w.end + 24))) continue;
    if (withinMention(w, mentions, starts)) continue;
    found.push(w);
  }
  if (!found.length) return [];
  const months = monthsOf(page, mentions);
  const at = months.map((x) => x.at);
  const out: DateMention[] = [];
  // Days under a month heading with no year, by heading: kept when they fall as one month's calendar does.
  const yearless = new Map<MonthAt, WeekdayNumber[]>();
  for (const w of found) {
    const i = lowerBound(at, w.start) - 1;
    const month = i >= 0 ? months[i]! : undefined;
    if (!month || w.start - month.at > MONTH_REACH) continue;
    if (month.y === undefined) {
      if (isHeading(page, month.at)) yearless.set(month, [...(yearless.get(month) ?? []), w]);
      continue;
    }
    const probe = new Date(Date.UTC(month.y, month.m - 1, w.d));
    if (probe.getUTCMonth() !== month.m - 1 || weekdayOf(month.y, month.m, w.d) !== w.weekday) continue;
    out.push({ start: w.start, end: w.end, days: [{ y: month.y, m: month.m, d: w.d }], range: false, explicitYear: true, numeric: false, weekday: w.weekday });
  }
  // "Programa de octubre" / "Sábado 12: ..." / "Domingo 13: ...": two days or more whose weekdays step as their numbers do;
  // the year is the one their weekdays fit (resolve-days.ts), none written.
  for (const [month, days] of yearless) {
    const [first] = days;
    if (days.length < 2 || !days.every((w) => w.d <= 31 && (((w.d - first!.d) % 7) + 7) % 7 === (((w.weekday - first!.weekday) % 7) + 7) % 7)) continue;
    if (new Set(days.map((w) => w.d)).size < 2) continue;
    for (const w of days) out.push({ start: w.start, end: w.end, days: [{ m: month.m, d: w.d }], range: false, explicitYear: false, numeric: false, weekday: w.weekday });
  }
  return out.length > 1 ? out.sort((a, b) => a.start - b.start) : out;
}

/** How long a line naming a month may be to head the days below it (characters). */
const HEADING_CHARS = 40;

/** "Octubre", "Programa de octubre", "Veranstaltungen im Oktober": a month named on a short line of its own. */
function isHeading(page: PageText, at: number): boolean {
  // (Looked for within the heading's length either way: a page with no line breaks is not walked.)
  const from = Math.max(0, at - HEADING_CHARS - 1);
  const lineBreak = page.folded.slice(from, at).lastIndexOf('\n');
  if (lineBreak < 0 && from > 0) return false;
  const start = lineBreak < 0 ? 0 : from + lineBreak + 1;
  const lineEnd = page.folded.slice(at, at + HEADING_CHARS + 1).indexOf('\n');
  const end = lineEnd < 0 ? Math.min(page.folded.length, at + HEADING_CHARS + 1) : at + lineEnd;
  return end - start <= HEADING_CHARS && !/\d/.test(page.folded.slice(start, end));
}
