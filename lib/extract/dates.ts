/**
 * Finds dated mentions in a page: "17th of March", "5 de mayo de 2021", "3. Mai",
 * "March 17, 2021", "12/04/2019" (day first), "2021-03-17", ranges ("11th-12th December
 * 2017", "du 3 au 5 mai", "26/02/2019 - 26/02/2019"), coordinated days ("20th and 21st
 * March") and lists ("3, 10 and 17 May"). Only day-precise dates: a month or a year alone
 * never names an event.
 *
 * A hand-written scanner rather than a general parser: it reads the five languages at
 * once (pages mix them), is strictly day-first, and runs in linear time over the page.
 * What needs a reference day and a grammar per language ("next Thursday", "jeudi
 * prochain", "morgen", "this Friday") is left to chrono-node in relative.ts, which runs
 * only on the sentences this scanner left unread; where both read the same words, the
 * scanner's reading is kept.
 */
import type { PageLanguage } from './language.ts';
import { spanWeekdays } from './date-span-weekdays.ts';
import { weekendDays } from './date-weekend.ts';
import { listedDays } from './date-list-days.ts';
import { dashedRun, slashSpans } from './date-day-runs.ts';
import { daysUnderMonth } from './month-context.ts';
import { weekdaysWithNumber, withinMention } from './weekday-numbers.ts';
import type { PageText } from './text.ts';
import { AND_WORDS, DAY, RANGE_WORDS, SHORT_WEEKDAYS, WEEKDAY_NUMBER, WEEKDAYS, monthAlternation, monthNumber } from './vocabulary.ts';
import { LookbehindScan } from './lookbehind-scan.ts';

export interface DayDate {
  y?: number;
  m: number;
  d: number;
}

export interface DateMention {
  start: number;
  end: number;
  /** One day, the two ends of a range, or the days of a list. */
  days: DayDate[];
  range: boolean;
  explicitYear: boolean;
  numeric: boolean;
  /** Read by chrono-node relative to the publication day (relative.ts). */
  relative?: boolean;
  /** The weekday written beside the first day ("Samstag, 15. Dezember"): 0 = Sunday. */
  weekday?: number;
  /** The time chrono read with the date, used when no time is found beside it. */
  clock?: { from: number; to?: number };
  /** Hours written inside a span of days, "from 5 May at 10:00 to 7 May at 18:00": the first day's start, the last day's end. */
  hours?: { from: number; to?: number };
}

/** A span of days closing on a list word before a listed day: "14-15 et", "3.-4. und", "7–8," (day numbers only, no year or month between). */
const RANGE_ITEM_LEAD = new RegExp(`(?<![\\p{L}\\p{N}./:,-])(?:the\\s+)?(0?[1-9]|[12]\\d|3[01])\\.?\\s*[-–]\\s*(0?[1-9]|[12]\\d|3[01])(?:st|nd|rd|th|er|e|\\.)?\\s*(?:${AND_WORDS})\\s*(?:the|le|el|il|den|dem|al)?\\s*$`, 'u');
/** A list item spanning more days than this is no span of one gathering's days (documented cap). */
const MAX_ITEM_DAYS = 6;

/** At most this many days are read before a list's last one, "5, 7, 12, ... y 28 de noviembre" (documented cap). */
const MAX_LEADING_DAYS = 15;

/** A page with more dated mentions than this is read up to this many (documented cap). */
export const MAX_DATE_MENTIONS = 400;

// ("1ro", "1ero": Spanish's ordinal written with its last letters, as "1st" and "1er".)
const DAY_CAPTURE = `(0?[1-9]|[12]\\d|3[01])(?:st|nd|rd|th|ero|ro|er|re|eme|e|°|º|ª|\\.)?`;
const YEAR = '((?:1[89]|20)\\d{2})(?!\\d)';
/** A year after a written month may carry a thousands dot, as Spanish and Italian numbers do: "de 2.024". */
const WRITTEN_YEAR = '((?:1[89]|20)\\d{2}|(?:1\\.9|2\\.0)\\d{2})(?![\\d.]\\d|\\d)';
/** The first of the month in words: "el primero de octubre", "il primo ottobre", "le premier octobre", "the first of October", "am ersten Oktober". */
// ("the first may apply", "el primero en llegar": English and Spanish need their "of" / "de".)
const FIRST_DAY_WORDS = 'primero(?=\\s+de\\s)|primo|premier|first(?=\\s+of\\s)|ersten';
const FIRST_WORD = /(?<![a-z])(?:primero|primo|premier|first|ersten)(?![a-z])/;
const yearOf = (s: string) => Number(s.replace('.', ''));
// (A slash only after a lone day: "27/28 November", "22./23. März".)
const NOT_BEFORE = '(?<![\\p{L}\\p{N}.:,])(?<!(?<!(?<![\\d/.])\\d{1,2}\\.?)\\/)';
const WEEKDAY_ALT = WEEKDAYS.join('|');
/** The words of a list between two days, a comma before "and" too ("am Samstag, 11., und Sonntag, 12. März"). */
const LIST_JOIN = /^,?\s*(?:and|&|et|und|e|y|,)$/;

/** A global pattern, or one split at its lookbehinds (lookbehind-scan.ts): both are walked with lastIndex and exec. */
type Scan = Pick<RegExp, 'lastIndex' | 'exec'>;

interface Scanners {
  dayMonth: Scan;
  firstOfMonth: RegExp;
  monthDay: Scan | undefined;
  /** The English month-first pattern, which also reads a list: "March 3, 10 and 17". */
  monthDayList: boolean;
  leadingDay: RegExp;
  trailingSpanDay: RegExp;
  weekdayBefore: RegExp;
  shortWeekdayBefore: RegExp;
  shortWeekdayMarked: RegExp;
}

const cache = new Map<string, Scanners>();

