// Which place belongs to which gathering on a page with several (issue 12, session 20): the lines under a date
// before the line above it (which may end the item before), a venue line named by a German compound, a venue
// that invites to the gathering of its paragraph. Texts are written for these tests; none is copied from a page.
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../lib/extract/index.ts';

const now = new Date('2026-11-30T12:00:00Z');
const ABOUT: Record<string, string> = {
  en: 'Part of our work for the integration of refugees and migrants.',
  de: 'Teil unserer Arbeit für die Integration von Geflüchteten und Migranten.',
  it: 'Parte del nostro lavoro per l’integrazione di rifugiati e migranti.',
  fr: 'Dans le cadre de notre travail pour l’intégration des réfugiés et des migrants.',
};
const places = (lang: string, text: string) =>
  extractEvents(`${text}\n\n${ABOUT[lang]}`, { now, published: '2026-06-01' }).events.map((e) => e.location?.name ?? e.location?.address);

describe("a programme's item takes the place under its date, not the last line of the item above", () => {
  it.each([
    ['de', 'Interkulturelle Woche\n\nMittwoch, 23. September 2026\n19 Uhr Lesung\nStadtbibliothek, Marktplatz 3\n\nSamstag, 26. September 2026\n14 Uhr Fest der Kulturen\nBürgerpark',
      ['Stadtbibliothek', 'Bürgerpark']],
    ['it', 'Settimana dell’accoglienza\n\nMercoledì 23 settembre 2026\nore 21 proiezione\nCinema Lux, via Roma 5\n\nSabato 26 settembre 2026\nore 15 festa finale\nGiardini Pubblici',
      ['Cinema Lux', 'Giardini Pubblici']],
    ['fr', 'Semaine de l’accueil\n\nMercredi 23 septembre 2026\n20h projection\nCinéma Le Méliès, 12 rue Carnot\n\nSamedi 26 septembre 2026\n15h fête de clôture\nParc Mistral',
      ['Cinéma Le Méliès', 'Parc Mistral']],
  ])('%s', (lang, text, expected) => {
    expect(places(lang, text)).toEqual(expected);
  });

  it('near miss: a heading above the date with no place under it still gives the place', () => {
    const text = 'Programm\n\nRathaus Mitte, Großer Saal\n\nMontag, 21. September 2026\n18 Uhr Eröffnung der Woche';
    expect(places('de', text)).toEqual(['Rathaus Mitte']);
  });
});

describe('a venue that invites to the gathering of its paragraph', () => {
  it.each([
    ['en', 'Two events\n\nOur partners at the Riverside Centre host a coffee morning for newcomers. It takes place on 15 June 2026 at 10am.\n\nThe Central Library invites families to a storytelling afternoon. Come on 17 June 2026 at 3pm.',
      ['Riverside Centre', 'The Central Library']],
    ['fr', 'Deux rendez-vous\n\nLe Centre Social Bonneveine accueille un café des parents. Il aura lieu le 15 juin 2026 à 10h.\n\nLa Médiathèque Jean Giono invite les familles à une heure du conte. Rendez-vous le 17 juin 2026 à 15h.',
      ['Centre Social Bonneveine', 'Médiathèque Jean Giono']],
  ])('%s', (lang, text, expected) => {
    expect(places(lang, text)).toEqual(expected);
  });

  it('near miss: a school that invites applications names no venue for a gathering elsewhere', () => {
    const text = 'News\n\nThe welcome meeting for new families is on 15 June 2026 at 10am at the Riverside Centre.\n\nThe Language School invites applications for its autumn courses.';
    expect(places('en', text)).toEqual(['Riverside Centre']);
  });
});
