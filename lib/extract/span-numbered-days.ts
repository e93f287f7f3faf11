/**
 * A gathering dated once whose programme below counts its days instead of dating them: "Día 1 ... Día 2 ... Día 3",
 * "Primo giorno ... Secondo giorno ... Terzo giorno", "1. Tag ... 2. Tag", "Jour 1 ... Jour 2", "Day 1 ... Day 2". The
 * headings open their lines, count up from one without a gap, and carry no date of their own (dated headings are read
 * as days by the scanner). The gathering dated nearest above the first heading lasts that many days: its last day is
 * the first plus the count less one, and the last day's last hour, when its lines give one, is its end (as a
 * programme's first and last slots give a gathering's start and end, tests/devset/README.md).
 */
import type { DateMention } from './dates.ts';
import type { Draft } from './draft.ts';
import { lowerBound } from './sorted.ts';
import type { PageText } from './text.ts';
import type { TimeMention } from './times.ts';
import { addDays } from './year.ts';

/** Ordinals before a word for day (folded), by the number they count. */
const ORDINALS: ReadonlyMap<string, number> = new Map([
  ...['primo', 'primer', 'primero', 'premier', 'erster', 'first'].map((w) => [w, 1] as const),
  ...['secondo', 'segundo', 'deuxieme', 'second', 'zweiter'].map((w) => [w, 2] as const),
  ...['terzo', 'tercer', 'tercero', 'troisieme', 'third', 'dritter'].map((w) => [w, 3] as const),
  ...['quarto', 'cuarto', 'quatrieme', 'fourth', 'vierter'].map((w) => [w, 4] as const),
  ...['quinto', 'cinquieme', 'fifth', 'funfter'].map((w) => [w, 5] as const),
]);
const DAY_WORD = 'dia|day|jour|tag|giorno|journee|giornata|jornada';
/**
 * A day heading at a line start (folded): "Día 1", "Day 2:", "Jour 3 -", "1. Tag", "2° giorno", "Secondo giorno", "Third day".
 * (Tried only at the page's line starts, sticky; the number is one digit.)
 */
const HEADING = new RegExp(
  `[ \\t]*(?:[-•*#>]+[ \\t]*)?(?:(?:${DAY_WORD})[ \\t]*(\\d)|(\\d)(?:\\.|°|º|er|eme|e|st|nd|rd|th)?[ \\t]*(?:${DAY_WORD})|(${[...ORDINALS.keys()].join('|')})[ \\t]+(?:${DAY_WORD}))(?![\\p{L}\\p{N}])`,
  'uy',
);

/** At most this many counted days make one gathering (a week). */
const MAX_DAYS = 7;
/** How far above its first heading the gathering's date may stand (characters). */
const REACH = 1500;
/** How far the last day's lines may run after its heading (characters). */
const LAST_DAY_CHARS = 600;

interface Heading {
  n: number;
  start: number;
  lineEnd: number;
}

function headings(page: PageText): Heading[] {
  const out: Heading[] = [];
  for (const at of page.lineStarts) {
    HEADING.lastIndex = at;
    const m = HEADING.exec(page.folded);
    if (!m) continue;
    const digit = m[1] ?? m[2];
    const n = digit !== undefined ? Number(digit) : ORDINALS.get(m[3]!)!;
    const lineEnd = page.folded.indexOf('\n', m.index + m[0].length);
    out.push({ n, start: m.index, lineEnd: lineEnd < 0 ? page.folded.length : lineEnd });
  }
  return out;
}

/** Runs of headings counting 1, 2, ... N (N of two or more), in page order. */
function runs(all: readonly Heading[]): Heading[][] {
  const out: Heading[][] = [];
  let run: Heading[] = [];
  for (const h of all) {
    if (h.n === 1) {
      if (run.length >= 2) out.push(run);
      run = [h];
    } else if (run.length && h.n === run[run.length - 1]!.n + 1 && run.length < MAX_DAYS) run.push(h);
    else {
      if (run.length >= 2) out.push(run);
      run = [];
    }
  }
  if (run.length >= 2) out.push(run);
  return out;
}

/**
 * Gives the one-day gathering dated right above a programme of counted days its last day, and its first and last
 * hours from the programme's first and last days when it has none. Changes `drafts` in place.
 * @example numberedDaysSpan(readText('Encuentro, 10 de marzo de 2025.\nDía 1: llegada\nDía 2: talleres'), drafts, mentions, times)
 */
export function numberedDaysSpan(page: PageText, drafts: readonly Draft[], mentions: readonly DateMention[], times: readonly TimeMention[]): void {
  if (!drafts.length) return;
  const found = runs(headings(page));
  if (!found.length) return;
  const starts = mentions.map((m) => m.start);
  const dated = (from: number, to: number) => {
    const i = lowerBound(starts, from);
    return i < mentions.length && mentions[i]!.start < to;
  };
  for (const run of found) {
    const first = run[0]!;
    const last = run[run.length - 1]!;
    // Dated headings are days the scanner reads; a date among the days' lines is another thing than a count.
    if (run.some((h) => dated(h.start, h.lineEnd)) || dated(first.start, last.lineEnd)) continue;
    let host: Draft | undefined;
    for (const d of drafts) if (d.pos < first.start && first.start - d.pos <= REACH && (!host || d.pos > host.pos)) host = d;
    if (!host || host.endDay || host.daySession) continue;
    // (Nothing dated between the gathering and its programme: the count is of that gathering's days.)
    const hostMention = mentions[lowerBound(starts, host.pos)];
    if (hostMention && dated(hostMention.end, first.start)) continue;
    const stop = Math.min(last.start + LAST_DAY_CHARS, page.folded.length, mentions[lowerBound(starts, last.start)]?.start ?? Infinity);
    const lastHours = times.filter((t) => t.start >= last.start && t.end <= stop);
    const firstHours = times.filter((t) => t.start >= first.start && t.end <= run[1]!.start);
    host.endDay = addDays(host.startDay, run.length - 1);
    host.startTime ??= firstHours[0]?.from;
    const end = lastHours.length ? Math.max(...lastHours.map((t) => t.to ?? t.from)) : undefined;
    if (host.startTime !== undefined && end !== undefined) host.endTime = end;
    else delete host.endTime;
  }
}
