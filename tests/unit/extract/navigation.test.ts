import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../lib/extract/index.ts';

const now = new Date('2026-12-31T23:40:00Z');
const starts = (text: string) => extractEvents(text, { now, published: '2025-03-01' }).events.map((e) => e.start);

describe('dates in a page\'s navigation are not events', () => {
  it.each([
    ['en', 'Job fair for refugees on 20 March 2025 at the Town Hall, 10:00-16:00.\n\n« Previous event: Workshop on housing rights, 12 February 2025\nNext event: Language café, 3 April 2025 »'],
    ['fr', 'Forum emploi pour les personnes réfugiées le 20 mars 2025 de 10h à 16h à la mairie.\n\nÉvénement précédent\nAtelier logement – 12 février 2025'],
    ['de', 'Jobbörse für Geflüchtete am 20. März 2025 von 10 bis 16 Uhr im Rathaus.\n\nÄhnliche Beiträge\nWorkshop Wohnen – 12. Februar 2025\nSprachcafé – 3. April 2025'],
    ['it', 'Fiera del lavoro per rifugiati il 20 marzo 2025 dalle 10 alle 16 in Comune.\n\nArticoli correlati\nWorkshop sulla casa, 12 febbraio 2025\nCaffè linguistico, 3 aprile 2025'],
    ['es', 'Feria de empleo para personas refugiadas el 20 de marzo de 2025 de 10:00 a 16:00 en el Ayuntamiento.\n\nEntradas recientes\nTaller de vivienda – 12 de febrero de 2025'],
  ])('%s', (_lang, text) => {
    expect(starts(text)).toEqual(['2025-03-20T10:00']);
  });
});

describe('a calendar widget or archive list of bare dates is not a list of events', () => {
  it.each([
    ['en', 'Events calendar\nDate : Monday, 6 January 2025\nDate : Tuesday, 7 January 2025\nDate : Friday, 10 January 2025\n\nRefugee employment forum\nDate: Thursday, 20 March 2025 10:00 - 16:00\nVenue: City Library, Ghent'],
    ['de', 'Kalender\nMo, 6. Januar 2025\nDi, 7. Januar 2025\nFr, 10. Januar 2025\n\nJobbörse für Geflüchtete am Donnerstag, 20. März 2025 von 10 bis 16 Uhr im Rathaus.'],
    ['es', 'Agenda\nlunes, 6 de enero de 2025\nmartes, 7 de enero de 2025\nviernes, 10 de enero de 2025\n\nFeria de empleo para personas refugiadas el jueves 20 de marzo de 2025 de 10:00 a 16:00 en el Ayuntamiento.'],
  ])('%s', (_lang, text) => {
    expect(starts(text)).toEqual(['2025-03-20T10:00']);
  });

  it('keeps a run of dated sessions that carry their times', () => {
    const text = 'Workshops for refugee women at the City Library, Ghent:\nWednesday 12 March 2025, 18:00-20:00\nWednesday 19 March 2025, 18:00-20:00\nWednesday 26 March 2025, 18:00-20:00';
    expect(starts(text)).toEqual(['2025-03-12T18:00', '2025-03-19T18:00', '2025-03-26T18:00']);
  });
});

describe('readers\' comments under a post', () => {
  const now = new Date('2026-12-31T23:40:00Z');
  it.each([
    ['en', 'Language café for refugees\n\nOur language café for refugees meets on 12 March 2019 at 18:00 in the library.\n\n3 comments\n\nMaria says:\n14 March 2019 at 10:15\nGreat event, thank you!\n\nJohn says:\n15 March 2019 at 09:02\nSee you next time.'],
    ['it', 'Corso di lingua per migranti\n\nIl laboratorio di lingua per migranti inizia il 12 marzo 2019 alle 18:00 in biblioteca.\n\n2 commenti\n\nGiulia\n14 marzo 2019 alle 10:15\nBellissima iniziativa!\n\nRispondi'],
    ['fr', 'Atelier emploi pour les réfugiés\n\nL\'atelier aura lieu le 12 mars 2019 à 14h.\n\nPaul a dit :\n14 mars 2019 à 10 h 15\nMerci pour cet atelier !'],
    ['de', 'Sprachcafé für Geflüchtete\n\nDas Sprachcafé findet am 12. März 2019 um 18 Uhr statt.\n\nKommentare\n\nAnna\n14. März 2019 um 10:15 Uhr\nTolle Idee!'],
    ['es', 'Taller de empleo para migrantes\n\nEl taller tendrá lugar el 12 de marzo de 2019 a las 10:00.\n\nJuan dice:\n14 de marzo de 2019 a las 10:15\n¡Gracias!'],
  ])('are not events (%s)', (_lang, text) => {
    expect(extractEvents(text, { now }).events.map((e) => e.start.slice(0, 10))).toEqual(['2019-03-12']);
  });
});
