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
