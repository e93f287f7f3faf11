// Kinds of venue in the five languages (issue 12, session 20): a place known without a name ("au lycée", "in the
// village hall"), a kind told by "of" and a noun before its name ("maison de quartier X"), an organisation's own
// school, English names that end with their kind. Sentences are written for these tests; none is copied from a page.
import { describe, expect, it } from 'vitest';
import { venueIn } from '../../../lib/extract/venue.ts';

describe('a place the community has one of, named by its kind alone', () => {
  it.each([
    ['Nous avons reçu au lycée une délégation de quatre pays jeudi matin.', 'lycée'],
    ["La réunion des parents se tient à l'école, à 18h.", "l'école"],
    ['Il pranzo si terrà nella scuola primaria alle 13.', 'scuola primaria'],
    ['La misa multicultural será en la iglesia a las 12.', 'la iglesia'],
    ['The parents meet at the school on Monday.', 'the school'],
    ['Tea and cake in the village hall from 3pm.', 'the village hall'],
    ['The group meets in the church hall every Tuesday.', 'the church hall'],
    ['Join us at the community centre at 10am.', 'the community centre'],
  ])('%s', (text, name) => {
    expect(venueIn(text)?.name).toBe(name);
  });

  it.each([
    // Near misses: the kind opens a compound or a figure of speech.
    ['The meeting takes place in the school year of change.'],
    ["La réunion a lieu à 9h, car l'école de la vie commence tôt."],
    ['Sono tornati alla scuola pubblicitaria di Milano con idee nuove.'],
    ['Lo hablamos en la iglesia evangélica de la esquina.'],
  ])('not a place by its kind alone: %s', (text) => {
    const venue = venueIn(text);
    expect(venue?.name === undefined || !/^(?:the |l'|la |il |el )?(?:school|école|scuola|iglesia)$/u.test(venue.name)).toBe(true);
  });

  it('a named venue in the same words wins over the unnamed kind', () => {
    expect(venueIn("Après l'accueil au lycée, la soirée continue à la Maison des Associations.")?.name).toBe('Maison des Associations');
  });
});

describe("a kind of place told by 'of' and a noun, then its name or street", () => {
  it.each([
    ['La fête aura lieu à la maison de quartier Saint-Jean dès 14h.', { name: 'maison de quartier Saint-Jean' }],
    ['Il corso si terrà nel centro di accoglienza di via Roma.', { name: 'centro di accoglienza', address: 'via Roma' }],
    ['La vacunación será en el centro de salud Los Ángeles por la mañana.', { name: 'centro de salud Los Ángeles' }],
  ])('%s', (text, place) => {
    expect(venueIn(text)).toMatchObject(place);
  });

  it('near miss: "de la" is an article, not a noun of the kind', () => {
    expect(venueIn('Rendez-vous à la maison de la Paix à 18h.')?.name).toBe('maison de la Paix');
  });
});

describe("an organisation's own school", () => {
  it.each([
    ['Das Projekttreffen fand in unserer Schule statt.', 'unserer Schule'],
    ["L'incontro del progetto si è svolto nella nostra scuola.", 'nostra scuola'],
    ['La reunión del proyecto tuvo lugar en nuestro instituto.', 'nuestro instituto'],
    ['The partners were welcomed in our school for three days.', 'our school'],
  ])('%s', (text, name) => {
    expect(venueIn(text)?.name).toBe(name);
  });

  it('near miss: a school named as what one likes is no place', () => {
    expect(venueIn('Unsere Schüler lieben unsere Schule sehr.')).toBeUndefined();
  });
});

describe('English names that end with a place of worship, a square or a hall', () => {
  it.each([
    ['The open day takes place at the Central Mosque at 2pm.', 'Central Mosque'],
    ['A vigil will be held at Victoria Square on Friday.', 'Victoria Square'],
    ['Langar is served at Oak Tree Gurdwara after the prayers.', 'Oak Tree Gurdwara'],
    ['The citizenship ceremony is at the Guildhall.', 'Guildhall'],
  ])('%s', (text, name) => {
    const venue = venueIn(text);
    expect(venue?.name ?? venue?.address).toBe(name);
  });

  it('near miss: a square of numbers is no place', () => {
    expect(venueIn('The answer is the square of the number.')).toBeUndefined();
  });
});
