/**
 * A second gathering on a dated day, said in a later sentence with its own hour and its own
 * place: "il 28 giugno, ore 17, la finale del torneo presso la parrocchia ... A seguire, ore 22,
 * presso Piazza Oberdan si terrà il concerto", "... a las 11:00 en el centro cívico. Por la tarde,
 * a las 20:00, en el Teatro Principal se celebrará el concierto". One venue's slots stay one
 * gathering (its programme); another venue at a later hour is another gathering, and so is a gathering named
 * at an hour after the first one has ended ("dalle 14.30 alle 17.30 formazione ... mentre alle 18 presentazione").
 * Later clauses of the day's own sentence count as well as later sentences ("..., y por la tarde, de cinco a diez, se
 * celebrará el concierto en el Parque Municipal").
 */
import type { CueIndex } from './cue-index.ts';
import { BAD_WEATHER, germanPlace, placeByWords } from './gather-place.ts';
import { showAfterTalk } from './gather-show.ts';
import { routeArrives } from './gather-route.ts';
import { programmeColon } from './gather-colon.ts';
import { foldKeepLength } from '../relevance/index.ts';
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
/** A region with more hours than this is a programme's agenda, not a few gatherings... */
const MAX_HOURS = 3;
/**
 * ...unless every hour is said inside running prose, none opening a line of its own as an agenda's slots do ("09:30
 * Welcome"): "Alle ore 10.30 alla Villa comunale la rievocazione ... Alle ore 21.00 il concerto in piazza ..." tells
 * a feast day's gatherings place by place, up to this many hours (documented cap).
 */
const MAX_PROSE_HOURS = 6;

/** The day's words before its hours call them its programme: "Ricco il programma della giornata: si comincia alle 14.45 ...". */
const PROGRAMME = /(?<![\p{L}])(?:programm[ae]?|program|programa|agenda|schedule|calendario|ablauf|deroulement|scaletta)(?![\p{L}])/u;

/** An hour that opens its line, after a bullet at most: a slot of an agenda. */
function opensLine(page: PageText, t: TimeMention): boolean {
  const from = page.text.lastIndexOf('\n', t.start - 1) + 1;
  return /^[\s•*·▪►–-]*$/u.test(page.text.slice(from, t.start));
}

/**
 * More than three hours are a day told hour by hour (see MAX_PROSE_HOURS) when no hour opens an agenda line, the words
 * before them do not call them a programme, and most open a sentence of their own ("Alle ore 18.00 ..."): hours listed
 * in one sentence's clauses ("a las 17:00 talleres, a las 18:00 danzas, a las 19:00 cena") are one gathering's slots.
 */
function toldHourByHour(page: PageText, region: readonly TimeMention[], before: string): boolean {
  if (region.length > MAX_PROSE_HOURS || PROGRAMME.test(before) || region.some((t) => opensLine(page, t))) return false;
  const led = region.filter((t) => LEAD.test(page.folded.slice(sentenceAt(page, t.start).start, t.start))).length;
  return 2 * led > region.length;
}

/** Parts of the day and words of sequence that may stand before the hour. */
const SEQUENCE = String.raw`(?:a seguire|in seguito|successivamente|poi|dopo|then|afterwards|after that|later|later on|anschlie(?:ss|ß)end|danach|spater|ensuite|puis|apres|luego|despues|a continuacion|mas tarde|en la tarde|por la tarde|por la noche|por la manana|nel pomeriggio|in serata|la sera|am nachmittag|am abend|abends|in the afternoon|in the evening|l'apres-midi|le soir|en soiree)`;
/** A sentence that opens with a word of sequence, its hour further on. */
const SEQUENCE_OPENS = new RegExp(String.raw`^[\s\W]*(?:anschlie(?:ss|ß)end|danach|im anschluss|a seguire|in seguito|successivamente|subito dopo|ensuite|puis|apres quoi|a continuacion|despues|luego|seguidamente|then|afterwards|after that|following this)(?![\p{L}])`, 'u');
/** Prepositions of time right before the hour. */
const AT = String.raw`(?:ab|um|gegen|von|from|at|des|dès|a partir de|à partir de|a|à|de|a las|de las|desde las|alle|alle ore|dalle|dalle ore|ore)`;
/** What may stand before the hour in its sentence: a word of sequence, a part of the day, a preposition of time. */
const LEAD = new RegExp(String.raw`^[\s\W]*(?:${SEQUENCE}\s*,?\s*)?(?:${AT}\s*:?\s*)?$`, 'u');
/**
 * The same before an hour inside the sentence, after a clause break or a joining word: "..., y por la tarde de cinco
 * a diez", "... mentre alle 18 presentazione del libro", "..., while at 6 pm", "..., und um 15 Uhr".
 */
