import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import type { HtmlParser } from '../../../lib/sources/index.ts';
import { readPage } from '../../../lib/sources/html.ts';

const fixtures = join(import.meta.dirname, '../../fixtures/sources');
const now = new Date('2026-11-22T08:00:00Z');
const parseHtml: HtmlParser = (html) => parseHTML(html).document as unknown as Document;
const page = (path: string, extra: { published?: string } = {}) =>
  readPage(parseHtml(readFileSync(join(fixtures, path), 'utf8')), { now, parseHtml, sourceUrl: 'https://partner.example.org/page', ...extra });

describe('readPage', () => {
  it.each([
    ['jsonld/single-event.html', 'jsonld', 1, 'Atelier CV et lettre de motivation – Maison des Solidarités', '2026-11-02', 'fr'],
    ['jsonld/graph.html', 'jsonld', 1, 'Infoabend: Anerkennung ausländischer Berufsabschlüsse', undefined, 'de'],
    ['html/microdata.html', 'html', 1, 'Laboratorio: orientamento al lavoro per rifugiati', undefined, 'it'],
    ['html/text-page.html', 'html', 1, 'Webinar: recognising the skills of third-country nationals', '2026-11-05', 'en'],
  ])('%s', (path, format, count, title, published, language) => {
    const reading = page(path);
    expect(reading.format).toBe(format);
    expect(reading.events).toHaveLength(count);
    expect(reading.pageTitle).toBe(title);
    expect(reading.published).toBe(published);
    expect(reading.language).toBe(language);
  });

  it('reads microdata events with nested place, address and organizer', () => {
    expect(page('html/microdata.html').events[0]).toMatchObject({
      title: 'Laboratorio di orientamento al lavoro per rifugiati',
      start: '2026-12-11T09:30', end: '2026-12-11T12:30', timeZone: 'Europe/Rome',
      location: { name: "Centro Servizi per l'Immigrazione", address: 'Via Assarotti 12, 10122 Torino', city: 'Torino', country: 'IT' },
      organizer: { name: 'CSI Torino', url: 'https://csi.example.it/' },
      url: 'https://partner.example.org/eventi/laboratorio-lavoro',
      source: { format: 'html' },
    });
  });

  it('reads the main text without navigation, asides and footers', () => {
    const reading = page('html/text-page.html');
    expect(reading.text).toContain('Employers, VET providers and integration services');
    expect(reading.text).not.toContain('Newsletter of 1 March 2026');
    expect(reading.text).not.toContain('Next partner meeting');
    expect(reading.text).not.toContain('Funded by');
    expect(reading.events[0]).toMatchObject({ start: '2026-12-08T10:00', mode: 'online', registrationDeadline: '2026-12-04' });
  });

  it('lets the caller set the publication date', () => {
    expect(page('html/text-page.html', { published: '2026-10-01' }).published).toBe('2026-10-01');
  });

  it('does not change the document it reads', () => {
    const doc = parseHtml(readFileSync(join(fixtures, 'html/text-page.html'), 'utf8'));
    const before = doc.documentElement.outerHTML;
    readPage(doc, { now });
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('reports a broken JSON-LD block and still reads the page', () => {
    const doc = parseHtml('<html lang="fr"><head><script type="application/ld+json">{ "@type": "Event", </script></head><body><main><p>Rien</p></main></body></html>');
    const reading = readPage(doc, { now });
    expect(reading.warnings.join()).toMatch(/JSON-LD/);
    expect(reading.text).toBe('Rien');
  });
});
