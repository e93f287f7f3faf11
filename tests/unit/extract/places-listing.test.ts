// A listing's date line that goes on with the town and its place, and a person's organisation in brackets, which
// is where they come from, not where the gathering is (issue 12, session 20). Texts written for these tests.
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../lib/extract/index.ts';
import { venueIn } from '../../../lib/extract/venue.ts';

const now = new Date('2026-11-30T12:00:00Z');
const ABOUT: Record<string, string> = {
  en: 'Part of our work for the integration of refugees and migrants.',
  fr: 'Dans le cadre de notre travail pour l’intégration des réfugiés et des migrants.',
  it: 'Parte del nostro lavoro per l’integrazione di rifugiati e migranti.',
};
const firstPlace = (lang: string, text: string) => extractEvents(`${text}\n\n${ABOUT[lang]}`, { now, published: '2026-01-10' }).events[0]?.location;

describe('a date line that goes on with a known town and its place', () => {
  it.each([
    ['fr', 'Journée d’étude\n\n12 mars 2026 – Lyon – Maison des Passages\nUne journée sur l’accueil, ouverte à tous.', { city: 'Lyon', name: 'Maison des Passages' }],
    ['it', 'Giornata di studio\n\n12 marzo 2026 - Bologna, Cortile Verde\nUna giornata sull’accoglienza aperta a tutti.', { city: 'Bologna', name: 'Cortile Verde' }],
  ])('%s', (lang, text, place) => {
    expect(firstPlace(lang, text)).toMatchObject(place);
  });

  it('near miss: another item of a list after the date is not its place', () => {
    const events = extractEvents('Next dates: Language workshop for refugees 21 April 2026; Webinar on housing 5 May 2026; Lyon 21 June 2026 – Final Conference.', { now, published: '2026-01-10' }).events;
    expect(events[0]?.location?.name).toBeUndefined();
  });

  it("near miss: a heading's words after the town are no venue", () => {
    const place = firstPlace('en', 'Refugee Week\n\nJune 18 2026 – Dublin Events\nA week of talks, films and food.');
    expect(place?.city).toBe('Dublin');
    expect(place?.name).toBeUndefined();
  });
});

describe("a person's organisation in brackets is no venue", () => {
  it.each([
    ['9h : Accueil par Joseph Martin et Anne-Lise Perrot (Université Lumière Lyon 2).'],
    ['Presentazione di William Bianchi (Casa della Cultura) e di altri ospiti.'],
    ['With a talk by Sarah Collins (Refugee Action Centre) on housing.'],
  ])('%s', (text) => {
    expect(venueIn(text)).toBeUndefined();
  });

  it.each([
    // Near misses: an event's name or a day before the bracket is no person.
    ['Welcome Day (Town Hall) for new families.', 'Town Hall'],
    ['MARTES 20 DE SEPTIEMBRE (Casa del Mar)', 'Casa del Mar'],
  ])('%s', (text, name) => {
    expect(venueIn(text)?.name).toBe(name);
  });
});
