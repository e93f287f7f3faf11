/**
 * RSS 2.0, RSS 1.0 and Atom feeds of news posts. Each item is read as a page: the JSON-LD
 * events in its content if it has any, else its text through lib/extract with the item's
 * date as publication date (so "on 12 May" gets the right year).
 */
import type { InclusionEvent } from '../model/event.ts';
import { ParseError } from '../model/errors.ts';
import { extractEvents } from '../extract/index.ts';
import { safeUrl, uniqueIds } from './finish.ts';
import { htmlToText } from './html-text.ts';
import { readIsoDate } from './iso-date.ts';
import { eventsFromJsonLd, jsonLdBlocks, MAX_EVENTS_PER_SOURCE } from './jsonld.ts';
import { languageTag } from './languages.ts';
import type { ParsedSource, SourceContext } from './types.ts';
import { descendants, firstChild, innerHtml, innerText, MAX_XML_DEPTH, MAX_XML_ELEMENTS, parseXml, type XmlElement } from './xml.ts';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** Most items read from one feed; feeds with thousands of posts are archives, not news. */
const MAX_ITEMS = 500;

/**
 * 'YYYY-MM-DD' of an RFC 822 or ISO date, as written.
 * @example itemDay('Tue, 03 Nov 2026 09:00:00 +0100') // '2026-11-03'
 */
export function itemDay(value: string): string | undefined {
  const iso = readIsoDate(value.trim().slice(0, 10));
  if (iso) return iso.wall.slice(0, 10);
  const m = /(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?\s+(\d{4})/.exec(value);
  const month = m ? MONTHS.indexOf((m[2] ?? '').toLowerCase()) : -1;
  if (!m || month < 0) return undefined;
  return `${m[3]}-${String(month + 1).padStart(2, '0')}-${(m[1] ?? '').padStart(2, '0')}`;
}

interface Item {
  title: string;
  link?: string;
  html: string;
  published?: string;
}

function atomLink(entry: XmlElement): string | undefined {
  const links = entry.children.filter((c) => c.name === 'link');
  const alternate = links.find((l) => !l.attrs.rel || l.attrs.rel === 'alternate') ?? links[0];
  return alternate?.attrs.href;
}

function readItems(text: string, root: ReturnType<typeof parseXml>, warnings: string[]): { title?: string; lang?: string; items: Item[] } {
  const feed = root.children.find((c) => c.name === 'rss' || c.name === 'feed' || c.name === 'rdf:rdf');
  if (!feed) throw new ParseError('rss', 'Not an RSS or Atom feed: no <rss>, <feed> or <rdf:RDF> element');
  const atom = feed.name === 'feed';
  const channel = atom ? feed : firstChild(feed, 'channel') ?? feed;
  const title = innerText(text, firstChild(channel, 'title')) || undefined;
  const lang = languageTag(innerText(text, firstChild(channel, 'language', 'dc:language')) || feed.attrs['xml:lang'])?.split('-')[0];
  const nodes = atom ? descendants(feed, 'entry') : descendants(feed, 'item');
  if (nodes.length > MAX_ITEMS) warnings.push(`The feed has ${nodes.length} items; only the first ${MAX_ITEMS} were read`);
  if (root.deep) warnings.push(`The feed nests elements deeper than ${MAX_XML_DEPTH} levels; the deeper ones were read as text`);
  if (root.many) warnings.push(`The feed has more than ${MAX_XML_ELEMENTS} elements; the rest were read as text`);
  const items = nodes.slice(0, MAX_ITEMS).map((node): Item => {
    // Addresses and dates are plain text: their '&' were decoded once already.
    let link = atom ? atomLink(node) : firstChild(node, 'link')?.text.trim() || undefined;
    const guid = firstChild(node, 'guid');
    // A guid is the post's address unless it says otherwise.
    if (!link && guid && guid.attrs.ispermalink !== 'false') link = guid.text.trim() || undefined;
    const body = firstChild(node, 'content:encoded', 'content', 'description', 'summary');
    const dateText = firstChild(node, 'pubdate', 'published', 'dc:date', 'updated')?.text.trim() ?? '';
    const item: Item = { title: innerText(text, firstChild(node, 'title')), html: innerHtml(text, body) };
    if (link) item.link = link.trim();
    const day = dateText ? itemDay(dateText) : undefined;
    if (day) item.published = day;
    return item;
  });
  return { items, ...(title ? { title } : {}), ...(lang ? { lang } : {}) };
}

function eventsOfItem(item: Item, ctx: SourceContext, lang: string | undefined, warnings: string[], left: number): InclusionEvent[] {
  const url = safeUrl(item.link, ctx.sourceUrl);
  const finish = { format: 'rss' as const, warnings, ...(url ? { sourceUrl: url } : {}), ...(ctx.sourceName ? { sourceName: ctx.sourceName } : {}), ...(lang ? { lang } : {}) };
  const structured: InclusionEvent[] = [];
  for (const block of jsonLdBlocks(item.html)) {
    try {
      structured.push(...eventsFromJsonLd(JSON.parse(block), finish, left - structured.length));
    } catch {
      warnings.push(`"${item.title}": its JSON-LD is not valid JSON, read as text instead`);
    }
  }
  if (structured.length > 0) return structured;
  const published = item.published ?? ctx.published;
  const result = extractEvents(`${item.title}\n\n${htmlToText(item.html)}`, {
    now: ctx.now,
    format: 'rss',
    ...(ctx.live ? { live: true } : {}),
    ...(published ? { published } : {}),
    ...(lang ? { lang } : {}),
    ...(url ? { url } : {}),
    ...(item.title ? { title: item.title } : {}),
    ...(ctx.sourceName ? { sourceName: ctx.sourceName } : {}),
  });
  return result.events;
}

/**
 * Events announced in an RSS or Atom feed.
 * @throws ParseError when the text is not a feed.
 * @example const { events } = parseRss(xml, { now: new Date('2026-11-22'), sourceUrl: 'https://example.org/feed/' });
 */
export function parseRss(text: string, ctx: SourceContext): ParsedSource {
  const warnings: string[] = [];
  const { title, lang, items } = readItems(text, parseXml(text), warnings);
  const events: InclusionEvent[] = [];
  for (const item of items) {
    if (events.length >= MAX_EVENTS_PER_SOURCE) {
      warnings.push(`More than ${MAX_EVENTS_PER_SOURCE} events in the feed: only the first ${MAX_EVENTS_PER_SOURCE} were read`);
      break;
    }
    events.push(...eventsOfItem(item, ctx, lang, warnings, MAX_EVENTS_PER_SOURCE - events.length));
  }
  const parsed: ParsedSource = { format: 'rss', events: uniqueIds(events), warnings };
  if (title) parsed.title = title;
  return parsed;
}
