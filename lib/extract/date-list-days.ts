/**
 * A list of gatherings whose later days carry the month of the first: "il 9 marzo a Ghilarza, il 10 a Norbello e il 12
 * a Sedilo", "el 9 de marzo en Getafe, el 10 en Leganés y el 12 en Parla", "le 9 mars à Rennes, le 10 à Vannes",
 * "am 9. März in Kiel, am 10. in Lübeck", "on 9 March in Leeds, on the 10th in York". Each later day is a list item
 * (after a comma or an "and") opened by its article, in the same sentence, later in the month than the day before it,
 * and no hour, amount or full date (span-bare-days.ts's NOT_A_DAY).
 */
import type { DateMention } from './dates.ts';
import { NOT_A_DAY } from './span-bare-days.ts';
import { sentenceAt, type PageText } from './text.ts';

/** How far after the day before a listed day may stand (characters): a place or a short clause between. */
const ITEM_REACH = 120;
/** At most this many listed days are read on a page (documented cap). */
const MAX_LISTED = 30;
/**
 * A list item opened by an article and a day number (folded): ", il 10", " e il 12", " y el 12", ", am 10.", ", on the 10th".
 * After "and" the article is the one each language gives a day ("e il", "y el", "et le", "und am"): Italian "e le 18" is
 * an hour ("tra le 15 e le 18").
 */
const ITEM = /(?:[,;]\s+(?:le|el|il|am|on the|the)|\s(?:e\s+il|y\s+el|et\s+le|und\s+am|and\s+(?:on\s+)?the|&\s+(?:le|el|il|am|the)))\s+(0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th|er|e|°|º|\.)?(?![\p{N}\p{L}])/gu;

function isValidDay(y: number, m: number, d: number): boolean {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

/**
 * The listed days after the page's single dated days (`mentions`, the scanner's, sorted by start).
 * @example listedDays(readText('el 9 de marzo en Getafe, el 10 en Leganés'), [nineMarch])[0].days // [{ m: 3, d: 10 }]
 */
export function listedDays(page: PageText, mentions: readonly DateMention[]): DateMention[] {
  const out: DateMention[] = [];
  const f = page.folded;
  for (let i = 0; i < mentions.length && out.length < MAX_LISTED; i++) {
    const anchor = mentions[i]!;
    if (anchor.range || anchor.days.length !== 1) continue;
    const day = anchor.days[0]!;
    const next = mentions[i + 1]?.start ?? f.length;
    const limit = Math.min(next, sentenceAt(page, anchor.start).end);
    let [from, prev] = [anchor.end, day.d];
    while (from < limit && out.length < MAX_LISTED) {
      ITEM.lastIndex = 0;
      const gap = f.slice(from, Math.min(limit, from + ITEM_REACH));
      const m = ITEM.exec(gap);
      if (!m) break;
      const d = Number(m[1]);
      const end = from + m.index + m[0].length;
      if (d <= prev || !isValidDay(day.y ?? 2024, day.m, d) || NOT_A_DAY.test(f.slice(end, end + 24))) break;
      out.push({ start: from + m.index + m[0].length - m[0].trimStart().length, end, days: [{ ...(day.y !== undefined ? { y: day.y } : {}), m: day.m, d }], range: false, explicitYear: anchor.explicitYear, numeric: false });
      [from, prev] = [end, d];
    }
  }
  return out;
}
