import { describe, expect, it } from 'vitest';
import { townAfterPreposition } from '../../../lib/extract/place.ts';
import { venueIn, venueLine } from '../../../lib/extract/venue.ts';

describe('venues named in running text', () => {
  it.each([
    ['La jornada tendrá lugar en el Espai Ciutadà del Carme (calle de Baix, 14, València) y comenzará a las 10.00 h.',
      { name: 'Espai Ciutadà del Carme', address: 'calle de Baix, 14, València', city: 'València', country: 'ES' }],
    ['La cita será a las 10.00 h en el Centro Cultural La Rambleta (Bulevar Sur, esquina calle Pío IX, Valencia).',
      { name: 'Centro Cultural La Rambleta', address: 'Bulevar Sur, esquina calle Pío IX, Valencia', city: 'Valencia', country: 'ES' }],
    ['Si è svolto ieri, presso la sede della Fondazione Borgo Dora in via Cottolengo, il secondo incontro.',
      { name: 'Fondazione Borgo Dora', address: 'via Cottolengo' }],
    ['I ragazzi presenteranno il cortometraggio al Cinema Massimo alle ore 21.', { name: 'Cinema Massimo' }],
    ['Die Eröffnung findet am 3. März um 10 Uhr in den neuen Räumen in der Bertoldstraße 44 statt.', { address: 'Bertoldstraße 44' }],
    ['The workshop takes place at the Maison des Associations, Rue Royale 12, 1000 Brussels.',
      { name: 'Maison des Associations', address: 'Rue Royale 12, 1000 Brussels', city: 'Brussels', country: 'BE' }],
    ['Il convegno si terrà presso la Sala Polivalente del Centro Civico Navile, via dei Mille 21, Bologna, e sarà trasmesso in diretta.',
      { name: 'Sala Polivalente del Centro Civico Navile', address: 'via dei Mille 21, Bologna', city: 'Bologna', country: 'IT' }],
    ['Rendez-vous à la Maison de quartier des Tanneurs à 14h.', { name: 'Maison de quartier des Tanneurs' }],
    ['Treffpunkt ist im Bürgerhaus Stollwerck, Dreikönigenstraße 23, 50678 Köln.',
      { name: 'Bürgerhaus Stollwerck', address: 'Dreikönigenstraße 23, 50678 Köln', city: 'Köln', country: 'DE' }],
    ['The meeting is at the Town Hall to discuss the plan.', { name: 'Town Hall' }],
    ["Il convegno si terrà presso l'Aula Magna di Santa Lucia, via Castiglione 36, Bologna.",
      { name: 'Aula Magna di Santa Lucia', address: 'via Castiglione 36, Bologna', city: 'Bologna', country: 'IT' }],
    // English names end with their kind of place; the name runs back to the preposition.
    ['Volunteers offer English conversation on Tuesday mornings in the Friends Meeting House from 10.30.', { name: 'Friends Meeting House' }],
    ['The info session takes place at Dunmore Town Hall on Monday.', { name: 'Dunmore Town Hall' }],
    ['The picnic was held at St Brigid’s Centre in Galway.', { name: 'St Brigid’s Centre', city: 'Galway', country: 'IE' }],
    // A kind of place in lower case before its name.
    ['El miércoles habrá una lectura en la biblioteca Miguel Hernández a las 20.30 horas.', { name: 'biblioteca Miguel Hernández' }],
    // A name that opens its sentence and hosts the event.
    ['Kenton Community Centre is hosting the next seminar on 11 March.', { name: 'Kenton Community Centre' }],
    ['The seminar continues on 10 March at Ashby Borough Council.', { name: 'Ashby Borough Council' }],
    // A named venue with no street: a convent, a room.
    ['La charla tendrá lugar en el Convento de San Agustín en Haro con entrada libre.', { name: 'Convento de San Agustín', city: 'Haro', country: 'ES' }],
    // An organisation's premises lead to its name.
    ['La table ronde se tiendra dans les locaux de Solidarité Nord à Lille.', { name: 'Solidarité Nord', city: 'Lille', country: 'FR' }],
    ['Das Sprachcafé findet in den Räumen der Diakonie Hessen statt.', { name: 'Diakonie Hessen' }],
    ['Il corso si terrà presso la sede di Arci Solidarietà in via Verdi 4.', { name: 'Arci Solidarietà', address: 'via Verdi 4' }],
    // German adjectives and street compounds; "an der", "sur le", lower-case kinds of place and squares.
    ['Wir laden um 19 Uhr in das Katholische Gemeindehaus am Alten Schulplatz ein.', { address: 'Katholische Gemeindehaus am Alten Schulplatz' }],
    ['Das Wohnheim in der Anna-Seghers-Straße 12, das vom Verein betreut wird, lädt ein.', { address: 'Anna-Seghers-Straße 12' }],
    ['Die Besichtigung beginnt an der Lindenstraße 7 um 18 Uhr.', { address: 'Lindenstraße 7' }],
    ['La fête a eu lieu sur le site de la Filature, avec les associations.', { name: 'site de la Filature' }],
    ['Rendez-vous au gymnase Pierre Brossolette à 9h.', { name: 'gymnase Pierre Brossolette' }],
    ['Los talleres vuelven al centro cívico Las Tablas este otoño.', { name: 'centro cívico Las Tablas' }],
    ['Habrá música desde las 16.00 horas en la plaza Mayor.', { address: 'plaza Mayor' }],
    ['Il pranzo condiviso si terrà in piazza Cavour alle 13.', { address: 'piazza Cavour' }],
    ['La fête aura lieu sur la place du Marché dimanche.', { address: 'place du Marché' }],
    // German parks, gardens, public libraries and cinemas named as compounds; a street or square alone.
    ['Das Sommerfest für Neuzugezogene beginnt um 15 Uhr im Schlossgarten.', { name: 'Schlossgarten' }],
    ['Der Lauf startet um 9 Uhr im Rheinpark.', { name: 'Rheinpark' }],
    ['Das Erzählcafé findet um 18 Uhr in der Stadtteilbücherei statt.', { name: 'Stadtteilbücherei' }],
    ['Der Film läuft um 20 Uhr im Programmkino.', { name: 'Programmkino' }],
    ['Sa., 4.5. 11 - 15 Uhr in der Goethestraße', { address: 'Goethestraße' }],
    ['Die Kundgebung beginnt um 12 Uhr auf dem Rathausplatz.', { address: 'Rathausplatz' }],
    // A saint's abbreviation is part of the name.
    ['Der Abend findet im Pfarrheim St. Josef statt.', { name: 'Pfarrheim St Josef' }],
    // Offices, cafés and old buildings as German compounds; French places known by their initials, churches.
    ['Der Fachtag findet am 3. Mai im Kreisjugendamt Biberach statt.', { name: 'Kreisjugendamt Biberach', city: 'Biberach', country: 'DE' }],
    ['Die Gruppe trifft sich um 16 Uhr im Nachbarschaftscafé Linde.', { name: 'Nachbarschaftscafé Linde' }],
    ['Das Konzert ist um 20 Uhr in der Alten Feuerwache.', { name: 'Alten Feuerwache' }],
    ['Un atelier se tiendra à 14h à la MJC de Castelnau.', { name: 'MJC de Castelnau' }],
    ["Le concert aura lieu à 20h à l'église Saint-Joseph.", { name: 'église Saint-Joseph' }],
    // An event named for information is held at the place that follows, not signed up for there.
    ["Soirée d'information sur l'asile à 19h à l'Espace Jean Jaurès.", { name: 'Espace Jean Jaurès' }],
    ['An information evening for newcomers at 6pm at the Riverside Community Centre.', { name: 'Riverside Community Centre' }],
    // French: "lieu" leads straight to a room; "Maison pour tous" is one name.
    ['Le ciné-débat aura lieu salle Louise Michel à 20h.', { name: 'salle Louise Michel' }],
    ['Atelier à 14h à la Maison pour tous Jean Moulin.', { name: 'Maison pour tous Jean Moulin' }],
    ['Rendez-vous au Centre Social pour les familles.', { name: 'Centre Social' }],
    // A lower-case kind of place inside another before the name.
    ["La remise des diplômes a eu lieu dans les jardins du centre de l'Institut Pasteur.", { name: "jardins du centre de l'Institut Pasteur" }],
  ])('%s', (text, expected) => {
    expect(venueIn(text)).toEqual(expected);
  });

  it.each([
    'Ufficio stampa Fondazione Borgo Dora',
    'We met in Berlin with the Mayor.',
    'The Centre for Migration Studies published a report.',
    'Das Team der Beratungsstelle stellt sich vor.',
    'Our house is open to everyone who needs a warm Hall.',
    'The report was written in the offices.',
    'Sie engagiert sich seit Jahren im Ehrenamt für Geflüchtete.',
    'Für Informationen wenden Sie sich an das Bürgeramt Mitte.',
    'We will be on site at 10.',
    'Un conseiller est sur place du lundi au vendredi.',
    'Visit our site at Example.',
    '',
  ])('finds no venue in: %s', (text) => {
    expect(venueIn(text)).toBeUndefined();
  });
});

