/**
 * Which format a source is in. The text decides first (servers often send calendars as
 * text/plain or text/html), then the content type, then the URL's extension.
 */
import type { SourceFormat } from '../model/event.ts';
import { scanMarkup } from './markup.ts';
import { jsonFormat } from './detect-json.ts';

const BY_TYPE: Array<[RegExp, SourceFormat]> = [
  [/^text\/calendar|^application\/(ics|x-ical|ical)/, 'ics'],
  [/^application\/ld\+json/, 'jsonld'],
  [/^application\/(rss|atom|rdf)\+xml/, 'rss'],
  [/json/, 'json'],
  [/^text\/html|^application\/xhtml/, 'html'],
  [/xml/, 'rss'],
  [/^text\/plain/, 'text'],
];

const BY_EXTENSION: Record<string, SourceFormat> = {
  ics: 'ics', ical: 'ics', ifb: 'ics', icalendar: 'ics', vcs: 'ics',
  json: 'json', jsonld: 'jsonld',
  rss: 'rss', atom: 'rss', xml: 'rss', rdf: 'rss',
  html: 'html', htm: 'html', php: 'html', asp: 'html', aspx: 'html',
  txt: 'text', text: 'text', md: 'text',
};

const HTML_ELEMENTS = new Set(['html', 'head', 'body', 'meta', 'title', 'div', 'p', 'article', 'section', 'main']);
const FEED_ELEMENTS = new Set(['rss', 'rdf:rdf', 'feed']);

/**
 * The first element of a markup text and whether its DOCTYPE names HTML. XML declarations,
 * comments and a DOCTYPE (RSS 0.91 has one) come before it; `element` is empty when none.
 */
function firstElement(head: string): { element: string; htmlDoctype: boolean; doctype: boolean } {
  const found = { element: '', htmlDoctype: false, doctype: false };
  scanMarkup(head, {
    declaration(text) {
      if (found.element || !/^doctype\b/i.test(text)) return;
      found.doctype = true;
      found.htmlDoctype = /^doctype\s+html\b/i.test(text);
    },
    open(name) {
      found.element ||= name;
    },
  }, { xml: true });
  return found;
}

/** What the first characters say, or undefined when they are not decisive. */
function sniff(text: string, url?: string): SourceFormat | undefined {
  const head = text.slice(0, 4096).replace(/^\uFEFF/, '').trimStart();
  if (/^BEGIN:VCALENDAR/i.test(head)) return 'ics';
  const json = jsonFormat(head, url);
  if (json) return json;
  if (head.startsWith('<')) {
    const { element, htmlDoctype, doctype } = firstElement(head);
    if (FEED_ELEMENTS.has(element)) return 'rss';
    if (htmlDoctype || HTML_ELEMENTS.has(element)) return 'html';
    return doctype ? 'html' : undefined;
  }
  return undefined;
}

/**
 * The format of a source from its text, content type and URL (in that order of trust).
 * @example detectFormat('BEGIN:VCALENDAR\r\n...', 'text/plain') // 'ics'
 * @example detectFormat('', 'application/rss+xml') // 'rss'
 * @example detectFormat('Atelier le 12 mai', undefined, 'https://example.org/news.txt') // 'text'
 */
export function detectFormat(text: string, contentType?: string, url?: string): SourceFormat {
  const sniffed = sniff(text, url);
  if (sniffed) return sniffed;
  const type = (contentType ?? '').toLowerCase().trim();
  if (type) {
    for (const [re, format] of BY_TYPE) if (re.test(type)) return format;
  }
  if (url) {
    let path = url;
    try {
      path = new URL(url, 'file:///').pathname;
    } catch {
      // Not a URL: read it as a path.
    }
    const ext = /\.([a-z0-9]+)$/i.exec(path)?.[1]?.toLowerCase();
    const format = ext ? BY_EXTENSION[ext] : undefined;
    if (format) return format;
  }
  if (text.trimStart().startsWith('<') && firstElement(text.slice(0, 4096)).element) return 'html';
  return 'text';
}
