/**
 * The opening gathering of a week or a longer festival, in two shapes. First, dated in a sentence of its own on the span's first day: "Interkulturelle
 * Wochen vom 1. bis 16. Oktober ... Das Eröffnungsfest findet am Samstag, den 1. Oktober ... statt", "Refugee Week, 17-23 June
 * ... The opening ceremony on 17 June ...", "la Semaine ... du 13 au 20 juin ... La soirée d'ouverture, le 13 juin, ...",
 * "la settimana ... L'inaugurazione, il 2 giugno, ...", "la semana ... El acto de apertura, el 14 de octubre, ...". It is a
 * gathering of its own beside the span (labels: an umbrella and its dated parts). A conference of two or three days is not a
 * week: its opening is its first slot. Second (openingsAtPlaces), told at a place of its own with no date of its own, or only the
 * week's first weekday: "du 14 novembre au 2 décembre ... Le festival débute ce dimanche à la Maison Folie de Wazemmes", "desde el
 * lunes ... La apertura de la iniciativa, en el edificio de la Fundació Caixa Rural, fue ...".
 */
import type { Draft } from './draft.ts';
import type { DateMention } from './dates.ts';
import type { EventLocation } from '../model/event.ts';
import { foldKeepLength } from '../relevance/index.ts';
import { sentenceAt, type PageText, type Span } from './text.ts';
import { ownGatheringDraft } from './gather-own-draft.ts';
import { SIGN_UP_WORDS } from './vocabulary.ts';
import { daysBetween, type RefDay } from './year.ts';

/** How long a span must be to be a week or a festival whose opening is a gathering of its own (days, first to last). */
const WEEK_DAYS = 6;
/**
 * Opening nouns (folded), five languages: a gathering named as the opening. The verb, "se inaugura el Foro", "the week opens",
 * is the span's own start; "opening hours", "ouverture des portes", "apertura delle iscrizioni" are no gathering.
 */