const CLAUSE_LEAD = new RegExp(String.raw`(?:[,;:()]|(?<![\p{L}])(?:y|e|ed|et|und|and|mentre|mientras que|mientras|while|whereas|tandis que|wahrend))\s*(?:${SEQUENCE}\s*,?\s*)?(?:${AT}\s*:?\s*)?$`, 'u');
/** A gathering said to be held or to begin: the sentence's verb (present and future, five languages). */
export const HELD = /(?<![a-z\u00c0-\u024f])(?:si terra|si terranno|si svolge|si svolgera|si svolgeranno|avra luogo|avranno luogo|ha luogo|avra inizio|iniziera|inizia|prendera il via|ci sara|e in programma|e previst[oa]|tendra lugar|tendran lugar|tiene lugar|se celebrara|se celebraran|se celebra|se realizara|se llevara a cabo|se desarrollara|comenzara|empezara|arrancara|habra|se ofrecera|tendra|tienen una cita|tiene una cita|aura lieu|auront lieu|a lieu|se tiendra|se tient|se deroulera|se deroule|commencera|debutera|il y aura|est prevue?|sera propose|findet|finden|beginnt|beginnen|startet|gibt es|steht|takes place|will take place|will be held|is held|starts|begins|will start|will begin|there will be|is scheduled|offnet|geoffnet|opens|will open|ouvre|ouvrira|abre|abrira|apre|aprira)(?![a-z\u00c0-\u024f])/u;

/** The words that tell one place from another: folded, three letters or more, without the joining words of names. */
function nameWords(name: string | undefined): string[] {
  return name ? foldKeepLength(name).toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 3 && !JOINING.has(w)) : [];
}
const JOINING = new Set(['del', 'della', 'delle', 'dei', 'degli', 'des', 'der', 'die', 'das', 'den', 'dem', 'the', 'and', 'los', 'las', 'une', 'von', 'und', 'aux']);

/**
 * Two names of one place: the words of one are all among the other's ("ARCI di Salerno" and "ARCI Salerno", "Pfarrsaal St. Jakob"
 * and "Pfarrsaal St Jakob").
 */
export function sameName(a: string | undefined, b: string | undefined): boolean {
  const x = nameWords(a);
  const y = new Set(nameWords(b));
  if (!x.length || !y.size) return false;
  const inY = x.filter((w) => y.has(w)).length;
  return inY === x.length || inY === y.size;
}

/**
 * A part of one programme, named by its order or as a working session: "la prima sessione di lavori", "the second panel",
 * "la deuxième table ronde", "die zweite Arbeitsrunde", "la segunda mesa": the same gathering's next slot, wherever its words
 * say someone comes from.
 */
const PROGRAMME_PART = /(?<![\p{L}])(?:(?:prima|seconda|terza|quarta|ultima|first|second|third|fourth|last|final|premiere|deuxieme|seconde|troisieme|derniere|erste|zweite|dritte|vierte|letzte|primera|segunda|tercera|cuarta|1st|2nd|3rd|4th)\s+(?:\p{L}+\s+)?(?:sessione|sessioni|session|sessions|seance|sitzung|arbeitsrunde|runde|panel|table ronde|tavola rotonda|mesa|mesa redonda|parte|part|partie|teil|block|modulo|module|tranche|giornata dei lavori)|sessione di lavori|sessioni di lavoro|working session|session de travail|sesion de trabajo|arbeitssitzung)(?![\p{L}])/u;

/** How much of a clause is read for a programme part's name (characters). */
const PART_CHARS = 120;
/** How far back before a show the day's own words are read (characters). */
const DAY_WORDS_CHARS = 600;
/** How far back before an hour its clause's lead words are read (characters). */
const LEAD_CHARS = 60;

