import { describe, expect, it } from 'vitest';
import { decideMode, modeCues } from '../../../lib/extract/mode.ts';
import { citiesIn, countryIn, looksLikeAddress, mainCity, placeFromValue, townAfterPreposition, VENUE_LABEL } from '../../../lib/extract/place.ts';
import { venueIn, venueLine } from '../../../lib/extract/venue.ts';
import { foldKeepLength } from '../../../lib/relevance/fold.ts';

describe('German: the place of the clause whose verb is "statt(finden)"', () => {
  it.each([
    ['Das Kennenlernfest, das am 12. Mai im Stadtteilgarten stattfinden wird, ist offen für alle.', { name: 'Stadtteilgarten' }],
    ['Der erste Abend findet am 4. März 2019 im Boots-Café statt.', { name: 'Boots-Café' }],
    ['Ab 15 Uhr wird auf der Wiese hinter dem Jugendhaus ein Picknick stattfinden.', { name: 'Wiese hinter dem Jugendhaus' }],
    ['Die Lesung findet in der Lindenstraße 12 statt.', { address: 'Lindenstraße 12' }],
    ['Der Stammtisch findet in der Regel im Café Mokka statt.', { name: 'Café Mokka' }],
    // A place named in passing elsewhere in the paragraph gives way to it.
    ['Sie können sich über das Leben im Übergangswohnheim informieren. Am Samstag findet das Fest im Gemeindesaal statt.', { name: 'Gemeindesaal' }],
  ])('%s', (text, expected) => {
    expect(venueIn(text)).toEqual(expected);
  });

  it.each([
    'Das Treffen findet im Rahmen der Aktionswoche statt.',
    'Die Veranstaltung findet am Montag statt.',
    'Das Seminar findet im Mai statt.',
    'Der Kurs findet in der Zeit vom 3. bis 5. Mai statt.',
    'Der Nähkurs findet in der Adventszeit statt.',
  ])('a time or a frame is no place: %s', (text) => {
    expect(venueIn(text)).toBeUndefined();
  });
});

describe('a town, library or town hall needs no name', () => {
  it.each([
    ['Bientôt à la médiathèque : lecture de contes le mercredi 8 mars à 15 h.', { name: 'la médiathèque' }],
    ["Il laboratorio si tiene nella biblioteca comunale ogni giovedì.", { name: 'biblioteca comunale' }],
    ['The next story hour is at the library on Saturday.', { name: 'the library' }],
  ])('%s', (text, expected) => {
    expect(venueIn(text)).toEqual(expected);
  });

  it('signing up at the town hall is not the venue', () => {
    expect(venueIn('Inscriptions à la mairie avant le 3 mai.')).toBeUndefined();
  });
});

describe('towns named as such, with their country, or not towns at all', () => {
  it.each([
    ['El encuentro tuvo lugar en la pequeña localidad de Tordesillas.', { city: 'Tordesillas' }],
    ['La riunione si terrà nel comune di Roccaraso.', { city: 'Roccaraso' }],
  ])('%s', (text, expected) => {
    expect(townAfterPreposition(text, text)).toEqual(expected);
  });

  it('a town with its country in brackets', () => {
    expect(countryIn('La reunión se celebró en la ciudad de Kars (Turquía) con los socios.')).toEqual({ city: 'Kars', country: 'TR' });
  });

  it.each([
    // A German noun of manner after "in".
    ['Die Freiwilligen bauten in Windeseile eine Bühne auf.'],
    ['Die Anmeldung öffnet in Kürze.'],
    // A first name the page also writes with a surname.
    ['Grazie a Matteo per la musica. Ha suonato Matteo Lo Russo, cantautore.'],
  ])('%s', (text) => {
    expect(townAfterPreposition(text, text)).toBeUndefined();
  });
});

describe('a venue line that also offers online attendance', () => {
  it.each([
    ['Genève, Salle du Parc et en ligne', { city: 'Genève', country: 'CH', name: 'Salle du Parc' }],
    ['Aula Magna, via Zamboni 33, Bologna e online', { name: 'Aula Magna', address: 'via Zamboni 33, Bologna', city: 'Bologna', country: 'IT' }],
  ])('%s is the place', (value, expected) => {
    expect(placeFromValue(value)).toEqual(expected);
  });

  it.each([
    ['Lieu : Genève, Salle du Parc et en ligne', 'hybrid'],
    ['Ort: Rathaus, Saal 2 und online über Zoom', 'hybrid'],
    ['Lugar: Centro Cívico Norte y online', 'hybrid'],
    ['Lieu : en ligne', 'online'],
  ])('%s is %s', (line, mode) => {
    expect(decideMode(modeCues(foldKeepLength(line)), !!placeFromValue(line.replace(/^[^:]*:\s*/, '')))).toBe(mode);
  });
});

