/**
 * When a story was filed is not a gathering: a news agency's dateline ("BARCELONA 5 Oct.
 * (EUROPA PRESS) -", "ROMA, 12 marzo (ANSA) –", "(ANSA) - TORINO, 12 MAG -", "Roma, 12 maggio 2019 –
 * Si terrà sabato 18 maggio ...") and a headline that closes with its posting day ("... arrancará la
 * próxima semana - 06/10/2008").
 */
import type { Candidate } from './candidates.ts';
import { lineSpan, type PageText } from './text.ts';

/** A town in capitals opening the line, a comma or not: "BARCELONA ", "ROMA, ", "SAN SEBASTIÁN, ". */
const CAPITAL_TOWN_BEFORE = /^\s*\p{Lu}[\p{Lu}'’. -]{2,30},?\s*$/u;
/** An agency first, then the town: "(ANSA) - TORINO, ". */
const AGENCY_TOWN_BEFORE = /^\s*\(\s*\p{L}[\p{L}.\s/-]{1,25}\)\s*[-–—]\s*\p{Lu}[\p{Lu}'’. -]{2,30},?\s*$/u;
/** A town and a comma opening the line: "Roma, ", "Paris, le ", "Magdeburg, den ". */
const TOWN_BEFORE = /^\s*\p{Lu}[\p{L}'’. -]{1,30},\s*(?:(?:le|el|il|den|am|on)\s+)?$/u;
/** A dash after the date, the story after it: " – ", " - ", ".- ". */
const DASH_AFTER = /^\s*\.?\s*[-–—]\s/u;
/** An agency in brackets after the date, then a dash or a colon: "(EUROPA PRESS) -", "(ANSA) –", "(AFP) :", "(dpa) -". */
const AGENCY_AFTER = /^\s*\.?\s*\(\s*\p{L}[\p{L}.\s/-]{1,25}\)\s*[-–—:.]/u;
/** Nothing left on the line but a dash or a colon: the story starts on the next line. */
const LINE_CLOSES = /^\s*\.?\s*[-–—:]?\s*$/u;
/** The separator before a headline's closing stamp: " - ", " – ", " | ", " / ". */
const STAMP_SEPARATOR = /\s[-–—|/]\s*$/u;
/** How near the top a dateline stands (lines). */
const DATELINE_LINES = 15;

function firstLineIndex(page: PageText): number {
  for (let i = 0; i < Math.min(page.lineStarts.length, 10); i++) {
    const span = lineSpan(page, i)!;
    if (span.end > span.start) return i;
  }
  return -1;
}

/**
 * Marks agency datelines and a headline's closing posting stamp as publication dates.
 * Changes `candidates` in place.
 * @example markDatelines(readText('BARCELONA 5 Oct. (EUROPA PRESS) -\n\nThe city opens ...'), candidates, undefined)
 */
export function markDatelines(page: PageText, candidates: Candidate[], publishedDay: string | undefined): void {
  const headline = firstLineIndex(page);
  for (const c of candidates) {
    if (c.kind !== 'event' || c.labelled || c.ctx.line.index > DATELINE_LINES) continue;
    const m = c.mention;
    const before = page.text.slice(c.ctx.line.start, m.start);
    const after = page.text.slice(m.end, c.ctx.line.end);
    // (A capital town alone with its date, "VIENNA, 29-30 September 2011", is an event's line: only an agency or a
    // story that starts below after a dash says it is a dateline.)
    if (!m.range && CAPITAL_TOWN_BEFORE.test(before) && (AGENCY_AFTER.test(after) || (/[-–—:]\s*$/u.test(after) && LINE_CLOSES.test(after)))) {
      c.kind = 'publication';
      continue;
    }
    if (!m.range && AGENCY_TOWN_BEFORE.test(before) && DASH_AFTER.test(after)) {
      c.kind = 'publication';
      continue;
    }
    // "Roma, 12 maggio 2019 – Si terrà sabato 18 maggio ...": the story after the dash dates its own gathering.
    if (!m.range && m.explicitYear && TOWN_BEFORE.test(before) && DASH_AFTER.test(after)
      && candidates.some((o) => o !== c && o.mention.start > m.end && o.mention.start < c.ctx.line.end && o.ctx.sentence.start === c.ctx.sentence.start)) {
      c.kind = 'publication';
      continue;
    }
    // "13 Mar ICTSkills4All project meeting in Riga": a headline that opens with the page's posting day (its year left
    // out, as blog lists write it) is the post's stamp; the story below dates its gathering.
    if (c.ctx.line.index === headline && publishedDay && !m.range && m.days.length === 1 && /^\s*$/u.test(before)
      && publishedDay.endsWith(`-${String(m.days[0]!.m).padStart(2, '0')}-${String(m.days[0]!.d).padStart(2, '0')}`)
      && (m.days[0]!.y === undefined || isoOf(m.days[0]!) === publishedDay)
      && candidates.some((o) => o !== c && o.ctx.line.index > c.ctx.line.index && o.kind === 'event')) {
      c.kind = 'publication';
      continue;
    }
    // "EL PROGRAMA ... ARRANCARÁ LA PRÓXIMA SEMANA ... - 06/10/2008": the headline's stamp, the page's posting day.
    if (c.ctx.line.index === headline && publishedDay && m.explicitYear && !m.range && LINE_CLOSES.test(after) && STAMP_SEPARATOR.test(before)
      && isoOf(m.days[0]!) === publishedDay) c.kind = 'publication';
  }
}

function isoOf(d: { y?: number; m: number; d: number }): string {
  return `${d.y}-${String(d.m).padStart(2, '0')}-${String(d.d).padStart(2, '0')}`;
}
