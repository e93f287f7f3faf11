/**
 * The full day of each dated mention: a year where the text leaves it out, from the
 * mention itself, a dated mention just before, the posting day, the page's address, a
 * "Sessions 2025" heading, the page's own dated events, the years its text names, or today,
 * in that order; then a weekday written beside the day moves it to a year it fits. On a saved
 * copy, a day that nothing but today would date (no weekday, no feast, no year on the page) gets
 * none: no event. A live page (`YearHints.live`) is dated by today.
 */
import type { Candidate } from './candidates.ts';
import type { DateMention } from './dates.ts';
import type { PageText } from './text.ts';
import { daysBetween, pickYear, weekdayOf, type RefDay } from './year.ts';
import { feastYear } from './year-feasts.ts';
import { slippedYear, withWeekday } from './year-hints.ts';
import type { Era } from './year-eras.ts';

/** What the page's address and its written years say about its year (year-hints.ts). */
/** How soon after an address's day stamp a gathering it announces falls, for its weekday to be taken as a slip. */
const SOON_DAYS = 21;

export interface YearHints {
  /** `slack`: how many days either way the address's day may be (a month or a year only). */
  urlDay?: RefDay & { slack?: number };
  /** The posting day given is only the page's month stamp (" date 2024-01"). */
  monthStamp?: boolean;
  textYear?: number;
  /** The years the page's words leave open (year-eras.ts). */
  era?: Era;
  /** The year of a day and month (m * 100 + d) as the page's file names date it: a photo of the day named. */
  fileYears?: Map<number, number>;
  /**
   * The text was read from its live page at `now` (the extension's "on this page", a source fetched for a
   * build): that the page is up today dates a day it gives without a year to the nearest year that fits.
   * A saved or archived page (a file given to `inclusio extract`) is read years later: today dates nothing.
   */
  live?: boolean;
}

/** "Sessions 2025", "Programm 2024": a short line naming only a year sets the year under it. */
const YEAR_HEADING = /^[^\d\n]{0,30}((?:19|20)\d{2})[^\d\n]{0,10}$/;

function yearHeadingAbove(page: PageText, lineIndex: number): RefDay | undefined {
  for (let i = lineIndex, seen = 0; i >= 0 && seen < 12; i--, seen++) {
    const start = page.lineStarts[i]!;
    const end = (page.lineStarts[i + 1] ?? page.text.length + 1) - 1;
    if (end - start > 40) continue;
    const m = YEAR_HEADING.exec(page.text.slice(start, end));
    // Mid-year, so that every day of that year is nearest to it.
    if (m) return { y: Number(m[1]), m: 7, d: 1 };
  }
  return undefined;
}

/**
 * @example resolveDays(page, candidates, { y: 2021, m: 3, d: 19 }, undefined).get(mention) // [{ y: 2021, m: 4, d: 21 }]
 */
