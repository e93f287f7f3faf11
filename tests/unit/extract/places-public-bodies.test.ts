// Mode and place rules added for real pages (issue 12, round 6): events held partly online,
// public bodies as venues, and first names that look like towns. Sentences are written here
// for the tests, in the five languages; none is copied from a page.
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../lib/extract/index.ts';
import { decideMode, modeCues } from '../../../lib/extract/mode.ts';
import { indexCities, mainCity, placeFromValue, townAfterPreposition } from '../../../lib/extract/place.ts';
import { venueIn } from '../../../lib/extract/venue.ts';
import { foldKeepLength } from '../../../lib/relevance/fold.ts';

const modeOf = (text: string, hasVenue = false) => decideMode(modeCues(foldKeepLength(text)), hasVenue);

describe('mode: an event held partly online is hybrid', () => {
  it.each([
    ["Il convegno si terrà il 3 marzo, in parte online, in parte in presenza.", false, 'hybrid'],
    ['La journée se déroulera en partie en ligne, en partie à la mairie.', true, 'hybrid'],
    ['Die Tagung findet teils online, teils im Rathaus statt.', true, 'hybrid'],
    ['The forum will be held partly online and partly at the town hall.', true, 'hybrid'],
    ['El encuentro será en parte online y en parte en el centro cívico.', true, 'hybrid'],
    // (Wholly online stays online; a hall alone stays in person.)
    ['Il convegno si terrà interamente online.', false, 'online'],
    ['Die Tagung findet im Rathaus statt.', true, 'in-person'],
    // A day of concerts and a parade at a square, with one video call in the programme: held at the square.
    ['17:00 pasacalles, 18:00 concierto de rap, 19:00 videoconferencia con los cooperantes, 21:00 festival de cortos.', true, 'in-person'],
    // (With no venue, or streamed, the online words decide as before.)
    ['17:00 pasacalles, 18:00 concierto de rap, 19:00 videoconferencia con los cooperantes.', false, 'online'],
    ['The concert will be streamed live on our channel from the town square.', true, 'hybrid'],
  ] as const)('%s', (text, hasVenue, mode) => {
    expect(modeOf(text, hasVenue)).toBe(mode);
  });
});

describe('venues: public bodies host their own events', () => {
  it.each([
    ['Die Ministerin eröffnete am Dienstag im Ministerium für Soziales eine Fachtagung.', 'Ministerium für Soziales'],
    ['Die Anhörung fand im Landtag statt.', 'Landtag'],
    ['Der Informationsabend beginnt um 18 Uhr in der Handwerkskammer Oberfranken.', 'Handwerkskammer Oberfranken'],
  ])('%s', (text, name) => {
    expect(venueIn(text)?.name).toBe(name);
  });

  it('still ends a German venue at the verb after it', () => {
    expect(venueIn('Der Empfang ist im Rathaus Neustadt, danach gibt es Musik.')?.name).toBe('Rathaus Neustadt');
  });
});

describe('towns: a first name after "à" is no town where the person gives it as their name', () => {
  const page = (greeting: string) => `Soirée de fin d'année. Merci à Amara, Yonas et Hadi pour leurs mots.\n${greeting}`;
  it.each([
    ["« Je m'appelle Amara, je suis arrivée l'an dernier. »", undefined],
    ['« My name is Amara and I came here last year. »', undefined],
    ['« Mi chiamo Amara e sono arrivata l\'anno scorso. »', undefined],
    // (With no one introducing herself, the word is read as a town, as before.)
    ['Le buffet était offert par la mairie.', 'Amara'],
  ])('%s', (greeting, city) => {
    const text = page(greeting);
    expect(townAfterPreposition(text, text)?.city).toBe(city);
  });

  it('keeps a real town after "à" on a page where someone introduces herself', () => {
    const text = "Rencontre le 3 mai à Haguenau (salle des fêtes). « Je m'appelle Amara », dit une participante.";
    expect(townAfterPreposition(text, text)?.city).toBe('Haguenau');
  });
});

describe("towns: a page's town after a capitalised preposition opening a sentence", () => {
  it.each([
    ['Sagra di paese: il programma\nA Roccavione è tempo di castagne. Pranzo in piazza della Chiesa alle 12.', 'it', 'Roccavione'],
    ['Fête du quartier\nÀ Tressange, la fête revient samedi. Repas sur la place du marché.', 'fr', 'Tressange'],
  ])('%s', (text, language, city) => {
    expect(mainCity(text, foldKeepLength(text), language)?.city).toBe(city);
  });

  it('does not take a feast or a month opening a sentence for a town', () => {
    const text = 'Festa in oratorio\nA Natale torna la tombolata. A Maggio la gita al lago.';
    expect(mainCity(text, foldKeepLength(text), 'it')).toBeUndefined();
  });
});

