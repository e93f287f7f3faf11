/**
 * Dates in a page's navigation are not events: "« Previous event: … 12 March", "Événement
 * suivant »", and the posting dates in "Recent posts" / "Derniers articles" / "Ähnliche
 * Beiträge" / "Articoli correlati" / "Entradas recientes" lists of other pages.
 */
import type { Candidate } from './candidates.ts';
import { lineSpan, type PageText } from './text.ts';

const PREV_NEXT = /(?:^|[^a-z])(?:previous|next|prev|older|newer) (?:event|post|article|entry|story|news|item)|(?:evenement|article|billet|actualite|publication|post|nouvelle)s? (?:precedent|suivant)e?s?|(?:vorherige[rs]?|nachste[rs]?|naechste[rs]?|altere[rs]?|neuere[rs]?) (?:veranstaltung|beitrag|artikel|termin|eintrag|nachricht|meldung)|(?:evento|articolo|post|notizia|news|voce) (?:precedente|successiv[oa])|(?:evento|articulo|entrada|noticia|publicacion|post) (?:anterior|siguiente)|^\s*←|→\s*$/;
/**
 * A list of other posts, by its noun and what ties them to this one, in five languages: "Related content", "Similar articles",
 * "Publicaciones relacionadas", "Otras noticias", "Post correlati", "Notizie collegate", "Articles similaires", "Autres actualités",
 * "Ähnliche Beiträge", "Weitere Meldungen" (items, not events: a list of "Upcoming events" is lists.ts's).
 */
