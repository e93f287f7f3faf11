/**
 * One event per day: the same event is often named twice on a page ("on 12 April...",
 * "Date: 12/04/2019"), and a date inside an announced range is a day of that event.
 */
import type { Draft } from './draft.ts';
import { daysBetween } from './year.ts';
import { sameGatheringNamed } from './title.ts';
import { foldKeepLength } from '../relevance/index.ts';
import { twoDayParts } from './gather-day-parts.ts';
import { EVENT_NOUN } from './cues.ts';
import { sameName } from './later-gathering.ts';
import { opensWeek } from './gather-opening.ts';

function covers(d: Draft, other: Draft): boolean {
  // (The days first: most pairs of a page are days apart, and twoSessions reads both drafts' words.)
  const onDays = daysBetween(d.startDay, other.startDay) === 0
    || (!!d.endDay && daysBetween(d.startDay, other.startDay) >= 0 && daysBetween(other.startDay, d.endDay) >= 0);
  return onDays && !twoSessions(d, other);
}

/**
 * Two gatherings on one day at different hours stay two: listed under one day's heading, or
 * each named in its own words ("El 5 de mayo, a las 10:00, un taller de cocina. ... El 5 de mayo,
 * a las 18:00, un concierto ..."), apart on the page.
 */
function twoSessions(a: Draft, b: Draft): boolean {
  // ("esta mañana ... el primer acto" and "Esta tarde ... puertas abiertas": two parts of the day, gather-day-parts.ts.)
  if (twoDayParts(a, b)) return true;
  // ("Le lendemain, du volley-ball à l'école ..." and "Le lendemain, une cueillette au jardin ...": two kinds at two places.)
  if (twoKindsApart(a, b)) return true;
  if (a.startTime === undefined || b.startTime === undefined || a.startTime === b.startTime) return false;
  if (a.daySession && b.daySession) return true;
  const apart = a.span.end <= b.span.start || b.span.end <= a.span.start;
  // (Two short dated lines of a listing, each with its own hour, far apart: "samedi 15 décembre - 14h30 / Projection débat"
  // ... "samedi 15 décembre - 20h30 / Projection débat", two screenings under the same name.)
  if (apart && shortLine(a) && shortLine(b) && Math.abs(a.pos - b.pos) >= LISTING_GAP) return true;
  return apart && a.ownNoun && b.ownNoun && a.title !== b.title;
}

/**
 * Event words that say no kind: "event", "évènement", "Veranstaltung", "acto", "activity", "day", "journée", "programme" name any
 * gathering, so two of them, or one beside a kind, may be one gathering named twice (compared on KIND_LETTERS letters).
 */
const NO_KIND = /^(?:event|evenem|evento|eventi|verans|acto|actos|activi|attivi|jornad|giorna|journe|tag|day|progra)/;

/**
 * Two mentions of one day, apart on the page, each naming its own kind of gathering (not the same quoted name, not the same
 * title) at its own hour or its own place: two gatherings. (Two kinds alone are not enough: a page often calls one gathering
 * "the meeting" here and "the conference" there; nor are two spellings of one venue with one name, "“Fra noi” ... Palazzo
 * della Cultura" and "convegno “Fra noi” ... Palazzo Platamone".)
 */
function twoKindsApart(a: Draft, b: Draft): boolean {
  if (!a.ownNoun || !b.ownNoun || !(a.span.end <= b.span.start || b.span.end <= a.span.start)) return false;
  // (Cheapest first: most pairs of a page are one gathering's mentions, at one hour and one place.)
  if (!(a.startTime !== undefined && b.startTime !== undefined && a.startTime !== b.startTime)) {
    const placeA = ownPlace(a);
    const placeB = placeA && ownPlace(b);
    if (!placeB || sameName(placeA, placeB)) return false;
  }
  const ka = kindOf(a.text);
  const kb = ka && !NO_KIND.test(ka) ? kindOf(b.text) : undefined;
  if (!kb || ka === kb || NO_KIND.test(kb)) return false;
  const named = QUOTED.exec(a.text)?.[1];
  return !(named && named === QUOTED.exec(b.text)?.[1]) && !sameGatheringNamed(a.title, b.title);
}

