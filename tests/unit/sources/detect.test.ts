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
];

describe('detectFormat', () => {
  it.each(cases)('%s', (_label, text, contentType, url, expected) => {
    expect(detectFormat(text, contentType, url)).toBe(expected);
  });
});
