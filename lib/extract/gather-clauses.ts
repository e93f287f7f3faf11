/**
 * Another gathering of a dated day, said without a date or an hour of its own, in two shapes:
 *
 * - a clause joined to the day's sentence by an additive link ("ainsi que", "as well as", "sowie", "nonché",
 *   "así como") that names its own thing at its own place: "Dès le vendredi 14 juin, des ateliers débutent à La
 *   Grenze, ainsi que des tournois au CAES de Lingolsheim";
 * - a later sentence, before the page's next date, that says it is the same day ("le soir même", "the same evening",
 *   "am selben Abend", "quella sera stessa", "esa misma tarde") or opens with a part of the day or a word of sequence
 *   ("Am Abend", "In the afternoon", "Nel pomeriggio", "Por la tarde", "Ensuite", "A seguire"), naming a gathering
 *   at another place: "A seguire, inaugurazione del negozio solidale in piazza Garibaldi".
 *
 * A later sentence that opens with the day's weekday and "also" ("Sempre domenica, a Vernasca, ...", "Also on Sunday, ...") tells
 * another gathering of that day in another town, at another place, or at none said.
 *
 * A later sentence that opens by naming the day again ("The same day, noon-3pm, ...") is read by gather-same-day.ts, with its
 * hours, and also beside a day whose place is unknown. A plain "and" with a part of the day ("y, por la tarde, ...", "and in the
 * evening ...") opens a clause of the first shape.
 *
 * Each is a gathering of its own only at a place other than the day's (and the others'): one place's parts are one
 * gathering's programme, a meal or a break inside a day is that day's, and a clause that only adds a place ("ainsi
 * qu'au théâtre") is the same gathering held in two rooms. Hours said in these sentences are later-gathering.ts's.
 */
import type { CueIndex } from './cue-index.ts';
import type { DateMention } from './dates.ts';
import type { Draft, PlaceIndex } from './draft.ts';
import { HELD, sameName } from './later-gathering.ts';
import { lowerBound } from './sorted.ts';
import { sentenceAt, type PageText, type Span } from './text.ts';
import { BAD_WEATHER, placeByWords } from './gather-place.ts';
import { DAY_CLOSE_AT, DAY_CLOSE_WORD } from './gather-day-close.ts';
import { LookbehindScan } from './lookbehind-scan.ts';
import { afterRest } from './gather-after.ts';
import { opensWithSameDay, SAME_DAY, sameDayGathering } from './gather-same-day.ts';
import { WEEKDAY_NUMBER } from './vocabulary.ts';
import type { TimeMention } from './times.ts';
import { ownGatheringDraft } from './gather-own-draft.ts';
import { programmeColon } from './gather-colon.ts';
import { daysBetween } from './year.ts';
import { GOES_ON } from './merge.ts';

/** How far after the day's sentence a later gathering may be said (characters). */
const REACH = 2500;
/** At most this many other gatherings per dated day (documented cap). */
const MAX_MORE = 3;
/** At most this many sentences are read after a day's mention (documented cap). */
const MAX_SENTENCES = 12;

/**
 * Links of sequence between two things of one sentence (folded), five languages: "..., followed by a dinner at the Grange Hall",
 * "suivi d'un bal à la salle des fêtes", "gefolgt von einem Fest im Schlachthof", "seguito da una cena presso il Centro Giovani",
 * "seguido de una cena en el Centro Cívico", and after a comma "..., then", "puis", "anschließend", "poi", "luego". The thing
 * after one is a gathering of its own only at a place of its own (below): one place's next item is its programme.
 */
