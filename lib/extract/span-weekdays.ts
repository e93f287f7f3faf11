/**
 * Days named by their weekday alone inside a short span the page has just announced: "del 3 al 5 de
 * octubre ... Las actividades comenzarán el viernes con un desfile a las 17:30. El sábado, a partir de
 * las 18:00, la fiesta", "dal 2 al 4 giugno ... Sabato e domenica, dalle 10 alle 20, nel Museo", "du 14
 * au 16 juin ... samedi à 15h, un tournoi", "vom 3. bis 5. Mai ... am Samstag um 15 Uhr ein Konzert",
 * "from 3 to 5 May ... on Saturday at 3pm a concert". In a span of a week or less each weekday is one
 * day; the weekday's own clause must give its hour, so that a day said in passing names no gathering.
 */
import type { DateMention } from './dates.ts';
import type { Draft } from './draft.ts';
import { LookbehindScan } from './lookbehind-scan.ts';
import { lowerBound } from './sorted.ts';
import { sentenceAt, type PageText } from './text.ts';
import type { TimeMention } from './times.ts';
import { WEEKDAY_NUMBER } from './vocabulary.ts';
import { addDays, daysBetween, type RefDay } from './year.ts';

/** How far after its span's date a weekday may be named (characters). */
const REACH = 1500;
/** However many of its dates are named on the way (characters). */
const MAX_REACH = 5000;
/** At most this many weekday days are read on a page (documented cap). */
const MAX_DAYS = 14;
/** The weekdays in full, five languages (folded); plurals ("los sábados", "samedis", "samstags") are weekly slots, not days. */
const WEEKDAY_PATTERN = /(?<![\p{L}\p{N}])(monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag|lunedi|martedi|mercoledi|giovedi|venerdi|sabato|domenica|lunes|martes|miercoles|jueves|viernes|sabado|domingo)(?![\p{L}])(?!\s*,?\s*(?:(?:le|el|il|den|the)\s+)?\d)/gu;
/** A weekday of another week: "le samedi précédent", "el sábado pasado", "last Saturday", "sabato scorso", "letzten Samstag", and plurals' articles. */
const OTHER_WEEK_BEFORE = /(?<![\p{L}])(?:last|next|every|each|dernier|prochain|chaque|tous les|letzten|nachsten|jeden|scorso|prossimo|ogni|pasado|proximo|cada|todos los|los|i|les)\s+$/u;
const OTHER_WEEK_AFTER = /^\s+(?:last|dernier|precedent|suivant|passe|scorso|precedente|successivo|pasado|anterior|siguiente)(?![\p{L}])/u;
/** The next weekday word (cheap form of WEEKDAY, for the clause's end). */
const WEEKDAY = new LookbehindScan(WEEKDAY_PATTERN);
const WEEKDAY_AHEAD = new RegExp(WEEKDAY_PATTERN.source, 'u');
/** A run of weekdays, "dal lunedì al venerdì", "de lunes a viernes", "du lundi au vendredi", "Montag bis Freitag", "Monday to Friday": opening hours, not a day. */
const DAY_NAMES = 'monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag|lunedi|martedi|mercoledi|giovedi|venerdi|sabato|domenica|lunes|martes|miercoles|jueves|viernes|sabado|domingo';
const RUN_WORDS = String.raw`(?:al|au|a|bis|to|till|until|through|hasta el|hasta|fino al|fino a|jusqu['’]au|[-–])`;
const RUN_BEFORE = new RegExp(String.raw`(?<![\p{L}])(?:${DAY_NAMES})\s*${RUN_WORDS}\s*$`, 'u');
const RUN_AFTER = new RegExp(String.raw`^\s*${RUN_WORDS}\s*(?:${DAY_NAMES})(?![\p{L}])`, 'u');
/** "Sabato e domenica", "samedi et dimanche", "Samstag und Sonntag", "Saturday and Sunday", "sábado y domingo": both days. */
const AND = /^\s*(?:,|and|et|und|e|y)\s*$/u;

