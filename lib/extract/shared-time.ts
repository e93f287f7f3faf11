/**
 * A time a page gives once for all its events: "L'inizio di ciascun incontro è alle ore 21",
 * "each session runs from 18:00 to 19:30", "chaque séance commence à 14h", "alle Termine
 * jeweils 17-19 Uhr", "todas las sesiones serán de 17:00 a 19:00".
 */
import type { CueIndex } from './cue-index.ts';
import type { DateMention } from './dates.ts';
import type { Draft } from './draft.ts';
import { paragraphAt, sentenceAt, type PageText } from './text.ts';
import type { TimeMention } from './times.ts';
import { daysBetween } from './year.ts';

const EACH = /(?<![a-z\u00c0-\u024f])(?:each|every|all (?:the |our )?(?:sessions|meetings|workshops|events|seminars|talks|screenings|films)|ciascun[oa]?|ogni|tutti gli (?:incontri|appuntamenti)|tutte le (?:serate|sessioni|lezioni|proiezioni)|chaque|toutes les (?:seances|rencontres|sessions|projections)|tous les (?:ateliers|rendez-vous|cours)|jede[nrs]?|jeweils|alle (?:termine|treffen|veranstaltungen|sitzungen|kurse|filme|vorfuhrungen)|cada|todas las (?:sesiones|charlas|jornadas|proyecciones|peliculas|funciones)|todos los (?:talleres|encuentros|cursos))(?![a-z\u00c0-\u024f])/;

/** "Todos los conciertos serán a las 22 h", "tutti i concerti", "tous les spectacles", "all the concerts": the words for all, then an event word. */
const ALL = /(?<![a-z\u00c0-\u024f])(?:todos los|todas las|tutti i|tutte le|tous les|toutes les|all(?: the| our)?|alle)\s+(?=[a-z\u00c0-\u024f])/g;

function allOf(folded: string, offset: number, cues: CueIndex): boolean {
  ALL.lastIndex = 0;
  for (let m = ALL.exec(folded); m; m = ALL.exec(folded)) {
    const start = m.index + m[0].length;
    const space = folded.indexOf(' ', start);
    const end = space < 0 ? folded.length : space;
    if (cues.noun({ start: offset + start, end: offset + end })) return true;
  }
  return false;
}

/**
 * "sempre alle 20.30", "always at 8pm", "immer um 20 Uhr", "toujours à 20h30", "siempre a las 20:30", "jeweils um": an hour
 * said once for the gatherings told next (folded, right before the hour).
 */
const ALWAYS_BEFORE = /(?<![a-z\u00c0-\u024f])(?:sempre|always|immer|toujours|siempre)\s+(?:(?:alle|alle ore|ore|at|from|um|ab|a|à|a las|dalle|des|dès|de)\s+)?$/;

/**
 * Gives the page's shared time to its events that have none. Changes `drafts` in place.
 * @example shareTime(page, drafts, times, mentions, cues)
 */
export function shareTime(page: PageText, drafts: Draft[], times: readonly TimeMention[], mentions: readonly DateMention[], cues: CueIndex): void {
  if (drafts.length < 2 || drafts.every((d) => d.startTime !== undefined)) return;
  let checked = -1;
  for (const t of times) {
    if (t.start < checked || t.role === 'end') continue;
    const s = sentenceAt(page, t.start);
    checked = s.end;
    const folded = page.folded.slice(s.start, s.end);
    // ("... due appuntamenti in due giovedì, sempre alle 20.30. Il 21 ..., il 28 ...": the days told after the hour, in its paragraph.)
    if (ALWAYS_BEFORE.test(page.folded.slice(Math.max(0, t.start - 24), t.start))) {
      const para = paragraphAt(page, t.start);
      for (const d of drafts) {
        if (d.startTime !== undefined || d.endDay || ![d.pos, ...(d.alsoAt ?? [])].some((p) => p >= t.end && p < para.end)) continue;
        d.startTime = t.from;
        if (t.to !== undefined) d.endTime = t.to;
      }
      continue;
    }
    if (!(EACH.test(folded) || allOf(folded, s.start, cues)) || !cues.noun(s) || mentions.some((m) => m.start < s.end && m.end > s.start)) continue;
    for (const d of drafts) {
      if (d.startTime !== undefined || (d.endDay && daysBetween(d.startDay, d.endDay) > 0)) continue;
      d.startTime = t.from;
      if (t.to !== undefined) d.endTime = t.to;
    }
    return;
  }
}
