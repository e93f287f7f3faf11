/**
 * A gathering that starts on a day counted from the posting day and lasts to a later day said in the
 * same sentence: "kicks off today ... and runs until the 25th of the month", "comienza hoy y se
 * prolongará hasta el domingo", "heute beginnt die Woche, die bis Sonntag dauert", "s'ouvre aujourd'hui
 * et se termine dimanche", "si apre oggi e si chiuderà domenica". The start's mention becomes a span
 * to that day (a weekday is the next one after the start; a bare day number is that day of the start's
 * month, or of the next month when smaller).
 */
import type { DateMention, DayDate } from './dates.ts';
import type { PageText } from './text.ts';
import { SIGN_UP_WORDS, WEEKDAY_NUMBER } from './vocabulary.ts';

/** Spans longer than this are not joined (a gathering of days, not a period). */
const MAX_SPAN_DAYS = 27;
/** How far after the start's day word the last day may be said (characters, same sentence). */
const REACH = 160;

const UNTIL = String.raw`(?:until|till|through|hasta|bis(?:\s+(?:zum|zu|am))?|jusqu['’]au|jusqu['’]a|fino al|fino a|sino al)`;
/** Verbs of closing that name the last day without "until": "finalizará el domingo", "ends on Sunday", "endet am Sonntag". */
const CLOSES = String.raw`(?:finaliza|finalizara|termina|terminara|concluye|concluira|acaba|acabara|se clausura|se clausurara|ends|will end|closes|will close|finishes|will finish|endet|schlie(?:ss|ß)t|se termine|se terminera|prend fin|prendra fin|s['’]acheve|s['’]achevera|si chiude|si chiudera|si conclude|si concludera|termina|terminera)(?:\s+(?:on|el|le|il|am))?`;
/** The last day after "until" or a closing verb: a weekday, or a day number ("the 25th of the month", "el 25", "zum 25."). */
const LAST_DAY = new RegExp(
  String.raw`(?<![\p{L}])(?:${UNTIL}|${CLOSES})\s+(?:(?:the|el|le|il|al|den|dem)\s+)?(?:(?:proximo|prossimo|prochain|next|kommenden|coming)\s+)?`
    + String.raw`(?:(monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lunedi|martedi|mercoledi|giovedi|venerdi|sabato|domenica|lunes|martes|miercoles|jueves|viernes|sabado|domingo)`
    + String.raw`|(?:(?:dia|giorno|jour|day)\s+)?(0?[1-9]|[12]\d|3[01])(?!\s*(?:[.:h,]\s?\d|uhr|h(?![\p{L}])|horas?|hrs?|ore|heures?|hours?|am|pm|o'clock))(?:st|nd|rd|th|er|e|\.)?(?:\s+(?:of the month|del mes|du mois|del mese|des monats))?)(?![\p{L}\p{N}]|\s*(?:de|di|du|of)?\s*\p{L}{3,}\s+\d)`,
  'u',
);
/** A sign-up in between: its close is no gathering's last day ("inscripciones hasta el viernes"). */
const SIGN_UP = new RegExp(`(?<![\\p{L}])(?:${SIGN_UP_WORDS})(?![\\p{L}])`, 'u');
/** Words that may start the stretch to look in (cheap test before the pattern). */
const CHEAP = /until|till|through|hasta|bis|jusqu|fino|sino|finaliz|termin|conclu|acab|clausur|ends?|clos|finish|schlie(?:ss|ß)|prend|achev|chiud/;