/**
 * Single-day mentions, with their year, for the weekdays named after each announced span of two to seven
 * days (drafts with an end day), when the weekday's clause gives its own hour and no date mention holds it.
 * @example spanWeekdays(page, drafts, mentions, times) // [{ start, end, days: [{ y: 2025, m: 10, d: 4 }], ... }]
 */
export function spanWeekdays(page: PageText, drafts: readonly Draft[], mentions: readonly DateMention[], times: readonly TimeMention[]): DateMention[] {
  const spans = drafts.filter((d) => d.endDay && daysBetween(d.startDay, d.endDay) >= 1 && daysBetween(d.startDay, d.endDay) <= 6);
  if (!spans.length) return [];
  const starts = mentions.map((m) => m.start);
  const timeStarts = times.map((t) => t.start);
  const out: DateMention[] = [];
  const taken = new Set<number>();
  for (const span of spans) {
    // Up to the next date outside the span (another gathering's), or the reach past the last date inside it.
    let end = Math.min(page.text.length, span.pos + REACH);
    for (let k = lowerBound(starts, span.pos + 1); k < mentions.length && mentions[k]!.start < end; k++) {
      const m = mentions[k]!;
      if (m.days.some((x) => !(x.m === span.startDay.m || x.m === span.endDay!.m))) { end = m.start; break; }
      end = Math.min(page.text.length, span.pos + MAX_REACH, Math.max(end, m.end + REACH));
    }
    const text = page.folded.slice(0, end);
    WEEKDAY.lastIndex = span.pos;
    let last: { start: number; stop: number; day: RefDay } | undefined;
    for (let w = WEEKDAY.exec(text); w && out.length < MAX_DAYS; w = WEEKDAY.exec(text)) {
      const at = w.index;
      const stop = at + w[0].length;
      const previous = last;
      last = undefined;
      // (Inside a date the scanner or the relative reader read: that mention's.)
      const k = lowerBound(starts, stop) - 1;
      if (taken.has(at) || (k >= 0 && mentions[k]!.end > at)) continue;
      const before = page.folded.slice(Math.max(0, at - 30), at);
      const after = page.folded.slice(stop, stop + 30);
      if (OTHER_WEEK_BEFORE.test(before.slice(-12)) || OTHER_WEEK_AFTER.test(after.slice(0, 14)) || RUN_BEFORE.test(before) || RUN_AFTER.test(after)) continue;
      const offset = (WEEKDAY_NUMBER.get(w[1]!)! - weekdayOf(span.startDay) + 7) % 7;
      if (offset > daysBetween(span.startDay, span.endDay!)) continue;
      const day = addDays(span.startDay, offset);
      // The weekday's own hour: in its sentence, after it, before the next weekday.
      const sentence = sentenceAt(page, at);
      const following = text.slice(stop, sentence.end).search(WEEKDAY_AHEAD);
      const clauseEnd = following < 0 ? sentence.end : stop + following;
      const t = times[lowerBound(timeStarts, stop)];
      if (!t || t.start >= clauseEnd || t.role === 'end') {
        last = { start: at, stop, day };
        continue;
      }
      // (A list's first day, "Sabato e domenica, dalle 10 alle 20": both days take the hour.)
      if (previous && AND.test(page.folded.slice(previous.stop, at))) {
        taken.add(previous.start);
        out.push(mention(previous.start, previous.stop, previous.day));
      }
      taken.add(at);
      out.push(mention(at, stop, day));
    }
  }
  return out;
}

function mention(start: number, end: number, day: RefDay): DateMention {
  return { start, end, days: [{ y: day.y, m: day.m, d: day.d }], range: false, explicitYear: true, numeric: false };
}

function weekdayOf(day: RefDay): number {
  return new Date(Date.UTC(day.y, day.m - 1, day.d)).getUTCDay();
}
