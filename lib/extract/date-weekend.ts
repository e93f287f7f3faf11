/**
 * Two or three days in a row named as a weekend: "le week-end des 25 et 26 février", "am Wochenende
 * vom 7. bis 8. Oktober", "el fin de semana del 7 y 8 de octubre", "il fine settimana dell'11 e 12
 * marzo", "the weekend of 11-13 March". The last of them is a Sunday, so the first is a Saturday
 * (two days) or a Friday (three): a weekday the page never wrote, that dates a page that writes no
 * year as "samedi 25 février" would (resolve-days.ts).
 */
import type { DateMention } from './dates.ts';
import type { PageText } from './text.ts';

/** The weekend word and the little words between it and the first day, ending where the days begin. */
const WEEKEND_BEFORE = /(?<![\p{L}])(?:week-?ends?|wochenende|fin(?:es)? de semana|fine settimana|fine-settimana)\s*(?:[:,(]\s*)?(?:(?:des|du|de|dei|del|dello|dal|of|the|vom|von|am|im|um|den|dem|el|los|il|le|les)\s+|dell'|l')*$/u;
/** How far before a mention its weekend word is looked for (characters). */
const REACH = 40;

/** Days from the first to the last of a mention's days, within one month and one year; else undefined. */
function run(m: DateMention): number | undefined {
  const [a, b] = [m.days[0]!, m.days[m.days.length - 1]!];
  if (a.m !== b.m || (a.y !== undefined && b.y !== undefined && a.y !== b.y)) return undefined;
  // (A list must be the days in a row: "des 11, 12 et 13 mars", not "des 11 et 13".)
  for (let i = 1; i < m.days.length; i++) if (m.days[i]!.d !== m.days[i - 1]!.d + 1 && !m.range) return undefined;
  return b.d - a.d;
}

/**
 * Sets `weekday` (of the first day) on mentions of two or three days in a row, with no weekday,
 * that a weekend word opens. Changes `mentions` in place; looks only REACH characters before each.
 * @example weekendDays(readText('le week-end des 25 et 26 février'), mentions) // mentions[0].weekday === 6
 */
export function weekendDays(page: PageText, mentions: readonly DateMention[]): void {
  for (const m of mentions) {
    if (m.weekday !== undefined || m.days.length < 2 || m.days.length > 3) continue;
    const gap = run(m);
    if (gap === undefined || gap < 1 || gap > 2) continue;
    if (!WEEKEND_BEFORE.test(page.folded.slice(Math.max(0, m.start - REACH), m.start))) continue;
    m.weekday = (7 - gap) % 7;
  }
}
