/**
 * Days named by their number alone inside a span the page has just announced: "Du 13 au 20 juin ...
 * des conférences (à la Maison universitaire le 17, au Lieu d'Europe le 19)", "del 5 al 12 de mayo
 * ... el jueves 8 una charla", "vom 3. bis 9. Mai ... am 6. ein Konzert", "dal 2 al 4 giugno ... il 3
 * la festa". The span gives the month (and the year, where it has one); the number must fall inside
 * the span's days, stand after an article or a weekday, and be no hour, amount, age or ordinal of
 * something else. Read forward from the span up to the next date outside it, or a reach of characters.
 */
import type { DateMention } from './dates.ts';
import { WEEKDAY_NUMBER, WEEKDAYS } from './vocabulary.ts';

/** How far after its span a bare day may be named (characters). */
const REACH = 2000;
/** Spans longer than this are periods whose days are not named one by one. */
const MAX_SPAN_DAYS = 16;
/** At most this many bare days are read on a page (documented cap). */
const MAX_BARE_DAYS = 30;
const LONG_WEEKDAYS = WEEKDAYS.filter((w) => w.length > 3).join('|');
/** An article or a weekday (or both), then the day's number: "le 17", "el jueves 8", "am 6.", "il 3", "on the 17th". */
const BARE_DAY = new RegExp(`(?<![\\p{L}\\p{N}])(?:(le|el|il|am|dem|den|on the|the|el dia|le jour du)\\s+)?(?:(${LONG_WEEKDAYS})\\.?,?\\s+(?:(?:le|el|il|den|the)\\s+)?)?(0?[1-9]|[12]\\d|3[01])(?:st|nd|rd|th|er|eme|e|°|º|\\.)?(?![\\p{N}\\p{L}])`, 'gu');
/** What may not follow the number: an hour, a decimal, a month (a full date), an amount, an age, a century, an edition. */
export const NOT_A_DAY = /^(?:\.?\d|\s*(?:[:h]\s*\d|%|€|\$|(?:h|hrs?|horas?|uhr|ore|heures?|hours?|min|mn|minutes?|minuti|minutos|minuten|km|kg|ans|anni|anos|jahre|jahren|years?|personnes|persone|personas|personen|people|euros?|siecle|secolo|siglo|jahrhundert|century|edition|edizione|edicion|ausgabe|anniversaire|anniversario|aniversario|jubilaum|anniversary|janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|dicembre|enero|febrero|abril|mayo|junio|julio|septiembre|octubre|noviembre|diciembre|januar|februar|marz|april|juni|juli|august|september|oktober|dezember|january|february|march|may|june|july|october|december|de|di|del|of)(?![\p{L}])))/u;

/** A bare number that opens a span of its own: "entre el 11 y el 16 del mismo mes", "du 17 au 19", "vom 3. bis 5.". */
const RANGE_AFTER = /^\s*(?:-|–|al|au|a|bis|to|till|until|fino al|hasta el)\s+(?:(?:el|le|il|the|den|zum)\s+)?\d/u;
const RANGE_BEFORE = /(?:entre|between|zwischen|tra|fra|from|vom|von|du|dal|del|desde)\s+$/u;

interface SpanMonths {
  first: { y?: number; m: number; d: number };
  last: { y?: number; m: number; d: number };
}

/** The month (and year) a day number inside a span falls in, if it falls inside it. */
function dayIn(span: SpanMonths, d: number): { y?: number; m: number; d: number } | undefined {
  const { first, last } = span;
  if (first.m === last.m) return d >= first.d && d <= last.d ? { ...(first.y !== undefined ? { y: first.y } : {}), m: first.m, d } : undefined;
  // (Across two months the numbers cannot meet: "du 28 juin au 4 juillet", 30 is June's and 2 July's.)
  if (d >= first.d) return { ...(first.y !== undefined ? { y: first.y } : {}), m: first.m, d };
  if (d <= last.d) return { ...(last.y !== undefined ? { y: last.y } : {}), m: last.m, d };
  return undefined;
}

const spanLength = (a: { m: number; d: number }, b: { m: number; d: number }) => (a.m === b.m ? b.d - a.d : b.d + 31 - a.d);

/**
 * The bare days named inside the page's spans, as dated mentions (without a year of their own).
 * @example spanBareDays(page.folded, mentions) // [{ start, end, days: [{ m: 6, d: 17 }], range: false, ... }]
 */
export function spanBareDays(folded: string, mentions: readonly DateMention[]): DateMention[] {
  const out: DateMention[] = [];
  // (Spans said twice cover the same text: each stretch is read once.)
  let readTo = 0;
  for (let i = 0; i < mentions.length && out.length < MAX_BARE_DAYS; i++) {
    const r = mentions[i]!;
    if (!r.range || r.days.length !== 2) continue;
    const [first, last] = [r.days[0]!, r.days[1]!];
    const length = spanLength(first, last);
    if (length < 1 || length > MAX_SPAN_DAYS || (last.m !== first.m && last.m !== first.m % 12 + 1)) continue;
    // The region: up to the next span, the next date of another month, or the reach.
    let end = Math.min(folded.length, r.end + REACH);
    for (let k = i + 1; k < mentions.length && mentions[k]!.start < end; k++) {
      const m = mentions[k]!;
      // (A span inside it, "un séminaire les 19 et 20 juin", is one of its parts.)
      if (m.days.some((x) => !dayIn({ first, last }, x.d) || (x.m !== first.m && x.m !== last.m))) { end = m.start; break; }
    }
    let next = i + 1;
    BARE_DAY.lastIndex = Math.max(r.end, readTo);
    readTo = Math.max(readTo, end);
    for (let x = BARE_DAY.exec(folded); x && x.index < end && out.length < MAX_BARE_DAYS; x = BARE_DAY.exec(folded)) {
      if (!x[1] && !x[2]) continue;
      const stop = x.index + x[0].length;
      // (Inside a date the scanner read, "le 19 et 20 juin": that date's.)
      while (next < mentions.length && mentions[next]!.end <= x.index) next++;
      if (next < mentions.length && mentions[next]!.start < stop) continue;
      if (NOT_A_DAY.test(folded.slice(stop, stop + 16)) || RANGE_AFTER.test(folded.slice(stop, stop + 16)) || RANGE_BEFORE.test(folded.slice(Math.max(0, x.index - 12), x.index))) continue;
      const day = dayIn({ first, last }, Number(x[3]));
      if (!day) continue;
      const weekday = x[2] ? WEEKDAY_NUMBER.get(x[2]) : undefined;
      out.push({ start: x.index, end: stop, days: [day], range: false, explicitYear: false, numeric: false, ...(weekday !== undefined ? { weekday } : {}) });
    }
  }
  return out;
}
