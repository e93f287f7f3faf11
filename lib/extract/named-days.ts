/**
 * Days of the year the world marks on a fixed date (folded names in en, fr, de, it, es). A page that
 * says "today, on World Refugee Day" means 20 June, whatever its posting stamp says (a paper's
 * address stamped the evening before, a post put up the morning after).
 */
import type { DayDate } from './dates.ts';

const NAMED_DAYS: ReadonlyArray<[RegExp, number, number]> = [
  [/world refugee day|journee mondiale des? refugies?|weltfluchtlingstag|giornata mondiale del rifugiato|dia (?:mundial )?del refugiado/, 6, 20],
  [/international migrants'? day|journee internationale des migrants|internationale[nr]? tag (?:der|des) migrant|giornata internazionale de[il] migrant|dia internacional del (?:migrante|las personas migrantes)/, 12, 18],
  [/international women'?s day|journee internationale des (?:droits des )?femmes|(?:internationale[nr]? )?frauentag|weltfrauentag|giornata internazionale della donna|festa della donna|dia internacional de la mujer/, 3, 8],
  [/(?:day|journee|tag|giornata|dia) [a-z' ]{0,40}(?:racial discrimination|racism|discrimination raciale|racisme|rassismus|discriminazione razziale|razzismo|discriminacion racial|racismo)/, 3, 21],
  [/human rights day|journee (?:internationale )?des droits de l'homme|tag der menschenrechte|giornata (?:mondiale |internazionale )?dei diritti umani|dia (?:internacional )?de los derechos humanos/, 12, 10],
  [/europe day|journee de l'europe|europatag|festa dell'europa|dia de europa/, 5, 9],
  [/(?:day|journee|welttag|giornata|dia)[a-z' ]{0,30}(?:cultural diversity|diversite culturelle|kulturellen vielfalt|diversita culturale|diversidad cultural)/, 5, 21],
];

/**
 * The fixed day a named day falls on, when the (folded) words name one, and it is within a day of `near`
 * (so "hoy, Día del Refugiado" on a page stamped the evening before is 20 June).
 * @example namedDayNear('celebra hoy un acto con el dia del refugiado', { y: 2017, m: 6, d: 19 }) // { y: 2017, m: 6, d: 20 }
 */
export function namedDayNear(folded: string, near: DayDate): DayDate | undefined {
  if (near.y === undefined || !/(?:day|journee|tag|giornata|dia|festa)/.test(folded)) return undefined;
  for (const [re, m, d] of NAMED_DAYS) {
    if (!re.test(folded)) continue;
    const gap = (Date.UTC(near.y, m - 1, d) - Date.UTC(near.y, near.m - 1, near.d)) / 86_400_000;
    if (Math.abs(gap) <= 1) return { y: near.y, m, d };
  }
  return undefined;
}

/** "today", in each language (folded). */
const TODAY = /\b(?:today|aujourd'hui|aujourd’hui|heute|oggi|hoy)\b/g;
/** How far from "today" the day's name may be (characters either way). */
const TODAY_REACH = 160;
/** At most this many "today"s are looked at (documented cap). */
const MAX_TODAYS = 20;

/**
 * The day a page was written on when it says "today" beside a named day's name and dates nothing
 * else: "Si celebra oggi la Giornata mondiale del rifugiato" under "Giornata mondiale del rifugiato
 * 2017" is 20 June 2017. The year is the one the page names (`year`); without one, no day.
 * @example namedDayToday('si celebra oggi la giornata mondiale del rifugiato', 2017) // { y: 2017, m: 6, d: 20 }
 */
export function namedDayToday(folded: string, year: number | undefined): (DayDate & { y: number }) | undefined {
  if (year === undefined) return undefined;
  TODAY.lastIndex = 0;
  for (let m = TODAY.exec(folded), n = 0; m && n < MAX_TODAYS; m = TODAY.exec(folded), n++) {
    const near = folded.slice(Math.max(0, m.index - TODAY_REACH), m.index + m[0].length + TODAY_REACH);
    const named = NAMED_DAYS.find(([re]) => re.test(near));
    if (named) return { y: year, m: named[1], d: named[2] };
  }
  return undefined;
}