export function resolveDays(page: PageText, cands: Candidate[], published: RefDay | undefined, now: RefDay | undefined, hints: YearHints = {}): Map<DateMention, RefDay[]> {
  // With no posting day, a page's own dated events say which year it speaks of.
  // (Else its deadline or the day a link is sent: they are that event's year too.)
  const explicit = (c: Candidate) => c.mention.explicitYear && c.kind !== 'reference' && c.kind !== 'period';
  const firstExplicit = (cands.find((c) => c.kind === 'event' && explicit(c)) ?? cands.find((c) => (c.kind === 'deadline' || c.kind === 'other') && explicit(c)))
    ?.mention.days.find((d) => d.y !== undefined);
  const pageDay = firstExplicit ? { y: firstExplicit.y!, m: firstExplicit.m, d: firstExplicit.d } : undefined;
  const textDay = hints.textYear !== undefined ? { y: hints.textYear, m: 7, d: 1 } : undefined;
  // A day the page's files date ("…-300915.jpg" beside "le 30 septembre") dates the page's other undated days as a written date would.
  const filedDay = published || !hints.fileYears ? undefined : cands.map((c) => c.mention.days[0]!).find((d) => d.y === undefined && hints.fileYears!.has(d.m * 100 + d.d));
  const fileDay = filedDay && { y: hints.fileYears!.get(filedDay.m * 100 + filedDay.d)!, m: filedDay.m, d: filedDay.d };
  // Years a weekday may move an undated day to, most trusted first.
  const hinted = [published?.y, hints.urlDay?.y, pageDay?.y, fileDay?.y, hints.textYear].filter((y): y is number => y !== undefined);
  // The day the page was written, to a month at worst: what a slip in a written year is judged against.
  const posted = published ?? (hints.urlDay && (hints.urlDay.slack ?? 0) <= 15 ? hints.urlDay : undefined);
  // "Am 01. Juli ..." and further down "am 01. Juli 2014": the page's full date of that day.
  const fullDates = new Map<number, number>();
  for (const c of cands) {
    if (c.kind === 'reference' || c.kind === 'period' || !c.mention.explicitYear) continue;
    for (const d of c.mention.days) if (d.y !== undefined && !fullDates.has(d.m * 100 + d.d)) fullDates.set(d.m * 100 + d.d, d.y);
  }
  const resolve = (weekdayDay: RefDay | undefined) => {
    const out = new Map<DateMention, RefDay[]>();
    let lastExplicit: { day: RefDay; pos: number } | undefined;
    for (const c of cands) {
      if (c.kind === 'reference' || c.kind === 'period') continue;
      const m = c.mention;
      // Within one mention, a day without a year takes the year of a day that has one.
      const known = m.days.find((d) => d.y !== undefined);
      const first = m.days[0]!;
      let ref: RefDay | undefined = known ? { y: known.y!, m: known.m, d: known.d } : undefined;
      if (first.y === undefined && !known) {
        const near = lastExplicit && m.start - lastExplicit.pos < 1500 && c.ctx.paragraph.start <= lastExplicit.pos ? lastExplicit.day : undefined;
        const written = fullDates.get(first.m * 100 + first.d);
        // (Else a file of the page made that day, "reunion-300915.jpg" beside "le 30 septembre", on a page that gives no posting day.)
        const filed = written ?? (published ? undefined : hints.fileYears?.get(first.m * 100 + first.d));
        const same = filed === undefined ? undefined : { y: filed, m: first.m, d: first.d };
        ref = same ?? near ?? published ?? hints.urlDay ?? lastExplicit?.day ?? yearHeadingAbove(page, c.ctx.line.index) ?? pageDay ?? fileDay ?? weekdayDay ?? textDay ?? now;
        if (!ref) continue;
        // Nothing on the page dates this day: no posting day, address, written year, weekday or movable feast. The run's
        // clock is no evidence of a page's year (a saved or archived page is read years later), and a day put in the wrong
        // year is a missed gathering and a false one: no year, no event. (A weekday beside the day still dates it below.)
        if (ref === now && !hints.live && m.weekday === undefined && feastYear(page, m, pickYear(first, now)) === undefined) continue;
        // (Nor a weekday that fits the year nearest today: it then confirms only the clock's guess. One that does not
        // fit says the page is older, and the nearest earlier year it fits is the likeliest one: withWeekday below.)
        if (ref === now && !hints.live && m.weekday !== undefined && weekdayOf(pickYear(first, now), first.m, first.d) === m.weekday && feastYear(page, m, pickYear(first, now)) === undefined) continue;
      }
      // (Counted from the posting day, the sentence's tense says which way: "si terrà il 10 settembre" is the next one.)
      // (Counted from today on a page that says nothing of its year, only the past tense tells: "a eu lieu le 25 avril" is no day
      // still to come, but "se tiendra le 25 avril" was written when the page was, not today.)
      const sentence = ref === published || ref === hints.urlDay || (ref === now && !!now) ? tenseOf(page.folded.slice(c.ctx.sentence.start, c.ctx.sentence.end)) : undefined;
      const tense = ref === now && ref !== published && ref !== hints.urlDay && sentence === 'future' ? undefined : sentence;
      let days = m.days.map((d) => ({ y: d.y ?? pickYear(d, ref!), m: d.m, d: d.d }));
      if (tense && first.y === undefined && !known) {
        const shift = yearByTense(first, ref!, tense) - days[0]!.y;
        if (shift) days = days.map((d) => ({ ...d, y: d.y + shift }));
      }
      // "Samstag, 15. Dezember": the weekday beside a day without a year says which year it is.
      // (Read from a year or a date the page itself names, not from its posting day or the run's clock,
      // the nearest year either way that fits: nothing says the day is before or after it.)
      // (Not a few days after the day an address stamps, "/2024/01/03/" over "venerdì 6 gennaio": a gathering a page announces
      // days ahead is that one; the weekday is the slip, a report a whole year late is not what the page is.)
      // (A page's own stamp known only to its month, " date 2024-01", says no more than the address.)
      // "Pfingstmontag, 20. Mai": a feast that moves with Easter falls on that day in a few years only (year-feasts.ts).
      const feast = first.y === undefined && !known ? feastYear(page, m, days[0]!.y) : undefined;
      if (feast !== undefined && feast !== days[0]!.y) days = days.map((d) => ({ ...d, y: d.y + feast - days[0]!.y }));
      const stampDay = hints.urlDay && (hints.urlDay.slack ?? 0) <= 1 && (!published || hints.monthStamp) ? hints.urlDay : undefined;
      const soonAfterStamp = (ref === stampDay || ref === published) && !!stampDay && daysBetween(stampDay, days[0]!) >= 0 && daysBetween(stampDay, days[0]!) <= SOON_DAYS;
      if (first.y === undefined && !known && !soonAfterStamp) days = withWeekday(days, m.weekday, hinted, ref!, ref !== published && ref !== hints.urlDay && ref !== now, published ? undefined : hints.era);
      // "Lunedì 23 giugno 2024" posted in June 2025, when the 23rd was a Monday: the written year is a slip.
      else if (m.weekday !== undefined && posted) {
        const y = slippedYear(days[0]!, m.weekday, posted);
        if (y !== undefined) days = days.map((d) => ({ ...d, y: d.y + y - days[0]!.y }));
      }
      // A range written without years that crosses the new year: "28 December – 3 January".
      for (let i = 1; i < days.length; i++) {
        if (daysBetween(days[i - 1]!, days[i]!) < 0 && m.days[i]!.y === undefined) days[i] = { ...days[i]!, y: days[i - 1]!.y + 1 };
      }
      out.set(m, days);
      if (m.explicitYear) lastExplicit = { day: days[days.length - 1]!, pos: m.start };
    }
    return out;
  };
  const first = resolve(undefined);
  // The weekdays written beside undated days, when they agree on a year, give the year of
  // the page's other undated days too ("Samstag, 15. Dezember ... bis zum 20. Dezember").
  const weekdayYears = new Set<number>();
  let weekdayDay: RefDay | undefined;
  for (const c of cands) {
    const days = first.get(c.mention);
    if (c.mention.weekday === undefined || c.mention.explicitYear || !days) continue;
    weekdayYears.add(days[0]!.y);
    weekdayDay ??= days[0];
  }
  const out = weekdayYears.size === 1 && weekdayDay ? resolve(weekdayDay) : first;
  loneWeekdaySlips(cands, out);
  if (!posted) pastBeforeFuture(page, cands, out);
  return out;
}