function scanners(languages: readonly PageLanguage[]): Scanners {
  const key = [...languages].sort().join(',');
  let s = cache.get(key);
  if (s) return s;
  const month = `(${monthAlternation(languages)})(?![\\p{L}])`;
  s = {
    dayMonth: new LookbehindScan(new RegExp(`${NOT_BEFORE}(?:the\\s+)?${DAY_CAPTURE}\\s*(?:of\\s+|de\\s+|del\\s+|di\\s+)?${month}(?:\\s*,?\\s*(?:de\\s+|del\\s+)?${WRITTEN_YEAR})?`, 'gu')),
    // (Its own pattern, run only on pages that hold one of these words: a lookbehind tried at every position costs.)
    firstOfMonth: new RegExp(`(?<=(?<![\\p{L}])(?:el|il|le|the|am|den|vom|zum)\\s)(${FIRST_DAY_WORDS})\\s+(?:of\\s+|de\\s+)?${month}(?:\\s*,?\\s*(?:de\\s+|del\\s+)?${WRITTEN_YEAR})?`, 'gu'),
    monthDayList: languages.includes('en'),
    monthDay: languages.includes('en')
      // ("March 3, 10 and 17": the days between the first and the last of a list, each after its comma.)
      ? new LookbehindScan(new RegExp(`(?<![\\p{L}\\p{N}])${month}\\s+(?:the\\s+)?${DAY_CAPTURE}((?:\\s*,\\s*(?:0?[1-9]|[12]\\d|3[01])(?:st|nd|rd|th)?(?![\\p{N}])){1,${MAX_LEADING_DAYS}}(?=\\s*,?\\s*(?:and|&)\\s))?(?:\\s*,?\\s*(?:-|–|—|to|and|&|through)\\s*(?:the\\s+)?${DAY_CAPTURE})?(?![\\p{N}])(?:(?:,\\s*|\\s+)${YEAR})?`, 'gu'))
      // Elsewhere the month comes first only after a weekday ("du lundi Novembre 16 au ...", a translated page).
      : new LookbehindScan(new RegExp(`(?<=(?<![\\p{L}])(?:${WEEKDAY_ALT})\\.?,?\\s)${month}\\s+${DAY_CAPTURE}(?:\\s*(?:-|–)\\s*${DAY_CAPTURE})?(?![\\p{N}]|\\s*(?:[./:h]\\d|uhr|h(?![\\p{L}])))(?:(?:,\\s*|\\s+)${YEAR})?`, 'gu')),
    // A day standing before a dated mention, joined by a range or list word: the "3" of "du 3 au 5 mai".
    // ("27/28 November": two days joined by a slash.)
    // (Italian elides the article before 8 and 11: "dal 7 all'8 marzo", "il 7 e l'8 marzo", "dal 4 all’11 ottobre".)
    // ("von Freitag, 27., bis Sonntag, 29. März", "from Friday 27, to Sunday 29 March": a comma may close the first day, before a word of range.)
    leadingDay: new RegExp(`(?<![\\p{L}\\p{N}./:,-])(?:the\\s+)?${DAY_CAPTURE}\\s*(,\\s*(?:bis|au|al|to|till|until|through|hasta|fino al|und|and|et|e|y)|alla|fino a|${RANGE_WORDS}|${AND_WORDS}|\\/|all['’])\\s*(?:the|le|el|il|den|dem|zum|al|l['’])?\\s*(?:(?:${WEEKDAY_ALT})\\.?,?\\s*(?:den\\s+)?)?$`, 'u'),
    // "del viernes 10 de marzo al domingo 12", "du vendredi 10 mars au dimanche 12", "from Friday 10 March to Sunday 12": a span's
    // last day after a full date, named by its weekday and number in the same month (no month of its own, no hour after it).
    trailingSpanDay: new RegExp(`^\\s*,?\\s*(?:(?:y|e|et|und|and)\\s+)?(?:al|au|a|to|till|until|through|bis(?: zum)?|hasta(?: el)?|fino a|fino al|jusqu['’]au)\\s+(?:(?:el|le|il|the|den|am)\\s+)?(?:${WEEKDAYS.filter((w) => w.length > 3).join('|')})\\.?,?\\s+(?:(?:den|the|le|el|il)\\s+)?(0?[1-9]|[12]\\d|3[01])(?:st|nd|rd|th|er|e|\\.|°|º)?(?![\\p{N}]|\\.?\\s*(?:(?:de|of|di|del)\\s+)?${month}|\\s*(?:[./:h]\\d|(?:de|of|di|del)\\s|uhr|h(?![\\p{L}])|horas?|ore|am|pm))`, 'u'),
    // ("el viernes, día 25 de abril", "sabato giorno 12 ottobre": Spanish and Italian may name the day a day before its number.)
    weekdayBefore: new RegExp(`(?<![\\p{L}])(${WEEKDAY_ALT})\\.?,?\\s*(?:the\\s+|le\\s+|il\\s+|el\\s+|den\\s+|dem\\s+|(?:el\\s+)?dia\\s+|(?:il\\s+)?giorno\\s+)?$`, 'u'),
    // "Mi, 17.04.", "sáb. 3/5": the short forms only before a numeric date.
    shortWeekdayBefore: new RegExp(`(?<![\\p{L}])(${SHORT_WEEKDAYS.join('|')})\\.?,?\\s*$`, 'u'),
    // "sam. 3 mai", "sab. 3 maggio", "Sa., 3. Mai", "Fr, 3.5.2024": before any date, a short form closed by its dot or a comma.
    shortWeekdayMarked: new RegExp(`(?<![\\p{L}])(${SHORT_WEEKDAYS.join('|')})(?:\\.,?|,)\\s*$`, 'u'),
  };
  cache.set(key, s);
  return s;
}

/** A weekday set off in brackets or dashes right after a day: " (samedi)", " -viernes-", " – Saturday –". */
const WEEKDAY_AFTER = new RegExp(`^\\s?(?:\\(|[-–—]\\s?)(${WEEKDAYS.filter((w) => w.length > 3).join('|')})\\s?[)\\-–—]`, 'u');
// (Also two weekdays as a span over a span of days: "von Freitag bis Sonntag, 27. bis 29. März", "Friday to Sunday, 27-29 March".)
const WEEKDAY_PAIR_BEFORE = new RegExp(`(?<![\\p{L}])(${WEEKDAY_ALT})(?:\\s*(?:e|y|et|und|and|&|,|-|–)|\\s+(?:bis|to|till|until|through|au|al|a|hasta|fino a))\\s*$`, 'u');

/** Words before a leading number that make it a label or an hour, not a day ("Workshop 2 - 5 May", "dalle 18 alle 20 fino al 30 giugno"). */
const LABEL_WORD = /(?:^|[^\p{L}])(?:workshop|workshops|session|sessions|room|module|part|step|phase|no|nr|n°|number|group|article|art|chapter|level|day|days|week|weeks|hours|years|grade|class|table|figure|page|pages|wave|round|lot|point|atelier|salle|teil|raum|sala|modulo|parte|fase|taller|gruppo|grupo|punto|tag|jour|giorno|dia|edition|ausgabe|edizione|edicion|alle|dalle|ore|las|um)\s*[.:#]?\s*$/u;

/** A second day after a full date, with its own weekday: " y el martes 31", " und Dienstag, 4.", " et le mardi 31". */
const TRAILING_DAY = new RegExp(`^\\s*(?:y|and|et|und|e|,)\\s+(?:(?:el|le|il|the|den|am)\\s+)?(?:${WEEKDAYS.filter((w) => w.length > 3).join('|')})\\.?,?\\s+(?:(?:den|the|le|el|il)\\s+)?(0?[1-9]|[12]\\d|3[01])(?:st|nd|rd|th|er|e|\\.|°|º)?(?![\\p{N}]|\\s*(?:[./:h]\\d|(?:de|of|di|del)\\s|uhr|h(?![\\p{L}])|horas?|ore|am|pm))`, 'u');

// ("von Dienstag, 20. September, bis Freitag, 7. Oktober": a comma may close the first date.)
const RANGE_GAP = new RegExp(`^\\s*(?:(?:e|er|th|st|nd|rd)\\s+)?,?\\s*(?:-|–|—|‒|to|till|until|through|thru|au|jusqu'au|jusqu’au|bis(?: zum)?|al|a|hasta(?: el)?|fino al|to the|through the)\\s*(?:the|le|el|il|den|dem|zum)?\\s*(?:(?:${WEEKDAYS.join('|')})\\.?,?\\s*(?:the|le|el|il|den|dem)?\\s*)?$`, 'u');
// (A weekday may open the second day: "Martedì 31 gennaio e mercoledì 1 febbraio 2017".)
const AND_GAP = new RegExp(`^\\s*(?:and|&|et|und|e|y|,|;)\\s*(?:the|le|el|il|den|dem|on|am)?\\s*(?:(?:${WEEKDAYS.join('|')})\\.?,?\\s*(?:the|le|el|il|den|dem)?\\s*)?$`, 'u');

export function isValidDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1 || d > 31) return false;
  const probe = new Date(Date.UTC(y, m - 1, d));
  return probe.getUTCMonth() === m - 1 && probe.getUTCDate() === d;
}