describe('a short line naming a venue by its kind', () => {
  it.each([
    ['ECSA, Room B 12', { name: 'ECSA', address: 'Room B 12' }],
    ['Aula Magna – Campus Nord', { name: 'Aula Magna', address: undefined }],
    ['2.30 p.m. / Opening of the Hall', undefined],
    ['We will meet again in the Hall.', undefined],
  ])('%s', (line, expected) => {
    const got = venueLine(line);
    if (expected === undefined) expect(got).toBeUndefined();
    else expect(got).toMatchObject(Object.fromEntries(Object.entries(expected).filter(([, v]) => v !== undefined)));
  });
});

describe('a town the city list does not know, after a place preposition', () => {
  it.each([
    ['Samedi 18 juin 2022 à Haguenau (centre-ville de 13h00 à 17h00)', { city: 'Haguenau', country: 'FR' }],
    ['La prima serata si è tenuta a Camparada giovedì 17 novembre.', { city: 'Camparada' }],
    ['Das Treffen findet in Stadtlohn statt.', { city: 'Stadtlohn', country: 'DE' }],
    ['Workshop in English on 3 May.', undefined],
    ['Webinar in March for partners.', undefined],
    ['Incontro a Maria Rossi dedicato.', undefined],
    // A prefixed German town, a hyphenated French one.
    ['Das Fest findet in Bad Kreuznach statt.', { city: 'Bad Kreuznach', country: 'DE' }],
    ['Der Workshop ist in St. Ingbert.', { city: 'St. Ingbert' }],
    ['La soirée se tiendra à Saint-Herblain, salle Nova.', { city: 'Saint-Herblain', country: 'FR' }],
    ['Le forum a eu lieu à Villeneuve-Saint-Georges.', { city: 'Villeneuve-Saint-Georges', country: 'FR' }],
  ])('%s', (text, expected) => {
    expect(townAfterPreposition(text)).toEqual(expected);
  });
});

