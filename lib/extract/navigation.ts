/**
 * Dates in a page's navigation are not events: "« Previous event: … 12 March", "Événement
 * suivant »", and the posting dates in "Recent posts" / "Derniers articles" / "Ähnliche
 * Beiträge" / "Articoli correlati" / "Entradas recientes" lists of other pages.
 */
import type { Candidate } from './candidates.ts';
import { lineSpan, type PageText } from './text.ts';

const PREV_NEXT = /(?:^|[^a-z])(?:previous|next|prev|older|newer) (?:event|post|article|entry|story)|(?:evenement|article|billet) (?:precedent|suivant)|(?:vorherige[rs]?|nachste[rs]?|naechste[rs]?) (?:veranstaltung|beitrag|artikel|termin|eintrag)|(?:evento|articolo) (?:precedente|successivo)|(?:evento|articulo|entrada|noticia) (?:anterior|siguiente)|^\s*←|→\s*$/;
const RECENT = /^[\s#*•-]*(?:recent posts|recent news|latest (?:news|posts|articles)|related (?:posts|articles|news|stories)|more news|other news|read also|see also|you may also like|archives?|derniers articles|articles recents|dernieres actualites|a lire aussi|voir aussi|sur le meme sujet|neueste beitrage|aktuelle beitrage|ahnliche beitrage|weitere (?:beitrage|artikel|nachrichten)|archiv|articoli recenti|ultime notizie|articoli correlati|leggi anche|potrebbe interessarti|entradas recientes|ultimas noticias|noticias relacionadas|articulos relacionados|te puede interesar|lee tambien)\s*:?\s*$/;
/** How far a list of other posts runs under its heading. */
const RECENT_LINES = 15;

function previousLine(page: PageText, index: number): string {
  for (let i = index - 1; i >= Math.max(0, index - 2); i--) {
    const span = lineSpan(page, i)!;
    if (span.end > span.start) return page.folded.slice(span.start, span.end);
  }
  return '';
}

/**
 * Marks the navigation dates of a page as not events. Changes `candidates` in place.
 * @example markNavigation(page, candidates)
 */
export function markNavigation(page: PageText, candidates: Candidate[]): void {
  // The lines covered by a list of other posts.
  const recent = new Set<number>();
  for (let i = 0; i < page.lineStarts.length; i++) {
    const span = lineSpan(page, i)!;
    if (span.end - span.start > 40 || span.end === span.start || !RECENT.test(page.folded.slice(span.start, span.end))) continue;
    for (let j = i + 1, seen = 0; j < page.lineStarts.length && seen < RECENT_LINES; j++) {
      const item = lineSpan(page, j)!;
      if (item.end === item.start) continue;
      if (item.end - item.start > 160) break;
      recent.add(j);
      seen++;
    }
  }
  for (const c of candidates) {
    if (c.kind !== 'event') continue;
    const line = page.folded.slice(c.ctx.line.start, c.ctx.line.end);
    if (recent.has(c.ctx.line.index)) c.kind = 'publication';
    else if (line.length <= 200 && (PREV_NEXT.test(line) || PREV_NEXT.test(previousLine(page, c.ctx.line.index)))) c.kind = 'other';
  }
}