/** How far from a day the tense words said of it are looked for (characters, either side). */
const TENSE_WINDOW = 120;

/** How many other days of the page, each with a weekday that fits it, must agree on a year for a lone weekday to be a slip. */
const SLIP_VOTES = 2;

/**
 * A weekday that moved its day to a year no other day of the page is in, on a page whose other
 * days with a weekday fit one year together: "Sonntag, 19. September" among "Donnerstag, 17.
 * September" and "Sonntag, 27. September" of a 2015 programme is a slip of the weekday (the 19th was
 * a Saturday), not a gathering of 2010. The day takes the year the others agree on.
 */
function loneWeekdaySlips(cands: readonly Candidate[], days: Map<DateMention, RefDay[]>): void {
  const votes = new Map<number, number>();
  let some: RefDay | undefined;
  const moved: DateMention[] = [];
  for (const c of cands) {
    const m = c.mention;
    const d = days.get(m)?.[0];
    if (!d || m.weekday === undefined) continue;
    if (weekdayOf(d.y, d.m, d.d) === m.weekday) {
      votes.set(d.y, (votes.get(d.y) ?? 0) + 1);
      if (!m.days[0]!.y) moved.push(m);
    }
  }
  let best: number | undefined;
  for (const [y, n] of votes) if (best === undefined || n > votes.get(best)!) best = y;
  if (best === undefined) return;
  for (const c of cands) if (c.mention.weekday !== undefined && days.get(c.mention)?.[0]?.y === best) some ??= days.get(c.mention)![0];
  for (const m of moved) {
    const d = days.get(m)!;
    // (Only a day alone in its year, against at least SLIP_VOTES others in one year, and within a year of them.)
    if (d[0]!.y === best || votes.get(d[0]!.y) !== 1 || votes.get(best)! < SLIP_VOTES || !some) continue;
    const y = pickYear(d[0]!, some);
    if (Math.abs(y - d[0]!.y) < 2) continue;
    days.set(m, d.map((x) => ({ ...x, y: x.y + y - d[0]!.y })));
  }
}