describe('venues: a public body after a job title is where someone works, not a venue', () => {
  it.each([
    'Die Staatssekretärin im Ministerium für Soziales begrüßte die Gäste.',
    'Ein Referent der Handwerkskammer Oberfranken stellte das Programm vor.',
  ])('%s', (text) => {
    expect(venueIn(text)).toBeUndefined();
  });
});

describe("venues: the venue's own town right after it", () => {
  it.each([
    ['Il film sarà proiettato giovedì presso il Cinema Lux a Pesaro, con un dibattito.', { name: 'Cinema Lux', city: 'Pesaro' }],
    ['La conférence aura lieu à la salle Mozart à Talence le 3 mai.', { name: 'salle Mozart', city: 'Talence' }],
    ['La jornada será en el Centro Cultural Los Arcos en Avilés.', { name: 'Centro Cultural Los Arcos', city: 'Avilés' }],
    // (A square runs on into its name; a feast after the venue is no town.)
    ['Appuntamento in piazza San Giovanni in Laterano alle 15.', { address: 'piazza San Giovanni' }],
    ['Rendez-vous à la salle des fêtes à Noël.', { name: 'salle des fêtes' }],
  ])('%s', (text, want) => {
    expect(venueIn(text)).toMatchObject(want);
    if (!('city' in want)) expect(venueIn(text)?.city).toBeUndefined();
  });
});

describe('towns of two capitalised words after a preposition', () => {
  it.each([
    ['Fiesta de la diversidad el 12 de junio de 2019 en Castro Urdiales.', 'Castro Urdiales'],
    ['Feria de empleo el 5 de octubre de 2019 en Las Rozas.', 'Las Rozas'],
    ['Incontro il 5 ottobre 2019 a San Donà di Piave.', 'San Donà di Piave'],
    ['A picnic on 20 June 2019 in Milton Keynes.', 'Milton Keynes'],
    // (A person thanked, a square, an organisation: no town.)
    ['Un grazie speciale a Maria Rossi.', undefined],
    ['Appuntamento alle 18 in Piazza Duomo.', undefined],
    ['Charla el 3 de mayo de 2019 en Cruz Roja.', undefined],
  ])('%s', (text, city) => {
    expect(townAfterPreposition(text, text)?.city).toBe(city);
  });
});

describe('venues: the host after "presso" or "chez"', () => {
  it.each([
    ["Le 5 avril, atelier d'écriture chez Emmaüs Solidarité à Paris.", { name: 'Emmaüs Solidarité', city: 'Paris' }],
    ['Il 12 marzo alle 17 incontro presso la Caritas diocesana di Trento.', { name: 'Caritas diocesana di Trento', city: 'Trento' }],
    ['Presso il Circolo Arci Dallò, cena sociale.', { name: 'Circolo Arci Dallò' }],
  ])('%s', (text, want) => {
    expect(venueIn(text)).toMatchObject(want);
  });

  it('reads nothing after "chez" in lower case', () => {
    expect(venueIn('Un moment convivial, comme chez soi, pour toute la famille.')).toBeUndefined();
  });
});

describe('a venue line: a town the list does not know after the venue', () => {
  it.each([
    ['Community Hall, Ballymun', { name: 'Community Hall', city: 'Ballymun' }],
    ['Salle Jean Moulin, Tressange', { name: 'Salle Jean Moulin', city: 'Tressange' }],
    // (A part of the building, a wing or a floor, is no town.)
    ['Community Hall, First Floor', { name: 'Community Hall' }],
    ['Maison des Associations, Hall C', { name: 'Maison des Associations' }],
  ])('%s', (value, want) => {
    expect(placeFromValue(value)).toEqual(want);
  });

  it("reads a venue's short name in brackets as no town", () => {
    expect(venueIn('El foro se celebra en el Museo de Arte Contemporáneo (Mucac) desde las 10 horas.')).toEqual({ name: 'Museo de Arte Contemporáneo' });
  });
});

describe("a page's town named by its people", () => {
  it('counts "Saarbrückerinnen und Saarbrücker" as mentions of Saarbrücken', () => {
    const text = 'Liebe Saarbrückerinnen und Saarbrücker, unsere Referentin lernte in München.\nSeit August bin ich in Saarbrücken zuständig.\nDi 24.9., 19 Uhr, Stadtbibliothek';
    expect(mainCity(text, foldKeepLength(text), 'de')?.city).toBe('Saarbrücken');
  });
});

