/**
 * Dates around events that are not events (issue 12, precision), as short sentences of our
 * own in the five languages: each table is one general category.
 */
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../lib/extract/index.ts';

// Late in the year and late in the day: no year may come from the wall clock.
const now = new Date('2026-12-31T23:40:00Z');
const starts = (text: string) => extractEvents(text, { now }).events.map((e) => e.start.slice(0, 10));

describe('the eve of a gathering of several days is logistics, not an event', () => {
  it.each([
    ['en', 'Integration symposium, Graz, 14-15 March 2019\n\nProgramme\n\nWednesday, 13 March 2019\n\n17h00 Participants’ arrival\n18h30 Welcome dinner\n\nThursday, 14 March 2019\n\n09h00 Opening session on the inclusion of refugees\n11h00 Panel on housing'],
    ['de', 'Fachtagung Integration, Linz, 14.–15. März 2019\n\nProgramm\n\nMittwoch, 13. März 2019\n\n17.00 Anreise und Registrierung\n19.00 Begrüßungsabend\n\nDonnerstag, 14. März 2019\n\n9.00 Eröffnung und Vortrag zur Aufnahme Geflüchteter'],
    ['fr', 'Séminaire sur l\'intégration des réfugiés, Lyon, 14-15 mars 2019\n\nProgramme\n\nMercredi 13 mars 2019\n\n17h00 Arrivée des participants\n19h30 Dîner de bienvenue\n\nJeudi 14 mars 2019\n\n9h00 Ouverture et table ronde sur l\'accueil'],
    ['it', 'Seminario sull\'integrazione dei migranti, Torino, 14-15 marzo 2019\n\nProgramma\n\nMercoledì 13 marzo 2019\n\n17.00 Arrivo dei partecipanti\n19.30 Cena di benvenuto\n\nGiovedì 14 marzo 2019\n\n9.00 Apertura e tavola rotonda sull\'accoglienza'],
    ['es', 'Seminario sobre la integración de personas migrantes, Sevilla, 14-15 de marzo de 2019\n\nPrograma\n\nMiércoles 13 de marzo de 2019\n\n17.00 Llegada de los participantes y acreditación\n19.30 Cena de bienvenida\n\nJueves 14 de marzo de 2019\n\n9.00 Inauguración y mesa redonda'],
  ])('%s', (_lang, text) => {
    const found = starts(text);
    expect(found).toContain('2019-03-14');
    expect(found).not.toContain('2019-03-13');
  });

  it.each([
    ['a screening on the eve is a gathering of its own', 'Integration symposium, Graz, 14-15 March 2019\n\nWednesday, 13 March 2019\n\n19h00 Public screening of a film on refugees, with registration at the door\n\nThursday, 14 March 2019\n\n09h00 Opening session'],
    ['a day two days before the span is not its eve', 'Integration symposium, Graz, 14-15 March 2019\n\nTuesday, 12 March 2019\n\n18h00 Registration of participants for the refugee mentoring scheme\n\nThursday, 14 March 2019\n\n09h00 Opening session'],
  ])('%s', (_name, text) => {
    expect(starts(text)).toEqual(expect.arrayContaining(['2019-03-14', expect.stringMatching(/^2019-03-1[23]$/)]));
  });
});