/**
 * Adds, for each single dated day with an hour, the gatherings later clauses or sentences hold at other places and
 * later hours of that day (before the page's next date), and the gathering named at an hour after the day's first
 * one has ended ("dalle 14.30 alle 17.30 formazione ... mentre alle 18 presentazione del libro"). Returns the new drafts.
 * @example laterGatherings(page, drafts, times, mentions, places, cues) // [{ startTime: 1320, location: { address: 'Piazza Oberdan' }, ... }]
 */
export function laterGatherings(page: PageText, drafts: readonly Draft[], times: readonly TimeMention[], mentions: readonly DateMention[], places: PlaceIndex, cues: CueIndex, language: string): Draft[] {
  const out: Draft[] = [];
  const timeStarts = times.map((t) => t.start);
  const mentionStarts = mentions.map((m) => m.start);
  for (const d of drafts) {
    if (d.startTime === undefined || d.daySession || (d.endDay && daysBetween(d.startDay, d.endDay) > 0)) continue;
    // (Each place the page dates this day, its first mention and the ones merged into it: a report's "am letzten Sonntag" and
    // the announcement's "am Sonntag, den 25. September, um 14:30 Uhr. Anschließend ... im Pfarrsaal" below it.)
    const found: number[] = [];
    for (const at of [d.pos, ...(d.alsoAt ?? [])]) {
      for (const t of laterAt(page, d, at, drafts, times, timeStarts, mentions, mentionStarts, places, cues, language)) {
        if (found.length >= MAX_LATER || found.includes(t.pos)) continue;
        found.push(t.pos);
        out.push(t);
      }
    }
  }
  return out;
}

