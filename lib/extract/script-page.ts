/**
 * Events in pages written in Ukrainian, Russian or Arabic, the languages many newcomers read:
 * a city's information evening for Ukrainians, a language café announced in Arabic. The reader
 * for en, fr, de, it and es (index.ts) knows none of their words, so such a page gets this
 * simpler one: each date written in a sentence that names a gathering ("зустріч", "семінар",
 * "ورشة", "ندوة") is an event, with the time said after it, the place said after that
 * ("у ратуші ...", "في مكتبة ..."), the mode from the page's words, and a year from the date,
 * else from the posting day, the page's own dated year, or today for a page read live. Deadlines, posting stamps and
 * "until" days are left out.
 */
import { eventId } from '../model/id.ts';
import type { EventStatus, InclusionEvent } from '../model/event.ts';
import { classify } from '../relevance/index.ts';
import { findScriptDates, matchable, timeAfter, type ScriptDate } from './script-dates.ts';
import {
  CANCELLED_WORDS, GATHERING_WORDS, HYBRID_WORDS, NOT_GATHERING_WORDS, ONLINE_WORDS, PLACE_OPENERS, POSTPONED_WORDS, UNTIL_BEFORE,
  type ScriptLanguage,
} from './script-vocabulary.ts';
import type { ExtractOptions, ExtractResult } from './index.ts';

/** How much of the page tells its script. */
const SAMPLE_CHARS = 5_000;
/** How far a sentence is looked for around a date, each way. */
const SENTENCE_CHARS = 400;
/** A gathering written more than this many days before the reference day is next year's, when no year is given. */
const PAST_DAYS = 60;

/**
 * The page's language when most of its letters are Cyrillic (Ukrainian, else Russian) or
 * Arabic; undefined for a page in Latin letters, which the main reader takes.
 * @example scriptLanguage('Інформаційна зустріч для українців у Відні') // 'uk'
 */
export function scriptLanguage(text: string): ScriptLanguage | undefined {
  const sample = text.slice(0, SAMPLE_CHARS);
  // (One pass over the sample's char codes: this runs on every page, and most pages are in Latin letters.)
  let cyrillic = 0;
  let arabic = 0;
  let latin = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c < 0x80) {
      if ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) latin++;
    } else if (c >= 0xc0 && c <= 0x24f) latin++;
    else if (c >= 0x400 && c <= 0x4ff) cyrillic++;
    else if (c >= 0x600 && c <= 0x6ff) arabic++;
  }
  const count = (re: RegExp) => sample.match(re)?.length ?? 0;
  const letters = cyrillic + arabic + latin;
  if (letters < 30) return undefined;
  if (arabic / letters > 0.6) return 'ar';
  if (cyrillic / letters <= 0.6) return undefined;
  // ("і" is in nearly every Ukrainian sentence; a short Russian one may have none of "ыэъё".)
  return count(/[іїєґІЇЄҐ]/g) > count(/[ыэъёЫЭЪЁ]/g) ? 'uk' : 'ru';
}

const hasAny = (text: string, words: readonly string[]) => words.some((w) => text.includes(w));

interface Sentence {
  start: number;
  end: number;
}

