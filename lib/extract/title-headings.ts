/**
 * The lines around a date that name its event: the heading above it, the item line below it, the
 * name before a colon on its line.
 */
import { foldKeepLength } from '../relevance/fold.ts';
import { EVENT_NOUN } from './cues.ts';
import { venueLine } from './venue.ts';
import type { PageText, Span } from './text.ts';
import { namesNothing } from './title-judge.ts';
import { CAPTION, countsOnly, FIELD_LABEL, FILE_NAME, LOWER_STREET, NOT_HEADLINE, PRICE_LINE, SECTION, SECTION_NAME, SHARE_ROW, SHORT_WORD_ROW, SITE_PROMPT, STAMP_LINE, STREET_LINE } from './title-line-kinds.ts';
import { cut, tidy } from './title-tidy.ts';
import { DAY_HEADING, QUESTION_WORD, QUOTED } from './title-words.ts';

/**
 * The closest heading-like line above a position, within a few lines.
 * @example headingAbove(page, 120) // 'The first online Capacity Building Workshop – French Case Study'
 */
export function headingAbove(page: PageText, line: Span & { index: number }): string | undefined {
  for (let i = line.index - 1, seen = 0; i >= 0 && seen < 8; i--) {
    const verdict = headingAt(page, i);
    if (verdict === BLANK) continue;
    seen++;
    if (verdict !== NOT_HEADING) return verdict;
  }
  return undefined;
}

const BLANK = 0;

const NOT_HEADING = 1;

/** Each line's verdict, kept per page: the events of a page ask about the same lines above them. */
const headingVerdicts = new WeakMap<PageText, Map<number, string | typeof BLANK | typeof NOT_HEADING>>();

/** Line `i` as a heading: its title, or BLANK, or NOT_HEADING. */
function headingAt(page: PageText, i: number): string | typeof BLANK | typeof NOT_HEADING {
  let verdicts = headingVerdicts.get(page);
  if (!verdicts) headingVerdicts.set(page, (verdicts = new Map()));
  let verdict = verdicts.get(i);
  if (verdict === undefined) verdicts.set(i, (verdict = readHeading(page, i)));
  return verdict;
}

function readHeading(page: PageText, i: number): string | typeof BLANK | typeof NOT_HEADING {
  const start = page.lineStarts[i]!;
  const end = (page.lineStarts[i + 1] ?? page.text.length + 1) - 1;
  const line = page.text.slice(start, end);
  const text = line.trim();
  if (!text) return BLANK;
  // A date on its own line ("9 gennaio 2023") is a stamp, not a heading.
  if (STAMP_LINE.test(text) || (text.length <= 30 && /(?<!\d)(?:19|20)\d{2}(?!\d)/u.test(text))) return NOT_HEADING;
  // A long line with a date or a time is another event's item line, not a heading.
  if (text.length > 60 && /\d{1,2}[./:]\d{1,2}|(?<!\d)(?:19|20)\d{2}(?!\d)|\d\s?(?:h|uhr|am|pm)(?![\p{L}])/iu.test(text)) return NOT_HEADING;
  // A line too long or ending as a sentence does is no heading (unless a short question, below).
  if (text.length > 140 || !/\p{L}{3}/u.test(text)) return NOT_HEADING;
  // "MARTES 20 DE SEPTIEMBRE (Casa del Mar)", "PROGRAMA", "Veranstalter: ...": a day, a section or a field, not a name.
  // (The page's folded twin, at the trimmed line's place: folding keeps each character where it is.)
  const from = start + line.indexOf(text);
  const folded = page.folded.slice(from, from + text.length);
  // (A short question is a heading too, "Refugees Welcome?", "Troppa accoglienza?"; one that opens with a
  // question word, "What's next?", "Wo stehen wir?", is the site's furniture or a line of prose.)
  const question = text.length <= 80 && /\p{L}\?$/u.test(text) && !QUESTION_WORD.test(folded);
  if (/[.!?:]$/.test(text) && !question) return NOT_HEADING;
  // (A site's prompt or a picture's file name above the date is the page's furniture: see headline().)
  if (DAY_HEADING.test(folded) || SECTION.test(folded) || SECTION_NAME.test(folded) || FIELD_LABEL.test(folded) || NOT_HEADLINE.test(folded) || CAPTION.test(folded) || SITE_PROMPT.test(folded) || FILE_NAME.test(text) || namesNothing(text)) return NOT_HEADING;
  // (Counters, a weekday row, and prose wrapped onto the line: it opens in lower case and has a clause's
  // commas or a sentence's end inside, "jour, des bénévoles se relaient. Le documentaire ...".)
  if (countsOnly(text) || SHORT_WORD_ROW.test(text) || (/^\p{Ll}/u.test(text) && /[,.;]\s/u.test(text) && !QUOTED.test(text))) return NOT_HEADING;
  // "(France, Italie - 2017 - 1h31)": an aside in brackets, a film's credits, not a name.
  if (/^\(.*\)$/u.test(text)) return NOT_HEADING;
  // (A price, "Tarif unique 5 euros", and an address, "place du Onze novembre", "Via Roma 12", say what it costs and where.)
  if (PRICE_LINE.test(folded) || STREET_LINE.test(folded) || LOWER_STREET.test(text) || SHARE_ROW.test(folded)) return NOT_HEADING;
  // (A venue's name alone, "Hôtel de ville", "Casa del Mar", is where the events below happen.)
  if (!EVENT_NOUN.test(folded) && !QUOTED.test(text) && venueLine(text)) return NOT_HEADING;
  return cut(tidy(text));
}

