/**
 * A gathering dated in one sentence and timed in a later one: "Die Messe am Mittwoch, 21.
 * September ... / Ab 9 Uhr eröffnen ... Die Besucher können sich bis 15 Uhr beraten lassen."
 * A sentence that opens with its hour, after the date and before any other date, gives the
 * start; an hour marked as the end ("bis 15 Uhr") in the same paragraph gives the end.
 */
import type { DateMention } from './dates.ts';
import type { Draft } from './draft.ts';
import { lowerBound } from './sorted.ts';
import { paragraphAt, sentenceAt, type PageText } from './text.ts';
import type { TimeMention } from './times.ts';
import { daysBetween } from './year.ts';

/** At most this many mentions of one day are tried (documented cap). */
const MAX_OWNS = 5;
/** How far after its date a gathering's hour may be given. */
const REACH = 1200;
/** What may stand before an hour that opens its sentence: "Ab", "Um", "Dès", "A partir de las", "Alle ore", "From". */
// (A connective may come first: "En effet, à 18h30 ...", "Zunächst um 18 Uhr ...", "First, at 6pm ...", "Innanzitutto alle 18 ...", "Primero, a las 18 ...".)
const OPENS = /^[\s\W]*(?:(?:en effet|d['’]abord|tout d['’]abord|first|first of all|to begin with|zunachst|zuerst|als erstes|innanzitutto|per prima cosa|anzitutto|primero|en primer lugar|para empezar)[\s,]+)?(?:(?:ab|um|von|gegen|beginn|start|from|at|starting at|des|dès|a partir de|à partir de|a|à|a las|desde las|desde la|alle|alle ore|dalle|dalle ore|ore|inizio|einlass)\s*:?\s*)?$/u;

/** "Nel pomeriggio inizieremo alle ore 16", "La fiesta comenzará a las 11", "Le bal commencera à 21h", "It starts at 6 pm": a start said with a verb. */
const START_VERB = /(?<![a-z\u00c0-\u024f])(?:inizier[a-z]*|inizia|iniziano|si inizia|si comincia|comincer[a-z]*|comenzar[a-z]*|empezar[a-z]*|arrancar[a-z]*|commencer[a-z]*|debuter[a-z]*|beginnt|beginnen|starts?|will start|begins?|will begin)\s+(?:(?:alle|alle ore|a las|à|a|um|at|ab)\s+)?$/;

/**
 * "Die Lesung findet um 20 Uhr im Kulturhaus statt", "The reading takes place at 8 pm", "La lectura tendrá lugar a las 20 h",
 * "La lecture aura lieu à 20h", "La lettura si terrà alle 20", "El evento, que se desarrolla desde las 10.00 hasta las 23.00":
 * a later sentence that says when the gathering is held (the preposition may open the time itself).
 */
const HELD_AT = /(?<![a-z\u00c0-\u024f])(?:findet|finden|beginnt|lauft|geht|takes place|will take place|is held|will be held|runs|will run|tendra lugar|tiene lugar|se celebrara|se realizara|se desarrolla|se desarrollara|discurre|discurrira|sera|aura lieu|a lieu|se tiendra|se deroule|se deroulera|commencera|si terra|si svolge|si svolgera|avra luogo|avra inizio|sara)\s+(?:(?:heute|morgen|abends?|dann|jeweils|ebenfalls|also|again|de nuevo|aussi|anche|pure)\s+)?(?:(?:um|at|from|a las|a la|à|a|alle|alle ore|ore|ab|von|dalle|dalle ore|des|dès|de|desde las|desde la|de las|a partir de las)\s*)?$/;

/**
 * Gives drafts with no hour the hour a later sentence opens with. Changes `drafts` in place.
 * @example timeFromLaterSentence(page, drafts, times, mentions)
 */
export function timeFromLaterSentence(page: PageText, drafts: Draft[], times: readonly TimeMention[], mentions: readonly DateMention[], only?: (d: Draft) => boolean): void {
  const timeStarts = times.map((t) => t.start);
  const mentionStarts = mentions.map((m) => m.start);
  for (const d of drafts) {
    if ((only && !only(d)) || d.startTime !== undefined || (d.endDay && daysBetween(d.startDay, d.endDay) > 0) || d.daySession) continue;
    // (Each mention of the gathering's day: "sabato 20 giugno" in a teaser and again above its programme.)
    const owns = mentions.filter((m) => m.start === d.pos || (!m.range && m.days.length === 1 && m.days[0]!.m === d.startDay.m && m.days[0]!.d === d.startDay.d));
    for (const own of owns.slice(0, MAX_OWNS)) if (timeAfter(page, d, own, drafts, times, timeStarts, mentions, mentionStarts)) break;
  }
}

