/**
 * The page's headline: among its first lines, the one that reads most like an event's name.
 */
import { foldKeepLength } from '../relevance/fold.ts';
import { EVENT_NOUN } from './cues.ts';
import { hostName } from './host-name.ts';
import type { PageText } from './text.ts';
import { BREADCRUMB, CAPTION, countsOnly, FIELD_LABEL, FILE_NAME, ICON_NAME, lastCrumb, MONTH_ONLY, NOT_HEADLINE, OPEN_END, SECTION, SECTION_NAME, SHORT_WORD_ROW, SITE_PROMPT, SLUG, STAMP_ONLY, STREET_LINE } from './title-line-kinds.ts';
import { cut, tidy } from './title-tidy.ts';
import { DATELINE, GLUED_MENU, QUOTED } from './title-words.ts';

/** How many of the page's first non-empty lines may hold its headline. */
const HEADLINE_LINES = 10;

/**
 * The page's headline: among its first lines, the one that reads most like an event's name.
 * Pages copied from the web open with furniture ("Go Top", "Seiteninhalt", a site's tagline,
 * a section's name), stamps and datelines before the headline, so the first line is not
 * enough: a line that names a gathering (an event word, a quoted name) beats a line above it
 * that does not, and lines that are only a date, a time, a slug or one word are passed over.
 * @example headline(readText('Go Top\n\nConférence : « Droit d'asile »\n\nsamedi 11.03.23')) // 'Conférence : « Droit d'asile »'
 */
export function headline(page: PageText, url?: string): string | undefined {
  const site = siteLabel(url);
  const lines = page.text.split('\n', 40).map((l) => l.trim()).filter((l) => l.length > 0).slice(0, HEADLINE_LINES);
  let best: { text: string; score: number } | undefined;
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i]!;
    // The body has begun: a paragraph, not a heading.
    if (line.length > 200) break;
    // A headline broken over lines ("Public seminar on" / "Integrating refugees into work:" / "...").
    for (let j = i + 1; j < lines.length && j <= i + 2 && OPEN_END.test(foldKeepLength(line)) && lines[j]!.length <= 120; j++) line = `${line} ${lines[j]}`;
    const text = tidy((BREADCRUMB.test(line) ? lastCrumb(line) : line).replace(ICON_NAME, ' '));
    const folded = foldKeepLength(text);
    if (!/\p{L}{3}/u.test(text) || NOT_HEADLINE.test(folded) || STAMP_ONLY.test(text) || SECTION.test(folded) || DATELINE.test(folded) || MONTH_ONLY.test(folded) || SLUG.test(text) || CAPTION.test(folded) || STREET_LINE.test(folded) || GLUED_MENU.test(text)) continue;
    // (A section's name, "News", "Kurz", "En bref", heads every post of that section.)
    if (FIELD_LABEL.test(folded) || SITE_PROMPT.test(folded) || FILE_NAME.test(text) || SECTION_NAME.test(folded) || countsOnly(text) || SHORT_WORD_ROW.test(text)) continue;
    const words = text.split(/\s+/).length;
    // ("La Dépêche du Midi" on ladepeche.fr: the site's own name, unless it names a gathering, "Refugee Week" on refugeeweek.org.uk.)
    if (site && words <= 6 && namesSite(folded, site) && !EVENT_NOUN.test(folded)) continue;
    // A sentence opens the text; it does not name the event ("Dobbiamo accogliere?" may).
    if ((line.length > 90 && /[.!?]$/.test(line)) || (words > 8 && /[.…]$/.test(line))) continue;
    // (One word, "Convegni", "Veranstaltungen", names a section, not a gathering.)
    const score = (EVENT_NOUN.test(folded) && words > 1 ? 2 : 0) + (QUOTED.test(text) ? 1 : 0) + (words >= 3 ? 1 : words === 1 ? -1 : 0) - i / 4;
    if (!best || score > best.score) best = { text, score };
  }
  return best ? cut(best.text) : undefined;
}

/**
 * The word a site's address is made of ("ladepeche" for www.ladepeche.fr), when long enough to
 * recognise the site's name in a line; the kinds of site a council or a group runs are no name.
 * @example siteLabel('https://www.ladepeche.fr/2017/02/04/x.html') // 'ladepeche'
 */
export function siteLabel(url: string | undefined): string | undefined {
  const host = hostName(url);
  if (!host) return undefined;
  const labels = host.split('.').slice(0, -1).filter((l) => !/^(?:www\d?|m|web|blog|news|co|com|org|gov|gob|gouv)$/.test(l));
  const longest = labels.map((l) => l.replace(/[^a-z]/g, '')).sort((a, b) => b.length - a.length)[0];
  return longest && longest.length >= 5 ? longest : undefined;
}

/** A line that spells the site's name: its letters, run together, hold the address's word or are held in it. */
export function namesSite(folded: string, site: string): boolean {
  const letters = folded.replace(/[^a-z]/g, '');
  return letters.length >= 5 && (letters.includes(site) || site.includes(letters));
}