/** A place named in two words at least, or an address: one common noun, "im Garten", "au jardin", may be any place's part. */
function ownPlace(d: Draft): string | undefined {
  const place = d.location?.address ?? d.location?.name;
  return place && /\S\s+\S/u.test(place.trim()) ? place : undefined;
}

/** How far apart two dated lines of one day must stand to be two entries of a listing (characters). */
const LISTING_GAP = 120;
/** A dated line of its own with its hour: "samedi 15 décembre - 14h30", "Do, 14.03. | 18:00 Uhr". */
const shortLine = (d: Draft) => d.text.trim().length <= 40 && !d.text.includes('\n') && /\d{1,2}\s*(?:[:h.]\s*\d{2}|h|uhr|ore|horas?)/iu.test(d.text.slice(-20));

/** Words of a close: "Closing on Friday at 17h", "clôture", "chiusura", "clausura", "Abschluss", "ends". */
const CLOSES = /(?<![a-z])(?:closing|close|closes|ends?|cloture|clotur[a-z]*|fin|chiusura|conclusion[ei]?|termine|clausura|cierre|abschluss|ende|endet)(?![a-z])/;

/** At most this many other mentions of a day are kept (documented cap). */
const MAX_ALSO_AT = 8;

function absorb(into: Draft, from: Draft): void {
  // (The same single day dated again elsewhere, "am letzten Sonntag" in a report and "am Sonntag, den 25. September, um 14:30 Uhr"
  // in the announcement below it: what follows each mention may hold another gathering of that day, later-gathering.ts.)
  if (!into.endDay && !from.endDay && from.pos !== into.pos && daysBetween(into.startDay, from.startDay) === 0) {
    into.alsoAt = [...(into.alsoAt ?? []), from.pos, ...(from.alsoAt ?? [])].slice(0, MAX_ALSO_AT);
  }
  if (into.startTime === undefined && from.startTime !== undefined && daysBetween(into.startDay, from.startDay) === 0) {
    into.startTime = from.startTime;
    // (The first day's hours, "prima giornata (31 gennaio, dalle 15 alle 19)", do not end a span of days.)
    // (Unless the hours are those of the same span of days, "dal 28 al 29 ottobre, dalle 9 alle 18": its last day ends then.)
    const sameSpan = !!into.endDay && !!from.endDay && daysBetween(into.endDay, from.endDay) === 0;
    if (from.endTime !== undefined && (sameSpan || !(into.endDay && daysBetween(into.startDay, into.endDay) > 0))) into.endTime ??= from.endTime;
  }
  // (A last day learnt from another mention: an end time read for the first day is not the last day's.)
  if (!into.endDay && from.endDay) [into.endDay, into.endTime] = [from.endDay, from.endTime];
  // "Closing on Friday 24 March at 17h", "Venerdì 15 marzo, dalle 9.30 alle 13": a time
  // on the last day of a range is its end, over the first day's closing time.
  const onLastDay = into.endDay && daysBetween(into.startDay, into.endDay) > 0 && daysBetween(into.endDay, from.startDay) === 0;
  // (The last day's first hour alone, "Martes 26 / 09:00 Acreditación ...", opens that day's programme: no end is said.)
  if (into.endDay && from.startTime !== undefined && daysBetween(into.endDay, from.startDay) === 0 && (into.endTime === undefined || onLastDay)
    && (from.endTime !== undefined || CLOSES.test(foldKeepLength(from.text)))) {
    into.endTime = from.endTime ?? from.startTime;
  }
  into.timeZone ??= from.timeZone;
  // (A mention that names the venue, "um 8.30 Uhr auf dem Parkplatz P9", over one that gave only a town, "Stuttgart-Lauf am 26. September".)
  // (A country named as the place, "in Italia", is no venue.)
  const named = (l: Draft['location']) => !!l?.address || (!!l?.name && !(l.country && !l.city && !/\s/.test(l.name)));
  if (!named(into.location) && named(from.location)) into.location = from.location!.city || !into.location?.city ? from.location : { ...from.location, city: into.location.city, ...(into.location.country ? { country: into.location.country } : {}) };
  into.location ??= from.location;
  if (!into.mode || (into.mode === 'in-person' && from.mode && from.mode !== 'in-person')) into.mode = from.mode ?? into.mode;
  if (!into.ownTitle && from.ownTitle) [into.title, into.ownTitle] = [from.title, true];
  into.phrase ??= from.phrase;
  into.links = { ...from.links, ...into.links };
  into.score = Math.max(into.score, from.score);
  into.labelled ||= from.labelled;
  into.explicitYear ||= from.explicitYear;
  if (into.status === 'scheduled') into.status = from.status;
}