const OPENING = /(?<![\p{L}])(?:eroffnung\p{L}*|auftakt\p{L}*|opening(?! (?:hours|times))|kick-?off|ouverture(?! des (?:portes|inscriptions))|coup d'envoi|inaugura(?:cion|zione|tion)|apertura(?! (?:delle |de (?:las )?)?(?:iscrizioni|inscripciones|porte|puertas)))(?![\p{L}])/u;
/** How far into the day's own words the opening is named (characters): its subject, not a later aside. */
const OPENING_CHARS = 120;

/**
 * True when `d`, a single day on the first day of the week-long span `host` and said apart from it, names the span's opening.
 * @example opensWeek(weekOfOct1To16, eroeffnungsfestOnOct1) // true
 */
export function opensWeek(host: Draft, d: Draft): boolean {
  // (An opening with its own hour is a gathering of its own by merge.ts's rules already.)
  if (!host.endDay || d.endDay || d.startTime !== undefined || daysBetween(host.startDay, host.endDay) < WEEK_DAYS || daysBetween(host.startDay, d.startDay) !== 0) return false;
  return OPENING.test(foldKeepLength(d.text.slice(0, OPENING_CHARS)).toLowerCase());
}

/** How long a span must be for its opening, said at a place of its own, to be a gathering of its own (days, first to last). */
const OPENED_SPAN_DAYS = 4;
/** How far after the span's date its opening may be told (characters; before it, from the page's start). */
const OPENED_REACH = 2000;
/**
 * Verbs of a gathering opening (folded), five languages: "Le festival débute ce dimanche à la Maison Folie", "the week opens at
 * the Town Hall", "Die Woche wird im Rathaus eröffnet", "la festa si apre in piazza", "la fiesta, que ayer fue inaugurada en el
 * centro cívico".
 */
const OPENS_VERB = /(?<![\p{L}])(?:debute|debutera|a debute|commence|commencera|a commence|s'ouvre|s'ouvrira|s'est ouverte?|ouvre|ouvrira|a ouvert|demarre|demarrera|a demarre|inaugure|inauguree|opens|opened|will open|begins|began|will begin|starts|started|will start|kicks off|kicked off|beginnt|begann|startet|startete|eroffnet|inizia|iniziera|e iniziat[oa]|si apre|si aprira|si e apert[oa]|prende il via|ha preso il via|apre|aprira|inaugurat[oa]|si inaugura|comienza|comenzara|comenzo|empieza|empezara|empezo|arranca|arrancara|arranco|se inaugura|se inaugurara|inaugurad[oa]|abre|abrira|abrio)(?![\p{L}])/u;
/** The stems of those verbs and of the opening nouns, to skip text without one cheaply. */
const OPENS_WORD = /debut|commenc|ouv|demarr|inaugur|open|begin|began|begann|start|kick|eroffn|auftakt|inizi|apre|apri|apert|prende|comen|empez|arran|abre|abri|coup d'envoi/;
const SIGN_UP = new RegExp(`(?<![\\p{L}])(?:${SIGN_UP_WORDS})(?![\\p{L}])`, 'u');

/**
 * The opening of a week or a festival told at a place of its own, with no date of its own or the span's first day: "Le festival
 * Migrant'scène débute ce dimanche à la Maison Folie de Wazemmes" over "du 14 novembre au 2 décembre", "Lo hace desde el lunes ... La
 * apertura de la iniciativa, en el edificio de la Fundació Caixa Rural, fue ...". It is a gathering of its own on the span's first day
 * (labels: an umbrella and its dated parts), unless the page already dates one that day. Returns the new drafts.
 * @example openingsAtPlaces(page, drafts, mentions, placeIn) // [{ startDay: 14 Nov, location: { name: 'Maison Folie de Wazemmes' } }]
 */
export function openingsAtPlaces(page: PageText, drafts: readonly Draft[], mentions: readonly DateMention[], placeIn: (s: Span) => EventLocation | undefined): Draft[] {
  const out: Draft[] = [];
  for (const host of drafts) {
    if (!host.endDay || host.rangeKind === 'series' || daysBetween(host.startDay, host.endDay) < OPENED_SPAN_DAYS - 1) continue;
    if (drafts.some((d) => d !== host && !d.endDay && daysBetween(host.startDay, d.startDay) === 0)) continue;
    const to = Math.min(page.text.length, host.pos + OPENED_REACH);
    // (Plain word test first, with no lookbehind: most pages tell no opening.)
    if (!OPENS_WORD.test(page.folded.slice(0, to))) continue;
    for (let s = sentenceAt(page, 0), n = 0; s.start < to && s.end > s.start && n < MAX_OPENING_SENTENCES; s = sentenceAt(page, s.end + 1), n++) {
      const folded = page.folded.slice(s.start, s.end);
      // (The span's own sentence, "The festival opens from 15 to 21 June at the Town Hall", says when it runs, not a gathering of its start.)
      const ownSentence = [host.pos, ...(host.alsoAt ?? [])].some((p) => p >= s.start && p < s.end) || mentions.some((m) => m.range && m.start >= s.start && m.start < s.end);
      if (!ownSentence && OPENS_WORD.test(folded) && (OPENS_VERB.test(folded) || OPENING.test(folded)) && !SIGN_UP.test(folded) && !otherDay(mentions, s, host)) {
        const venue = placeIn(s);
        if (venue && (venue.name || venue.address)) {
          out.push(openingDraft(page, host, s, venue));
          break;
        }
      }
      if (s.end >= to) break;
    }
  }
  return out;
}

/** At most this many sentences are read for a span's opening (documented cap). */
const MAX_OPENING_SENTENCES = 60;

/**
 * A date in the span that names another day than the span's first (its own span said again is none, nor a weekday read against
 * the posting day that is the span's first day's weekday: "Sie wird am Montag ... eröffnet").
 */
function otherDay(mentions: readonly DateMention[], s: Span, host: Draft): boolean {
  const weekday = weekdayOf(host.startDay);
  return mentions.some((m) => m.start >= s.start && m.start < s.end && !m.range
    && !(m.relative && m.days[0]?.y !== undefined && weekdayOf(m.days[0] as RefDay) === weekday)
    && m.days.some((x) => x.m !== host.startDay.m || x.d !== host.startDay.d));
}

const weekdayOf = (d: RefDay) => new Date(Date.UTC(d.y, d.m - 1, d.d)).getUTCDay();

/** The opening told at `venue`: a gathering of the week's first day, without the week's end. */
function openingDraft(page: PageText, host: Draft, s: Span, venue: EventLocation): Draft {
  const { endDay: _e, rangeKind: _r, ...day } = host;
  return ownGatheringDraft(page, day, s, venue);
}