describe('names of venues that the kind-of-place list alone missed', () => {
  it.each([
    // A kind of place, a plural article and a lower-case noun is one name.
    ['La projection a lieu au Cinéma des familles à 20 h 30.', { name: 'Cinéma des familles' }],
    ['Rendez-vous à la Maison des associations samedi.', { name: 'Maison des associations' }],
    // A former building, a saint written "S.".
    ["La mostra si terrà nell'ex convento S. Domenico fino a maggio.", { name: 'convento S Domenico' }],
    // English: any capitalised name after "at the" with its town after "in".
    ['Our choir sings at the Granary in Ludlow on Saturday evening.', { name: 'the Granary', city: 'Ludlow', country: 'GB' }],
    ['The drop-in is at the Old Fire Station on Tuesdays.', { name: 'Old Fire Station' }],
    ['The delegation was received in the European Parliament on Monday.', { name: 'European Parliament' }],
  ])('%s', (text, expected) => {
    expect(venueIn(text)).toEqual(expected);
  });

  it('a time after "at the" is no venue', () => {
    expect(venueIn('We will meet at the end of June in Leeds to plan.')).toBeUndefined();
  });

  it.each([
    ['Treffpunkt: Haupteingang Stadtpark', 'Haupteingang Stadtpark'],
    ['Punto de encuentro: Plaza Mayor', 'Plaza Mayor'],
  ])('a meeting point is a venue line: %s', (line, value) => {
    expect(VENUE_LABEL.exec(foldKeepLength(line))?.[1]).toBe(foldKeepLength(value));
  });
});

describe('known city names that are not the place', () => {
  it.each([
    // A credit line's surname.
    ['Treffen der Nachbarn\nFoto: Jonas Nancy\nDas Fest war schön.', []],
    ['Fotos: © Lena Metz', []],
    // The start of a longer town's name is not that town ("Porto" in Portugal); the whole name is, when a list knows it.
    ['Festa a Porto San Giorgio e a Lyon Saint-Exupéry', ['Porto San Giorgio']],
    // A region named after its city.
    ['La Comunidad de Madrid y la Regione Lazio financian el programa.', []],
    // Still a city.
    ['Encuentro en Madrid y en Roma', ['Madrid', 'Roma']],
  ])('%s', (text, expected) => {
    expect(citiesIn(text, 5).map((c) => c.name)).toEqual(expected);
  });

  it('a saint makes a longer town after its preposition', () => {
    expect(townAfterPreposition('Domenica la festa si terrà a Porto San Giorgio, in piazza.', 'x')).toEqual({ city: 'Porto San Giorgio', country: 'IT' });
  });
});

describe('where one signs up is not an address line', () => {
  it.each([
    ['Wir laden am 20. März zum Fest ein. Anmeldung im Bürgerbüro, Marktplatz 1.', false],
    ['Inscripciones en la Concejalía de Igualdad, calle Mayor 3, Getafe.', false],
    ['Anmeldung bis 3. März. Ort: Gemeindehaus, Kirchstraße 5', true],
    ['Centre social, 14 rue des Tilleuls, 35000 Rennes', true],
  ])('%s', (line, expected) => {
    expect(looksLikeAddress(line)).toBe(expected);
  });
});

describe('the town a page is about', () => {
  it('a town abroad named once in a story is not it', () => {
    const text = 'Ciné-débat sur l’exil\nLe film raconte comment, comme tant de villes de Grèce, Volos a vu partir ses jeunes.\nSéance jeudi 5 avril à 20 h.';
    expect(mainCity(text, foldKeepLength(text), 'fr')).toBeUndefined();
  });

  it('a town abroad given with its country is where the page went', () => {
    const text = 'Incontro di progetto\nLa delegazione è stata accolta a Braga, in Portogallo, dalla scuola partner.';
    expect(mainCity(text, foldKeepLength(text), 'it')).toEqual({ city: 'Braga', country: 'PT' });
  });
});

describe('a cinema, theatre or library with a programme is where it shows', () => {
  it.each([
    ['Tout le mois de mai, le Kino consacre ses soirées au cinéma kurde.', { name: 'Kino' }],
    ['Dal 3 al 10 aprile, il Teatro Verdi propone una rassegna sulle migrazioni.', { name: 'Teatro Verdi' }],
    // A place named after a person keeps the surname out of the town.
    ['Cet hiver, le Cinéma Jean Vigo propose un cycle sur l’exil.', { name: 'Cinéma Jean Vigo' }],
  ])('%s', (text, expected) => {
    expect(venueIn(text)).toEqual(expected);
  });

  it('an organisation that offers help is not a venue', () => {
    expect(venueIn('Depuis 2010, la Fondation Solidarité propose des aides aux familles.')).toBeUndefined();
  });
});

