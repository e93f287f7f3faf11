/**
 * Which format a source is in. The text decides first (servers often send calendars as
 * text/plain or text/html), then the content type, then the URL's extension.
 */
import type { SourceFormat } from '../model/event.ts';

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

/** What the first characters say, or undefined when they are not decisive. */
function sniff(text: string): SourceFormat | undefined {
  const head = text.slice(0, 4096).replace(/^\uFEFF/, '').trimStart();
  if (/^BEGIN:VCALENDAR/i.test(head)) return 'ics';
  if (head.startsWith('{') || head.startsWith('[')) {
    if (/"@context"|"@type"|"@graph"/.test(head) && !/"version"\s*:\s*1\b/.test(head)) return 'jsonld';
    return 'json';
  }
  if (head.startsWith('<')) {
    // Skip the XML declaration, comments and doctype to the first element.
    const body = head.replace(/^(?:<\?[\s\S]*?\?>|<!--[\s\S]*?-->|\s)+/, '');
    if (/^<!doctype\s+html|^<(html|head|body|meta|title|div|p|article|section|main)\b/i.test(body)) return 'html';
    if (/^<(rss|rdf:RDF|feed)\b/i.test(body)) return 'rss';
    if (/^<!doctype/i.test(body)) return 'html';
    return undefined;
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
  const sniffed = sniff(text);
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
  const head = text.trimStart();
  if (head.startsWith('<') && /<\/?[a-z][\w-]*[^>]*>/i.test(head.slice(0, 4096))) return 'html';
  return 'text';
}
