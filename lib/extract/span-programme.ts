/**
 * A span of days and the programme that fills it. Two things the span's own words cannot say:
 *
 * - A span written alone on its line ("del 15 al 22 de diciembre") says nothing of what it is;
 *   the name it stands under does ("... celebran la Semana de las Personas Migrantes"): a week's
 *   name makes it an umbrella over its days.
 * - A programme told day by day under short day headings ("Lunes 15 / • Cine-fórum ...", "Martes 16
 *   / • Mesa redonda ...", "Lunes 22 / • Torneo ...") is a run of gatherings: when three days or more
 *   of the span are headed so, every one of them is a gathering of its own, also a day whose item
 *   gives no hour or place. (Two headings are a two-day meeting's own programme: nothing is said.)
 * - A day inside an umbrella said to be when something takes place is one of its gatherings.
 */
import { foldKeepLength } from '../relevance/index.ts';
import type { Draft } from './draft.ts';
import { rangeKind } from './series.ts';
import type { PageText } from './text.ts';
import { daysBetween } from './year.ts';

/** How many headed days of a span make its programme a run of gatherings. */
const MIN_HEADED_DAYS = 3;
/** Words of four letters or more left once the dates are out: a span's own words that say what it is. */
const WORD = /\p{L}{4,}/u;
/** Date words that are no description: months and weekdays of five languages are dropped with the digits' neighbours. */
const DATE_WORDS = /\p{L}*(?:januar|februar|march|marz|mars|marzo|april|avril|aprile|abril|mai|may|mayo|maggio|juni|june|juin|giugno|junio|juli|july|juillet|luglio|julio|august|aout|agosto|september|septembre|settembre|septiembre|setiembre|oktober|october|octobre|ottobre|octubre|november|novembre|noviembre|dezember|december|decembre|dicembre|diciembre|janvier|gennaio|enero|fevrier|febbraio|febrero)\p{L}*/gu;

/** A day of the span `s` (its own days, first and last included). */
const inside = (s: Draft, d: Draft) => daysBetween(s.startDay, d.startDay) >= 0 && daysBetween(d.startDay, s.endDay!) >= 0;

/** "Takes place", "is held", in five languages (folded): something happens on the day said. */
const TAKES_PLACE = /(?<![\p{L}])(?:takes? place|took place|will be held|is held|was held|aura lieu|auront lieu|a eu lieu|se tiendra|se tiendront|s['’]est tenue?|se deroulera|se derouleront|findet\s+(?:[\p{L}\d.]+\s+){0,6}?statt|fand\s+(?:[\p{L}\d.]+\s+){0,6}?statt|stattfinden|stattfindet|stattfand|si terra|si terranno|si svolgera|si svolgeranno|si e svolt[oa]|si e tenut[oa]|tendra lugar|tendran lugar|tuvo lugar|se celebrara|se celebro|se llevara a cabo|se realizara)(?![\p{L}])/u;

/** True when a span's own text holds nothing but its dates ("del 15 al 22 de diciembre", "15.–22.12."). */
function bare(folded: string): boolean {
  return !WORD.test(folded.replace(DATE_WORDS, ' '));
}

/**
 * Gives each span of days the kind its name says when its own text is only its dates, and marks
 * the day headings of a span's day-by-day programme as its gatherings. Changes `drafts` in place.
 * @example spanProgrammes(page, drafts)
 */
export function spanProgrammes(page: PageText, drafts: Draft[]): void {
  const spans = drafts.filter((d) => d.endDay && daysBetween(d.startDay, d.endDay) >= 2);
  if (!spans.length) return;
  for (const s of spans) {
    if (s.rangeKind !== 'umbrella' && bare(page.folded.slice(s.span.start, s.span.end)) && rangeKind(foldKeepLength(s.title)) === 'umbrella') s.rangeKind = 'umbrella';
  }
  // A day inside an umbrella whose own words say something takes place that day ("in dessen Rahmen der Firmenstaffellauf
  // stattfinden wird", "une initiation à la danse se tiendra ... mercredi 19 juin"): a gathering of its own, named or not.
  // (Words that name the umbrella itself, "la semaine aura lieu le 13", are the span said again.)
  for (const d of drafts) {
    if (d.endDay || d.programmeDay || !spans.some((s) => s.rangeKind === 'umbrella' && inside(s, d))) continue;
    const own = foldKeepLength(d.text);
    if (TAKES_PLACE.test(own) && rangeKind(own) !== 'umbrella') d.programmeDay = true;
  }
  const headings = drafts.filter((d) => d.itemsNoun && !d.endDay);
  if (headings.length < MIN_HEADED_DAYS) return;
  for (const s of spans) {
    const within = headings.filter((h) => inside(s, h));
    const days = new Set(within.map((h) => daysBetween(s.startDay, h.startDay)));
    if (days.size >= MIN_HEADED_DAYS) for (const h of within) h.programmeDay = true;
  }
}