/**
 * On a page that gives no posting day, what it reports as done was before what it announces:
 * "le 9 décembre, une réunion s'est tenue ... pour préparer un repas qui sera organisé le 21 janvier"
 * was written between the two days. A day without a written year read in the past tense that falls
 * after a day the page announces in the future tense is of the year before. (A weekday beside the day
 * already fixed its year.) The tense is the one said nearest to the day in its sentence.
 */
function pastBeforeFuture(page: PageText, cands: readonly Candidate[], days: Map<DateMention, RefDay[]>): void {
  // (Read within TENSE_WINDOW of the day, inside its sentence: a tense said further off is another clause's, and the look stays
  // bounded on pages whose "sentences" are long lists.)
  const tense = (c: Candidate) => {
    const from = Math.max(c.ctx.sentence.start, c.mention.start - TENSE_WINDOW);
    const window = page.folded.slice(from, Math.min(c.ctx.sentence.end, c.mention.end + TENSE_WINDOW));
    return tenseNear(window, c.mention.start - from, c.mention.end - from);
  };
  let firstFuture: RefDay | undefined;
  for (const c of cands) {
    const d = days.get(c.mention);
    if (!d || c.mention.relative || (firstFuture && daysBetween(d[0]!, firstFuture) <= 0)) continue;
    if (tense(c) === 'future') firstFuture = d[0];
  }
  if (!firstFuture) return;
  for (const c of cands) {
    const m = c.mention;
    const d = days.get(m);
    if (!d || m.relative || m.explicitYear || m.weekday !== undefined || daysBetween(firstFuture, d[0]!) <= 0) continue;
    const back = d.map((x) => ({ ...x, y: x.y - 1 }));
    if (daysBetween(back[0]!, firstFuture) >= 0 && tense(c) === 'past') days.set(m, back);
  }
}

