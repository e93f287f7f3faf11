/**
 * A week's or a festival's last day said with "until" in a sentence of its own, its first day said apart:
 * "The association holds its Welcome Week until Friday. It began on Monday with ...", "Die Interkulturelle
 * Woche läuft noch bis Sonntag" after the day it opened, "Les journées se poursuivent jusqu'à vendredi",
 * "La settimana prosegue fino a domenica", "Las jornadas continúan hasta el viernes". The umbrella runs from
 * that first day to the "until" day; the gatherings dated inside it stay gatherings of their own.
 */
import { EVENT_THRESHOLD } from './candidates.ts';
import { mentionContext } from './context.ts';
import type { DateMention } from './dates.ts';
import { draftEvent, type Draft, type PlaceIndex } from './draft.ts';
import { UNTIL_BEFORE, NOT_GATHERING } from './end-until.ts';
import { MAX_EVENT_DAYS } from './filters.ts';
import { rangeKind } from './series.ts';
import { sentenceAt, type PageText } from './text.ts';
import type { TimeMention } from './times.ts';
import { daysBetween, type RefDay } from './year.ts';

/** Cheap test on the folded text before an "until" day: one of the words UNTIL_BEFORE opens with. */
const UNTIL_WORD = /until|till|through|up to|bis|jusqu|fino|sino|hasta/;
/** "since Monday", "seit Montag", "depuis lundi", "da lunedì", "desde el lunes": the umbrella's own first day. */
const SINCE_BEFORE = /(?<![\p{L}])(?:since|seit(?: dem)?|depuis(?: le)?|dal|da|desde(?: el)?)\s+$/u;
/**
 * Verbs that say the umbrella is under way and goes on (folded): "continues", "goes on", "runs", "läuft", "dauert", "geht
 * weiter", "se poursuit", "continue", "prosegue", "continua", "va avanti", "continúa", "sigue", "se prolonga". With one of
 * them and no first day of its own, the umbrella began on the last day dated before it.
 */
const GOES_ON = /(?<![\p{L}])(?:continues|continue|go(?:es)? on|runs?|lasts?|lauft|laufen|dauert|dauern|geht weiter|gehen weiter|se poursui(?:t|vent)|continuent|dure|durent|prosegu(?:e|ono)|continua(?:no)?|va(?:nno)? avanti|dura(?:no|n)?|continua(?:n)?|sigue(?:n)?|prosigue(?:n)?|se prolonga(?:n)?)(?![\p{L}])/u;
/** How far before its "until" the day the umbrella went on from may be dated (characters). */
const REACH = 400;

const dayOf = (m: DateMention, near: RefDay): RefDay | undefined => {
  if (m.range || m.days.length !== 1) return undefined;
  const x = m.days[0]!;
  const day = { y: x.y ?? near.y, m: x.m, d: x.d };
  return x.y === undefined && daysBetween(near, day) < 0 ? { ...day, y: day.y + 1 } : day;
};

/**
 * The umbrellas an "until" sentence gives: a draft dated "since" a day becomes the span to the "until" day; a day
 * dated before a sentence that says the umbrella goes on "until" a day gets the span as a gathering of its own.
 * Changes `drafts` in place (a "since" draft) and returns the new drafts.
 * @example umbrellasUntil(page, drafts, mentions, times, places) // [span from Monday to Friday] under 'Las jornadas ... continúan hasta el viernes.'
 */
export function umbrellasUntil(page: PageText, drafts: Draft[], mentions: readonly DateMention[], times: readonly TimeMention[], places: PlaceIndex): Draft[] {
  const added: Draft[] = [];
  if (!drafts.length) return added;
  for (let i = 0; i < mentions.length; i++) {
    const until = mentions[i]!;
    if (until.range || until.days.length !== 1) continue;
    const before = page.folded.slice(Math.max(0, until.start - 40), until.start);
    if (!UNTIL_WORD.test(before) || !UNTIL_BEFORE.test(before)) continue;
    const sentence = sentenceAt(page, until.start);
    const words = page.folded.slice(sentence.start, sentence.end);
    // (A date earlier in its own sentence is the span's first day, the scanner's or end-until.ts's to join.)
    if (rangeKind(words) !== 'umbrella' || NOT_GATHERING.test(words) || (i > 0 && mentions[i - 1]!.end > sentence.start)) continue;
    // Its first day: a day said "since" in this sentence or the next, else, when it goes on, the last draft's day before it.
    const nextEnd = sentence.end < page.text.length ? sentenceAt(page, sentence.end + 1).end : sentence.end;
    const since = mentions.find((m) => m !== until && m.start >= sentence.start && m.start < nextEnd
      && SINCE_BEFORE.test(page.folded.slice(Math.max(0, m.start - 12), m.start)));
    const from = since ? drafts.find((d) => d.pos === since.start && !d.endDay)
      : GOES_ON.test(words) ? lastDraftBefore(drafts, mentions, until, i) : undefined;
    if (!from) continue;
    const last = dayOf(until, from.startDay);
    const length = last ? daysBetween(from.startDay, last) : 0;
    if (!last || length < 1 || length > MAX_EVENT_DAYS) continue;
    if ([...drafts, ...added].some((d) => d.endDay && daysBetween(d.startDay, from.startDay) === 0 && daysBetween(d.endDay, last) === 0)) continue;
    if (since) {
      // ("Lo hace desde el lunes": the "since" day is the umbrella's own first day.)
      from.endDay = last;
      from.rangeKind = 'umbrella';
      delete from.startTime;
      delete from.endTime;
      continue;
    }
    // The umbrella's words are its "until" sentence's; the day it went on from stays a gathering of its own.
    const m: DateMention = { ...until, days: [from.startDay], range: false };
    const span = draftEvent(page, { mention: m, ctx: mentionContext(page, m, mentions), kind: 'event', score: EVENT_THRESHOLD, labelled: false }, { start: from.startDay, end: last }, times, false, places);
    delete span.startTime;
    delete span.endTime;
    span.rangeKind = 'umbrella';
    added.push(span);
  }
  return added;
}

/** The single-day draft dated last before the `until` mention (index `i`), within REACH and with no other date between. */
function lastDraftBefore(drafts: readonly Draft[], mentions: readonly DateMention[], until: DateMention, i: number): Draft | undefined {
  const previous = mentions[i - 1];
  if (!previous || until.start - previous.end > REACH) return undefined;
  return drafts.find((d) => d.pos === previous.start && !d.endDay);
}
