// Field labels for a place in the five languages, a place line with a postcode, and the page's one place for a
// gathering that names none (issue 12, session 20). Sentences are written for these tests; none is copied from a page.
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../lib/extract/index.ts';
import { placeFromValue, VENUE_LABEL } from '../../../lib/extract/place.ts';
import { postcodeLine } from '../../../lib/extract/places-lines.ts';
import { foldKeepLength } from '../../../lib/relevance/fold.ts';

const NOW = new Date('2026-11-30T12:00:00Z');
const labelValue = (line: string) => VENUE_LABEL.exec(foldKeepLength(line))?.[1];
const ABOUT: Record<string, string> = {
  en: 'Part of our work for the integration of refugees and migrants.',
  fr: 'Dans le cadre de notre travail pour l’intégration des réfugiés et des migrants.',
  de: 'Teil unserer Arbeit für die Integration von Geflüchteten und Migranten.',
  it: 'Parte del nostro lavoro per l’integrazione di rifugiati e migranti.',
  es: 'Parte de nuestro trabajo para la integración de personas refugiadas y migrantes.',
};
const firstEvent = (lang: string, text: string) => extractEvents(`${text}\n\n${ABOUT[lang]}`, { now: NOW, published: '2026-03-01' }).events[0];

describe('a place label that also gives the date, ends with a dash, or is a pin', () => {
  it.each([
    ['Datum und Ort: 10. März 2026, 18 Uhr, Interkulturelles Zentrum, Heidelberg', '10. marz 2026, 18 uhr, interkulturelles zentrum, heidelberg'],
    ['Date et lieu : mardi 10 mars, salle Pablo Neruda', 'mardi 10 mars, salle pablo neruda'],
    ['Fecha y lugar: 10 de marzo, Centro Cívico El Tejar', '10 de marzo, centro civico el tejar'],
    ['Luogo e orario: Sala Verdi, ore 18', 'sala verdi, ore 18'],
    ['When and where: Tuesday, Greenway Community Centre', 'tuesday, greenway community centre'],
    ['Venue – Greenway Community Centre', 'greenway community centre'],
    ['Lugar - Casa de la Juventud', 'casa de la juventud'],
    ['📍 The Old Fire Station, Oxford', 'the old fire station, oxford'],
  ])('%s', (line, value) => {
    expect(labelValue(line)).toBe(value);
  });

  it.each([
    // Near misses: a date label alone, a word that only starts like a label, a dash inside a word.
    ['Date et heure : mardi 10 mars, 18h'],
    ['Place-making for newcomers is our aim.'],
    ['Ortsbeirat tagt im Frühjahr'],
    ['Lieu-dit des Granges'],
  ])('not a place label: %s', (line) => {
    expect(labelValue(line)).toBeUndefined();
  });

  it.each([
    ['de', 'Workshop\n\nDatum und Ort: 10. März 2026, 18 Uhr, Interkulturelles Zentrum, Heidelberg\n\nEintritt frei.', { name: 'Interkulturelles Zentrum', city: 'Heidelberg' }],
    ['en', 'Meetup\n\n📅 10 March 2026, 6pm\n📍 The Old Fire Station, Oxford\n\nAll welcome.', { name: 'The Old Fire Station', city: 'Oxford' }],
    ['en', 'Info session\n\nDate: 10 March 2026, 6pm\nVenue - Greenway Community Centre\n\nAll welcome.', { name: 'Greenway Community Centre' }],
  ])('%s: %s', (lang, text, place) => {
    expect(firstEvent(lang, text)?.location).toMatchObject(place);
  });
});

describe('a date value keeps the place it names after its date', () => {
  it.each([
    ['13th – 16th March 2027 in Brussels, Belgium', { city: 'Brussels', country: 'BE' }],
    ['4 – 5 mai 2027 à Lyon', { city: 'Lyon', country: 'FR' }],
    ['12 marzo 2027 presso Casa della Carità, via Brambilla 10', { name: 'Casa della Carità', address: 'via Brambilla 10' }],
  ])('%s', (value, place) => {
    expect(placeFromValue(value)).toEqual(place);
  });

  it('near miss: a long sentence after a date names no place after its last "in"', () => {
    expect(placeFromValue('Il 17 ottobre 2027 la città ospiterà un incontro nazionale sul diritto di asilo in Italia')?.name).toBeUndefined();
  });

  it('near miss: a house number is kept, only an ordinal day is dropped', () => {
    expect(placeFromValue('Centre Pompidou, rue Beaubourg, 3')?.address).toBe('rue Beaubourg, 3');
  });
});

describe("a line of a place's name and postcode", () => {
  it.each([
    ['Fabrique du Viala Lanuéjols 48000 Lozère Occitanie', true],
    ['Centro Sociale Il Ponte - 40121 Bologna', true],
    ['Bürgertreff Am Markt 79098 Freiburg', true],
    ['Espacio Vecinal La Unión 28045 Madrid', true],
    // Near misses: a count, a year, a sentence, a number with no town after it.
    ['Über 12000 Besucher kamen', false],
    ['Plus de 20000 Visiteurs', false],
    ['Il 12 marzo 2027 a Bologna', false],
    ['Le centre a reçu 48000 euros de la Région', false],
    ['Référence 12345', false],
  ])('%s', (line, expected) => {
    expect(postcodeLine(line)).toBe(expected);
  });
});

describe("a gathering that names no place is at the page's one place", () => {
  it.each([
    ['fr', 'Banquet partagé\n\nLe samedi 7 mars 2026 à 19h aura lieu notre banquet avec les habitants venus de loin. Prix libre.\n\nFabrique des Arts Florac 48400 Lozère', 'Lozère'],
    ['it', 'Cena multietnica\n\nSabato 7 marzo 2026 alle 20 cena con piatti da tutto il mondo. Offerta libera.\n\nSpazio Comune Il Melo 20900 Monza', 'Monza'],
    ['es', 'Comida solidaria\n\nEl sábado 7 de marzo de 2026 a las 14:00 comida compartida con las familias.\n\nLugar: Centro Vecinal El Pilar, Teruel', 'Teruel'],
  ])('%s', (lang, text, town) => {
    expect(JSON.stringify(firstEvent(lang, text)?.location ?? {})).toContain(town);
  });

  it('near miss: two address lines leave the place open', () => {
    const text = 'Banquet partagé\n\nLe samedi 7 mars 2026 à 19h aura lieu notre banquet avec les habitants venus de loin.\n\nFabrique des Arts Florac 48400 Lozère\n\nAtelier Solidaire Mende 48000 Lozère';
    const event = firstEvent('fr', text);
    expect(event?.start).toBe('2026-03-07T19:00');
    expect(event?.location?.address).toBeUndefined();
  });

  it('near miss: an online gathering takes no place', () => {
    const text = 'Webinar\n\nOn 7 March 2026 at 6pm we meet on Zoom to talk about housing.\n\nHope Hall Trust 12345 Springfield';
    const event = firstEvent('en', text);
    expect(event?.mode).toBe('online');
    expect(event?.location).toBeUndefined();
  });
});
