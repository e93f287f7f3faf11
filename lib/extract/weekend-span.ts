/**
 * A gathering said to last the whole weekend: "la cita se prolonga todo el fin de semana", "all weekend long",
 * "tout le week-end", "das ganze Wochenende", "per tutto il fine settimana". Dated on its Friday or Saturday,
 * it ends on the Sunday.
 */
import type { Draft } from './draft.ts';
import { paragraphAt, type PageText } from './text.ts';
import { addDays, weekdayOf } from './year.ts';

/** Cheap gate: a word for the weekend at all. */
const WEEKEND_WORD = /week-?end|wochenende|fine settimana|fin de semana/;
const WHOLE_WEEKEND = /(?<![a-z])(?:all weekend|(?:the )?whole weekend|(?:all )?through(?:out)? the weekend|tout le week-?end|(?:das )?ganze wochenende|(?:per )?tutto il (?:fine settimana|week-?end)|(?:durante )?todo el fin de semana)(?![a-z])/;

/**
 * Gives drafts of one day on a Friday or Saturday the Sunday as last day when their paragraph says the gathering lasts the
 * whole weekend. Changes `drafts` in place.
 * @example weekendSpans(page, drafts)
 */
export function weekendSpans(page: PageText, drafts: Draft[]): void {
  for (const d of drafts) {
    if (d.endDay) continue;
    const weekday = weekdayOf(d.startDay.y, d.startDay.m, d.startDay.d);
    if (weekday !== 5 && weekday !== 6) continue;
    const para = paragraphAt(page, d.pos);
    const words = page.folded.slice(para.start, para.end);
    if (!WEEKEND_WORD.test(words) || !WHOLE_WEEKEND.test(words)) continue;
    // (An end hour read for the first day is not the Sunday's.)
    d.endDay = addDays(d.startDay, 7 - weekday);
    delete d.endTime;
  }
}
