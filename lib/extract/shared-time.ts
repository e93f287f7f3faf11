/**
 * A time a page gives once for all its events: "L'inizio di ciascun incontro è alle ore 21",
 * "each session runs from 18:00 to 19:30", "chaque séance commence à 14h", "alle Termine
 * jeweils 17-19 Uhr", "todas las sesiones serán de 17:00 a 19:00".
 */
import type { CueIndex } from './cue-index.ts';
import type { DateMention } from './dates.ts';
import type { Draft } from './draft.ts';
import { sentenceAt, type PageText } from './text.ts';
import type { TimeMention } from './times.ts';
import { daysBetween } from './year.ts';

const EACH = /(?<![a-z\u00c0-\u024f])(?:each|every|all (?:the |our )?(?:sessions|meetings|workshops|events|seminars|talks|screenings|films)|ciascun[oa]?|ogni|tutti gli (?:incontri|appuntamenti)|tutte le (?:serate|sessioni|lezioni|proiezioni)|chaque|toutes les (?:seances|rencontres|sessions|projections)|tous les (?:ateliers|rendez-vous|cours)|jede[nrs]?|jeweils|alle (?:termine|treffen|veranstaltungen|sitzungen|kurse|filme|vorfuhrungen)|cada|todas las (?:sesiones|charlas|jornadas|proyecciones|peliculas|funciones)|todos los (?:talleres|encuentros|cursos))(?![a-z\u00c0-\u024f])/;

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
    if (!EACH.test(folded) || !cues.noun(s) || mentions.some((m) => m.start < s.end && m.end > s.start)) continue;
    for (const d of drafts) {
      if (d.startTime !== undefined || (d.endDay && daysBetween(d.startDay, d.endDay) > 0)) continue;
      d.startTime = t.from;
      if (t.to !== undefined) d.endTime = t.to;
    }
    return;
  }
}