function timeAfter(page: PageText, d: Draft, own: DateMention, drafts: readonly Draft[], times: readonly TimeMention[], timeStarts: readonly number[],
  mentions: readonly DateMention[], mentionStarts: readonly number[]): boolean {
  // Up to the next date of the page, and no further than REACH.
  // (A span in between, "Teil der Interkulturellen Wochen vom 20. September bis 7. Oktober", is the umbrella, not another gathering.)
  // (A date later in the gathering's own sentence, "... este sábado una jornada ... para conmemorar el 18 de diciembre el Día
  // del Migrante", names no other gathering of its own: one drafted there still stops the search below.)
  const ownSentence = sentenceAt(page, own.start);
  let n = lowerBound(mentionStarts, own.end);
  while (n < mentions.length && (mentions[n]!.range || mentions[n]!.start < ownSentence.end)) n++;
  const next = mentions[n];
  const limit = Math.min(next ? next.start : page.text.length, own.end + REACH);
  // Another gathering drafted in between has its own hours.
  if (drafts.some((o) => o !== d && o.pos > own.end && o.pos < limit && !(o.endDay && daysBetween(o.startDay, o.endDay) > 0))) return false;
  for (let i = lowerBound(timeStarts, own.end); i < times.length && times[i]!.start < limit; i++) {
    const t = times[i]!;
    if (t.role === 'end' || t.start < ownSentence.end) continue;
    const s = sentenceAt(page, t.start);
    const before = page.folded.slice(Math.max(s.start, t.start - 40), t.start);
    if (!OPENS.test(page.folded.slice(s.start, t.start)) && !START_VERB.test(before) && !HELD_AT.test(before)) continue;
    d.startTime = t.from;
    let end = t.to;
    if (end === undefined) {
      const para = paragraphAt(page, t.start);
      for (let k = i + 1; k < times.length && times[k]!.start < Math.min(para.end, limit); k++) if (times[k]!.role === 'end') { end = times[k]!.from; break; }
    }
    if (end !== undefined && end > t.from) d.endTime = end;
    return true;
  }
  return false;
}

/**
 * The close as the subject of a short clause before its hour, with words between: "La conclusione dei lavori è prevista per le
 * 13.00", "El cierre tendrá lugar a las 14:00", "Il termine è previsto per le 13.00", "La clôture des travaux aura lieu à 13h",
 * "Das Ende der Veranstaltung ist für 13 Uhr geplant", "The close of the day is planned for 1pm" (folded).
 * (Not "el fin de semana", "con el fin de", "alla fine", "a fine mese", "at the end of the month": another sense of the word.)
 */
const CLOSE_SUBJECT = /(?<![\p{L}])(?:conclusione|chiusura|termine|fine lavori|cierre|clausura|finalizacion|final del acto|final de la jornada|cloture|fin des travaux|fin de la (?:journee|soiree|rencontre|manifestation)|ende|schluss|abschluss|veranstaltungsende|close|closing|end of the (?:day|event|meeting|conference))(?![\p{L}])/u;
/** How many characters before its hour the close may be named. */
const CLOSE_REACH = 70;
/** A sign-up, a deadline or an office: their close is not the gathering's. */
const OTHER_CLOSE = /(?<![\p{L}])(?:iscrizion\p{L}*|prenotazion\p{L}*|inscripci\p{L}*|plazo|inscriptions?|anmeld\p{L}*|registrations?|sportell\p{L}*|oficina|bureau|buro|office|mese|mes|mois|monat|month|semana|settimana|semaine|woche|week)(?![\p{L}])/u;

function saidToEnd(page: PageText, at: number): boolean {
  const sentence = sentenceAt(page, at);
  const words = page.folded.slice(Math.max(sentence.start, at - CLOSE_REACH), at);
  return CLOSE_SUBJECT.test(words) && !OTHER_CLOSE.test(words) && !/\d/.test(words);
}

/**
 * "... charla sobre asilo a las 18:00 horas. La actividad finalizará a las 20:00 horas.", "... alle 17. L'incontro si
 * concluderà alle 19.", "... à 18h. Fin prévue à 20h.", "... um 18 Uhr. Ende gegen 20 Uhr.": the next hour after a
 * gathering's own, in its sentence or the next one of its paragraph before any other date, when marked as an end, is
 * its end. Changes `drafts` in place.
 * @example endFromLaterSentence(page, drafts, times, mentions)
 */
export function endFromLaterSentence(page: PageText, drafts: Draft[], times: readonly TimeMention[], mentions: readonly DateMention[]): void {
  const timeStarts = times.map((t) => t.start);
  const mentionStarts = mentions.map((m) => m.start);
  for (const d of drafts) {
    if (d.startTime === undefined || d.endTime !== undefined || (d.endDay && daysBetween(d.startDay, d.endDay) > 0)) continue;
    const own = sentenceAt(page, d.pos);
    // The gathering's own hour: the first one at or after its date, in its sentence or the next.
    let i = lowerBound(timeStarts, d.pos);
    while (i < times.length && times[i]!.start < own.end + REACH && times[i]!.from !== d.startTime) i++;
    const at = times[i];
    if (!at || at.from !== d.startTime || at.to !== undefined) continue;
    const next = times[i + 1];
    if (!next || next.from <= d.startTime || (next.role !== 'end' && !saidToEnd(page, next.start))) continue;
    // (Within the paragraph, at most one sentence further, before any other date.)
    const para = paragraphAt(page, at.start);
    const nextDate = mentions[lowerBound(mentionStarts, at.end)];
    const ownOfHour = sentenceAt(page, at.start);
    const following = ownOfHour.end < para.end ? sentenceAt(page, ownOfHour.end + 1) : ownOfHour;
    if (next.start >= para.end || (nextDate && nextDate.start < next.start) || next.start >= Math.max(ownOfHour.end, following.end)) continue;
    d.endTime = next.from;
  }
}
