import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../lib/extract/index.ts';
import { countryIn, indexCities, mainCity, pageTown, placeFromValue, townAfterPreposition } from '../../../lib/extract/place.ts';
import { foldKeepLength } from '../../../lib/relevance/fold.ts';

const NOW = new Date('2026-11-30T12:00:00Z');

describe('a town written with its country after a slash, a comma or a dash', () => {
  it.each([
    ['Graz/Autriche', { city: 'Graz', country: 'AT' }],
    ['Kleinstadt, Deutschland', { city: 'Kleinstadt', country: 'DE' }],
    ['Tulcea – Romania', { city: 'Tulcea', country: 'RO' }],
    ['Larino (Italia)', { city: 'Larino', country: 'IT' }],
  ])('%s', (text, expected) => {
    expect(countryIn(text)).toEqual(expected);
  });

  it.each([
    // A word that is no country after the dash: a heading, not a place.
    ['Malta – Information evening', { name: 'Malta', country: 'MT' }],
    ['Werkstatt – Programm', undefined],
    // An organisation before its country: two words no list knows, or a kind of place or organisation.
    ['Cruz Roja, España', undefined],
    ['Caritas - Italia', undefined],
    ['Castro Urdiales, España', { city: 'Castro Urdiales', country: 'ES' }],
  ])('near miss: %s', (text, expected) => {
    expect(countryIn(text)).toEqual(expected);
  });

  it('gives that town to the date under it', () => {
    const text = 'Pécs/Hongrie\n14-17.10.2024\nLa deuxième rencontre des partenaires a permis de préparer les stages.';
    expect(extractEvents(text, { now: NOW }).events[0]?.location).toEqual({ city: 'Pécs', country: 'HU' });
  });
});

describe('the town a whole page names most', () => {
  it.each([
    ['it', 'Il laboratorio si tiene ogni martedì. I volontari di Cremona accolgono tutti.\n\nContatti: via Verdi 3, Cremona.', 'Cremona'],
    ['de', 'Das Sprachcafé öffnet wieder. Viele Gäste kommen in Witten zusammen.\n\nKontakt: Rathausplatz 1, Witten', 'Witten'],
    // A town of the page's own country before one abroad named as often.
    ['fr', 'Nos partenaires de Porto sont venus. Porto nous a reçus en mai. Grenoble accueille la suite, Grenoble est prête.', 'Grenoble'],
  ])('%s: %s', (language, text, town) => {
    expect(pageTown(text, foldKeepLength(text), language)?.city).toBe(town);
  });

  it('not a town named once', () => {
    const text = 'Le repas partagé aura lieu dans la cour. Une famille venue de Lyon a cuisiné.';
    expect(pageTown(text, foldKeepLength(text), 'fr')).toBeUndefined();
  });
});

describe('a date whose own words name no town takes the town nearest it in its sentence', () => {
  it.each([
    ['The first meeting was in Larino, Italy, from 2 to 4 March 2015, and the second was in Sosnowiec, Poland, from 5 to 7 October 2016.', ['Larino', 'Sosnowiec']],
    ['Il primo incontro si è svolto a Cremona, Italia, dal 2 al 4 marzo 2015, e il secondo a Graz, Austria, dal 5 al 7 ottobre 2016.', ['Cremona', 'Graz']],
  ])('%s', (text, towns) => {
    const events = extractEvents(text, { now: NOW }).events;
    expect(events.map((e) => e.location?.city)).toEqual(towns);
  });

  it.each([
    // Items of a list are apart: the next item's town is not this one's.
    ['Upcoming: language workshop 14 April 2026; partner meeting in Graz 20 June 2026.', '14 April', undefined],
    ['Prossimi appuntamenti: laboratorio di cucina 14 aprile 2026; convegno a Cremona 20 giugno 2026.', '14 aprile', undefined],
    ['Prossimi appuntamenti: laboratorio di cucina 14 aprile 2026; convegno a Cremona 20 giugno 2026.', '20 giugno', 'Cremona'],
  ])('within its list item only: %s (%s)', (text, date, town) => {
    const at = text.indexOf(date);
    expect(indexCities(text, foldKeepLength(text)).townInItem(text, { start: 0, end: text.length }, at)?.city).toBe(town);
  });
});