describe('Spanish "en" and a capitalised word the city list does not know', () => {
  it.each([
    // A town: after a date or an hour, after a verb of place, or with its province beside it.
    ['La fiesta se hizo el 9 de mayo en Candeleda con las familias.', { city: 'Candeleda' }],
    ['Nos vemos a las 18:00 en Albarracín para la charla.', { city: 'Albarracín' }],
    ['El centro social ubicado en Cudillero abre sus puertas.', { city: 'Cudillero' }],
    ['La asociación trabaja en Tejeda (Gran Canaria) con familias.', { city: 'Tejeda' }],
    ['Las jornadas serán en Ezcaray, La Rioja, con talleres.', { city: 'Ezcaray' }],
    // Not a town: a boat, a feast, a medium, with nothing saying it is a place.
    ['Relatos de quienes llegaron en Patera y de sus familias.', undefined],
    ['Los niños cantan villancicos en Nochebuena con sus vecinos.', undefined],
    ['Toda la información está en Internet y en la radio.', undefined],
  ])('%s', (text, expected) => {
    expect(townAfterPreposition(text, text)).toEqual(expected);
  });

  it('is a town when the page names its council', () => {
    const page = 'El Ayuntamiento de Riaza organiza la jornada. Los talleres serán en Riaza y en Pola.';
    expect(townAfterPreposition('Los talleres serán en Riaza y en Pola.', page)).toEqual({ city: 'Riaza' });
  });
});

describe('a capitalised word the page also writes in lower case', () => {
  it('is not a town', () => {
    const page = 'Partners met for the second meeting of DISK, a Project co-funded by Erasmus+. The project ends in 2026.';
    expect(townAfterPreposition('the second meeting of DISK, a Project co-funded by Erasmus+', page)).toBeUndefined();
    expect(townAfterPreposition('The next meeting is a Pescara in June.', 'The next meeting is a Pescara in June.')).toEqual({ city: 'Pescara', country: 'IT' });
  });
});

describe('German venues end where the sentence goes on', () => {
  it.each([
    // A verb after a German kind of place ends its name (German qualifiers are capitalised).
    ['Am Mittwoch um 19 Uhr im Rathaus Neustadt informiert der Helferkreis über die Begleitung von Geflüchteten.', 'Rathaus Neustadt'],
    ['Am Freitag ab 18 Uhr im Bürgerhaus Süd beginnt das Fest der Nachbarn.', 'Bürgerhaus Süd'],
  ])('%s', (text, name) => {
    expect(venueIn(text)?.name).toBe(name);
  });

  it('a language café heading its line is a gathering, not its place', () => {
    const text = 'Sprachcafé für Geflüchtete: Am Dienstag ab 16 Uhr in den Räumen der Caritas am Marktplatz.';
    expect(JSON.stringify(venueIn(text))).toContain('Caritas');
    expect(JSON.stringify(venueIn(text))).not.toContain('Sprachcaf');
  });
});