const FOLLOWED = String.raw`(?:,\s*|\s)(?:followed|suivie?s?|gefolgt|seguit[oaie]|seguid[oa]s?)(?![\p{L}])\s*|,\s*(?:(?:and|et|und|e|y)\s+)?(?:then|afterwards|puis|ensuite|anschlie(?:ss|ß)end|danach|poi|luego|despues(?! de))(?![\p{L}])\s*`;
/** Additive links between two things of one sentence (folded), five languages. Plain "and" is not one: it joins a gathering's parts. */
const ALSO = new RegExp(String.raw`(?:,\s*|\s)(?:(?:ainsi|de meme) qu(?:e\s+|['’])|(?:as well as|alongside|sowie|ebenso wie|nonche|cosi come|come pure|asi como|al igual que|ademas de)\s+)|${FOLLOWED}`, 'gu');
/** The plain words of those links, to skip a sentence without one cheaply. */
const ALSO_WORD = /ainsi qu|de meme qu|as well as|alongside|sowie|ebenso wie|nonche|cosi come|come pure|asi como|al igual que|ademas de|followed|suivi|gefolgt|seguit|seguid|then|puis|ensuite|anschlie|danach|poi|luego|despues/;
/** A plain "and" or "or" and an article or partitive that opens a new thing (folded), five languages. */
const JOINED_THING = /(?<![\p{L}])(?:and|or|et|ou|und|oder|e|ed|o|oppure|y|e|o|u)\s+(?:a|an|the|un|une|des|du|de la|de l'|de|ein|eine|einen|einem|einer|uno|una|un'|dei|delle|degli|del|unos|unas|el|los|las)\s+/gu;
/**
 * A plain "and" and a part of the day that opens the day's next thing (folded), five languages: "..., y, por la tarde, con la
 * Oración en la ermita", "and in the evening a concert at the Old Mill", "et le soir un bal à la salle des fêtes", "und am Abend
 * ein Konzert in der Stadthalle", "e in serata una cena presso la Casa del Popolo".
 */
