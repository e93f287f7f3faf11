/**
 * The year of a day named beside a feast that moves with Easter: "Pfingstmontag, 20. Mai", "lundi de
 * Pâques 1er avril", "Domingo de Ramos, 24 de marzo", "Good Friday, 29 March", "Ascensione 9 maggio".
 * Such a feast falls on a given day only in a few years, so it dates a page that writes no year, as a
 * weekday does but more narrowly (folded names in en, fr, de, it, es).
 */
import type { DateMention } from './dates.ts';
import type { PageText } from './text.ts';

/** Each feast's name and its distance from Easter Sunday in days (the Monday forms before the Sunday ones). */
const FEASTS: ReadonlyArray<[RegExp, number]> = [
  [/shrove tuesday|mardi gras|martedi grasso|faschingsdienstag|martes de carnaval/, -47],
  [/ash wednesday|mercredi des cendres|aschermittwoch|mercoledi delle ceneri|miercoles de ceniza/, -46],
  [/palm sunday|dimanche des rameaux|palmsonntag|domenica delle palme|domingo de ramos/, -7],
  [/maundy thursday|holy thursday|jeudi saint|grundonnerstag|giovedi santo|jueves santo/, -3],
  [/good friday|vendredi saint|karfreitag|venerdi santo|viernes santo/, -2],
  [/holy saturday|samedi saint|karsamstag|sabato santo|sabado santo/, -1],
  [/easter monday|lundi de paques|ostermontag|lunedi di pasqua|lunedi dell'angelo|pasquetta|lunes de pascua/, 1],
  [/easter sunday|easter day|dimanche de paques|ostersonntag|domenica di pasqua|domingo de (?:pascua|resurreccion)/, 0],
  [/whit monday|pentecost monday|lundi de pentecote|pfingstmontag|lunedi di pentecoste|lunes de pentecostes/, 50],
  [/whit sunday|pentecost sunday|dimanche de pentecote|pfingstsonntag|domenica di pentecoste|domingo de pentecostes/, 49],
  [/ascension day|jeudi de l'ascension|christi himmelfahrt|giovedi dell'ascensione|festa dell'ascensione|jueves de la ascension/, 39],
  [/corpus christi|fete-dieu|fronleichnam|corpus domini/, 60],
];
/** Any of the names (one look at a day's surroundings before the feasts are told apart). */
const ANY_FEAST = new RegExp(FEASTS.map(([re]) => re.source).join('|'));
/** How far from a day its feast's name may be written (characters, either side, same line). */
const REACH = 40;
/** How many years from the chosen one a feast's year is looked for. */
const YEARS = 15;

/**
 * Easter Sunday of a (Gregorian) year, as month and day (the anonymous Gregorian computus).
 * @example easter(2024) // { m: 3, d: 31 }
 */
export function easter(y: number): { m: number; d: number } {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const h = (19 * a + b - Math.floor(b / 4) - Math.floor((8 * b + 13) / 25) + 15) % 30;
  const l = (32 + 2 * (b % 4) + 2 * Math.floor(c / 4) - h - (c % 4)) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { m: month, d: day };
}

/** Whether the day (m, d) of year y is `offset` days from that year's Easter Sunday. */
function fallsOn(y: number, m: number, d: number, offset: number): boolean {
  const e = easter(y);
  return (Date.UTC(y, m - 1, d) - Date.UTC(y, e.m - 1, e.d)) / 86_400_000 === offset;
}

/**
 * The year, nearest to `chosen` (the year after it, or any before), in which the feast named beside the mention's
 * first day falls on it; undefined when no feast is named there or none fits within YEARS.
 * @example feastYear(readText('am Pfingstmontag, 20. Mai'), mention, 2026) // 2024
 */
export function feastYear(page: PageText, m: DateMention, chosen: number): number | undefined {
  const first = m.days[0]!;
  // (Within REACH either side, cut at the line's ends: a bounded look, whatever the page's length.)
  const before = page.folded.slice(Math.max(0, m.start - REACH), m.start);
  const after = page.folded.slice(m.end, m.end + REACH);
  const near = `${before.slice(before.lastIndexOf('\n') + 1)}${page.folded.slice(m.start, m.end)}${after.split('\n', 1)[0]}`;
  if (!ANY_FEAST.test(near)) return undefined;
  const feast = FEASTS.find(([re]) => re.test(near));
  if (!feast) return undefined;
  for (let k = 0; k <= YEARS; k++) {
    if (fallsOn(chosen - k, first.m, first.d, feast[1])) return chosen - k;
    // (Ahead by one year at most: nobody announces a picnic for Easter Monday three years on.)
    if (k === 1 && fallsOn(chosen + 1, first.m, first.d, feast[1])) return chosen + 1;
  }
  return undefined;
}