describe('capitalised words that only look like towns', () => {
  it('a word after the English article in a title-case heading', () => {
    const text = 'Language: A Bridge to Work or a Barrier for Newcomers?';
    expect(townAfterPreposition(text, text)).toBeUndefined();
  });

  it.each([
    // The same preposition in running text, and in an Italian heading, still leads to a town.
    ['Il prossimo incontro sarà a Lesmo, in biblioteca.', 'Lesmo'],
    ['Festa dei Popoli a Camparada', 'Camparada'],
  ])('%s', (text, town) => {
    expect(townAfterPreposition(text, text)?.city).toBe(town);
  });

  it.each([
    // An acronym opening the text that the page also calls "the X Project" / "il progetto X" is no dateline town.
    ['INTEGRA Final conference on the labour market\n\nThe INTEGRA Project closes with a conference.', 'en', undefined],
    ['ORIZZONTI Convegno finale a Roma e in rete\n\nIl progetto ORIZZONTI chiude con un convegno.', 'it', 'Roma'],
    // A town's name in capitals opening a news text is its dateline.
    ['STADTLOHN Der Sommerlauf findet wieder statt. Anmeldungen sind offen.', 'de', 'Stadtlohn'],
  ])('%s', (text, language, town) => {
    expect(mainCity(text, foldKeepLength(text), language)?.city).toBe(town);
  });
});

describe('contact details after a place', () => {
  it.each([
    ['Associazione Esempio via Verdi 6 22100 Como, tel. 031 123456, info@esempio.it', 'Associazione Esempio via Verdi 6 22100 Como'],
    ['Collectif Exemple 12 rue des Lilas 69003 Lyon – téléphone 04 00 00 00 00', 'Collectif Exemple 12 rue des Lilas 69003 Lyon'],
    ['Begegnungszentrum Nord, Lindenstraße 4, 10115 Berlin, www.example.org', 'Lindenstraße 4, 10115 Berlin'],
  ])('are cut off: %s', (value, address) => {
    expect(placeFromValue(value)?.address).toBe(address);
  });

  it('a place without them keeps all its parts (a "Tel Aviv" street is no phone)', () => {
    expect(placeFromValue('Sala Esempio, via Tel Aviv 6, 22100 Como')).toMatchObject({ name: 'Sala Esempio', address: 'via Tel Aviv 6, 22100 Como', city: 'Como' });
  });
});

describe('a dateline in mixed case names the page\'s town', () => {
  it.each([
    ['Publier, le 19 mars 2022 – Les familles accueillies ont visité la ville.', 'fr', 'Publier'],
    ['Lanzahita, 3 de mayo de 2024. La asociación celebra su fiesta.', 'es', 'Lanzahita'],
    ['Kleinwalsertal, am 22. September 2019. Die Woche beginnt.', 'de', 'Kleinwalsertal'],
  ])('%s', (text, language, town) => {
    expect(mainCity(text, foldKeepLength(text), language)?.city).toBe(town);
  });

  it.each([
    // A name and an age, a weekday and a date: no dateline.
    ['Maria, 12 anni, racconta la sua storia di viaggio.', 'it'],
    ['Lunedì, 12 marzo 2024 si parte per la gita.', 'it'],
    ['Thanks, 12 volunteers came to help.', 'en'],
  ])('not: %s', (text, language) => {
    expect(mainCity(text, foldKeepLength(text), language)).toBeUndefined();
  });
});

describe('programme lines that open with their town and date', () => {
  it.each([
    ['Calendario delle serate\n\nSpinetta, 9 marzo 2024: cena dei popoli\nBorgaretto, 16 marzo 2024: laboratorio di cucina', ['Spinetta', 'Borgaretto']],
    ['Calendario de las jornadas\n\nCandeleda, 9 de marzo de 2024: comida intercultural\nPiedralaves, 16 de marzo de 2024: taller de cocina', ['Candeleda', 'Piedralaves']],
  ])('%s', (text, towns) => {
    expect(extractEvents(text, { now: NOW }).events.map((e) => e.location?.city)).toEqual(towns);
  });

  it('not a name and an age', () => {
    expect(townAfterPreposition('Maria, 12 anni, ha raccontato il suo viaggio.', 'x')).toBeUndefined();
  });
});

describe('a meeting point field and a town after a street', () => {
  it.each([
    ['Marche solidaire samedi 14 mai 2022\n\nRendez-vous : place de la Mairie, Brioude', { address: 'place de la Mairie, Brioude', city: 'Brioude' }],
    ['Passeggiata interculturale domenica 15 maggio 2022\n\nAppuntamento: piazza Garibaldi, Lesmo', { address: 'piazza Garibaldi, Lesmo', city: 'Lesmo' }],
  ])('%s', (text, location) => {
    expect(extractEvents(text, { now: NOW }).events[0]?.location).toEqual(location);
  });

  it.each([
    // A street, then a part of a building: no town.
    ['Rue des Lilas 5, Bâtiment B', undefined],
    // Values with nothing left once dates and hours are set aside.
    ['14 mai 2022', undefined],
    ['ore 18', undefined],
  ])('near miss: %s', (value, city) => {
    expect(placeFromValue(value)?.city).toBe(city);
  });
});