/** A start said with the day word: "startet", "beginnt", "comienza", "arranca", "s'ouvre", "commence", "si apre", "inizia", "opens", "starts", "kicks off". */
const STARTS = /(?<![\p{L}])(?:startet|beginnt|eroffnet|comienza|comienzan|arranca|arrancan|se inaugura|s['’]ouvre|commence|debute|si apre|inizia|iniziano|prende il via|opens|starts|begins|kicks off|gets under way)(?![\p{L}])/u;
/** The next sentence opening with "until" and a full date: "Bis 10. Mai", "Hasta el 10 de mayo", "Jusqu'au 10 mai", "Fino al 10 maggio", "Until 10 May". */
const OPENS_UNTIL = new RegExp(String.raw`^[\s\W]*${UNTIL}\s*(?:(?:the|el|le|il|al|den|dem|zum)\s+)?$`, 'u');

/** The last day a sentence right after the start's names by opening with "until" and a full date (a scanner's mention). */
function nextSentenceUntil(page: PageText, m: DateMention, sentenceEnd: number, taken: readonly DateMention[]): (DayDate & { y: number }) | undefined {
  const first = m.days[0]!;
  const own = page.folded.slice(Math.max(0, m.start - 120), sentenceEnd);
  if (!STARTS.test(own)) return undefined;
  const t = taken.find((x) => x.start >= sentenceEnd && x.start - sentenceEnd <= 30);
  if (!t || t.range || t.days.length !== 1 || !OPENS_UNTIL.test(page.folded.slice(sentenceEnd, t.start))) return undefined;
  const d = t.days[0]!;
  const y = d.y ?? (d.m < first.m ? first.y! + 1 : first.y!);
  const length = serial({ y, m: d.m, d: d.d }) - serial({ ...first, y: first.y! });
  return length >= 1 && length <= MAX_SPAN_DAYS ? { y, m: d.m, d: d.d } : undefined;
}

function serial(d: DayDate & { y: number }): number {
  return Date.UTC(d.y, d.m - 1, d.d) / 86_400_000;
}

function fromSerial(n: number): DayDate & { y: number } {
  const t = new Date(n * 86_400_000);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

/**
 * Turns each single day counted from the posting day (`found`, sorted) into a span when its sentence says
 * how long it lasts; a later mention of `found` the span covers is dropped. `sentenceEnd` gives the end of
 * the sentence at a position; `counted` says which mentions are days counted from the posting day ("today", "this Friday").
 * @example spanUntil(readText('Refugee Week kicks off today and runs until Sunday.'), [today], [], () => 52, () => true)[0].days.length // 2
 */
export function spanUntil(page: PageText, found: DateMention[], taken: readonly DateMention[], sentenceEnd: (pos: number) => number, counted: (m: DateMention) => boolean): DateMention[] {
  if (!found.length) return found;
  const drop = new Set<DateMention>();
  for (const m of found) {
    const first = m.days[0];
    if (drop.has(m) || m.range || m.days.length !== 1 || !first || first.y === undefined || !counted(m)) continue;
    const limit = Math.min(sentenceEnd(m.end), m.end + REACH);
    const stretch = page.folded.slice(m.end, limit);
    const hit = CHEAP.test(stretch) ? LAST_DAY.exec(stretch) : null;
    if (!hit) {
      // "Heute, Mittwoch, startet die Integrationswoche. Bis 10. Mai finden ... statt": the next sentence opens with the last day.
      const next = nextSentenceUntil(page, m, limit, taken);
      if (next) [m.days, m.range] = [[first, next], true];
      continue;
    }
    const between = stretch.slice(0, hit.index);
    const at = m.end + hit.index;
    // (Another date in between is another gathering's; a sign-up's close is no gathering's last day.)
    if (SIGN_UP.test(between) || taken.some((t) => t.start >= m.end && t.start < at) || found.some((t) => t !== m && t.start >= m.end && t.start < at)) continue;
    const start = serial({ ...first, y: first.y });
    let last: number | undefined;
    if (hit[1]) {
      const weekday = WEEKDAY_NUMBER.get(hit[1])!;
      const today = new Date(start * 86_400_000).getUTCDay();
      last = start + (((weekday - today + 7) % 7) || 7);
    } else {
      const d = Number(hit[2]);
      const probe = new Date(Date.UTC(first.y, first.m - 1 + (d <= first.d ? 1 : 0), d));
      if (probe.getUTCDate() === d) last = probe.getTime() / 86_400_000;
    }
    if (last === undefined || last - start < 1 || last - start > MAX_SPAN_DAYS) continue;
    const end = m.end + hit.index + hit[0].length;
    // (A full date there is the scanner's to join, "que durará hasta el 4 de diciembre", when its own words say so.)
    if (taken.some((t) => t.start >= at && t.start <= end + 2)) continue;
    // The mention read inside that stretch ("el domingo" chrono took for a day of its own) is this span's end.
    for (const t of found) if (t !== m && t.start >= at && t.start < end) drop.add(t);
    m.days = [first, fromSerial(last)];
    m.range = true;
  }
  return drop.size ? found.filter((m) => !drop.has(m)) : found;
}
