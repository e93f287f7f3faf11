/**
 * A programme told under day headings, three days or more in a row, that the words above it announce as a whole:
 * "Mañana comenzará el encuentro intercultural con el siguiente programa" over "MARTES 20 DE SEPTIEMBRE (Casa del Mar)
 * / 19:00 h. ...", "Programme de la Semaine de l'accueil" over "Lundi 16 juin / ...". The whole runs from the first
 * heading's day to the last (an umbrella over them, or one meeting of several days); each day stays a gathering of its
 * own. Nothing is added when the page already dates a span over those days.
 */
import { foldKeepLength } from '../relevance/index.ts';
import { EVENT_THRESHOLD } from './candidates.ts';
import { mentionContext } from './context.ts';
import type { DateMention } from './dates.ts';
import { draftEvent, type Draft, type PlaceIndex } from './draft.ts';
import { MAX_EVENT_DAYS } from './filters.ts';
import { rangeKind } from './series.ts';
import { lowerBound } from './sorted.ts';
import { lineAt, type PageText } from './text.ts';
import type { TimeMention } from './times.ts';
import { WEEKDAYS } from './vocabulary.ts';
import { daysBetween } from './year.ts';

/** How many headed days in a row make a programme of several days (two are as often two separate dates). */
const MIN_HEADED_DAYS = 3;
/** A day heading is a short line: its date, a weekday, a place in brackets at most. */
const MAX_HEADING_CHARS = 70;
/** How far above the first heading the words announcing the programme may be (characters). */
const INTRO_REACH = 400;

/** What may stand before a heading's date on its line: bullets, a weekday, "day 1". */
const BEFORE_DATE = new RegExp(`^[\\s•*·>#–—-]*(?:(?:day|jour|tag|giorno|dia|journee|giornata)\\s*\\d\\s*[:–—-]?\\s*)?(?:(?:${WEEKDAYS.join('|')})[\\s,.]*)?$`, 'u');
/** An exhibition's words (folded). */
const EXHIBITION = /(?<![\p{L}])(?:exhibitions?|expositions?|mostra|mostre|ausstellung(?:en)?|exposicion(?:es)?|muestra)(?![\p{L}])/u;
/** The programme announced by name: "programa", "programme", "Programm", "programma", "program", "agenda". */
const PROGRAMME = /(?<![\p{L}])(?:programa|programme|programm|programma|program|agenda)(?![\p{L}])/u;

/** Where the draft's date opens a short line of its own, a day's heading (its own place or where merged days were dated). */
function headingAt(page: PageText, d: Draft): number | undefined {
  return [d.pos, ...(d.alsoAt ?? [])].find((pos) => {
    const line = lineAt(page, pos);
    return line.end - line.start <= MAX_HEADING_CHARS && BEFORE_DATE.test(page.folded.slice(line.start, pos)) && line.end < page.text.length;
  });
}

/**
 * The span over a run of day headings that the words above them announce, as a new draft (or none).
 * @example headedDaysSpan(page, drafts, mentions, times, places) // [span 20 to 25 September] over six headed days
 */
export function headedDaysSpan(page: PageText, drafts: readonly Draft[], mentions: readonly DateMention[], times: readonly TimeMention[], places: PlaceIndex): Draft[] {
  const heads = drafts.flatMap((d) => {
    const at = d.endDay ? undefined : headingAt(page, d);
    return at === undefined ? [] : [{ ...d, pos: at }];
  }).sort((a, b) => a.pos - b.pos);
  if (heads.length < MIN_HEADED_DAYS) return [];
  // The run of headings in page order, each the next day or a later one within the week after the one before.
  let run: Draft[] = [heads[0]!];
  for (let i = 1; i < heads.length && run.length < MIN_HEADED_DAYS; i++) {
    const gap = daysBetween(run[run.length - 1]!.startDay, heads[i]!.startDay);
    run = gap >= 1 && gap <= 2 ? [...run, heads[i]!] : [heads[i]!];
  }
  if (run.length < MIN_HEADED_DAYS) return [];
  const first = run[0]!;
  let last = run[run.length - 1]!;
  for (const h of heads.slice(heads.indexOf(last) + 1)) {
    const gap = daysBetween(last.startDay, h.startDay);
    if (gap < 1 || gap > 2) break;
    last = h;
  }
  const length = daysBetween(first.startDay, last.startDay);
  if (length > MAX_EVENT_DAYS) return [];
  // (A span the page dates before the programme is the whole said already; one listed after it, "Exposiciones: ... (del 20
  // al 25)", is a thing of its own, as is an exhibition shown over the same days.)
  if (drafts.some((d) => d.endDay && daysBetween(d.startDay, first.startDay) >= 0 && daysBetween(last.startDay, d.endDay) >= 0
    && ([d.pos, ...(d.alsoAt ?? [])].some((p) => p < first.pos) && !EXHIBITION.test(foldKeepLength(d.text))))) return [];
  // The words above the first heading announce the whole: a week's or a festival's name, or its programme.
  const line = lineAt(page, first.pos);
  const intro = page.folded.slice(Math.max(0, line.start - INTRO_REACH), line.start);
  const starts = mentions.map((m) => m.start);
  const own = mentions[lowerBound(starts, first.pos)];
  if (!own || own.start !== first.pos) return [];
  // (No other date between the intro's words and the heading: they would be another date's.)
  const previous = mentions[lowerBound(starts, first.pos) - 1];
  const from = previous && previous.end > line.start - INTRO_REACH ? previous.end : line.start - INTRO_REACH;
  const words = from > line.start - INTRO_REACH ? page.folded.slice(Math.max(0, from), line.start) : intro;
  if (rangeKind(words) !== 'umbrella' && !PROGRAMME.test(words)) return [];
  const m: DateMention = { ...own, days: [first.startDay, last.startDay], range: true };
  const span = draftEvent(page, { mention: m, ctx: mentionContext(page, m, mentions), kind: 'event', score: EVENT_THRESHOLD, labelled: false }, { start: first.startDay, end: last.startDay }, times, false, places);
  delete span.startTime;
  delete span.endTime;
  span.rangeKind = 'umbrella';
  return [span];
}