/** Abbreviations an address writes with a dot that ends no sentence ("вул. Головна 5", "ул. Ленина", "д. 3"). */
const ABBREVIATION = /(?:^|[\s(])(?:вул|вулиця|просп|пров|пл|бульв|буд|кв|ул|пер|д|корп|м|г|str|nr|st)$/u;

/** Whether the character at `i` ends a sentence: "!", "?", "؟", or a "." before a space that closes no abbreviation ("15.12.2026" is no end). */
function endsSentence(text: string, i: number): boolean {
  const c = text[i]!;
  if (c === '\n') return true;
  if (!/[.!?؟]/.test(c) || (i + 1 < text.length && !/\s/.test(text[i + 1]!))) return false;
  return c !== '.' || !ABBREVIATION.test(text.slice(Math.max(0, i - 12), i));
}

/** The sentence around [start, end), at most SENTENCE_CHARS each way. */
function sentenceAround(text: string, start: number, end: number): Sentence {
  let from = start;
  const floor = Math.max(0, start - SENTENCE_CHARS);
  while (from > floor && !endsSentence(text, from - 1)) from--;
  let to = end;
  const ceiling = Math.min(text.length, end + SENTENCE_CHARS);
  while (to < ceiling && !endsSentence(text, to)) to++;
  return { start: from, end: to };
}

interface DayRef {
  y: number;
  m: number;
  d: number;
}

const dayNumber = (r: DayRef) => Date.UTC(r.y, r.m - 1, r.d) / 86_400_000;
const iso = (y: number, m: number, d: number) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
const clockText = (minutes: number) => `${String(Math.floor(minutes / 60) % 24).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** A written year, else the first year from the reference on that puts the day at most PAST_DAYS before it. */
function yearOf(date: ScriptDate, reference: DayRef | undefined): number | undefined {
  if (date.year) return date.year;
  if (!reference) return undefined;
  for (const y of [reference.y - 1, reference.y, reference.y + 1]) {
    if (dayNumber({ y, m: date.month, d: date.day }) >= dayNumber(reference) - PAST_DAYS) return y;
  }
  return undefined;
}

const parseDay = (value: string | undefined): DayRef | undefined => {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value ?? '');
  return m ? { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) } : undefined;
};

/** The place said after the date and time, within the sentence: "у ратуші Мюнхена, Marienplatz 8". */
function placeAfter(text: string, lower: string, from: number, to: number): string | undefined {
  const rest = lower.slice(from, to);
  const opener = PLACE_OPENERS.exec(rest);
  // ("15.12.2026 о 18:00, Бібліотека міста, вул. Головна 5": a place may follow the time after a comma.)
  const comma = /^\s*[,،]\s*(?=\p{Lu}|[\u0600-\u06ff])/u.exec(text.slice(from, to));
  if (!opener && !comma) return undefined;
  const at = opener ? from + opener.index + opener[0].length : from + comma![0].length;
  const words = text.slice(at, to).split(/[;؛]/)[0]!.replace(/[\s,.،:]+$/u, '').trim();
  // ("у форматі онлайн", "в рамках проєкту", "في إطار": a manner, not a place.)
  if (words.length < 3 || /^(?:форматі|формате|рамках|межах|режимі|режиме|онлайн|зумі|zoom|إطار|اطار)/iu.test(words)) return undefined;
  return words.length > 120 ? `${words.slice(0, 119).replace(/\s+\S*$/u, '')}…` : words;
}

/** Words that close the words before a date and are no part of a name: "... відбудеться 15 грудня", "يوم 15 ديسمبر". */
const CLOSING_WORDS = /(?:^|\s)(?:відбудеться|відбулася|відбувся|відбулись|пройде|пройшла|пройшов|стартує|состоится|состоялась|состоялся|пройдет|прошла|прошел|сьогодні|завтра|у|в|з|с|на|يوم|سيعقد|ستعقد|يقام|تقام|عقدت|عقد|في)$/u;

/** A title for a short sentence: the words before the date, else the sentence. */
function sentenceTitle(text: string, sentence: Sentence, date: ScriptDate): string {
  let before = text.slice(sentence.start, date.start).replace(/[\s,:–—-]+$/u, '').trim();
  for (let k = 0; k < 3 && CLOSING_WORDS.test(before); k++) before = before.replace(CLOSING_WORDS, '').replace(/[\s,:–—-]+$/u, '').trim();
  const chosen = before.length >= 4 ? before : text.slice(sentence.start, sentence.end).trim();
  return chosen.length > 120 ? `${chosen.slice(0, 119).replace(/\s+\S*$/u, '')}…` : chosen;
}

/**
 * Events of a page in Ukrainian, Russian or Arabic, in the shape extractEvents returns.
 * @example extractScriptPage('Семінар 15 грудня 2026 року о 18:00 у бібліотеці.', 'uk', {}).events[0]?.start // '2026-12-15T18:00'
 */
export function extractScriptPage(text: string, language: ScriptLanguage, options: ExtractOptions = {}): ExtractResult {
  const lower = matchable(text);
  const pageClass = classify(text, { lang: language });
  const dates = findScriptDates(lower);
  const now = options.now && !Number.isNaN(options.now.getTime()) ? { y: options.now.getUTCFullYear(), m: options.now.getUTCMonth() + 1, d: options.now.getUTCDate() } : undefined;
  const firstDated = dates.find((d) => d.year);
  // (The run's day only for a page read live: a saved copy's "15 грудня" may be of any year, as in index.ts.)
  const reference = parseDay(options.published) ?? (firstDated ? { y: firstDated.year!, m: firstDated.month, d: firstDated.day } : undefined) ?? (options.live ? now : undefined);
  const headingStart = text.search(/\S/);
  const headingEnd = headingStart < 0 ? 0 : (text.indexOf('\n', headingStart) + 1 || text.length + 1) - 1;
  const heading = headingStart < 0 ? '' : text.slice(headingStart, headingEnd).trim();
  const headingNamesGathering = heading.length <= 140 && hasAny(matchable(heading), GATHERING_WORDS);
  const pageOnline = hasAny(lower, ONLINE_WORDS);
  const pageHybrid = hasAny(lower, HYBRID_WORDS);
  const sourceKey = options.url ?? options.sourceName ?? 'text';

  const drafts: Array<{ at: number; start: string; end?: string; allDay: boolean; title: string; sentence: string; location?: string; online: boolean; status: EventStatus }> = [];
  const days = new Set<string>();
  for (const [i, date] of dates.entries()) {
    const sentence = sentenceAround(lower, date.start, date.end);
    const said = lower.slice(sentence.start, sentence.end);
    const before = lower.slice(sentence.start, date.start);
    if (UNTIL_BEFORE.test(before) || hasAny(before, NOT_GATHERING_WORDS)) continue;
    if (!hasAny(said, GATHERING_WORDS) && !(i === 0 && headingNamesGathering)) continue;
    const year = yearOf(date, reference);
    if (year === undefined) continue;
    const day = iso(year, date.month, date.day);
    if (days.has(day)) continue;
    days.add(day);
    const time = timeAfter(lower, date.end, Math.min(lower.length, sentence.end + 200));
    const inSentence = time && time.start < sentence.end + 1 ? time : time && time.start - sentence.end < 40 ? time : undefined;
    const start = inSentence ? `${day}T${clockText(inSentence.from)}` : day;
    const endDay = date.endDay ? iso(year, date.month, date.endDay) : undefined;
    const end = endDay ? (inSentence?.to !== undefined ? `${endDay}T${clockText(inSentence.to)}` : endDay)
      : inSentence?.to !== undefined ? `${day}T${clockText(inSentence.to)}` : undefined;
    const location = placeAfter(text, lower, Math.max(date.end, inSentence?.end ?? 0), sentence.end);
    const status: EventStatus = hasAny(said, CANCELLED_WORDS) ? 'cancelled' : hasAny(said, POSTPONED_WORDS) ? 'postponed' : 'scheduled';
    drafts.push({ at: date.start, start, ...(end ? { end } : {}), allDay: !inSentence, title: sentenceTitle(text, sentence, date), sentence: text.slice(sentence.start, sentence.end).trim(), ...(location ? { location } : {}), online: hasAny(said, ONLINE_WORDS), status });
  }
  // One gathering on the page takes the page's heading; several each keep their own sentence's words.
  // (Not when the heading is the date's own sentence: a one-line page.)
  if (drafts.length === 1 && heading.length > 0 && heading.length <= 140 && drafts[0]!.at >= headingEnd) drafts[0]!.title = heading;

  const events: InclusionEvent[] = drafts.map((d) => {
    const mode = pageHybrid && d.location ? 'hybrid' : d.online || (pageOnline && !d.location) ? 'online' : d.location || !pageOnline ? 'in-person' : 'unknown';
    return {
      id: eventId(sourceKey, d.title, d.start),
      title: d.title,
      description: d.sentence.replace(/\s+/g, ' ').slice(0, 500),
      start: d.start,
      ...(d.end ? { end: d.end } : {}),
      allDay: d.allDay,
      ...(d.location && mode !== 'online' ? { location: { name: d.location } } : {}),
      mode,
      ...(options.url ? { url: options.url } : {}),
      languages: [language],
      topics: pageClass.topics.slice(0, 5),
      relevance: { score: pageClass.score, relevant: pageClass.relevant, reasons: pageClass.reasons },
      status: d.status,
      source: { ...(options.url ? { url: options.url } : {}), ...(options.sourceName ? { name: options.sourceName } : {}), format: options.format ?? 'text' },
      confidence: d.allDay ? 0.5 : 0.6,
    };
  });
  return {
    language,
    relevant: pageClass.relevant,
    relevance: { score: pageClass.score, topics: pageClass.topics, reasons: pageClass.reasons },
    events,
  };
}