/** The later gatherings of day `d` said after its mention at `at`, up to the page's next date. */
function laterAt(page: PageText, d: Draft, at: number, drafts: readonly Draft[], times: readonly TimeMention[], timeStarts: number[], mentions: readonly DateMention[], mentionStarts: number[], places: PlaceIndex, cues: CueIndex, lang: string): Draft[] {
  const out: Draft[] = [];
  const folded = page.folded;
  const own = sentenceAt(page, at);
  const next = mentions[lowerBound(mentionStarts, at + 1)];
  const limit = Math.min(next ? (next.start < own.end ? next.start : sentenceAt(page, next.start).start) : page.text.length, own.end + REACH);
  // Another draft in between is the page's own reading of what follows.
  const firstOther = drafts.reduce((a, o) => (o !== d && o.pos > at && o.pos < a ? o.pos : a), limit);
  // The day's own hour (its first time in its sentence, at or after the date): later clauses start after it.
  let i = lowerBound(timeStarts, own.start);
  while (i < times.length && times[i]!.start < own.end && !(times[i]!.start >= at - 40 && times[i]!.from === d.startTime)) i++;
  if (i >= times.length || times[i]!.start >= own.end) i = lowerBound(timeStarts, own.end);
  else i++;
  const region: TimeMention[] = [];
  for (; i < times.length && times[i]!.start < Math.min(limit, firstOther); i++) region.push(times[i]!);
  if (region.length > MAX_HOURS && !toldHourByHour(page, region, folded.slice(own.start, region[0]!.start))) return out;
  let last = d.startTime ?? 0;
  let found = 0;
  const colonAt = programmeColon(page, own, at, d);
  for (let k = 0; k < region.length && found < MAX_LATER; k++) {
    const t = region[k]!;
    if (t.role === 'end' || t.from <= last) continue;
    const s = sentenceAt(page, t.start);
    // ("Bei Regen um 15 Uhr im Gemeindesaal": the same gathering moved indoors.)
    if (BAD_WEATHER.test(folded.slice(s.start, s.end))) continue;
    // ("At 1pm the walkers arrive at Roundhay Park": a route's last stop, gather-route.ts.)
    if (routeArrives(folded.slice(own.start, own.end), folded.slice(s.start, s.end))) continue;
    const inOwn = s.start === own.start;
    // (In the day's own sentence, after a colon that follows the day's place, the hours are its programme's, gather-colon.ts.)
    if (inOwn && t.start > colonAt) continue;
    // (In the day's own sentence, its end hour is no other gathering's start: "entre 14h et 17h".)
    if (inOwn && d.endTime !== undefined && t.from <= d.endTime) continue;
    const before = folded.slice(Math.max(s.start, t.start - LEAD_CHARS), t.start);
    // ("Anschließend ist das Welt-Café von 15 bis 17 Uhr im Pfarrsaal geöffnet": a sentence that opens with a word of sequence.)
    const sentenceLead = !inOwn && (LEAD.test(folded.slice(s.start, t.start)) || SEQUENCE_OPENS.test(folded.slice(s.start, t.start)));
    if (!sentenceLead && !CLAUSE_LEAD.test(before)) continue;
    // The clause of the hour: from the hour to the next hour or the sentence's end.
    const clause = { start: t.start, end: Math.min(s.end, region[k + 1]?.start ?? s.end) };
    const head = sentenceLead ? s : clause;
    const noun = cues.noun(head);
    // (After the day's first gathering has ended, an hour naming a gathering is another one, wherever it is held.)
    const afterEnd = d.endTime !== undefined && t.from > d.endTime && noun;
    if (!afterEnd) {
      // (A clause may share its sentence's verb: "El sábado habrá un taller a las 11:00 ... y, a las 17:00, la fiesta en el parque";
      // a sentence opening with its hour may name its gathering with no verb: "Alle 16, al Teatro Donizetti, spettacolo delle scuole.")
      if (!(HELD.test(folded.slice(s.start, s.end)) || (sentenceLead && noun)) || !(noun || cues.verb(head))) continue;
      // (A place the venue lists know, else one named by words after a place preposition, gather-place.ts: that one only
      // beside a day whose own place is known, and each once: "au Grand Amphi" on every line of an agenda is its room.)
      const listed = places.venueIn(page.text, head);
      const byWords = listed ? undefined : (d.location?.name || d.location?.address) ? (lang === 'de' ? germanPlace(page, head) : placeByWords(page, head, cues, lang)) : undefined;
      if (byWords && out.some((o) => sameName(o.location?.name, byWords.name))) continue;
      const venue = listed ?? byWords;
      // ("ore 21:15: a seguire sarà proiettato il documentario" after a talk at 18: a show of its own, at the day's place or none.)
      const show = sentenceLead && region.length <= MAX_HOURS && showAfterTalk(folded.slice(head.start, head.end), folded.slice(Math.max(own.start, head.start - DAY_WORDS_CHARS), head.start), d.startTime!, t.from);
      if (show && (!venue || sameName(venue.name, d.location?.name) || sameName(venue.address, d.location?.address))) {
        out.push(laterDraft(page, d, t, head, d.location));
        last = t.to ?? t.from;
        found++;
        continue;
      }
      if (!venue || (!venue.name && !venue.address)) continue;
      if (sameName(venue.name, d.location?.name) || sameName(venue.address, d.location?.address)) continue;
      if (PROGRAMME_PART.test(folded.slice(head.start, Math.min(head.end, head.start + PART_CHARS)))) continue;
      out.push(laterDraft(page, d, t, head, venue));
    } else out.push(laterDraft(page, d, t, head, places.venueIn(page.text, head) ?? d.location));
    last = t.to ?? t.from;
    found++;
  }
  return out;
}

function laterDraft(page: PageText, d: Draft, t: TimeMention, s: Span, venue: Draft['location']): Draft {
  const text = page.text.slice(s.start, s.end);
  const city = venue?.city ?? d.location?.city;
  const country = venue?.country ?? d.location?.country;
  const { endTime: _dayEnd, phrase: _phrase, alsoAt: _alsoAt, ...rest } = d;
  return {
    ...rest,
    pos: t.start,
    startTime: t.from,
    ...(t.to !== undefined && t.to > t.from ? { endTime: t.to } : {}),
    title: phraseTitle(text, t.start - s.start) ?? sentenceTitle(page.text, s),
    ownTitle: true,
    ...(venue || city ? { location: { ...venue, ...(city ? { city } : {}), ...(country ? { country } : {}) } } : {}),
    text,
    span: s,
    ownNoun: true,
    multi: true,
    daySession: true,
  };
}