const validish = (m: number, d: number, y?: number) => isValidDay(y ?? 2024, m, d);

function textual(page: PageText, s: Scanners): DateMention[] {
  const out: DateMention[] = [];
  const { folded } = page;
  s.dayMonth.lastIndex = 0;
  for (let m = s.dayMonth.exec(folded); m && out.length < MAX_DATE_MENTIONS * 2; m = s.dayMonth.exec(folded)) {
    const month = monthNumber(m[2]!);
    const d = Number(m[1]);
    const y = m[3] ? yearOf(m[3]) : undefined;
    if (!month || !validish(month, d, y) || (y !== undefined && y < 1990)) continue;
    const days: DayDate[] = [{ y, m: month, d }];
    let start = m.index;
    let range = false;
    // Walk back over "3 au", "20th and", "3, 10 and" to collect the leading days (a month's sessions: "5, 7, 12, 14, 19, 21, 26 y 28").
    for (let k = 0; k < MAX_LEADING_DAYS; k++) {
      const before = folded.slice(Math.max(0, start - 40), start);
      const lead = s.leadingDay.exec(before);
      // "10-11-12 marzo": a run of days in a row, each closed by a dash (date-day-runs.ts).
      const run = !lead && k === 0 && before.includes('-') ? dashedRun(before, days[0]!.d) : undefined;
      if (run && validish(month, run.days[0]!, y) && !LABEL_WORD.test(folded.slice(Math.max(0, start - run.length - 20), start - run.length))) {
        days.unshift(...run.days.map((d) => ({ y, m: month, d })));
        start -= run.length;
        range = true;
        break;
      }
      if (!lead) {
        // "les 14-15 et 16 octobre", "am 3.-4. und 6. Mai": a list item that is itself a span of days, each of its days listed.
        // (Most dates have no leading day at all: the pattern is tried only where a dash could join one.)
        const item = before.includes('-') || before.includes('–') ? RANGE_ITEM_LEAD.exec(before) : null;
        const [a, b] = item ? [Number(item[1]), Number(item[2])] : [0, 0];
        if (!item || range || b >= days[0]!.d || a >= b || b - a > MAX_ITEM_DAYS || !validish(month, a, y)) break;
        const itemStart = start - before.length + item.index;
        if (LABEL_WORD.test(folded.slice(Math.max(0, itemStart - 20), itemStart))) break;
        for (let d = b; d >= a; d--) days.unshift({ y, m: month, d });
        start = itemStart;
        continue;
      }
      const leadStart = start - before.length + lead.index;
      if (LABEL_WORD.test(folded.slice(Math.max(0, leadStart - 20), leadStart))) break;
      const ld = Number(lead[1]);
      // ("17./24. September", "3/10 mai": days a week apart joined by a slash are a list; "27/28 November" is a range.)
      // ("10/12 marzo": a slash between days two or three apart is a span, date-day-runs.ts.)
      const isRange = !LIST_JOIN.test(lead[2]!) && !(lead[2] === '/' && !slashSpans(ld, days[0]!.d));
      if (!validish(month, ld, y) || ld >= days[0]!.d) break;
      if (isRange) {
        if (days.length > 1) break;
        range = true;
      }
      days.unshift({ y, m: month, d: ld });
      start = leadStart;
      if (isRange) break;
    }
    // "entre el 14 y el 19 de enero", "between 3 and 7 May": a range written as a pair.
    // ("entre el jueves 23 y el domingo 26 de marzo", "tra giovedì 23 e domenica 26": a weekday may name the first day.)
    if (!range && days.length === 2 && BETWEEN_BEFORE.test(folded.slice(Math.max(0, start - 30), start))) range = true;
    if (!range && days.length === 2 && days[1]!.d === days[0]!.d + 1) range = true;
    let end = m.index + m[0].length;
    // "les 22, 23 et 24 septembre": days in a row are one gathering's days ("Miércoles 2, Jueves 3 y Viernes 4",
    // each named with its weekday, stay a series of sessions).
    if (!range && days.length >= 3 && days.every((x, i) => i === 0 || x.d === days[i - 1]!.d + 1) && !WEEKDAY_WORD.test(folded.slice(start, end))) range = true;
    // "el lunes 30 de marzo y el martes 31", "am Montag, 3. Mai und Dienstag, 4.": a day after, in the same month, named with its weekday.
    if (days.length === 1 && y === undefined) {
      const trail = TRAILING_DAY.exec(folded.slice(end, end + 40));
      const td = trail ? Number(trail[1]) : 0;
      if (trail && td > days[0]!.d && validish(month, td)) {
        days.push({ m: month, d: td });
        end += trail[0].length;
      }
    }
    if (days.length === 1 && (folded[end] === ' ' || folded[end] === ',')) {
      const trail = s.trailingSpanDay.exec(folded.slice(end, end + 48));
      const td = trail ? Number(trail[1]) : 0;
      if (trail && td > days[0]!.d && validish(month, td, y)) {
        days.push({ y, m: month, d: td });
        end += trail[0].length;
        range = true;
      }
    }
    out.push({ start, end, days, range, explicitYear: y !== undefined, numeric: false });
  }
  // "el primero de octubre", "il primo ottobre", "the first of October".
  if (FIRST_WORD.test(folded)) {
    s.firstOfMonth.lastIndex = 0;
    for (let m = s.firstOfMonth.exec(folded); m && out.length < MAX_DATE_MENTIONS * 2; m = s.firstOfMonth.exec(folded)) {
      const month = monthNumber(m[2]!);
      const y = m[3] ? yearOf(m[3]) : undefined;
      if (!month || (y !== undefined && y < 1990)) continue;
      out.push({ start: m.index, end: m.index + m[0].length, days: [{ y, m: month, d: 1 }], range: false, explicitYear: y !== undefined, numeric: false });
    }
  }
  if (s.monthDay) {
    const taken = out.map((o) => [o.start, o.end] as const);
    s.monthDay.lastIndex = 0;
    for (let m = s.monthDay.exec(folded); m && out.length < MAX_DATE_MENTIONS * 2; m = s.monthDay.exec(folded)) {
      const at = m.index;
      const stop = at + m[0].length;
      if (taken.some(([a, b]) => at < b && stop > a)) continue;
      const month = monthNumber(m[1]!);
      const d = Number(m[2]);
      // (Only the other languages' pattern lacks the list group: its groups are shifted by one.)
      const listed = s.monthDayList ? m[3] : undefined;
      const [d2, y] = s.monthDayList ? [m[4] ? Number(m[4]) : undefined, m[5] ? Number(m[5]) : undefined] : [m[3] ? Number(m[3]) : undefined, m[4] ? Number(m[4]) : undefined];
      if (!month || !validish(month, d, y) || (y !== undefined && y < 1990)) continue;
      const days: DayDate[] = [{ y, m: month, d }];
      // "March 3, 10 and 17": each day after the first, rising, closed by the list's last one.
      if (listed && d2 !== undefined) for (const n of listed.match(/\d+/g) ?? []) if (Number(n) > days[days.length - 1]!.d && validish(month, Number(n), y)) days.push({ y, m: month, d: Number(n) });
      if (d2 !== undefined && d2 > days[days.length - 1]!.d && validish(month, d2, y)) days.push({ y, m: month, d: d2 });
      const inRow = days.every((x, i) => i === 0 || x.d === days[i - 1]!.d + 1);
      const range = (days.length === 2 && (/-|–|—|to|through/.test(m[0]) || d2 === d + 1)) || (days.length >= 3 && inRow);
      out.push({ start: at, end: stop, days, range, explicitYear: y !== undefined, numeric: false });
    }
  }
  return out;
}