/**
 * An agenda item's name on the line under its date ("Mi, 17.04. | 18:00 Uhr" then
 * "Infoabend: Ausbildung in der Pflege"), when the date line starts its paragraph.
 * @example titleBelow(readText('Intro.\n\n17.04. | 18:00\nInfoabend: Pflege\nText.'), { start: 8, end: 21, index: 2 }) // 'Infoabend: Pflege'
 */
export function titleBelow(page: PageText, line: Span & { index: number }): string | undefined {
  const above = line.index > 0 ? page.text.slice(page.lineStarts[line.index - 1]!, line.start).trim() : '';
  if (above) return undefined;
  let below = line.index + 1;
  const lineText = (i: number) => page.text.slice(page.lineStarts[i] ?? page.text.length, (page.lineStarts[i + 1] ?? page.text.length + 1) - 1);
  // "Lunes 16" / (blank) / "• Taller de cocina del mundo, a las 18.00 ...": a day heading named by its first item.
  if (page.lineStarts[below] !== undefined && !lineText(below).trim() && /^\s*[•*▪►·-]\s+\p{L}/u.test(lineText(below + 1))) below++;
  const start = page.lineStarts[below];
  if (start === undefined) return undefined;
  let text = lineText(below).trim();
  if (/^[•*▪►·-]\s/u.test(text)) text = text.replace(/^[•*▪►·-]\s+/u, '').split(/[,.;]\s|\s[–—]\s/u)[0]!.replace(/[.!?]$/, '');
  if (!text || text.length > 140 || /[.!?]$/.test(text) || FIELD_LABEL.test(foldKeepLength(text)) || STREET_LINE.test(foldKeepLength(text)) || namesNothing(text)) return undefined;
  return /\p{L}{3}/u.test(text) ? cut(tidy(text)) : undefined;
}

/**
 * The name written before a colon on the date's line: "Journée portes ouvertes : samedi 24 mai".
 * @example nameBeforeDate('Journée portes ouvertes : samedi 24 mai 2025 de 10h à 17h', 26) // 'Journée portes ouvertes'
 */
export function nameBeforeDate(line: string, at: number): string | undefined {
  const head = line.slice(0, at);
  const colon = head.lastIndexOf(':');
  if (colon < 3 || colon > 100 || head.length - colon > 24) return undefined;
  const name = tidy(head.slice(0, colon));
  return name.length >= 4 && EVENT_NOUN.test(foldKeepLength(name)) && !FIELD_LABEL.test(foldKeepLength(`${name}:`)) ? cut(name) : undefined;
}