/**
 * A day of an umbrella (a week or a festival of three days or more) whose own words name a
 * gathering with its own time or venue, in another sentence: an event of its own as well
 * ("No me llames extranjero, del 15 al 18 de diciembre" and "el martes 18 de diciembre una
 * jornada ... en el Club La Provincia desde las 18.30").
 */
function subEvent(host: Draft, d: Draft): boolean {
  if (!host.endDay || (d.span.start < host.span.end && d.span.end > host.span.start)) return false;
  // ("conciertos del 7 al 15 ... Le seguirá el día 8 Miguel Ríos": a day of the programme named on its own.)
  if (d.programmeDay) return true;
  // Two spans of days with other bounds are two things: a town's fortnight inside the nation's
  // week, an exhibition beside the festival (the same span said twice has the same bounds).
  // (Two named things over the same days, "“África e Infancia” (del 20 al 25)" and "“Anantapur” (del 20 al 25)", too; two titles
  // alone are not enough: "Event 1.- Venue: Ghent from 17th to 20th June" and "... in Ghent from 17th to 20th June" title one
  // gathering from a list line and from prose.)
  if (d.endDay) return daysBetween(host.startDay, d.startDay) !== 0 || daysBetween(host.endDay, d.endDay) !== 0 || twoQuotedNames(host, d);
  // ("Interkulturelle Wochen vom 1. bis 16. Oktober" and "Das Eröffnungsfest findet am Samstag, den 1. Oktober ... statt": a
  // week's opening gathering dated in its own sentence, gather-opening.ts.)
  if (opensWeek(host, d)) return true;
  // ("un séminaire (les 19 et 20 juin)" and "une table ronde (le 20)"; "on the 6th and 7th of October" and "7 October – Contact
  // Seminar": a later day of the span named as a gathering of another kind, with no hour of its own, is a part of its own. An
  // hour makes it a slot of the span's programme: "Presentazione ... il 29 ottobre alle 10.30".)
  if (daysBetween(host.startDay, d.startDay) > 0 && d.startTime === undefined && otherKind(host, d)) return true;
  // "The seminars take place from 16 to 19 July": any day named on its own is one of them.
  if (host.rangeKind === 'series') return d.ownNoun || d.startTime !== undefined || !!d.location?.name;
  // "La semaine des réfugiés, du 13 au 20 juin" and "jeudi 13 juin ... un job dating".
  // (A week's programme headed day by day, "Lunes 16 / • Taller ...": each day too; a two-day
  // meeting's day headings are its own programme.)
  // A day of the week with its own hour ("27.09. 19:30 Uhr im Bürgerhaus") is one of its gatherings too.
  if (host.rangeKind === 'umbrella') return d.ownNoun || ((d.itemsNoun || d.startTime !== undefined) && daysBetween(host.startDay, host.endDay) >= 2);
  // (A day with both its own hour and its own venue, "Vendredi 21 novembre à 20 h / Médiathèque ...", is a gathering of its own.)
  // (A square is a place of its own too: "SÁBADO 24 (Plaza la Barrera) / 12:00 h. Cuentos ...".)
  const place = !!d.location?.name || !!d.location?.address;
  return daysBetween(host.startDay, host.endDay) >= 2
    && (((d.ownNoun || d.itemsNoun) && (d.startTime !== undefined || place)) || (d.startTime !== undefined && place));
}

/** Letters of an event word that tell its kind: "conference" and "conferences", "seminar" and "seminaire" are one kind. */
const KIND_LETTERS = 6;

/** Kinds already read in this merge, by text (a draft's text is compared with many others'; cleared by mergeDrafts). */
const kinds = new Map<string, string | undefined>();

/** The kind of gathering a text names first: its first event word (folded), cut to KIND_LETTERS. */
function kindOf(text: string): string | undefined {
  if (kinds.has(text)) return kinds.get(text);
  const kind = EVENT_NOUN.exec(foldKeepLength(text).toLowerCase())?.[0].slice(0, KIND_LETTERS);
  kinds.set(text, kind);
  return kind;
}