// (Also spaced after its dots, "21. 9. 2024", "21. 09.2024", with a four-digit year.)
const NUMERIC = new LookbehindScan(/(?<![\p{N}./:-])(\d{1,2})([./-]|\.\s)(\d{1,2})(?:\2|(?<=\.\s\d{1,2})\.\s?)((?:19|20)\d{2}|\d{2})(?![\p{N}]|[./-]\p{N})/gu);
/** "23-26.11.2009", "22.9.-29.9.2019", "6.-7.3.2017", "21./22.09.2024", "23-24.05.23": a range whose first day (and month) leans on the second date. */
const NUMERIC_RANGE = new LookbehindScan(/(?<![\p{N}./:-])(\d{1,2})(?:\.(\d{1,2}))?\.?\s?[–/-]\s?(\d{1,2})([./])(\d{1,2})\4((?:19|20)\d{2}|\d{2})(?![\p{N}]|[./-]\p{N})/gu);
/** "2024-05-03", and with slashes "2024/05/03", "2024/5/3" (year first: never a law's number, "2019/1147"). */
const ISO = /(?<![\p{N}./:-])((?:19|20)\d{2})(?:-(\d{2})-(\d{2})|\/(\d{1,2})\/(\d{1,2}))(?![\p{N}]|[./-]\p{N})/gu;
/**
 * Day and month with no year, as agendas write them: "am 17.04.", "Mi, 17.04. | 18:00",
 * "jeu. 12/10", "22.–23.05." or "01.06.-03.06." at the start of a line, "22 y 23/03" (the first day joined below). Only after a weekday or a preposition,
 * or (with dots) at a line start: "1/2" alone is a fraction, "17.04" alone may be a time.
 */
const SHORT_DATE = new LookbehindScan(new RegExp(`(?<=(?:^|\\n)[ \\t]*(?:[-•*–][ \\t]*)?|\\(|(?:^|[^\\p{L}])(?:am|vom|bis|ab|zum|den|le|du|au|il|dal|al|el|del|on|from|${WEEKDAY_ALT}|${SHORT_WEEKDAYS.join('|')})\\.?,?\\s|\\d\\.?\\s(?:y|e|et|und|and|&)\\s)(\\d{1,2})(?:(?:\\.(\\d{1,2}))?\\.?\\s?[–-]\\s?(\\d{1,2}))?([./])(\\d{1,2})(?![\\p{N}])`, 'gu'));

const AND_DAY_BEFORE = /(\d{1,2})\.?\s(?:y|e|et|und|and|&)\s$/;
/** The articles a day stands after, not an hour: "am", "le", "il", "el" (not "ab", "bis", "um", which also come before hours). */
const DAY_ARTICLE_BEFORE = /(?:^|[^\p{L}])(?:am|vom|zum|den|dem|le|du|il|dal|el|del)\s$/u;
/** The hour after a day (folded): "um 18 Uhr", "a 18h", "à 18h30", "alle 20", "a las 18:00", "at 6pm", ", 18:00". */
const ITS_HOUR_AFTER = /^\s*,?\s*(?:(?:um|alle|ore|alle ore|a las|at|dalle)\s+\d{1,2}(?![\d.,/])|(?:(?:ab|a|de|des|von|from)\s+)?\d{1,2}(?:[:.h]\d{2}|\s*(?:h|uhr|ore|horas?|am|pm)(?![\p{L}])))/u;
/** After "17.04": an hour's unit, a measure, a second number or a time span ("10.05-11.05"), so no day. */
const NOT_A_DAY_AFTER = /^(?:[.,:]?\d|\s*(?:[-–]\s*\d|(?:uhr|h|hrs?|ore|horas?|heures?|km|kg|m|%|€|euro|eur|prozent|percent|per cento|por ciento|pour cent)(?![\p{L}])))/u;

