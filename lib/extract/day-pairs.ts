/**
 * Two days in a row, each written with its weekday and joined by "and" ("Martedì 31 gennaio e
 * mercoledì 1 febbraio 2017 si terrà ...", "Samedi 4 et dimanche 5 mars", "Friday 3 and
 * Saturday 4 May"), are the first and last days of one gathering, as "4 and 5 March" is: its
 * second day is not an event of its own. Sessions named in the plural ("workshops on Monday 5 and
 * Tuesday 6 May") stay one event a day (series.ts), and so do days given the same hours ("el lunes 30
 * y el martes 31 ..., de 17.00 a 19.00 horas": two sessions of two hours, not one of two days; the same for one hour given for both).
 */
import type { Candidate } from './candidates.ts';
import type { DateMention, DayDate } from './dates.ts';
import { rangeKind } from './series.ts';
import { lowerBound } from './sorted.ts';
import type { PageText, Span } from './text.ts';
import type { TimeMention } from './times.ts';

/** What may stand between the two days: "and", "&", a comma, a dash, "as well as". */
const JOINED = /^\s*(?:,\s*)?(?:and|&|et|und|sowie|e|ed|y|as well as|-|–)\s*(?:(?:on|le|am|il|el|the)\s+)?$/;
const MAX_GAP = 24;

function nextDay(a: DayDate, b: DayDate): boolean {
  // (The year is the second day's, or the one before when December runs into January.)
  const year = b.y ?? 2001;
  const first = Date.UTC(a.y ?? (a.m > b.m ? year - 1 : year), a.m - 1, a.d);
  return Date.UTC(year, b.m - 1, b.d) - first === 86_400_000;
}

/**
 * Joins a day and the next day written beside it into one span: the first candidate takes a range
 * mention over both, the second is no event. Changes `candidates` in place.
 * @example joinDayPairs(readText('Martedì 31 gennaio e mercoledì 1 febbraio 2017 si terrà il convegno.'), candidates)
 */
export function joinDayPairs(page: PageText, candidates: Candidate[], times: readonly TimeMention[]): void {
  // (An hour said for both days, "on Monday 4 May and Tuesday 5 at 10:00", is each session's start.)
  let starts: number[] | undefined;
  const timeStarts = () => (starts ??= times.map((t) => t.start));
  const hasTime = (s: Span) => {
    const i = lowerBound(timeStarts(), s.start);
    return i < times.length && times[i]!.end <= s.end;
  };
  const sessions = (s: Span) => rangeKind(page.folded.slice(s.start, s.end)) === 'series' || hasTime(s);
  // "Friday 3 May and Saturday 4 May": read as a list of two days, still one span.
  for (const c of candidates) {
    const days = c.mention.days;
    if (c.kind !== 'event' || days.length !== 2 || c.mention.weekday === undefined || !nextDay(days[0]!, days[1]!)) continue;
    // (Either way: the scanner may already have joined "el lunes 30 y el martes 31" into a span; hours said once for both split it.)
    const split = sessions(c.ctx.sentence) && !c.mention.hours;
    if (c.mention.range === split) c.mention = { ...c.mention, range: !split };
  }
  const singles = candidates.filter((c) => c.kind === 'event' && !c.mention.range && c.mention.days.length === 1 && !c.mention.relative)
    .sort((a, b) => a.mention.start - b.mention.start);
  for (let i = 0; i + 1 < singles.length; i++) {
    const [a, b] = [singles[i]!, singles[i + 1]!];
    const between = page.folded.slice(a.mention.end, b.mention.start);
    if (b.mention.start - a.mention.end > MAX_GAP || !JOINED.test(between) || a.ctx.sentence.start !== b.ctx.sentence.start) continue;
    if (a.mention.weekday === undefined || b.mention.weekday === undefined) continue;
    const [d1, d2] = [a.mention.days[0]!, b.mention.days[0]!];
    if ((d1.y !== undefined && d2.y !== undefined && d1.y !== d2.y && !(d1.m === 12 && d2.m === 1)) || !nextDay(d1, d2)) continue;
    if (sessions(a.ctx.sentence)) continue;
    const year = d2.y;
    const first: DayDate = year !== undefined && d1.y === undefined ? { ...d1, y: d1.m > d2.m ? year - 1 : year } : d1;
    const span: DateMention = { ...a.mention, end: b.mention.end, days: [first, d2], range: true, explicitYear: a.mention.explicitYear || b.mention.explicitYear };
    a.mention = span;
    a.score = Math.max(a.score, b.score);
    b.kind = 'other';
    i++;
  }
}
