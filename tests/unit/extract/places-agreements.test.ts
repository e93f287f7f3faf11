import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../lib/extract/index.ts';
import { citiesIn } from '../../../lib/extract/place.ts';
import { townInAddress } from '../../../lib/extract/places-address.ts';

const NOW = new Date('2026-11-30T12:00:00Z');
const place = (text: string, url?: string) => extractEvents(text, { now: NOW, published: '2026-03-01', ...(url ? { url } : {}) }).events.map((e) => e.location);

describe('a town that names a treaty, a convention or a procedure', () => {
  it.each([
    ['Settantacinque anni dopo la Convenzione di Ginevra, i diritti dei rifugiati restano fragili.'],
    ['The Geneva Convention defines who is a refugee.'],
    ['Le règlement de Dublin impose de déposer la demande dans le premier pays.'],
    ['Seit der Reform des Dublin-Verfahrens warten viele Familien länger.'],
    ['Los traslados Dublín III afectan a cientos de personas.'],
    ['El Tratado de Lisboa reconoce la Carta de derechos.'],
    ['The Bologna Process made degrees easier to recognise.'],
  ])('names no place: %s', (text) => {
    expect(citiesIn(text, 5)).toEqual([]);
  });

  it.each([
    // Near misses: the same towns where people gather.
    ['La conferenza si terrà a Ginevra, nella sede dell’UNHCR.', 'Ginevra'],
    ['The summit on asylum will be held in Dublin on 3 May.', 'Dublin'],
    ['Das Treffen in Genf beginnt am Morgen.', 'Genf'],
  ])('still a place: %s', (text, town) => {
    expect(citiesIn(text, 5).map((c) => c.name)).toEqual([town]);
  });

  it('gives an event no town from the convention its page cites', () => {
    const text = 'Giornata del rifugiato\n\nIl 20 giugno 2026, a settantacinque anni dalla Convenzione di Ginevra, alle 9 torneo di calcio tra studenti nel campo sportivo.';
    expect(place(text)[0]?.city).toBeUndefined();
  });
});

describe("the town a page's own site is named after", () => {
  it.each([
    ['https://www.comune.arcore.mb.it/notizie/festa-dei-popoli', 'Arcore', 'IT'],
    ['https://www.stadtlohn.de/aktuelles/begegnungsfest', 'Stadtlohn', 'DE'],
    ['https://www.mairie-blagnac.fr/actualites/fete', 'Blagnac', 'FR'],
    ['https://bienestarsocial.totana.es/noticia.asp?id=1', 'Totana', 'ES'],
  ])('%s', (url, city, country) => {
    expect(townInAddress(url)).toEqual({ city, country });
  });

  it.each([
    // A site under a domain of no country could be anywhere; a town of another country is not this site's.
    ['https://www.stadtlohn.org/news'],
    ['https://refugees-nice.com/events'],
    ['https://www.bologna-friends.de/'],
    // Not an address at all.
    ['not a url'],
    [undefined],
  ])('none in %s', (url) => {
    expect(townInAddress(url)).toBeUndefined();
  });

  it('places an in-person gathering whose page names no town there', () => {
    const text = 'Begegnungsfest\n\nAm Samstag, 14. März 2026, feiern wir ab 15 Uhr im Bürgerhaus unser Begegnungsfest mit Musik und Essen.';
    expect(place(text, 'https://www.stadtlohn.de/aktuelles/begegnungsfest')[0]).toMatchObject({ city: 'Stadtlohn', country: 'DE' });
  });

  it('leaves a town the page names itself alone', () => {
    const text = 'Fiesta intercultural en Fuengirola\n\nEl sábado 14 de marzo de 2026 a las 12:00 horas celebramos la fiesta en la plaza de la Constitución de Fuengirola.';
    expect(place(text, 'https://bienestarsocial.totana.es/noticia.asp?id=2')[0]?.city).toBe('Fuengirola');
  });

  it('gives no town to an online gathering', () => {
    const text = 'Webinar\n\nAm Donnerstag, 12. März 2026, um 18 Uhr findet unser Webinar über Zoom statt.';
    expect(place(text, 'https://www.stadtlohn.de/aktuelles/webinar')[0]).toBeUndefined();
  });
});
