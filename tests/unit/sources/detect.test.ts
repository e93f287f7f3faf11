import { describe, expect, it } from 'vitest';
import type { SourceFormat } from '../../../lib/model/event.ts';
import { detectFormat } from '../../../lib/sources/detect.ts';

const cases: Array<[string, string, string | undefined, string | undefined, SourceFormat]> = [
  ['ICS text', 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\n', undefined, undefined, 'ics'],
  ['ICS with BOM and blank lines', '\uFEFF\r\n\r\nbegin:vcalendar\n', undefined, undefined, 'ics'],
  ['ICS served as text/html', 'BEGIN:VCALENDAR\n', 'text/html', 'https://x.org/page.html', 'ics'],
  ['feed v1', '{"version":1,"title":"x","events":[]}', 'text/plain', undefined, 'json'],
  ['JSON-LD document', '{"@context":"https://schema.org","@type":"Event"}', undefined, undefined, 'jsonld'],
  ['JSON-LD array', '[{"@context":"https://schema.org","@type":"Event"}]', 'application/json', undefined, 'jsonld'],
  ['plain JSON', '{"events":[]}', undefined, undefined, 'json'],
  ['RSS 2.0', '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>', undefined, undefined, 'rss'],
  ['Atom', '<?xml version="1.0"?><!-- generator --><feed xmlns="http://www.w3.org/2005/Atom">', 'text/xml', undefined, 'rss'],
  ['RSS 1.0', '<?xml version="1.0"?><rdf:RDF xmlns:rdf="x">', undefined, undefined, 'rss'],
  ['HTML document', '<!DOCTYPE html><html lang="fr"><head>', undefined, undefined, 'html'],
  ['HTML without doctype', '  <html><body>hi</body></html>', undefined, undefined, 'html'],
  ['HTML labelled as XML', '<!doctype html><html>', 'application/xml', undefined, 'html'],
  ['content type decides for unclear text', 'Atelier le 12 mai', 'text/calendar; charset=utf-8', undefined, 'ics'],
  ['RSS content type', '', 'application/rss+xml', undefined, 'rss'],
  ['Atom content type', '', 'application/atom+xml; charset=utf-8', undefined, 'rss'],
  ['ld+json content type', '', 'application/ld+json', undefined, 'jsonld'],
  ['URL extension .ics', '', undefined, 'https://x.org/cal/basic.ics?key=1', 'ics'],
  ['URL extension .json', '', 'application/octet-stream', 'https://x.org/feed.json', 'json'],
  ['file path .html', '', undefined, 'pages/event.html', 'html'],
  ['plain text', 'Webinar on 12 May 2027 at 10:00', undefined, undefined, 'text'],
  ['text/plain', 'Atelier', 'text/plain', 'https://x.org/', 'text'],
  ['empty', '', undefined, undefined, 'text'],
  ['HTML fragment', '<p>Atelier le <b>12 mai</b></p>', undefined, undefined, 'html'],
  ['RSS 0.91 with its DOCTYPE', '<?xml version="1.0" encoding="ISO-8859-1"?>\n<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN"\n "http://my.netscape.com/publish/formats/rss-0.91.dtd">\n<rss version="0.91"><channel>', 'text/html', undefined, 'rss'],
  ['RSS with BOM, comments and a DOCTYPE with an internal subset', '\uFEFF<?xml version="1.0"?>\n<!-- generated -->\n<!DOCTYPE rss [ <!ENTITY nbsp "&#160;"> ]>\n<!-- feed -->\n<rss version="2.0">', undefined, undefined, 'rss'],
  ['Atom after a stylesheet instruction', '<?xml version="1.0"?><?xml-stylesheet type="text/xsl" href="/feed.xsl"?><feed xmlns="http://www.w3.org/2005/Atom">', 'text/html', undefined, 'rss'],
  ['HTML doctype with a comment before', '<!-- cached page --><!DOCTYPE html><html>', 'application/rss+xml', undefined, 'html'],
  ['The Events Calendar REST answer', '{"events":[{"id":101,"global_id":"ngo.example?id=101","url":"https:\\/\\/ngo.example\\/event\\/a\\/","rest_url":"https:\\/\\/ngo.example\\/wp-json\\/tribe\\/events\\/v1\\/events\\/101"}]}', 'application/json', undefined, 'tec'],
  ['an empty TEC answer known by its address', '{"events":[],"total":0,"total_pages":0}', 'application/json', 'https://ngo.example/wp-json/tribe/events/v1/events', 'tec'],
  ['a JSON object with events elsewhere', '{"events":[]}', 'application/json', 'https://x.org/api/events', 'json'],
];

describe('detectFormat', () => {
  it.each(cases)('%s', (_label, text, contentType, url, expected) => {
    expect(detectFormat(text, contentType, url)).toBe(expected);
  });
});