describe('a French compound town closing a venue name', () => {
  it.each([
    ["Ils étaient réunis dans les jardins du centre de l'AFPA de Champs-sur-Marne, avec leurs formateurs.", "jardins du centre de l'AFPA de Champs-sur-Marne", 'Champs-sur-Marne'],
    ["Rendez-vous à la Maison des jeunes de Saint-Martin-d'Hères à 18h.", "Maison des jeunes de Saint-Martin-d'Hères", "Saint-Martin-d'Hères"],
    // (A hyphenated district or a person's double first name is no town.)
    ['La charla será en la Junta de Distrito de Vivero-Hospital-Universidad.', 'Junta de Distrito de Vivero-Hospital-Universidad', undefined],
    ['Concert au Centre Culturel Jean-Louis Barrault ce soir.', 'Centre Culturel Jean-Louis Barrault', undefined],
  ])('%s', (text, name, city) => {
    const place = venueIn(text);
    expect(place?.name).toBe(name);
    expect(place?.city).toBe(city);
  });
});

describe('English venues by their last word, and a known town after a comma', () => {
  it.each([
    ['On 5 April a celebration took place in the Assembly Rooms, Leeds.', { name: 'Assembly Rooms', city: 'Leeds' }],
    ['The service was held at York Minster on Sunday.', { name: 'York Minster' }],
    ['A fair at the Corn Exchange in Bedford.', { name: 'Corn Exchange', city: 'Bedford' }],
    ['Concerto al Teatro Verdi, Firenze, alle 21.', { name: 'Teatro Verdi', city: 'Firenze' }],
  ])('%s', (text, want) => {
    expect(venueIn(text)).toMatchObject(want);
  });

  it('takes no unknown word after a comma for a town', () => {
    expect(venueIn('At the Town Hall, Saturday 5 May.')).toEqual({ name: 'Town Hall' });
  });
});

describe('aid organisations as venues after a place preposition', () => {
  it.each([
    ['Sprachcafé für Geflüchtete am Freitag um 16 Uhr bei der Caritas Konstanz.', { name: 'Caritas Konstanz', city: 'Konstanz' }],
    ['Das Sprachcafé ist beim Roten Kreuz in Ulm.', { name: 'Roten Kreuz', city: 'Ulm' }],
    ['Charla para personas migrantes el martes en Cáritas Diocesana de Málaga.', { name: 'Cáritas Diocesana de Málaga', city: 'Málaga' }],
    ['Permanence juridique à la Cimade de Lyon le mardi.', { name: 'Cimade de Lyon', city: 'Lyon' }],
  ])('%s', (text, want) => {
    expect(venueIn(text)).toMatchObject(want);
  });

  it.each([
    // (Named as an actor, or in brackets after a project, an organisation is no venue.)
    'Die Caritas lädt alle Nachbarn ein.',
    'The Adelante project (Cepaim Foundation) supports migrant women.',
  ])('%s', (text) => {
    expect(venueIn(text)).toBeUndefined();
  });
});

describe("a town in an organisation's name is its seat, not the event's place", () => {
  const cityOf = (text: string) => indexCities(text, foldKeepLength(text)).cityIn({ start: 0, end: text.length })?.city;
  it.each([
    // (The town after the date is the first one read: the organisation's towns are passed over.)
    ['La CCI Nantes Saint-Nazaire organise une rencontre le 16 octobre à Saint-Herblain.', 'Saint-Herblain'],
    ['Die IHK Köln und der DGB laden nach Bonn ein.', 'Bonn'],
    ['ARCI Firenze promuove un incontro a Prato.', 'Prato'],
    // (A heading in capitals, and a town after a capitalised article, stay towns.)
    ['FORO MADRID 2019', 'MADRID'],
    ['Encuentro en Madrid el 5 de mayo.', 'Madrid'],
  ])('%s', (text, city) => {
    expect(cityOf(text)).toBe(city);
  });

  it('still places the event in the town after its date', () => {
    const text = 'La CCI Nantes Saint-Nazaire organise une rencontre sur l’emploi des réfugiés le 16 octobre 2024 à Saint-Herblain (44).';
    const result = extractEvents(text, { now: new Date('2024-09-01T12:00:00Z') });
    expect(result.events[0]?.location?.city).toBe('Saint-Herblain');
  });
});