describe('mode: hybrid and online wording', () => {
  it.each([
    ['Il sera possible de suivre la table ronde à distance.', 'hybrid'],
    ['Remote participation is also possible for those who cannot travel.', 'hybrid'],
    ['La jornada se celebrará en formato mixto.', 'hybrid'],
    ["L'assemblea si terrà in modalità mista, in presenza e a distanza.", 'hybrid'],
    ['Die Teilnahme ist vor Ort und digital möglich.', 'hybrid'],
    ['La réunion des bénévoles se tiendra sur Teams.', 'online'],
    // ("in teams of four" is a way of working, not the platform.)
    ['Participants will work in teams of four.', undefined],
  ])('%s', (text, mode) => {
    expect(decideMode(modeCues(foldKeepLength(text)), false)).toBe(mode);
  });
});

describe('streets, squares and neighbourhoods without a number; gathering cafés', () => {
  it.each([
    ['La festa di quartiere si terrà in via Cavour a partire dalle 16.', { address: 'via Cavour' }],
    ['La comida popular será en la calle Mayor.', { address: 'calle Mayor' }],
    ['Habrá música en el barrio de La Chanca el sábado.', { name: 'barrio de La Chanca' }],
  ])('%s', (text, expected) => {
    expect(venueIn(text)).toEqual(expected);
  });

  it.each(['Iscrizioni in via telematica entro il 3 marzo.', 'Il modulo è disponibile via Zoom.'])('"via" as a means is no street: %s', (text) => {
    expect(venueIn(text)).toBeUndefined();
  });

  it.each(['Welcome Café', 'Café des langues', 'Repair Café Nordstadt'])('a gathering café heading is not a venue line: %s', (line) => {
    expect(venueLine(line)).toBeUndefined();
  });

  it('a café that is a place still is', () => {
    expect(venueLine('Café Central, Herrengasse 14')).toEqual({ name: 'Café Central', address: 'Herrengasse 14' });
  });
});

describe('venue line values', () => {
  it.each([
    ['presso il Giardino Botanico di Lucca, dalle ore 10', { name: 'Giardino Botanico di Lucca', city: 'Lucca', country: 'IT' }],
    ["à la Maison du Peuple, 12 rue Haute", { name: 'Maison du Peuple', address: '12 rue Haute' }],
    ['im Gemeindehaus, Kirchweg 2, ab 18 Uhr', { name: 'Gemeindehaus', address: 'Kirchweg 2' }],
    ['Palazzo Nuovo - via Po, 18', { name: 'Palazzo Nuovo', address: 'via Po, 18' }],
  ])('%s', (value, expected) => {
    expect(placeFromValue(value)).toEqual(expected);
  });

  it.each(['online via Zoom (link sent after registration)', 'en ligne, via Teams'])('an online value names no place: %s', (value) => {
    expect(placeFromValue(value)).toBeUndefined();
  });
});

describe('a room of a named body', () => {
  it.each([
    ['Alle 18 si terrà un dibattito nella sala riunioni della Casa del Popolo di Prato.', { name: 'sala riunioni della Casa del Popolo di Prato', city: 'Prato', country: 'IT' }],
    ["L'assemblea è nella sala consiliare dell'Unione dei Comuni.", { name: "sala consiliare dell'Unione dei Comuni" }],
  ])('%s', (text, expected) => {
    expect(venueIn(text)).toEqual(expected);
  });
});

describe('the town a page names by its council or its mayor', () => {
  it.each([
    ['Comune di Roccaraso\nPortale ufficiale\n\nFesta in piazza il 3 maggio.', 'Roccaraso'],
    ["Apre i lavori il saluto del sindaco di Castelvetere Maria Bianchi; segue il dibattito. Il sindaco di Castelvetere ringrazia.", 'Castelvetere'],
    ['Intervendrá el alcalde de Villalpando para inaugurar la jornada. El alcalde de Villalpando cerrará el acto.', 'Villalpando'],
  ])('%s', (text, city) => {
    expect(mainCity(text, foldKeepLength(text), 'it')?.city).toBe(city);
  });
});

describe('a town closing its line', () => {
  it.each([
    ['Semana de la diversidad en Arguineguín\nEl programa incluye talleres.', { city: 'Arguineguín' }],
    ['Sommerfest in Stadtlohn\nDer Verein lädt ein.', { city: 'Stadtlohn', country: 'DE' }],
  ])('%s', (text, expected) => {
    expect(townAfterPreposition(text, text)).toEqual(expected);
  });

  it('two capitalised words on one line are still a person', () => {
    expect(townAfterPreposition('Grazie a Lucia Verdi per il sostegno.', 'x')).toBeUndefined();
  });
});
