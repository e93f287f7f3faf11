/** A date under a field label alone on its line ("Datum und Uhrzeit", "Date et heure", ...) is the event's, not the page's stamp. */
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../lib/extract/index.ts';

const now = new Date('2026-06-15T12:00:00Z');

describe('a date under a field label', () => {
  it.each([
    ['de', 'Sprachcafé für Geflüchtete\nDatum und Uhrzeit\n12.03.2016, 15:00\nOrt\nStadtbibliothek, Marktplatz 1', '2016-03-12T15:00'],
    ['fr', 'Café des langues pour les personnes réfugiées\nDate et heure\n12.03.2016, 15:00\nLieu\nMédiathèque, place du Marché', '2016-03-12T15:00'],
    ['it', 'Caffè linguistico per rifugiati\nData e ora\n12.03.2016, 15:00\nLuogo\nBiblioteca civica, piazza del Mercato', '2016-03-12T15:00'],
    ['es', 'Café de idiomas para personas refugiadas\nFecha y hora\n12.03.2016, 15:00\nLugar\nBiblioteca municipal, plaza Mayor', '2016-03-12T15:00'],
    ['en', 'Language café for refugees\nDate and time\n12.03.2016, 15:00\nVenue\nCentral Library, Market Square', '2016-03-12T15:00'],
  ])('%s', (_lang, text, start) => {
    expect(extractEvents(text, { now }).events.map((e) => e.start)).toEqual([start]);
  });
});

describe('an end label is a word of its own', () => {
  it.each([
    ['de: "Abend um" is no "Ende um"', 'Treffen für Geflüchtete am 5. März 2016 um 17 Uhr im Jugendhaus, am Abend um 19 Uhr gemeinsames Essen.', '2016-03-05T17:00'],
    ['en: "weekend at" is no "end at"', 'Meeting for refugees on 5 March 2016 at 10am in the hall; at the weekend at 2pm a picnic follows.', '2016-03-05T10:00'],
  ])('%s', (_name, text, start) => {
    expect(extractEvents(text, { now }).events.map((e) => [e.start, e.end])).toEqual([[start, undefined]]);
  });
});