function numeric(page: PageText): DateMention[] {
  const out: DateMention[] = [];
  const { folded } = page;
  NUMERIC.lastIndex = 0;
  for (let m = NUMERIC.exec(folded); m && out.length < MAX_DATE_MENTIONS * 2; m = NUMERIC.exec(folded)) {
    const a = Number(m[1]);
    const b = Number(m[3]);
    const sep = m[2]!;
    const yText = m[4]!;
    if (yText.length === 2 && (sep === '-' || sep.length > 1)) continue;
    const y = yText.length === 2 ? 2000 + Number(yText) : Number(yText);
    // Day first, as in Europe; month first only when the day-first reading is impossible.
    let [d, mo] = [a, b];
    if (b > 12 && a <= 12) [d, mo] = [b, a];
    if (!isValidDay(y, mo, d) || y < 1990) continue;
    out.push({ start: m.index, end: m.index + m[0].length, days: [{ y, m: mo, d }], range: false, explicitYear: true, numeric: true });
  }
  NUMERIC_RANGE.lastIndex = 0;
  for (let m = NUMERIC_RANGE.exec(folded); m && out.length < MAX_DATE_MENTIONS * 2; m = NUMERIC_RANGE.exec(folded)) {
    // (A two-digit year is this century's, as NUMERIC reads "28.03.26".)
    const [d1, d2, mo2, y] = [Number(m[1]), Number(m[3]), Number(m[5]), Number(m[6]) + (m[6]!.length === 2 ? 2000 : 0)];
    const mo1 = m[2] === undefined ? mo2 : Number(m[2]);
    if (!isValidDay(y, mo1, d1) || !isValidDay(y, mo2, d2) || mo1 * 100 + d1 >= mo2 * 100 + d2 || y < 1990) continue;
    out.push({ start: m.index, end: m.index + m[0].length, days: [{ y, m: mo1, d: d1 }, { y, m: mo2, d: d2 }], range: true, explicitYear: true, numeric: true });
  }
  ISO.lastIndex = 0;
  for (let m = ISO.exec(folded); m && out.length < MAX_DATE_MENTIONS * 2; m = ISO.exec(folded)) {
    const y = Number(m[1]);
    const mo = Number(m[2] ?? m[4]);
    const d = Number(m[3] ?? m[5]);
    if (!isValidDay(y, mo, d)) continue;
    out.push({ start: m.index, end: m.index + m[0].length, days: [{ y, m: mo, d }], range: false, explicitYear: true, numeric: true });
  }
  SHORT_DATE.lastIndex = 0;
  for (let m = SHORT_DATE.exec(folded); m && out.length < MAX_DATE_MENTIONS * 2; m = SHORT_DATE.exec(folded)) {
    const [d, until, sep, mo] = [Number(m[1]), m[3] === undefined ? undefined : Number(m[3]), m[4]!, Number(m[5])];
    // ("01.06.-03.06.": the first day with its own month.)
    const firstMonth = m[2] === undefined ? mo : Number(m[2]);
    // ("22 y 23/03" needs a smaller day before it: "1 y 1/2 horas", "2 and 1/2 hours" are fractions.)
    // (Nor an hour, "sabato alle 18 e 24/03": the day then stands on its own, as chrono reads it.)
    const from = Math.max(0, m.index - 8);
    const joined = AND_DAY_BEFORE.exec(folded.slice(from, m.index));
    const joinedAt = joined ? from + joined.index : 0;
    if (joined && (Number(joined[1]) >= d || LABEL_WORD.test(folded.slice(Math.max(0, joinedAt - 20), joinedAt)))) continue;
    let end = m.index + m[0].length;
    const next = folded[end] ?? '';
    if (sep === '.') {
      // "17.04." with its closing dot; "17.04.2024" is read above, "17.04" alone may be a time,
      // unless an article for a day stands before it and its hour after: "am 17.04 um 18 Uhr", "le 17.04 à 18h", "il 17.04 alle 20".
      if (next === '.' && !/\d/.test(folded[end + 1] ?? '')) end++;
      else if (next === '.' || until !== undefined || !DAY_ARTICLE_BEFORE.test(folded.slice(Math.max(0, m.index - 5), m.index))
        || NOT_A_DAY_AFTER.test(folded.slice(end, end + 12)) || !ITS_HOUR_AFTER.test(folded.slice(end, end + 20))) continue;
    } else if (next === '/' || (next === '.' && /\d/.test(folded[end + 1] ?? ''))) continue;
    const atLineStart = /(?:^|\n)[ \t]*(?:[-•*–][ \t]*)?$/.test(folded.slice(Math.max(0, m.index - 8), m.index));
    // ("12/10 ore 18 – Incontro ...": a line opening with a day and month, then its hour, is a programme's.)
    if (sep === '/' && atLineStart && !HOUR_AFTER.test(folded.slice(end, end + 16))) continue;
    if (!validish(firstMonth, d) || (until !== undefined && (!validish(mo, until) || firstMonth * 100 + d >= mo * 100 + until || mo - firstMonth > 1))) continue;
    const days = until === undefined ? [{ m: mo, d }] : [{ m: firstMonth, d }, { m: mo, d: until }];
    out.push({ start: m.index, end, days, range: until !== undefined, explicitYear: false, numeric: true });
  }
  return out;
}

function dayValue(x: DayDate): number {
  return (x.y ?? 0) * 10000 + x.m * 100 + x.d;
}

const NAMED_AFTER = /(?:^|[^\p{L}])(?:via|viale|piazza|piazzale|vicolo|calle|avenida|avda\.|plaza|paseo|comitato|comite|committee|movimento|movimiento)\s+(?:de\s+|del\s+)?$|(?:^|[^\p{L}])(?:rue|avenue|place|boulevard|quai|allee|esplanade)\s+du\s+$/u;
const NAMED_AFTER_CAPITAL = /(?:^|[^\p{L}])(?:Corso|Largo)\s+$/u;

function namedAfterDay(page: PageText, start: number): boolean {
  return NAMED_AFTER.test(page.folded.slice(Math.max(0, start - 16), start)) || NAMED_AFTER_CAPITAL.test(page.text.slice(Math.max(0, start - 8), start));
}

