/**
 * A second gathering on a dated day, said in a later sentence with its own hour and its own
 * place: "il 28 giugno, ore 17, la finale del torneo presso la parrocchia ... A seguire, ore 22,
 * presso Piazza Oberdan si terrà il concerto", "... a las 11:00 en el centro cívico. Por la tarde,
 * a las 20:00, en el Teatro Principal se celebrará el concierto". One venue's slots stay one
 * gathering (its programme); another venue at a later hour is another gathering.
 */
import type { CueIndex } from './cue-index.ts';
import type { DateMention } from './dates.ts';
import type { Draft, PlaceIndex } from './draft.ts';
import { lowerBound } from './sorted.ts';
import { sentenceAt, type PageText, type Span } from './text.ts';
import type { TimeMention } from './times.ts';
import { phraseTitle, sentenceTitle } from './title.ts';
import { daysBetween } from './year.ts';

/** How far after its day's date a later gathering may be said (characters). */
const REACH = 1500;
/** At most this many later gatherings per dated day (documented cap). */
const MAX_LATER = 3;
/** A region with more hours than this is a programme's agenda, not a few gatherings. */
const MAX_HOURS = 3;

/** What may stand before the hour in its sentence: a word of sequence, a part of the day, a preposition of time. */
const LEAD = /^[\s\W]*(?:(?:a seguire|in seguito|successivamente|poi|dopo|then|afterwards|after that|later|later on|anschliessend|danach|spater|ensuite|puis|apres|luego|despues|a continuacion|mas tarde|en la tarde|por la tarde|por la noche|nel pomeriggio|in serata|la sera|am nachmittag|am abend|abends|in the afternoon|in the evening|l'apres-midi|le soir|en soiree)\s*,?\s*)?(?:(?:ab|um|gegen|from|at|des|dès|a partir de|à partir de|a|à|a las|desde las|alle|alle ore|dalle|dalle ore|ore)\s*:?\s*)?$/u;
/** A gathering said to be held or to begin: the sentence's verb. */
const HELD = /(?<![a-z\u00c0-\u024f])(?:si terra|si terranno|si svolgera|avra luogo|avra inizio|iniziera|tendra lugar|se celebrara|se realizara|comenzara|empezara|aura lieu|se tiendra|se deroulera|commencera|debutera|findet|finden|beginnt|startet|takes place|will take place|will be held|is held|starts|begins|will start|will begin)(?![a-z\u00c0-\u024f])/u;

const sameName = (a: string | undefined, b: string | undefined) => !!a && !!b && a.toLowerCase() === b.toLowerCase();

/**
 * Adds, for each single dated day with an hour, the gatherings later sentences hold at other
 * places and later hours of that day (before the page's next date). Returns the new drafts.
 * @example laterGatherings(page, drafts, times, mentions, places, cues) // [{ startTime: 1320, location: { address: 'Piazza Oberdan' }, ... }]
 */
export function laterGatherings(page: PageText, drafts: readonly Draft[], times: readonly TimeMention[], mentions: readonly DateMention[], places: PlaceIndex, cues: CueIndex): Draft[] {
  const out: Draft[] = [];
  const timeStarts = times.map((t) => t.start);
  const mentionStarts = mentions.map((m) => m.start);
  for (const d of drafts) {
    if (d.startTime === undefined || d.daySession || (d.endDay && daysBetween(d.startDay, d.endDay) > 0)) continue;
    const own = sentenceAt(page, d.pos);
    const next = mentions[lowerBound(mentionStarts, own.end)];
    const limit = Math.min(next ? sentenceAt(page, next.start).start : page.text.length, own.end + REACH);
    // Another draft in between is the page's own reading of what follows.
    if (drafts.some((o) => o !== d && o.pos >= own.end && o.pos < limit)) continue;
    const region: TimeMention[] = [];
    for (let i = lowerBound(timeStarts, own.end); i < times.length && times[i]!.start < limit; i++) region.push(times[i]!);
    if (region.length > MAX_HOURS) continue;
    let last = d.startTime;
    let found = 0;
    for (const t of region) {
      if (found >= MAX_LATER) break;
      if (t.role === 'end' || t.from <= last) continue;
      const s = sentenceAt(page, t.start);
      const folded = page.folded;
      if (!LEAD.test(folded.slice(s.start, t.start)) || !HELD.test(folded.slice(s.start, s.end)) || !cues.noun(s)) continue;
      const venue = places.venueIn(page.text, s);
      if (!venue || (!venue.name && !venue.address)) continue;
      if (sameName(venue.name, d.location?.name) || sameName(venue.address, d.location?.address)) continue;
      out.push(laterDraft(page, d, t, s, venue));
      last = t.from;
      found++;
    }
  }
  return out;
}

function laterDraft(page: PageText, d: Draft, t: TimeMention, s: Span, venue: NonNullable<Draft['location']>): Draft {
  const text = page.text.slice(s.start, s.end);
  const city = venue.city ?? d.location?.city;
  const country = venue.country ?? d.location?.country;
  const { endTime: _dayEnd, phrase: _phrase, ...rest } = d;
  return {
    ...rest,
    pos: t.start,
    startTime: t.from,
    ...(t.to !== undefined && t.to > t.from ? { endTime: t.to } : {}),
    title: phraseTitle(text, t.start - s.start) ?? sentenceTitle(page.text, s),
    ownTitle: true,
    location: { ...venue, ...(city ? { city } : {}), ...(country ? { country } : {}) },
    text,
    span: s,
    ownNoun: true,
    multi: true,
    daySession: true,
  };
}
