import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../lib/extract/index.ts';
import { citiesIn, indexCities, townAfterPreposition } from '../../../lib/extract/place.ts';
import { freeTownCountry, parseCoded, townCountry } from '../../../lib/extract/places-data.ts';
import { foldKeepLength } from '../../../lib/relevance/fold.ts';

const NOW = new Date('2026-11-30T12:00:00Z');

describe('the towns of Europe with 10,000 people or more (places-towns.ts)', () => {
  it.each([
    ['castro urdiales', 'ES'],
    ['sosnowiec', 'PL'],
    ['arcore', 'IT'],
    // Hyphens and apostrophes count as spaces, as the page may write either.
    ["saint-martin-d'hères", 'FR'],
    ['saint martin d heres', 'FR'],
    ['todmorden', 'GB'],
    // The hand list answers first, in any of its languages.
    ['bruxelles', 'BE'],
  ])('knows %s', (name, code) => {
    expect(townCountry(foldKeepLength(name))).toBe(code);
  });

  it.each([
    // Towns whose names are also words of the five languages are known, but not searched for in running text: "reading", "halle", "alba" (dawn).
    ['reading', 'GB'],
    ['halle', 'BE'],
    ['alba', 'IT'],
  ])('knows %s only as a word-like town', (name, code) => {
    expect(townCountry(name)).toBe(code);
    expect(freeTownCountry(name)).toBeUndefined();
  });

  it('does not know a village below the threshold', () => {
    expect(townCountry('camparada')).toBeUndefined();
  });
});

describe('a town of the long list named in running text', () => {
  it.each([
    ['Le forum régional se tiendra cette année à Vénissieux.', ['Vénissieux']],
    ['Die nächste Tagung findet in Witten statt, die übernächste in Hagen.', ['Witten', 'Hagen']],
    ['La reunión del proyecto será en Castro Urdiales, en el centro cívico.', ['Castro Urdiales']],
    ['Partners travelled to Sosnowiec, Poland, for the third meeting.', ['Sosnowiec']],
    ['Due serate: Frosinone e poi Arcore.', ['Frosinone', 'Arcore']],
    // A saint's name joined to more words by hyphens is a town's ("Saint-Martin-d'Hères"); a date glued to it by a page's lost line break does not hide it.
    ["Journée d'étude, 25 novembre 2021Saint-Martin-d'Hères, domaine universitaire.", ["Saint-Martin-d'Hères"]],
    ['Il convegno si terrà a San Donà di Piave in primavera.', ['San Donà di Piave']],
  ])('%s', (text, expected) => {
    expect(citiesIn(text, 5).map((c) => c.name)).toEqual(expected);
  });

  it.each([
    // Part of a longer proper name: a person, a club.
    ['Ospite della serata Arcore Rossi, scrittore.'],
    ['Der Chor Todmorden Singers tritt am Abend auf.'],
    // A street named after the town.
    ['Ci vediamo in via Arcore 5, al primo piano.'],
    // A saint's name is a feast or a church as often as a town.
    ['Las fiestas de San Roque llenan las calles en agosto.'],
    // A town written in capitals inside a heading of capitals is not read.
    ['CONCERTO ARCORE CENTRO'],
  ])('not in: %s', (text) => {
    expect(citiesIn(text, 5)).toEqual([]);
  });

  it('gives the country of a town after a place preposition', () => {
    expect(townAfterPreposition('La soirée aura lieu à Montluçon, salle polyvalente.', 'x')).toEqual({ city: 'Montluçon', country: 'FR' });
    expect(townAfterPreposition('Das Fest ist in Todmorden.', 'x')).toEqual({ city: 'Todmorden', country: 'GB' });
  });
});

describe('the town nearest to the date in a sentence that names several', () => {
  it.each([
    // The town next to the date, not the one the sentence names later for other evenings.
    ['Si comincia a Camparada il 3 marzo, mentre le serate di Frosinone e Arcore seguiranno.', 'Camparada il 3 marzo', 'Camparada'],
    ['Wir starten in Laupheim am 3. März, später folgen Abende in Witten und Hagen.', 'Laupheim am 3. März', 'Laupheim'],
    // A known town right beside the date stays.
    ['Le 3 mars à Vénissieux, puis plus tard à Lavaur.', 'Le 3 mars', 'Vénissieux'],
  ])('%s', (text, around, town) => {
    const at = text.indexOf(around) + around.length - 2;
    const index = indexCities(text, foldKeepLength(text));
    expect(index.townNear(text, { start: 0, end: text.length }, at)?.city).toBe(town);
  });

  it('does not take two capitalised words the lists do not know for a nearer town', () => {
    const text = 'The kick-off of our project Women Integration in Local Communities through Work took place in Porto on 17 February.';
    const at = text.indexOf('17 February');
    expect(indexCities(text, foldKeepLength(text)).townNear(text, { start: 0, end: text.length }, at)?.city).toBe('Porto');
  });

  it('reads the town next to each date of a list of meetings', () => {
    const text = 'Il progetto prevede tre serate. Si inizia a Camparada giovedì 3 marzo 2022, mentre le serate di Frosinone e Arcore si terranno più avanti.';
    const events = extractEvents(text, { now: NOW, published: '2022-02-20' }).events;
    expect(events.map((e) => e.location?.city)).toEqual(['Camparada']);
  });
});