/** The tense said nearest to a day (at `from`..`to`) in its (folded) sentence, if either is. */
function tenseNear(sentence: string, from: number, to: number): 'future' | 'past' | undefined {
  const gap = (re: RegExp) => {
    let best = Infinity;
    re.lastIndex = 0;
    for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
      const d = m.index >= to ? m.index - to : m.index + m[0].length <= from ? from - m.index - m[0].length : 0;
      best = Math.min(best, d);
      if (m[0].length === 0) re.lastIndex++;
    }
    return best;
  };
  const [f, p] = [gap(FUTURE_ALL), gap(PAST_ALL)];
  return f === p ? undefined : f < p ? 'future' : 'past';
}

/** Verbs and words of what is to come: "si terrà", "se celebrará", "aura lieu", "will take place", "wird ... stattfinden", "prossimo", "p.v.". */
const FUTURE = /(?<![a-z])(?:si terra|si terranno|si svolgera|si svolgeranno|avra luogo|avranno luogo|sara|saranno|iniziera|prossim[oa]|tendra lugar|tendran lugar|se celebrara|se celebraran|se realizara|se llevara a cabo|sera|seran|proxim[oa]|aura lieu|auront lieu|se tiendra|se deroulera|seront|prochaine?|will|shall|upcoming|wird|werden|kommenden|nachsten)(?![a-z])|(?:gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre)\s+p\.\s?v\./;
/** Verbs of what has been: "si è svolto", "tuvo lugar", "a eu lieu", "took place", "fand statt", "scorso", "u.s." (ultimo scorso). */
const PAST_TENSE = /(?<![a-z])(?:si e svolt[oa]|si e tenut[oa]|si sono svolt[ie]|ha avuto luogo|scors[oa]|tuvo lugar|se celebro|se llevo a cabo|se realizo|pasad[oa]|a eu lieu|ont eu lieu|s['’]est tenue?|s['’]est deroulee?|dernier|derniere|took place|was held|were held|last|fand statt|fanden statt|hat stattgefunden|letzten|vergangenen)(?![a-z])|(?:gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre)\s+u\.\s?s\./;

/** The same, every match of a sentence (pastBeforeFuture). */
const FUTURE_ALL = new RegExp(FUTURE.source, 'g');
const PAST_ALL = new RegExp(PAST_TENSE.source, 'g');

/** The tense of a (folded) sentence, when it says one and not the other. */
function tenseOf(sentence: string): 'future' | 'past' | undefined {
  const future = FUTURE.test(sentence);
  const past = PAST_TENSE.test(sentence);
  return future === past ? undefined : future ? 'future' : 'past';
}

/** How far ahead of the posting day an announced day may be, or behind it a reported one (days). */
const TENSE_REACH = 300;

/**
 * The year of a day counted from the posting day in the sentence's tense: the next such day for what is to come,
 * the last one for what has been (within TENSE_REACH; else the nearest).
 * @example yearByTense({ m: 9, d: 10 }, { y: 2019, m: 3, d: 1 }, 'future') // 2019
 */
export function yearByTense(day: { m: number; d: number }, ref: RefDay, tense: 'future' | 'past'): number {
  for (const y of tense === 'future' ? [ref.y - 1, ref.y, ref.y + 1] : [ref.y + 1, ref.y, ref.y - 1]) {
    const gap = daysBetween(ref, { y, m: day.m, d: day.d });
    if (tense === 'future' ? gap >= -1 && gap <= TENSE_REACH : gap <= 1 && gap >= -TENSE_REACH) return y;
  }
  return pickYear(day, ref);
}

/**
 * The posting day a page gives near its top, if any.
 * @example guessPublished(candidates) // { y: 2021, m: 3, d: 19 }
 */
export function guessPublished(cands: Candidate[]): RefDay | undefined {
  const stamp = cands.find((c) => c.kind === 'publication' && c.mention.explicitYear && c.ctx.line.index <= 6);
  const d = stamp?.mention.days[0];
  return d?.y !== undefined ? { y: d.y, m: d.m, d: d.d } : undefined;
}
