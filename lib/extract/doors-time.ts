/**
 * A gathering's hour that the page says later is when the doors open: "Eröffnung am 3. November, 18 Uhr" and further down
 * "Beginn: 19 Uhr, Einlass ab 18 Uhr, Ende um 22 Uhr"; "Concert on 3 November, 6pm ... Doors open 6pm, start 7pm, ends
 * 10pm"; "Soirée le 3 novembre, 18h ... Ouverture des portes à 18h, début à 19h". The labelled start is the start, and the
 * labelled end in the same line its end.
 */
import type { Draft } from './draft.ts';
import { lineAt, type PageText } from './text.ts';
import type { TimeMention } from './times.ts';
import { lowerBound } from './sorted.ts';

/** "Einlass", "doors open", "ouverture des portes", "apertura porte", "apertura de puertas" right before an hour (folded). */
const DOORS = /(?:einlass|doors(?: open)?|ouverture des portes|apertura (?:delle )?porte|apertura de (?:las )?puertas)\s*(?:ab|at|from|a|à|alle|ore|a las|um|des|dès)?\s*:?\s*$/u;
/** Cheap test before DOORS. */
const DOORS_WORD = /einlass|doors|portes|porte|puertas/;
/** How far after the gathering's date its doors hour may be said (characters). */
const REACH = 1500;

/**
 * Moves a draft's start from its doors hour to the start the same line labels, and takes that line's labelled end.
 * Changes `drafts` in place.
 * @example doorsTimes(page, drafts, times) // 18:00 -> 19:00-22:00 under "Beginn: 19 Uhr, Einlass ab 18 Uhr, Ende um 22 Uhr"
 */
export function doorsTimes(page: PageText, drafts: Draft[], times: readonly TimeMention[]): void {
  if (!DOORS_WORD.test(page.folded)) return;
  const starts = times.map((t) => t.start);
  for (const d of drafts) {
    if (d.startTime === undefined || d.endDay) continue;
    for (let i = lowerBound(starts, d.pos); i < times.length && times[i]!.start < d.pos + REACH; i++) {
      const doors = times[i]!;
      if (doors.from !== d.startTime || doors.to !== undefined || !DOORS.test(page.folded.slice(Math.max(0, doors.start - 40), doors.start))) continue;
      // The start and end the doors hour's own line labels.
      const line = lineAt(page, doors.start);
      const onLine = times.filter((t) => t.start >= line.start && t.end <= line.end);
      const start = onLine.find((t) => t.role === 'start' && t.from > doors.from);
      if (!start) break;
      d.startTime = start.from;
      const end = start.to ?? onLine.find((t) => t.role === 'end' && t.from > start.from)?.from;
      if (end !== undefined) d.endTime = end;
      else delete d.endTime;
      break;
    }
  }
}