const POSTS = '(?:posts?|articles?|news|stories|entries|content|items|reads?|publications?|pages|noticias|entradas|articulos|publicaciones|contenidos|notas|articoli|notizie|post|contenuti|comunicati|actualites|billets|nouvelles|contenus|beitrage|artikel|nachrichten|meldungen|inhalte|themen)';
const TIE = '(?:related|similar|recent|latest|other|more|further|popular|most read|relacionad[oa]s|similares|recientes|anteriores|ultim[oa]s|otr[oa]s|mas|correlat[ie]|collegat[ie]|simili|recenti|ultim[ie]|altr[ie]|similaires|lie(?:e)?s|associe(?:e)?s|connexes|recents|recentes|dernier(?:e)?s|autres|ahnliche|verwandte|weitere|neueste|aktuelle|letzte|andere|mehr)';
const OTHER_POSTS = new RegExp(`^[\\s#*•-]*(?:${TIE}\\s+${POSTS}|${POSTS}\\s+${TIE}|lo (?:ultimo|mas leido|mas visto)(?: de [\\p{L} ]{1,30})?|(?:tambien )?te (?:puede|podria) interesar|quizas? te interese|(?:ti )?potrebbe(?:ro)? interessarti(?: anche)?|ti potrebbe(?:ro)? interessare|(?:i )?piu lett[ie]|vous aimerez aussi|a lire (?:aussi|egalement)|dans la meme rubrique|les plus lus|das konnte sie (?:auch )?interessieren|mehr zum thema|auch interessant|meistgelesen|you might also like|most read|further reading)\\s*:?\\s*$`, 'u');
const RECENT = /^[\s#*•-]*(?:recent posts|recent news|latest (?:news|posts|articles)|related (?:posts|articles|news|stories)|more news|other news|read also|see also|you may also like|archives?|derniers articles|articles recents|dernieres actualites|a lire aussi|voir aussi|sur le meme sujet|neueste beitrage|aktuelle beitrage|ahnliche beitrage|weitere (?:beitrage|artikel|nachrichten)|archiv|articoli recenti|ultime notizie|articoli correlati|leggi anche|potrebbe interessarti|entradas recientes|ultimas noticias|noticias relacionadas|articulos relacionados|te puede interesar|lee tambien)\s*:?\s*$/;
/**
 * A site's news of a town or a section under the article: "Noticias de Murcia", "Notizie da Bari", "Actualités de Lyon",
 * "Nachrichten aus Kiel", "News from Dublin": teasers of other posts, each a paragraph.
 */
const NEWS_OF = /^[\s#*•-]*(?:noticias|notizie|actualites|nouvelles|nachrichten|meldungen|news)\s+(?:de|del|da|di|dal|dalla|du|de la|des|aus|from|of)\s+[\p{L}'’ -]{2,30}:?\s*$/u;
const PLACE_AFTER = /\s(?:de|da|di|du|aus|from|of)\s+\p{Lu}[\p{L}'’ -]{1,29}:?\s*$/u;
/** How long a teaser paragraph under such a heading may be. */
const TEASER_CHARS = 400;
/** A comments section's heading: "3 comments", "2 commenti", "Kommentare", "Leave a reply", "Deja una respuesta". */
const COMMENTS = /^[\s#*•-]*(?:\d+\s+)?(?:comments?|responses?|replies|commenti|risposte|commentaires?|reponses?|kommentare?|antworten|comentarios?|respuestas?|leave a (?:reply|comment)|lascia un commento|laisser un commentaire|schreibe einen kommentar|deja (?:una respuesta|un comentario)|deixe um comentario)\s*:?\s*$/;
/** A commenter's line: "Maria says:", "Giulia ha scritto:", "Paul a dit :", "Anna sagt:", "Juan dice:". */
const SAYS = /(?:\bsays|\bwrote|ha scritto|scrive|dice|a dit|a ecrit|sagt|schrieb|escribio)\s*:?\s*$/;
/** How far a comments section runs (lines). */
const COMMENT_LINES = 120;
/** How far a list of other posts runs under its heading. */
const RECENT_LINES = 15;
/**
 * What may stand beside a date on a calendar or archive row: a label and a weekday
 * ("Date : Thursday, 18 January 2018", "Mo 12.03."), nothing that names a gathering.
 */
const ROW_WORDS = /^(?:date|dates|datum|data|fecha|le|am|il|el|on|the|de|del|di|du|der|den|dem|of|and|und|et|e|y|\p{L}{1,3}|monday|tuesday|wednesday|thursday|friday|saturday|sunday|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunedi|martedi|mercoledi|giovedi|venerdi|sabato|domenica|lunes|martes|miercoles|jueves|viernes|sabado|domingo)$/u;
/** Three dated rows in a row make a calendar or an archive list. */
const MIN_ROWS = 3;

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
  markCalendarRows(page, candidates);
  // The lines covered by a list of other posts.
  const recent = new Set<number>();
  for (let i = 0; i < page.lineStarts.length; i++) {
    const span = lineSpan(page, i)!;
    if (span.end - span.start > 40 || span.end === span.start) continue;
    const heading = page.folded.slice(span.start, span.end);
    // (A place's name, written with its capital: "Noticias del programa" heads the page's own items.)
    const teasers = i > 3 && NEWS_OF.test(heading) && PLACE_AFTER.test(page.text.slice(span.start, span.end));
    if (!teasers && !RECENT.test(heading) && !OTHER_POSTS.test(heading)) continue;
    for (let j = i + 1, seen = 0; j < page.lineStarts.length && seen < RECENT_LINES; j++) {
      const item = lineSpan(page, j)!;
      if (item.end === item.start) continue;
      if (item.end - item.start > (teasers ? TEASER_CHARS : 160)) break;
      recent.add(j);
      seen++;
    }
  }
  // Readers' comments: the stamps of their lines are when they wrote.
  let commentsFrom = Infinity;
  for (let i = 0; i < page.lineStarts.length; i++) {
    const span = lineSpan(page, i)!;
    if (span.end - span.start <= 40 && span.end > span.start && COMMENTS.test(page.folded.slice(span.start, span.end))) {
      commentsFrom = i;
      break;
    }
  }
  for (const c of candidates) {
    if (c.kind !== 'event') continue;
    const line = page.folded.slice(c.ctx.line.start, c.ctx.line.end);
    const inComments = c.ctx.line.index > commentsFrom && c.ctx.line.index - commentsFrom <= COMMENT_LINES && line.length <= 80;
    if (recent.has(c.ctx.line.index) || inComments || (line.length <= 80 && SAYS.test(previousLine(page, c.ctx.line.index)))) c.kind = 'publication';
    else if (line.length <= 200 && (PREV_NEXT.test(line) || PREV_NEXT.test(previousLine(page, c.ctx.line.index)))) c.kind = 'other';
  }
}

/** True when the line holds the date and nothing but a label or weekday beside it. */
function isDateRow(page: PageText, c: Candidate): boolean {
  const { start, end } = c.ctx.line;
  if (end - start > 80) return false;
  const rest = `${page.folded.slice(start, c.mention.start)} ${page.folded.slice(c.mention.end, end)}`;
  // A time beside the date ("12 March, 18:00") makes it a session of a series, not a calendar cell.
  if (/\d/.test(rest)) return false;
  return rest.split(/[^\p{L}]+/u).every((w) => w === '' || ROW_WORDS.test(w));
}

/**
 * A calendar widget or an archive list ("Date : Monday, 22 January 2018" on line after line)
 * gives dates of other pages: three or more consecutive lines holding a date and nothing else
 * are not events. A programme's dated headings carry their own words, so they stay.
 */
function markCalendarRows(page: PageText, candidates: Candidate[]): void {
  const rows = candidates.filter((c) => c.kind === 'event' && isDateRow(page, c)).sort((a, b) => a.ctx.line.index - b.ctx.line.index);
  let run: Candidate[] = [];
  const close = () => {
    if (run.length >= MIN_ROWS) for (const c of run) c.kind = 'other';
    run = [];
  };
  for (const c of rows) {
    const last = run[run.length - 1];
    if (last && c.ctx.line.index === last.ctx.line.index) continue;
    if (last && c.ctx.line.index !== last.ctx.line.index + 1) close();
    run.push(c);
  }
  close();
}
