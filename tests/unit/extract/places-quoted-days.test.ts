// Session 24 (issue 12): a quoted organisation's name after its premises or "presso"/"chez", a day's word
// opening a line in the shape of a dateline, and "City of X" where the page writes x in lower case.
// Sentences are written for these tests; none is copied from a page.
import { describe, expect, it } from 'vitest';
import { venueIn, venueLine } from '../../../lib/extract/venue.ts';
import { namedLeads, namedPlaceAt } from '../../../lib/extract/place-named.ts';
import { mainCity, townAfterPreposition } from '../../../lib/extract/place.ts';
import { foldKeepLength } from '../../../lib/relevance/fold.ts';
import { extractEvents } from '../../../lib/extract/index.ts';

describe('a name in quotes after a kind of organisation or a place word', () => {
  it.each([
    ['Il dibattito si terrà presso la sede dell’Associazione “Porta Aperta” (via Roma 12).', 'Associazione “Porta Aperta”'],
    ["Le débat aura lieu dans les locaux de l'association « Terre Commune », 4 rue des Lilas.", '« Terre Commune »'],
    ['La fiesta será en la sede de la asociación “Puente Verde”.', 'asociación “Puente Verde”'],
    ['Das Treffen findet in den Räumen des Vereins „Haus der Vielfalt“ statt.', 'Vereins „Haus der Vielfalt“'],
    ['Rendez-vous chez « Les Amis du Quartier » à 18h.', '« Les Amis du Quartier »'],
    ['Incontro presso il Centro “Casa Rossa”, via Po 3.', 'Centro “Casa Rossa”'],
  ])('%s', (text, name) => {
    expect(venueIn(text)?.name).toBe(name);
  });

  it.each([
    // A quote that never closes on its line, or opens on a lower-case word, names nothing whole.
    ['Il dibattito si terrà presso la sede dell’Associazione “Porta\nAperta”.'],
    ['Rendez-vous chez « les amis » à 18h.'],
  ])('no quoted name: %s', (text) => {
    expect(venueIn(text)?.name ?? '').not.toMatch(/[“”«»]/u);
  });
});

describe('a day word opening a line is no dateline town', () => {
  it.each([
    ['Tuesday, 14 May 2030 9:00 am – 5:00 pm'],
    ['Hoy, 21 de mayo, se celebra la fiesta del barrio.'],
    ['Heute, 3. Mai 2030 feiern wir zusammen.'],
    ['Oggi, 12 giugno, si apre la festa.'],
    ["Samedi, 4 juin 2030 : fête des voisins"],
  ])('%s', (text) => {
    expect(townAfterPreposition(text, text)).toBeUndefined();
  });

  it('a town opening a dateline still counts', () => {
    expect(townAfterPreposition('Rieti, 28 giugno 2030 – festa dei popoli')?.city).toBe('Rieti');
  });
});

describe('"City of X" where the page writes x in lower case names a movement, not a town', () => {
  it.each([
    ['The gathering brought together groups from across the region building cities of welcome.\nCity of Welcome volunteers shared their work.', 'Welcome'],
    ['Our network of towns of refuge met. The Town of Refuge award went to three schools.', 'Refuge'],
  ])('%s', (text, word) => {
    expect(mainCity(text, foldKeepLength(text), 'en')?.city).not.toBe(word);
  });

  it('a council named as such is still the town', () => {
    const text = 'The City of Bradwell invites residents to the fair.\nThe City of Bradwell thanks all volunteers.';
    expect(mainCity(text, foldKeepLength(text), 'en')?.city).toBe('Bradwell');
  });
});

describe('a place known by its name alone after "au", "al", "en el", "at the"', () => {
  const named = (text: string) => namedLeads(text).map((at) => namedPlaceAt(text, at)).find(Boolean)?.name;
  it.each([
    ['Le 12 juin, concert à La Friche, à Marseille.', 'La Friche'],
    ["Le 3 mai, soirée au Lieu d'Europe.", "Lieu d'Europe"],
    ['Le 4 mai, débat au Point Éphémère.', 'Point Éphémère'],
    ['Il 5 maggio festa al Foro Annonario la premiazione del concorso.', 'Foro Annonario'],
    ['Il 6 maggio incontro alla Casa del Quartiere.', 'Casa del Quartiere'],
    ['El 7 de mayo, concierto en La Casa Encendida.', 'La Casa Encendida'],
    ['El 8 de mayo, charla en el Patio de Gigantes.', 'Patio de Gigantes'],
    ['On 9 May, a concert at the Black Box, Belfast.', 'Black Box'],
    ['On 9 May, a market stall between 10am and 4pm at West Quay Gardens.', 'West Quay Gardens'],
  ])('%s', (text, name) => {
    expect(named(text)).toBe(name);
  });

  it.each([
    ['Un voyage au Maroc en mai.'],
    ['Le 12 juin à La Rochelle.'],
    ['Une tradition remontant au XVIe siècle.'],
    ['Elle est animatrice au Collectif Voisins.'],
    ['Ils ont participé au Forum Emploi.'],
    ['Grazie al Comitato Accoglienza per il sostegno.'],
    ['La Comisión de Ayuda al Refugiado presentó el informe.'],
    ['Dieron forma al Primer Encuentro de Mujeres.'],
    ['Una riunione al Ministero fu annullata nel Natale.'.replace('al Ministero', 'al Natale')],
    ['We met at the End of the year.'],
    ['We met at Refugee Week last year.'],
    ['A walk at Easter Sunday is planned.'],
    ['Le débat au Jobday Flandre organisé par le Forem.'],
  ])('no place: %s', (text) => {
    expect(named(text)).toBeUndefined();
  });
});

describe('lines of a list: a speaker with where they come from is no venue; a building after a room is no town', () => {
  it.each([
    ['• Elisa Rossi, Università di Torino'],
    ['Jan Novak – Institute of Sociology'],
    ['Marie Dupont, Université de Lille'],
    ['Lucía Pérez, Universidad de Oviedo'],
  ])('no venue: %s', (line) => {
    expect(venueLine(line)).toBeUndefined();
  });

  it.each([
    ['Sala Rossa, Palazzo Comunale', 'Sala Rossa'],
    ['• Teatro Verdi, Padova', 'Teatro Verdi'],
    ['Erbacher Hof, Ketteler-Saal, Grebenstr. 24, Mainz', 'Erbacher Hof'],
  ])('%s', (line, name) => {
    expect(venueLine(line)?.name).toBe(name);
    expect(venueLine(line)?.city ?? '').not.toMatch(/Palazzo/u);
  });
});

describe('modes and places: French "distanciel", a room or "presence" after "in" is no town', () => {
  const first = (text: string) => extractEvents(text, { now: new Date('2030-01-01T00:00:00Z') }).events[0];
  it.each([
    ['Le 12 juin 2030, conférence en présentiel et en distanciel.', 'hybrid'],
    ['Le 12 juin 2030, atelier en distanciel ou en présentiel à la Maison des associations.', 'hybrid'],
    ['Le 12 juin 2030, formation en distanciel.', 'online'],
  ])('%s', (text, mode) => {
    expect(first(text)?.mode).toBe(mode);
  });

  it.each([
    ['On 12 June 2030, a talk in Room 4, Town Hall, Leeds.', 'Leeds'],
    ['Il 12 giugno 2030 convegno in Sala Rossa, Lodi.', 'Lodi'],
    ['Am 12. Juni 2030 Seminar in Präsenz.', undefined],
  ])('%s', (text, city) => {
    expect(first(text)?.location?.city).toBe(city);
  });
});