const JOINED_PART = /(?:(?<![\p{L}])(?:and|et|und|e|ed|y)|[;,])\s*,?\s*(?:in the (?:morning|afternoon|evening)|le (?:matin|soir)|l'apres-midi|en soiree|am (?:vormittag|nachmittag|abend)|vormittags|abends|nachmittags|la mattina|al mattino|nel pomeriggio|in serata|la sera|por la (?:manana|tarde|noche)|en la (?:manana|tarde|noche))(?![\p{L}])\s*,?\s*/gu;
/** A comma, "and", then a place preposition (folded), five languages: where a coordinated clause opens with its place. */
const PLACE_CLAUSE = /,\s*(?:and|et|und|e|ed|y)\s+(?=(?:at|in|on|a|au|aux|dans|en|im|in der|in dem|am|auf dem|auf der|nel|nella|nei|al|alla|presso|en el|en la|en los)\s)/gu;
/**
 * "and"/"or", a partitive at most, one or two words and a place preposition (folded): a second thing said with the first one's noun
 * left out, "ou de football au stade de l'Ill", "y de fútbol en el estadio El Alcoraz", "e di calcio allo stadio Tardini",
 * "and football at the Hyde Park Pavilion", "und Fußball im Sportzentrum Nord".
 */
const JOINED_BARE = /(?<![\p{L}])(?:and|or|et|ou|und|oder|e|o|y|u)\s+(?:(?:de|di|du|des|del|de la|dello|della)\s+)?(?=[\p{L}'’-]+(?:\s+[\p{L}'’-]+)?\s+(?:au|aux|a la|a l'|dans le|dans la|en el|en la|en los|al|alla|allo|nel|nella|presso|at the|in the|im|in der|auf dem|auf der)\s)/gu;
/** "and" or a semicolon, then a place or hour preposition (folded), five languages. */
const AND_AT = /(?:(?<![\p{L}])(?:and|et|und|e|ed|y)\s+|;\s*)(?=(?:in|at|a|au|en|nach|um|ab|alle|dalle|a las|de las|des)\s)/gu;
/** How near after "and"/"or" the joined thing's event word stands (characters). */
const THING_CHARS = 40;
/** A clause that begins with a place; English "a" is the article of a thing: "and in the evening a concert at the Old Mill". */
const placeFirst = (text: string, language: string) => PLACE_FIRST.test(text) && !(language === 'en' && /^a\s/u.test(text));
/** A clause that begins with a place, not a thing: "ainsi qu'au théâtre", "as well as at the library", "sowie im Rathaus". */
const PLACE_FIRST = /^(?:a|à|au|aux|a la|en|dans|at|in|on|im|in der|in dem|am|an der|auf|bei|beim|presso|in|nel|nella|nei|al|alla|en el|en la|en los|sur)\b/u;
/**
 * The next stage of one day, a stop of a visit or a second part told as its own ("Deuxième étape de la journée, une table
 * ronde ...", "Second stop: ...", "Zweite Station war ...", "Seconda tappa a ...", "Segunda parada, ..."), folded.
 */
const STAGE = String.raw`(?:(?:deuxieme|seconde|troisieme|derniere|autre|second|third|next|last|another|zweite|dritte|nachste|letzte|seconda|terza|ultima|prossima|altra|segunda|tercera|ultima|siguiente|otra)\s+(?:etape|stop|station|tappa|etapa|parada|visita|visite|visit|rendez-vous|appuntamento|cita))`;
/** A sentence that opens with a part of the day or a word of sequence. */
const OPENS = new RegExp(String.raw`^[\s\W]*(?:in the (?:morning|afternoon|evening)|in the late afternoon|afterwards|after that|later|then|le matin|l'apres-midi|le soir|en soiree|en fin (?:de journee|d'apres-midi)|ensuite|puis|par la suite|am (?:vormittag|nachmittag|abend)|abends|nachmittags|anschlie(?:ss|ß)end|danach|im anschluss|la mattina|al mattino|nel pomeriggio|in serata|la sera|a seguire|in seguito|successivamente|subito dopo|por la manana|por la tarde|por la noche|a continuacion|despues|luego|seguidamente)(?![\p{L}])(?!\s+(?:a|al|alla|allo|ai|agli|alle|de|del|di|della|dello|the|dem|der|den|la|le|les)(?![\p{L}]))|^[\s\W]*${STAGE}(?![\p{L}])`, 'u');
/**
 * Meals and breaks inside a day (folded): a lunch or a coffee break is part of the day's gathering, not one of its own.
 * (Shared dinners and aperitifs open to all are gatherings of their own; those stay out of this list.)
 */
const MEAL = /(?<![\p{L}])(?:lunch|breakfast|coffee break|break|pause(?: cafe| dejeuner)?|dejeuner|petit-dejeuner|repas|mittagessen|mittagspause|fruhstuck|kaffeepause|pranzo|colazione|pausa(?: pranzo| caffe)?|rinfresco|buffet|almuerzo|desayuno|comida|descanso)(?![\p{L}])/u;

/** The event nouns of a span that are not meals or breaks. */
function gatheringNoun(page: PageText, s: Span, cues: CueIndex): boolean {
  if (!cues.noun(s)) return false;
  // (A meal alone: the clause's event word is the meal's; a clause naming something else besides still counts.)
  const text = page.folded.slice(s.start, s.end);
  return !MEAL.test(text) || cues.noun({ start: s.start, end: s.start + text.search(MEAL) }) || cues.noun({ start: s.start + text.search(MEAL) + (MEAL.exec(text)?.[0].length ?? 0), end: s.end });
}

/**
 * Adds, for each single dated day whose gathering has a known place, the gatherings its sentence's additive clauses and
 * its later same-day sentences hold at other places. Returns the new drafts.
 * @example moreGatheringsOfDay(page, drafts, times, mentions, places, cues) // [{ location: { name: 'CAES de Lingolsheim' }, ... }]
 */
export function moreGatheringsOfDay(page: PageText, drafts: readonly Draft[], times: readonly TimeMention[], mentions: readonly DateMention[], places: PlaceIndex, cues: CueIndex, language: string): Draft[] {
  const out: Draft[] = [];
  // (A place the venue lists know, else one named by words alone after a place preposition: gather-place.ts.)
  const placeIn = (s: Span) => places.venueIn(page.text, s) ?? placeByWords(page, s, cues, language);
  const timeStarts = times.map((t) => t.start);
  const mentionStarts = mentions.map((m) => m.start);
  for (const d of drafts) {
    if (d.daySession || (d.endDay && daysBetween(d.startDay, d.endDay) > 0)) continue;
    // (A day with no known place of its own: only a sentence that names the day again can tell another gathering from it.)
    const placed = !!d.location?.name || !!d.location?.address;
    const seen: Array<NonNullable<Draft['location']>> = placed ? [d.location!] : [];
    const other = (v: Draft['location']) => !!v && (!!v.name || !!v.address) && !seen.some((x) => sameName(v.name, x.name) || sameName(v.address, x.address) || sameName(v.name, x.address) || sameName(v.address, x.name));
    let found = 0;
    for (const at of [d.pos, ...(d.alsoAt ?? [])]) {
      if (found >= MAX_MORE) break;
      const own = sentenceAt(page, at);
      // (1) Additive clauses after the date in its own sentence.
      // (A day with only its town known is read for a second town only, which needs two hours after the date.)
      const clauses = placed || (d.location?.city && hoursFrom(timeStarts, at, own.end) >= 2) ? alsoClauses(page, own, at, cues) : [];
      // ("... at the Central Library: in the morning, talks; in the afternoon, workshops in Room 2": after a colon that follows the
      // day's place, the clauses are that gathering's programme, its rooms included.)
      const programmeFrom = programmeColon(page, own, at, d);
      for (const clause of clauses) {
        if (found >= MAX_MORE) break;
        if (clause.start > programmeFrom) break;
        // (A clause with a date of its own, "et un séminaire (les 19 et 20 juin ...)", is that date's.)
        // ("seguido a las 19:00 de una cena": the clause's words after a leading hour say whether it opens with a place.)
        // (A clause that opens with a place is the same gathering in a second room, "ainsi qu'au théâtre", unless it names a
        // thing of its own there: "..., y en la plaza Mayor, el grupo X ofrecerá un concierto".)
        // (A clause with an hour of its own is another gathering only at a later hour than the day's, when no draft reads it yet:
        // "un atelier à 10h à la Maison des associations, suivi d'un bal à 19h à la salle Molière".)
        const hour = hasTime(timeStarts, clause) ? laterHour(times, timeStarts, clause, d, drafts) : undefined;
        if (hour === null || otherDayIn(mentions, mentionStarts, clause, d)) continue;
        const words = afterLeadingHour(times, timeStarts, clause);
        const leadsWithPlace = placeFirst(page.folded.slice(words, words + 24).trimStart().slice(0, 12), language);
        if (leadsWithPlace && !hour && !gatheringNoun(page, clause, cues)) continue;
        // (A meal joined to the day, "ainsi qu'un déjeuner au restaurant", is the day's.)
        if (MEAL.test(page.folded.slice(clause.start, clause.end)) && !gatheringNoun(page, clause, cues)) continue;
        // (A place for bad weather, "ou, en cas de pluie, à la salle des fêtes", is the same gathering's.)
        if (BAD_WEATHER.test(page.folded.slice(own.start, own.end))) break;
        // ("Le réseau se réunit à Lyon à 10h et à Grenoble à 15h": another town at a later hour is a second session, whatever it is.)
        if (hour && !placed) {
          const town = places.cityIn(clause);
          if (!town?.city || !d.location?.city || sameName(town.city, d.location.city)) continue;
          if (d.endTime === hour.from) delete d.endTime;
          out.push(ownGatheringDraft(page, d, clause, town, hour));
          found++;
          continue;
        }
        if (!placed) continue;
        const venue = placeIn(clause);
        // (The day took the place of a clause that opens with it, the last one its sentence names: "El viernes 13, la plaza de Navarra
        // acogerá una feria, y en el parque Miguel Servet ... un concierto". The place named before the clause is the day's own; one
        // no list knows, "la plaza de Navarra acogerá", leaves the day its town. A place said after a clause's thing, "une conférence,
        // suivie d'un débat, à la Maison X", is the whole sentence's.)
        if (venue && leadsWithPlace && seen.length === 1 && !other(venue)) {
          const head = { start: own.start, end: clause.start };
          const before = placeIn(head);
          if (before ? !other(before) : !gatheringNoun(page, head, cues)) continue;
          const town = { ...(d.location?.city ? { city: d.location.city } : {}), ...(d.location?.country ? { country: d.location.country } : {}) };
          d.location = before ? { ...before, ...town } : town.city ? town : undefined;
          seen.length = 0;
          if (d.location?.name || d.location?.address) seen.push(d.location);
        } else if (!other(venue)) continue;
        if (hour && d.endTime === hour.from) delete d.endTime;
        out.push(ownGatheringDraft(page, d, clause, venue!, hour));
        seen.push(venue!);
        found++;
      }
      // (2) Later sentences of the same day, up to the page's next date.
      const next = mentions[lowerBound(mentionStarts, own.end)];
      const limit = Math.min(next ? sentenceAt(page, next.start).start : page.text.length, own.end + REACH);
      // (Another draft in between is the page's own reading of what follows.)
      const stop = drafts.reduce((a, o) => (o !== d && o.pos >= own.end && o.pos < a ? o.pos : a), limit);
      // (Only the sentences a same-day word or an opener starts are read: found in the region's text, not sentence by sentence.)
      // ("Sabato 10 giugno ... la Festa dei Popoli ... giovedì 25 maggio ... Sabato mattina si svolgerà un torneo ... presso i campi
      // Mivida": the day's weekday with a part of the day names the day again, past other dates, up to another draft of that weekday.)
      const weekday = new Date(Date.UTC(d.startDay.y, d.startDay.m - 1, d.startDay.d)).getUTCDay();
      const sameWeekday = drafts.reduce((a, o) => (o !== d && o.pos >= own.end && o.pos < a && weekdayOf(o) === weekday ? o.pos : a), Math.min(page.text.length, own.end + REACH));
      // ("Also on Saturday, a football tournament ...", "Sempre sabato si svolgerà ...": the weekday named again with "also".)
      const alsoLed = alsoWeekdaySentences(page, own.end, sameWeekday, weekday);
      const candidates = [...candidateSentences(page, own.end, stop), ...weekdaySentences(page, own.end, sameWeekday, weekday, stop), ...alsoLed];
      for (const s of candidates) {
        if (found >= MAX_MORE) break;
        const folded = page.folded.slice(s.start, s.end);
        const weekdayLed = s.start >= stop || alsoLed.includes(s);
        if (BAD_WEATHER.test(folded)) continue;
        // ("The same day, noon-3pm, sees a lunch with dancing at St Mary's Centre", "Am selben Abend um 19 Uhr ...": a sentence
        // that opens by naming the day again is another gathering of it, with its own hours: gather-same-day.ts.)
        // (So does one that names the day again further on, with an hour of its own: "Le festival ouvrira ses portes le même jour à 16h
        // sur la place Bellecour", after a press conference that presents it.)
        if (!weekdayLed && (opensWithSameDay(folded) || (holds(SAME_DAY_AT, folded) && hasTime(timeStarts, s)))) {
          // (Its hour read already as a later gathering of the day, later-gathering.ts: that reading stands.)
          if (drafts.some((o) => o.pos >= s.start && o.pos < s.end)) continue;
          const more = sameDayGathering(page, d, s, times, timeStarts, cues, placeIn, other);
          if (!more || otherDayIn(mentions, mentionStarts, s, d)) continue;
          // (A page of one event took that hour for its end: it is the other gathering's start.)
          const hour = times.find((t) => t.start >= s.start && t.start < s.end && t.from === more.startTime);
          if (hour && endReadFrom(times, hour, s, d)) delete d.endTime;
          out.push(more);
          if (more.location && (more.location.name || more.location.address)) seen.push(more.location);
          found++;
          continue;
        }
        // ("Sempre domenica, a Vernasca, si svolgerà la marcia ...", "Also on Sunday, a fun run will take place ...": the weekday named
        // again with "also" tells another gathering of that day, in another town, at another place or at none said; not the day's
        // own gathering going on, "Sempre sabato il laboratorio proseguirà ...", nor one at the day's place or in the day's town.)
        if (alsoLed.includes(s)) {
          const hour = hasTime(timeStarts, s) ? laterHour(times, timeStarts, s, d, drafts) : undefined;
          if (hour === null || GOES_ON.test(folded) || !HELD.test(folded) || !gatheringNoun(page, s, cues) || otherDayIn(mentions, mentionStarts, s, d)) continue;
          const venue = placeIn(s);
          const town = venue ? undefined : places.cityIn(s);
          if (venue ? !other(venue) : town?.city && d.location?.city && sameName(town.city, d.location.city)) continue;
          out.push(ownGatheringDraft(page, d, s, venue ?? (town?.city ? town : undefined), hour));
          if (venue) seen.push(venue);
          found++;
          continue;
        }
        if (!placed) continue;
        // ("Nach dem Vortrag findet ein Konzert im Kulturzentrum statt": after "after the X", only the words past the X tell the next
        // thing and its place, gather-after.ts.)
        const rest = afterRest(folded);
        const next = rest >= 0 ? { start: s.start + rest, end: s.end } : s;
        if (!(weekdayLed || rest >= 0 || holds(SAME_DAY_AT, folded) || holds(DAY_CLOSE_SCAN, folded) || opensGathering(page, s, folded, cues)) || hasTime(timeStarts, s) || !gatheringNoun(page, next, cues)) continue;
        if ((weekdayLed || rest >= 0) && (!HELD.test(folded) && rest < 0 || otherDayIn(mentions, mentionStarts, s, d))) continue;
        const venue = placeIn(next);
        if (!other(venue)) continue;
        out.push(ownGatheringDraft(page, d, s, venue!));
        seen.push(venue!);
        found++;
      }
    }
  }
  return out;
}


/** A date in the span that names another day than the draft's (the weekday read as a date of that same day is no other). */
function otherDayIn(mentions: readonly DateMention[], starts: readonly number[], s: Span, d: Draft): boolean {
  for (let k = lowerBound(starts, s.start); k < mentions.length && mentions[k]!.start < s.end; k++) {
    const day = mentions[k]!.days[0];
    if (!day || day.m !== d.startDay.m || day.d !== d.startDay.d) return true;
  }
  return false;
}

const weekdayOf = (d: Draft) => new Date(Date.UTC(d.startDay.y, d.startDay.m - 1, d.startDay.d)).getUTCDay();

/** The weekday written in full, then a part of the day: "Sabato mattina", "Samedi soir", "On Saturday evening", "El sábado por la tarde". */
const WEEKDAY_PART = /(?:^|[.!?\n])\s*(?:(?:on|le|el|il|am)\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunedi|martedi|mercoledi|giovedi|venerdi|sabato|domenica|lunes|martes|miercoles|jueves|viernes|sabado|domingo)\s*,?\s*(?:mattina|mattino|pomeriggio|sera|matin|apres-midi|soir|morning|afternoon|evening|night|por la (?:manana|tarde|noche)|a la (?:manana|tarde|noche))(?![\p{L}])/gu;

/** The weekday names written in full (folded), five languages. */
const FULL_WEEKDAY_NAMES = 'monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lunedi|martedi|mercoledi|giovedi|venerdi|sabato|domenica|lunes|martes|miercoles|jueves|viernes|sabado|domingo';
/** The weekday names written in full, by day of the week (0 = Sunday). */
const FULL_WEEKDAYS: string[][] = Array.from({ length: 7 }, (_, n) => [...WEEKDAY_NUMBER].filter(([w, k]) => k === n && w.length > 3).map(([w]) => w));

/**
 * The sentences from `stop` (past the day's own region: within it, openers are read already) to `to` that open with the
 * day's weekday and a part of the day.
 */
function weekdaySentences(page: PageText, from: number, to: number, weekday: number, stop: number): Span[] {
  const start = Math.max(from, stop);
  if (to <= start) return [];
  const region = page.folded.slice(start, to);
  const out: Span[] = [];
  // (Plain word test first: the region must hold one of the day's weekday names at all.)
  if (!FULL_WEEKDAYS[weekday]!.some((w) => region.includes(w))) return out;
  WEEKDAY_PART.lastIndex = 0;
  for (let m = WEEKDAY_PART.exec(region); m && out.length < MAX_MORE; m = WEEKDAY_PART.exec(region)) {
    if (WEEKDAY_NUMBER.get(m[1]!) !== weekday) continue;
    const s = sentenceAt(page, start + m.index + m[0].length - 1);
    if (s.start >= start && !out.some((o) => o.start === s.start)) out.push(s);
  }
  return out;
}

/** Words of "also" (folded), five languages. */
const ALSO_DAY = '(?:also|aussi|egalement|de meme|ebenfalls|auch|anche|sempre|inoltre|tambien|asimismo|igualmente)';
/** The weekday written in full with "also" before or after it, at a sentence's start: "Also on Saturday", "Samedi également", "Ebenfalls am Samstag", "Sempre sabato", "También el sábado". */
const WEEKDAY_ALSO = new RegExp(String.raw`(?:^|[.!?
])\s*(?:${ALSO_DAY}\s*,?\s+(?:on\s+|le\s+|am\s+|el\s+|il\s+)?(${FULL_WEEKDAY_NAMES})|(?:on\s+|le\s+|am\s+|el\s+|il\s+)?(${FULL_WEEKDAY_NAMES})\s*,?\s+${ALSO_DAY})(?![\p{L}])`, 'gu');

/** The sentences from `from` to `to` that open with the day's weekday and "also", each once. */
function alsoWeekdaySentences(page: PageText, from: number, to: number, weekday: number): Span[] {
  if (to <= from) return [];
  const region = page.folded.slice(from, to);
  const out: Span[] = [];
  if (!FULL_WEEKDAYS[weekday]!.some((w) => region.includes(w))) return out;
  WEEKDAY_ALSO.lastIndex = 0;
  for (let m = WEEKDAY_ALSO.exec(region); m && out.length < MAX_MORE; m = WEEKDAY_ALSO.exec(region)) {
    if (WEEKDAY_NUMBER.get((m[1] ?? m[2])!) !== weekday) continue;
    const s = sentenceAt(page, from + m.index + m[0].length - 1);
    if (s.start >= from && !out.some((o) => o.start === s.start)) out.push(s);
  }
  return out;
}

/** How near after an opening part of the day a gathering said with no verb is named: "A seguire, inaugurazione del ...". */
const NOUN_NEAR = 30;

/**
 * A sentence that opens with a part of the day or a word of sequence and says a gathering is held there ("Am Abend findet
 * ... statt"), or names it straight after the opener with no verb ("Le soir, concert au ..."); an afternoon's further items
 * ("Nel pomeriggio sono previste le testimonianze ...") are the day's programme.
 */
function opensGathering(page: PageText, s: Span, folded: string, cues: CueIndex): boolean {
  const open = OPENS.exec(folded);
  if (!open) return false;
  return HELD.test(folded) || cues.noun({ start: s.start + open[0].length, end: Math.min(s.end, s.start + open[0].length + NOUN_NEAR) });
}

// (Both searched body first, lookbehind-scan.ts: the lookbehind that opens them is otherwise tried at every position of the text.)
const SAME_DAY_AT = new LookbehindScan(new RegExp(SAME_DAY.source, 'gu'));
const DAY_CLOSE_SCAN = new LookbehindScan(DAY_CLOSE_AT);

/** True when `scan` matches anywhere in `text` (as the pattern's test). */
function holds(scan: LookbehindScan, text: string): boolean {
  scan.lastIndex = 0;
  return scan.exec(text) !== null;
}
/** A word of an opener at a sentence's start in a region (the sentence is then checked whole). */
const OPENER_AT = /(?:^|[.!?\n])\s*[^\s\p{L}]{0,3}\s*(?:in the|after|following|apres|a l'issue|nach|im anschluss|dopo|al termine|tras|al termino|afterwards|after that|later|then|le matin|l'apres-midi|le soir|en soiree|en fin|ensuite|puis|par la suite|am|abends|nachmittags|anschlie|danach|im anschluss|la mattina|al mattino|nel pomeriggio|in serata|la sera|a seguire|in seguito|successivamente|subito dopo|por la|a continuacion|despues|luego|seguidamente|deuxieme|seconde|troisieme|derniere|autre|second|third|next|last|another|zweite|dritte|nachste|letzte|seconda|terza|ultima|prossima|altra|segunda|tercera|siguiente|otra)(?![\p{L}])/gu;

/** The sentences between `from` and `to` that an opener starts or that hold a same-day word, in order, each once. */
function candidateSentences(page: PageText, from: number, to: number): Span[] {
  if (to <= from) return [];
  const region = page.folded.slice(from, to);
  const at: number[] = [];
  OPENER_AT.lastIndex = 0;
  for (let m = OPENER_AT.exec(region); m && at.length < MAX_SENTENCES; m = OPENER_AT.exec(region)) at.push(from + m.index + m[0].length - 1);
  SAME_DAY_AT.lastIndex = 0;
  for (let m = SAME_DAY_AT.exec(region); m && at.length < 2 * MAX_SENTENCES; m = SAME_DAY_AT.exec(region)) at.push(from + m.index);
  // ("La jornada se cerrará con un concierto en la plaza": the day's last thing, gather-day-close.ts.)
  // (Plain word test first: most regions name no day.)
  DAY_CLOSE_SCAN.lastIndex = 0;
  if (DAY_CLOSE_WORD.test(region)) for (let m = DAY_CLOSE_SCAN.exec(region); m && at.length < 3 * MAX_SENTENCES; m = DAY_CLOSE_SCAN.exec(region)) at.push(from + m.index);
  const out: Span[] = [];
  for (const p of at.sort((a, b) => a - b)) {
    const s = sentenceAt(page, p);
    if (s.start >= from && !out.some((o) => o.start === s.start)) out.push(s);
  }
  return out;
}

/** How many hours start from `from` to `to` (at most two are counted). */
function hoursFrom(timeStarts: readonly number[], from: number, to: number): number {
  const k = lowerBound(timeStarts, from);
  return (k < timeStarts.length && timeStarts[k]! < to ? 1 : 0) + (k + 1 < timeStarts.length && timeStarts[k + 1]! < to ? 1 : 0);
}

function hasTime(timeStarts: readonly number[], s: Span): boolean {
  const k = lowerBound(timeStarts, s.start);
  return k < timeStarts.length && timeStarts[k]! < s.end;
}

/** The clauses of a sentence after `from` that an additive link opens, each up to the next link or the sentence's end. */
function alsoClauses(page: PageText, s: Span, from: number, cues: CueIndex): Span[] {
  const text = page.folded.slice(Math.max(s.start, from), s.end);
  // (Plain word test first: most sentences hold no additive link.)
  if (!cues.noun(s)) return [];
  const base = Math.max(s.start, from);
  const starts: number[] = [];
  if (ALSO_WORD.test(text)) {
    ALSO.lastIndex = 0;
    for (let m = ALSO.exec(text); m && starts.length < MAX_MORE; m = ALSO.exec(text)) starts.push(base + m.index + m[0].length);
  }
  // ("des tournois de badminton au gymnase de la Musau ou de football au stade de l'Ill": a plain "and"/"or" that joins a
  // new thing, an event word straight after it, which the caller then finds at a place of its own.)
  JOINED_THING.lastIndex = 0;
  for (let m = JOINED_THING.exec(text); m && starts.length < 2 * MAX_MORE; m = JOINED_THING.exec(text)) {
    const at = base + m.index + m[0].length;
    if (cues.noun({ start: at, end: Math.min(s.end, at + THING_CHARS) })) starts.push(at);
  }
  // ("des tournois de badminton au gymnase X ou de football au stade Y": "and"/"or" before a thing whose noun is the first one's,
  // one or two words and then a place; the caller keeps it only at a place other than the day's.)
  JOINED_BARE.lastIndex = 0;
  for (let m = JOINED_BARE.exec(text); m && starts.length < 4 * MAX_MORE; m = JOINED_BARE.exec(text)) starts.push(base + m.index + m[0].length);
  // ("..., y en la plaza Mayor, el grupo X ofrecerá un concierto": a comma and "and" before a place open a clause; the caller keeps
  // it only when it names a thing of its own there.)
  PLACE_CLAUSE.lastIndex = 0;
  for (let m = PLACE_CLAUSE.exec(text); m && starts.length < 3 * MAX_MORE; m = PLACE_CLAUSE.exec(text)) starts.push(base + m.index + m[0].length);
  // ("à Lyon à 10h et à Grenoble à 15h", "um 10 Uhr in Kassel und um 15 Uhr in Fulda", "à 14h, ... à la médiathèque ; à 20h, ... au
  // cinéma": "and" or a semicolon before a place or an hour opens a clause; the caller keeps it only with an hour of its own and another place.)
  AND_AT.lastIndex = 0;
  for (let m = AND_AT.exec(text); m && starts.length < 4 * MAX_MORE; m = AND_AT.exec(text)) starts.push(base + m.index + m[0].length);
  // ("La jornada concluirá con una misa ... a las 12:00 y, por la tarde, con la Oración ... en la ermita de San Roque".)
  JOINED_PART.lastIndex = 0;
  for (let m = JOINED_PART.exec(text); m && starts.length < 3 * MAX_MORE; m = JOINED_PART.exec(text)) starts.push(base + m.index + m[0].length);
  starts.sort((a, b) => a - b);
  return starts.map((start, i) => ({ start, end: i + 1 < starts.length ? starts[i + 1]! : s.end }));
}

/**
 * The hour a clause gives its own gathering: its first start hour, when it comes after the day's start (and end) and no draft
 * has read it already; null when the clause's hours are none of that (the day's own, or read by later-gathering.ts).
 */
function laterHour(times: readonly TimeMention[], timeStarts: readonly number[], s: Span, d: Draft, drafts: readonly Draft[]): TimeMention | null {
  if (drafts.some((o) => o.pos >= s.start && o.pos < s.end)) return null;
  let k = lowerBound(timeStarts, s.start);
  while (k < times.length && times[k]!.start < s.end && times[k]!.role === 'end') k++;
  const t = k < times.length && times[k]!.start < s.end ? times[k]! : undefined;
  if (!t || d.startTime === undefined) return null;
  // (A page of one event took a second hour for its end: "à 10h ..., suivi d'un concert à 19h" reads 10:00-19:00 until the clause
  // shows the 19h is the concert's. An end said as one, "de 10h à 19h", or again elsewhere before the clause, stays the day's.)
  if (t.from <= Math.max(d.startTime, endReadFrom(times, t, s, d) ? 0 : d.endTime ?? 0)) return null;
  return t;
}

/** How far before its date the day's own hours may be said (characters). */
const OWN_HOURS_BEFORE = 200;

/**
 * True when the day's end is the start hour `t` of a later span `s` and nothing before `s` says it: a page of one event takes a
 * second hour for the end, "à 10h ..., suivi d'un concert à 19h", where "de 10h à 19h" or "10am to noon" would say an end.
 */
function endReadFrom(times: readonly TimeMention[], t: TimeMention, s: Span, d: Draft): boolean {
  return d.endTime === t.from && t.role !== 'end' && !times.some((x) => x !== t && x.start < s.start && x.start >= d.pos - OWN_HOURS_BEFORE && (x.to === t.from || x.from === t.from));
}

/** How near a clause's start an hour leads it (characters). */
const LEADING_HOUR_CHARS = 10;

/** Where a clause's words begin after an hour that leads it ("a las 19:00 de una cena"), else its start. */
function afterLeadingHour(times: readonly TimeMention[], timeStarts: readonly number[], s: Span): number {
  const k = lowerBound(timeStarts, s.start);
  const t = times[k];
  return t && t.start <= s.start + LEADING_HOUR_CHARS && t.end <= s.end ? t.end : s.start;
}