const WEEKDAY_WORD = new RegExp(`(?<![\\p{L}])(?:${WEEKDAYS.join('|')})(?![\\p{L}])`, 'u');
const HOUR_AFTER = /^\s*(?:[-–—,:]\s*)?(?:(?:ore|h\.?|alle|a las|a la|à|um|at|dalle|de|des)\s*\d{1,2}(?![\d/])|\d{1,2}[:.h]\d{2})/u;
const BETWEEN_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:entre|between|zwischen|tra|fra)\\s+(?:el|le|les|il|the|dem|den)?\\s*(?:(?:${WEEKDAY_ALT})\\.?,?\\s*)?$`, 'u');
/**
 * A gathering's last day said later in its sentence with a verb of lasting: "el 19 de octubre se celebrará el
 * encuentro, que durará hasta el 21", "qui se poursuivra jusqu'au 21", "che proseguirà fino al 21", "and runs until 21 May",
 * "und dauert bis zum 21.". (Bounded gap, no sentence end; a deadline needs no such verb, so "inscripciones hasta el 15" stays one.)
 */
const LASTS_UNTIL = /^[^.;!?\n]{0,200}(?<![\p{L}])(?:dura|durara|duraran|se prolonga|se prolongara|se prolongaran|se extendera|continuara|continuaran|seguira|durera|dureront|se poursuivra|se poursuivront|se prolongera|continuera|s'achevera|s’achevera|proseguira|proseguiranno|continuera|si protrarra|andra avanti|lasts|will last|runs|will run|continues|will continue|running|lasting|dauert|lauft|geht)\s+(?:hasta|jusqu['’]au|jusqu['’]a|fino al|fino a|until|till|through|bis)\s*(?:zum|the|el|le|il|al)?\s*(?:(?:proximo|prochain|prossimo)\s+)?$/u;

/**
 * A gathering's last day said with a verb of closing in its sentence: "opens on 5 May and closes on 7 May",
 * "s'ouvre le 5 mai et se termine le 7 mai", "beginnt am 5. Mai und endet am 7. Mai", "si apre il 5 maggio e si
 * chiude il 7 maggio", "comienza el 5 de mayo y termina el 7 de mayo".
 */
// (Also as a participle after a starting one: "starting on 1 June and ending on 2 June", "comenzando el 1 y terminando el 2 de
// junio", "iniziando il 1 e terminando il 2 giugno", "commençant le 1er et se terminant le 2 juin", "beginnend am 1. und endend am 2. Juni".)
const CLOSES_ON = new RegExp(String.raw`^[^.;!?\n]{0,200}(?<![\p{L}])(?:closes|ends|finishes|concludes|will close|will end|will finish|will conclude|ending|closing|finishing|concluding|terminando|finalizando|concluyendo|concludendosi|se terminant|s['’]achevant|endend|se termine|se terminera|s['’]acheve|s['’]achevera|prend fin|prendra fin|se cloture|se cloturera|endet|enden|schlie(?:ss|ß)t|geht zu ende|si chiude|si chiudera|si conclude|si concludera|terminera|termina|terminara|finaliza|finalizara|concluye|concluira|acaba|acabara|se clausura|se clausurara)\s+(?:on the|on|le|am|il|el|the)?\s*(?:(?:${WEEKDAY_ALT})\.?,?\s*)?$`, 'u');
/**
 * The same verbs of lasting opening the next sentence, its subject a pronoun or left out (a named subject, "La exposición
 * dura hasta ...", is another thing): "... on 5 May. It will run until 7 May",
 * "Il durera jusqu'au 7 mai", "Es dauert bis zum 7. Mai", "Proseguirà fino al 7 maggio", "Se prolongará hasta el 7 de mayo".
 */
const NEXT_LASTS_UNTIL = new RegExp(`^[^.;!?\\n]{0,200}[.;!]\\s+(?:(?:it|this|that|il|elle|ce|cela|es|er|sie|dies|esso|essa|esto|ella)\\s+)?(?:(?:will|also|then|puis|ensuite|aussi|dann|auch|poi|anche|luego|tambien)\\s+)?${LASTS_UNTIL.source.slice(LASTS_UNTIL.source.indexOf('(?<![\\p{L}])'))}`, 'u');
/** A sign-up in the words between: its close is no gathering's last day ("registration closes on 7 May"). */
const SIGN_UP = /(?<![\p{L}])(?:registration|registrations|register|sign-?ups?|applications?|apply|inscriptions?|inscrire|candidatures?|anmeldung(?:en)?|anmelden|bewerbung(?:en)?|iscrizion[ei]|iscriversi|candidature|inscripcion(?:es)?|inscribirse|solicitudes|plazo|deadline|frist|scadenza)(?![\p{L}])/u;
/** An hour between two dates of a span, "5 May 2025 at 10:00 to 7 May", "5 mai à 10h au 7 mai", "5 maggio ore 10 al 7 maggio". */
const HOUR_THEN_TO = new RegExp(`^\\s*,?\\s*(?:(?:at|from|a las|à|a|alle|alle ore|dalle|ore|um|ab|h)\\s*)?(\\d{1,2})(?:[:.h](\\d{2}))?\\s*(am|pm|h|uhr|horas|hrs|ore)?\\.?\\s*,?\\s*(?:to|till|until|au|jusqu'au|jusqu’au|bis(?: zum)?|al|hasta(?: el)?|fino al|-|–|—)\\s*(?:the|le|el|il|den|dem|zum)?\\s*(?:(?:${WEEKDAYS.join('|')})\\.?,?\\s*)?$`, 'u');
/** The hour right after a span's last day: "... 7 May 2025 at 18:00", "au 7 mai à 18h", "al 7 maggio ore 18". */
const HOUR_AFTER_SPAN = /^\s*,?\s*(?:(?:at|until|till|a las|hasta las|à|jusqu'à|jusqu’à|a|alle|alle ore|fino alle|ore|um|bis|bis um|h)\s*)?(\d{1,2})(?:[:.h](\d{2}))?\s*(am|pm|h|uhr|horas|hrs|ore)?(?![\p{L}\p{N}])/u;

/** An hour said with its word right after a span's first day: " alle ore 18,30", " a las 18:30", " à 18h30", " um 18 Uhr", " at 6.30pm". */
const OPENING_HOUR = /^\s*,?\s*(?:at|a las|à|a|alle|alle ore|ore|um|h)\s*(\d{1,2})(?:[:.h,](\d{2}))?\s*(am|pm|h|uhr|horas|hrs|ore)?(?![\p{L}\p{N}])/u;
/** Cheap word tests first: the patterns run over up to 200 characters of a gap. */
const UNTIL_WORD = /hasta|jusqu|fino|until|till|through|bis/;
const CLOSE_WORD = /clos|end|fini|conclu|termin|achev|fin|clotur|schlie(?:ss|ß)|chiud|acab|clausur/;

function lastDaySaid(gap: string): boolean {
  const until = UNTIL_WORD.test(gap);
  return (until && LASTS_UNTIL.test(gap)) || (CLOSE_WORD.test(gap) && CLOSES_ON.test(gap)) || (until && /[.;!]/.test(gap) && NEXT_LASTS_UNTIL.test(gap));
}

function hourOf(h: string, m: string | undefined, unit: string | undefined): number | undefined {
  const hour = Number(h) + (unit === 'pm' && Number(h) < 12 ? 12 : 0) - (unit === 'am' && Number(h) === 12 ? 12 : 0);
  const minute = Number(m ?? 0);
  return hour <= 23 && minute <= 59 ? hour * 60 + minute : undefined;
}

/** Joins "30 June – 2 July 2021" and "26/02/2019 - 26/02/2019" into one range, and fills years from the right. */
function combine(page: PageText, sorted: DateMention[]): DateMention[] {
  const out: DateMention[] = [];
  for (const cur of sorted) {
    const prev = out[out.length - 1];
    if (prev && cur.start >= prev.end) {
      const gap = page.folded.slice(prev.end, cur.start);
      if (gap.length <= 30 && RANGE_GAP.test(gap) && prev.days.length === 1 && cur.days.length <= 2) {
        const first = spanFirst(prev.days[0]!, cur.days[cur.days.length - 1]!);
        const last = cur.days[cur.days.length - 1]!;
        if (dayValue(first) === dayValue(last)) out[out.length - 1] = { ...prev, end: cur.end, days: [first], explicitYear: first.y !== undefined };
        else out[out.length - 1] = { ...prev, end: cur.end, days: [first, last], range: true, explicitYear: cur.explicitYear };
        continue;
      }
      // "from 5 May 2025 at 10:00 to 7 May 2025 at 18:00": a span of days with its first and last hours.
      const hourGap = gap.length <= 30 && prev.days.length === 1 && cur.days.length === 1 && /\d/.test(gap) ? HOUR_THEN_TO.exec(gap) : null;
      const from = hourGap ? hourOf(hourGap[1]!, hourGap[2], hourGap[3]) : undefined;
      if (hourGap && from !== undefined && (hourGap[2] !== undefined || hourGap[3] !== undefined || /[a-z]\s*\d/.test(gap))) {
        const first = spanFirst(prev.days[0]!, cur.days[cur.days.length - 1]!);
        const last = cur.days[0]!;
        const ahead = daysApart(first, last);
        if (ahead > 0 && ahead <= 45) {
          const tail = HOUR_AFTER_SPAN.exec(page.folded.slice(cur.end, cur.end + 24));
          const to = tail && (tail[2] !== undefined || tail[3] !== undefined || /[a-z]/.test(tail[0])) ? hourOf(tail[1]!, tail[2], tail[3]) : undefined;
          out[out.length - 1] = { ...prev, end: to !== undefined ? cur.end + tail![0].length : cur.end, days: [first, last], range: true, explicitYear: prev.explicitYear || cur.explicitYear, hours: { from, ...(to !== undefined ? { to } : {}) } };
          continue;
        }
      }
      // "el 19 de octubre ..., que durará hasta el 21 de octubre": the gathering's span.
      // (Also "... and closes on 21 May", and the verb of lasting opening the next sentence; never a sign-up's close.)
      if (gap.length <= 210 && prev.days.length === 1 && cur.days.length === 1 && lastDaySaid(gap) && !SIGN_UP.test(gap)) {
        const first = spanFirst(prev.days[0]!, cur.days[cur.days.length - 1]!);
        const last = cur.days[0]!;
        const ahead = daysApart(first, last);
        if (ahead > 0 && ahead <= 45) {
          // ("si apre il 23 ottobre alle ore 18,30 ... e si chiude il 28": the first day's hour, said right after it, opens the span.)
          const hour = OPENING_HOUR.exec(gap);
          const from = hour ? hourOf(hour[1]!, hour[2], hour[3]) : undefined;
          out[out.length - 1] = { ...prev, end: cur.end, days: [first, last], range: true, explicitYear: prev.explicitYear || cur.explicitYear, ...(from !== undefined ? { hours: { from } } : {}) };
          continue;
        }
      }
      // "23 mai 2024" and "24 mai 2024" on two lines of their own: the two days of one event.
      if (gap === '\n' && prev.days.length === 1 && cur.days.length === 1 && prev.days[0]!.y !== undefined && prev.days[0]!.y === cur.days[0]!.y
        && isNextDay(prev.days[0]!, cur.days[0]!) && aloneOnLine(page, prev.start, cur.end)) {
        out[out.length - 1] = { ...prev, end: cur.end, days: [prev.days[0]!, cur.days[0]!], range: true };
        continue;
      }
      // "tra il 30 settembre e il 4 ottobre 2019", "entre le 13 et le 15 octobre": a range written as a pair of dates.
      if (gap.length <= 10 && AND_GAP.test(gap) && prev.days.length === 1 && cur.days.length === 1 && BETWEEN_BEFORE.test(page.folded.slice(Math.max(0, prev.start - 30), prev.start))) {
        const first = spanFirst(prev.days[0]!, cur.days[cur.days.length - 1]!);
        if (dayValue(first) < dayValue(cur.days[0]!) || first.y === undefined) {
          out[out.length - 1] = { ...prev, end: cur.end, days: [first, cur.days[0]!], range: true, explicitYear: cur.explicitYear };
          continue;
        }
      }
      if (gap.length <= 24 && AND_GAP.test(gap)) {
        const year = cur.days[0]!.y;
        if (year !== undefined) prev.days = prev.days.map((d) => (d.y === undefined ? { ...d, y: year } : d));
        const a = prev.days[prev.days.length - 1]!;
        const b = cur.days[0]!;
        if (prev.days.length === 1 && cur.days.length === 1 && a.y === b.y && isNextDay(a, b)) {
          out[out.length - 1] = { ...prev, end: cur.end, days: [a, b], range: true, explicitYear: cur.explicitYear };
          continue;
        }
      }
    }
    out.push(cur);
  }
  return out;
}

/**
 * A span's first day without a year takes its last day's year, the year before when its month and day come later:
 * "del 30 de diciembre al 2 de enero de 2025", "dal 30 dicembre al 2 gennaio 2025", "vom 30.12. bis 2.1.2025".
 */
function spanFirst(first: DayDate, last: DayDate): DayDate {
  if (first.y !== undefined || last.y === undefined) return { ...first, y: first.y ?? last.y };
  return { ...first, y: first.m * 100 + first.d > last.m * 100 + last.d ? last.y - 1 : last.y };
}

function aloneOnLine(page: PageText, start: number, end: number): boolean {
  const lineStart = page.text.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = page.text.indexOf('\n', end);
  return !page.text.slice(lineStart, start).trim() && !page.text.slice(end, lineEnd < 0 ? undefined : lineEnd).trim();
}

/** Days from a to b, a year missing on either side taken from the other (a leap year when both lack it). */
function daysApart(a: DayDate, b: DayDate): number {
  const ya = a.y ?? b.y ?? 2024;
  const yb = b.y ?? (a.y === undefined ? ya : b.m < a.m ? ya + 1 : ya);
  return (Date.UTC(yb, b.m - 1, b.d) - Date.UTC(ya, a.m - 1, a.d)) / 86_400_000;
}

function isNextDay(a: DayDate, b: DayDate): boolean {
  const y = a.y ?? 2024;
  const next = new Date(Date.UTC(y, a.m - 1, a.d + 1));
  return next.getUTCMonth() + 1 === b.m && next.getUTCDate() === b.d;
}

/**
 * Every day-precise dated mention of the page, in reading order.
 * @example findDates(readText('Bruxelles 21 June – Final Conference'), ['en'])[0].days // [{ m: 6, d: 21 }]
 */
export function findDates(page: PageText, languages: readonly PageLanguage[]): DateMention[] {
  const s = scanners(languages.length ? languages : ['en']);
  const all = [...textual(page, s), ...numeric(page)].sort((a, b) => a.start - b.start || b.end - a.end);
  const unique: DateMention[] = [];
  for (const m of all) {
    const last = unique[unique.length - 1];
    if (last && m.start < last.end) continue;
    unique.push(m);
  }
  // "Via 4 Novembre", "Calle 2 de Mayo", "rue du 8 Mai 1945", "Comitato 3 Ottobre": streets and bodies named after a day.
  const combined = combine(page, unique).filter((m) => !namedAfterDay(page, m.start)).slice(0, MAX_DATE_MENTIONS);
  // "dal 18 al 24/03", "du 18 au 24.03.2019", "18 y 19/03/2019": a day before a numeric date, joined by a range or list word.
  for (const m of combined) {
    if (!m.numeric || m.range || m.days.length !== 1) continue;
    const before = page.folded.slice(Math.max(0, m.start - 40), m.start);
    const lead = s.leadingDay.exec(before);
    if (!lead || lead[2] === '/') continue;
    const leadStart = m.start - before.length + lead.index;
    const [first, ld] = [m.days[0]!, Number(lead[1])];
    if (ld >= first.d || LABEL_WORD.test(page.folded.slice(Math.max(0, leadStart - 20), leadStart))) continue;
    const isRange = !LIST_JOIN.test(lead[2]!);
    m.days.unshift({ ...first, d: ld });
    m.start = leadStart;
    m.range = isRange || ld + 1 === first.d;
  }
  for (const m of combined) {
    const before = page.folded.slice(Math.max(0, m.start - 20), m.start);
    const wd = s.weekdayBefore.exec(before) ?? (m.numeric && !m.explicitYear ? s.shortWeekdayBefore : s.shortWeekdayMarked).exec(before);
    if (wd) {
      m.start -= before.length - wd.index;
      m.weekday = WEEKDAY_NUMBER.get(wd[1]!);
      // "Sabato e domenica, 9 e 10 marzo": the first of two weekdays is the first day's.
      const pair = m.days.length > 1 ? WEEKDAY_PAIR_BEFORE.exec(page.folded.slice(Math.max(0, m.start - 24), m.start)) : null;
      if (pair) {
        m.start -= pair[0].length;
        m.weekday = WEEKDAY_NUMBER.get(pair[1]!);
      }
    } else if (m.days.length === 1 && (page.folded[m.end] === ' ' || page.folded[m.end] === '(')) {
      // "el día 26 de octubre -viernes-", "le 5 octobre (samedi)": the weekday set off after the day.
      const after = WEEKDAY_AFTER.exec(page.folded.slice(m.end, m.end + 16));
      if (after) m.weekday = WEEKDAY_NUMBER.get(after[1]!);
    }
  }
  weekdaysFromBareDays(page, combined);
  // "le week-end des 25 et 26 février": a Saturday and a Sunday.
  weekendDays(page, combined);
  // "del 3 al 5 de octubre ... el viernes ... el sábado ... el domingo": the weekday the span starts on.
  spanWeekdays(page, combined);
  // "Octubre 2024" / "Sábado 12: jornada ...": days named by weekday and number under a month.
  // "il 9 marzo a Ghilarza, il 10 a Norbello e il 12 a Sedilo": later days of a list in the month of the first (date-list-days.ts).
  const listed = listedDays(page, combined);
  const read = listed.length ? [...combined, ...listed].sort((a, b) => a.start - b.start) : combined;
  const under = daysUnderMonth(page, read);
  return under.length ? [...read, ...under].sort((a, b) => a.start - b.start).slice(0, MAX_DATE_MENTIONS) : read.slice(0, MAX_DATE_MENTIONS);
}

/** "la jornada del viernes 19", "sabato 20 alle 18", "le samedi 20 au soir": a weekday with a bare day number. */
// (Looked up word by word in the page's shared word list, the number then read right after the weekday.)
const NUMBER_AFTER = /,?\s+(?:(?:el|le|il|den|dem|the)\s+)?(?:(?:dia|giorno)\s+)?(0?[1-9]|[12]\d|3[01])(?![0-9])/y;
/** What may not follow the number: a month (then the scanner read a date), an hour, a decimal. */
const NOT_BARE_AFTER = new RegExp(`^(?:st|nd|rd|th|er|e|°|º)?(?:\\.\\d|\\s*(?:[:h]\\d|(?:h|horas?|uhr|ore|heures?|hours?)(?![a-z\\u00c0-\\u024f])|(?:de\\s+|di\\s+|del\\s+|of\\s+)?(?:${monthAlternation([])})(?![a-z\\u00c0-\\u024f])))`);
/** How far apart a bare weekday and the dated mention it names may stand (characters). */
const BARE_REACH = 3000;
/** At most this many bare weekdays are read (documented cap). */
const MAX_BARE = 60;

/**
 * A page that writes "el próximo 19 de octubre" once and "el viernes 19" elsewhere names the weekday of that day:
 * the mention without a year takes it (resolve-days.ts then picks a year it fits), when every bare weekday
 * with that number agrees.
 */
function weekdaysFromBareDays(page: PageText, mentions: DateMention[]): void {
  if (!mentions.some((m) => m.weekday === undefined && !m.explicitYear)) return;
  const named = new Map<number, { weekday: number; at: number } | null>();
  let read = 0;
  const starts = mentions.map((m) => m.start);
  for (const w of weekdaysWithNumber(page, NUMBER_AFTER)) {
    if (read >= MAX_BARE) break;
    read++;
    if (NOT_BARE_AFTER.test(page.folded.slice(w.end, w.end + 24))) continue;
    // (Inside a mention the scanner read: the weekday of a full date.)
    if (withinMention(w, mentions, starts)) continue;
    const seen = named.get(w.d);
    named.set(w.d, seen === undefined ? { weekday: w.weekday, at: w.start } : seen && seen.weekday === w.weekday ? seen : null);
  }
  for (const m of mentions) {
    if (m.weekday !== undefined || m.explicitYear) continue;
    const ref = named.get(m.days[0]!.d);
    if (ref && Math.abs(ref.at - m.start) <= BARE_REACH) m.weekday = ref.weekday;
    else spanDayWeekday(m, named);
  }
}

/** The longest span, in days, whose later days a bare weekday may name (a week and a half: a festival's run). */
const SPAN_NAMED_DAYS = 10;

/**
 * "del 24 al 30 de mayo" and elsewhere "hasta el próximo domingo 30", "vom 3. bis 9. Mai ... bis Sonntag, 9.": a bare
 * weekday names a later day of a span within one month, so the span's first day falls that many days before it.
 */
function spanDayWeekday(m: DateMention, named: ReadonlyMap<number, { weekday: number; at: number } | null>): void {
  const [a, b] = [m.days[0]!, m.days[m.days.length - 1]!];
  if (!m.range || a.m !== b.m || b.d <= a.d || b.d - a.d > SPAN_NAMED_DAYS) return;
  for (let d = a.d + 1; d <= b.d; d++) {
    const ref = named.get(d);
    if (!ref || Math.abs(ref.at - m.start) > BARE_REACH) continue;
    m.weekday = (ref.weekday - (d - a.d) + 70) % 7;
    return;
  }
}