describe('a town of the long list inside a longer name', () => {
  it.each([
    // "the council of", "the university of": the town after a linking word is still the town.
    ['El Ayuntamiento de Castro Urdiales organiza la jornada.', ['Castro Urdiales']],
    ['Il Comune di Arcore ospita la serata.', ['Arcore']],
    // A town named with its river: the town's own name is read.
    ['Das Treffen ist in Witten an der Ruhr.', ['Witten']],
    ['La fête a lieu à Fiesta de Todmorden.', ['Todmorden']],
  ])('%s', (text, expected) => {
    expect(citiesIn(text, 5).map((c) => c.name)).toEqual(expected);
  });
});

describe('towns whose names are also words', () => {
  it.each([
    ['La delegación de la Junta en León presentó el programa.', { city: 'León', country: 'ES' }],
    ['La rencontre aura lieu à Sens, au théâtre municipal.', { city: 'Sens', country: 'FR' }],
  ])('are towns after a place preposition: %s', (text, expected) => {
    expect(townAfterPreposition(text, text)).toEqual(expected);
  });

  it.each([
    // Not searched for in running text: "León" is a lion as often, "Sens" a sense.
    ['Cámara de Comercio de León.'],
    ['Le Sens du partage, exposition.'],
  ])('are not searched for in running text: %s', (text) => {
    expect(citiesIn(text, 5)).toEqual([]);
  });

  it('is no town where the page writes the word in lower case', () => {
    const page = 'Courses for refugees in Most. In most regions the courses are full.';
    expect(townAfterPreposition('Courses for refugees in Most.', page)).toBeUndefined();
  });
});

describe('towns of the long list that are also first names', () => {
  it.each([
    // The page writes the name with a surname, or describes the person: a person.
    ['Un grazie a Vittoria per la cena. Vittoria Bianchi ha coordinato le volontarie.', 'Un grazie a Vittoria per la cena.'],
    ['Thanks go to Stanley, a young volunteer from the centre.', 'Thanks go to Stanley, a young volunteer from the centre.'],
  ])('%s', (page, text) => {
    expect(townAfterPreposition(text, page)).toBeUndefined();
  });

  it('still a town where the page says nothing of a person', () => {
    const text = 'La festa dei popoli si terrà a Vittoria, in piazza.';
    expect(townAfterPreposition(text, text)).toEqual({ city: 'Vittoria', country: 'IT' });
  });
});

describe('a town of the long list that the text uses as a person\'s name', () => {
  it.each([
    ['Our speaker Mr Preston talked first. Later Preston answered questions.', 'Preston'],
    ['Zuerst sprach Frau Grefrath. Danach beantwortete Grefrath Fragen.', 'Grefrath'],
    ['Thanks to Stanley, a young volunteer. Stanley cooked for everyone.', 'Stanley'],
  ])('%s', (text, name) => {
    expect(citiesIn(text, 5).map((c) => c.name)).not.toContain(name);
  });

  it.each([
    ['The meeting was in Preston, then in Bolton.', ['Preston', 'Bolton']],
    ['Das Treffen war in Grefrath.', ['Grefrath']],
  ])('still a town where no one is called so: %s', (text, towns) => {
    expect(citiesIn(text, 5).map((c) => c.name)).toEqual(towns);
  });
});

describe('where people come from is not where they meet', () => {
  it.each([
    ['Families who fled Mariupol met in Witten on 5 May.', ['Witten']],
    ['Des familles venues de Kharkiv se retrouvent à Lyon.', ['Lyon']],
    ['Famiglie fuggite da Mariupol si incontrano a Cremona.', ['Cremona']],
    ['Gäste aus Hagen besuchten das Fest in Witten.', ['Witten']],
    ['Un relatore da Torino e uno di Milano.', ['Torino', 'Milano']],
  ])('%s', (text, towns) => {
    expect(citiesIn(text, 5).map((c) => c.name)).toEqual(towns);
  });
});

describe('the front-coded town table', () => {
  it('reads each name from the letters it shares with the one before', () => {
    const table = parseCoded('ES:0castro6 urdiales0leon\nIT:0arcore0villasanta');
    expect([...table]).toEqual([['castro', 'ES'], ['castro urdiales', 'ES'], ['leon', 'ES'], ['arcore', 'IT'], ['villasanta', 'IT']]);
  });

  it('counts past nine with capital letters', () => {
    // ("san sebastian de los reyes" shares 13 letters, "D", with "san sebastian".)
    expect([...parseCoded('ES:0san sebastianD de los reyes').keys()]).toEqual(['san sebastian', 'san sebastian de los reyes']);
  });

  it('starts each country afresh (a name there shares nothing with the last of the line before)', () => {
    expect(parseCoded('AT:0graz\nDE:0gera').get('gera')).toBe('DE');
    expect(parseCoded('AT:0graz\nDE:0gera').get('graz')).toBe('AT');
  });
});