/**
 * The span's gathering said to go on that day: "i lavori proseguiranno", "the meeting continues", "les travaux se poursuivent",
 * "die Tagung wird fortgesetzt", "geht weiter", "los trabajos continúan" (folded).
 */
export const GOES_ON = /(?<![\p{L}])(?:prosegu\p{L}*|continu\p{L}*|poursui\p{L}*|fortgesetzt|fortsetz\p{L}*|geht\s+(?:\p{L}+\s+){0,3}weiter|gehen\s+(?:\p{L}+\s+){0,3}weiter|prosigu\p{L}*|goes on|go on|carries on|carry on)(?![\p{L}])/u;

/** A day that names its own gathering, of another kind than the span's: "une table ronde (le 20)" beside "un séminaire (les 19 et 20 juin)". */
function otherKind(host: Draft, d: Draft): boolean {
  if (!d.ownNoun || GOES_ON.test(foldKeepLength(d.text).toLowerCase())) return false;
  const a = kindOf(host.text);
  const b = a && kindOf(d.text);
  return !!b && a !== b;
}

const QUOTED = /[“«„"‘'](\p{L}[^”»“"’'\n]{2,80})[”»“"’']/u;

/** Two segments apart on the page, each naming its own quoted thing ("“África e Infancia” (del 20 al 25)", "“Anantapur” (del 20 al 25)"). */
function twoQuotedNames(a: Draft, b: Draft): boolean {
  if (!(a.span.end <= b.span.start || b.span.end <= a.span.start)) return false;
  const x = QUOTED.exec(a.text)?.[1];
  const y = QUOTED.exec(b.text)?.[1];
  return !!x && !!y && x !== y;
}

/**
 * A day's gatherings listed at places of their own ("Samedi 15 juin / - 10h-17h, au Péristyle ... : / - Dès 11h30, autour du
 * Temple du Bas : ...") inside a span of days the page names ("les 15 et 16 juin"): each is a gathering, not a mention of the span.
 */
const placedInSpan = (host: Draft, d: Draft) => !!d.placedSession && !!host.endDay && daysBetween(host.startDay, host.endDay) > 0;

const sameDay = (a: Draft, b: Draft) => !a.endDay && !b.endDay && daysBetween(a.startDay, b.startDay) === 0 && !twoSessions(a, b);

/**
 * Merges drafts naming the same day (or a day inside another's range), keeping the richest fields.
 * @example mergeDrafts([a, b]).length // 1 when a and b share a day
 */
export function mergeDrafts(drafts: readonly Draft[], helpers: readonly Draft[] = []): Draft[] {
  kinds.clear();
  const ranges = [...drafts].sort((a, b) => Number(!!b.endDay) - Number(!!a.endDay) || a.pos - b.pos);
  const out: Draft[] = [];
  const sessions = new Map<Draft, number>();
  for (const d of ranges) {
    const host = out.find((o) => sameDay(o, d)) ?? out.find((o) => (covers(o, d) || covers(d, o)) && !subEvent(o, d) && !placedInSpan(o, d));
    const series = !host && out.find((o) => o.rangeKind === 'series' && covers(o, d));
    if (series) sessions.set(series, (sessions.get(series) ?? 0) + 1);
    if (host) {
      if (covers(d, host) && !covers(host, d)) {
        const copy = { ...host };
        Object.assign(host, d);
        absorb(host, copy);
      } else absorb(host, d);
    } else out.push({ ...d });
  }
  // Weaker mentions of an event's days ("opening on 8 November at 13:00") only add details.
  for (const h of helpers) {
    const host = out.find((o) => sameDay(o, h)) ?? out.find((o) => covers(o, h));
    if (host) absorb(host, { ...h, title: host.title, ownTitle: false, multi: host.multi });
  }
  // On one start day, an umbrella comes before the sessions it holds.
  const length = (d: Draft) => (d.endDay ? daysBetween(d.startDay, d.endDay) : 0);
  // A series whose sessions are dated one by one is those sessions.
  return out.filter((d) => (sessions.get(d) ?? 0) < 2).sort((a, b) => daysBetween(b.startDay, a.startDay) || length(b) - length(a) || a.pos - b.pos);
}
