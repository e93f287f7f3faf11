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

describe('an undated page dated under its headline: a notice of a season years later is not its event', () => {
  it.each([
    ['en', 'Community meeting for refugees in Leeds\n\non 14/03/18 at 6pm\n\nNeighbours and newcomers meet over tea and music.\n\nGood to know:\nOur annual festival on migration runs from Friday 8 November 2024 to 6 December 2024 with films and talks!', '2018-03-14'],
    ['de', 'Begegnungsabend mit Geflüchteten in Kassel\n\nam 14.03.18 um 18 Uhr\n\nNachbarn und Neuankömmlinge treffen sich bei Tee und Musik.\n\nGut zu wissen:\nUnser Festival zur Migration läuft vom Freitag, 8. November 2024 bis 6. Dezember 2024 mit Filmen und Gesprächen!', '2018-03-14'],
    ['fr', 'Soirée d\'accueil des personnes exilées à Nantes\n\nle 14/03/18 à 18h\n\nVoisins et nouveaux arrivants se retrouvent autour d\'un thé.\n\nÀ noter :\nNotre festival sur les migrations commence le vendredi 8 novembre 2024 et propose des rencontres jusqu’au 6 décembre 2024 !', '2018-03-14'],
    ['it', 'Serata di benvenuto per i rifugiati a Bologna\n\nil 14/03/18 alle 18\n\nVicini e nuovi arrivati si incontrano con tè e musica.\n\nDa sapere:\nIl nostro festival sulle migrazioni si svolge da venerdì 8 novembre 2024 al 6 dicembre 2024 con film e incontri!', '2018-03-14'],
    ['es', 'Encuentro de bienvenida para personas refugiadas en Zaragoza\n\nel 14/03/18 a las 18 h\n\nVecinos y recién llegados se encuentran con té y música.\n\nA tener en cuenta:\nNuestro festival sobre migraciones va del viernes 8 de noviembre de 2024 al 6 de diciembre de 2024 con cine y charlas.', '2018-03-14'],
  ])('%s', (_lang, text, own) => {
    expect(starts(text)).toEqual([own]);
  });

  it('keeps a later date when nothing dates the page under its headline', () => {
    const text = 'Welcome groups for refugees in Leeds\n\nOur network of welcome groups has grown for years, with volunteers from every part of the city who meet newcomers, help with forms, teach English and share meals. The groups started small in a church hall and now work with schools, the council and local shops across the whole city and beyond.\n\nThe first community meeting took place on 14 March 2018 at the library.\n\nThe next community meeting is on Friday 8 November 2024 at 6pm at the Town Hall, with a talk on housing.';
    expect(starts(text)).toEqual(['2018-03-14', '2024-11-08']);
  });
});

describe('"el próximo jueves 9 a las 18 horas": the hour is the day\'s, not a day of its own', () => {
  const published = '2023-03-01';
  it.each([
    ['es', 'La asociación organiza un taller de cocina intercultural para personas migrantes el próximo jueves 9 a las 18 horas en el centro cívico.'],
    ['es', 'Vecinos y personas refugiadas se encuentran en una charla sobre vivienda el jueves 9, a las 18 horas, en la biblioteca del barrio.'],
    ['it', 'Il laboratorio di italiano per rifugiati si terrà il prossimo giovedì 9 alle 18 in biblioteca.'],
    ['en', 'The welcome café for refugees opens next Thursday 9th at 6pm in the library.'],
    ['fr', 'L’atelier pour les réfugiés aura lieu jeudi prochain 9 à 18 heures à la médiathèque.'],
    ['de', 'Der Sprachtreff für Geflüchtete findet am kommenden Donnerstag, 9., um 18 Uhr statt.'],
  ])('%s: %s', (_lang, text) => {
    expect(extractEvents(text, { now, published }).events.map((e) => e.start)).toEqual(['2023-03-09T18:00']);
  });
});

describe('an hour written in words, with an hour word or a part of the day', () => {
  const published = '2023-03-01';
  it.each([
    ['es', 'La charla sobre asilo y refugio será el jueves 9 de marzo a las siete de la tarde en la biblioteca.', '2023-03-09T19:00'],
    ['es', 'El concierto solidario con las personas refugiadas será el jueves 9 de marzo a las diez de la noche.', '2023-03-09T22:00'],
    ['es', 'La charla sobre asilo será el jueves 9 de marzo a las diez horas en la biblioteca.', '2023-03-09T10:00'],
    ['it', 'L’incontro sull’accoglienza dei migranti si terrà giovedì 9 marzo alle cinque del pomeriggio in biblioteca.', '2023-03-09T17:00'],
    ['it', 'Il corso di italiano per migranti comincia giovedì 9 marzo alle nove del mattino.', '2023-03-09T09:00'],
    ['de', 'Der Sprachtreff für Geflüchtete findet am Donnerstag, 9. März, um sieben Uhr abends statt.', '2023-03-09T19:00'],
    ['fr', 'L’atelier pour les réfugiés aura lieu le jeudi 9 mars à sept heures du soir.', '2023-03-09T19:00'],
    ['en', 'The welcome café for refugees opens on Thursday 9 March at seven in the evening.', '2023-03-09T19:00'],
    // A distance or a bare number word is no time of day.
    ['fr', 'L’atelier pour les réfugiés aura lieu le jeudi 9 mars à Lyon, à deux heures de Paris.', '2023-03-09'],
    ['es', 'El taller para personas migrantes será el jueves 9 de marzo, a dos horas de Madrid.', '2023-03-09'],
    ['it', 'La mostra sui rifugiati apre giovedì 9 marzo, a tre ore da Roma.', '2023-03-09'],
    ['en', 'The welcome café for refugees opens on Thursday 9 March, and we expect at one table ten families.', '2023-03-09'],
  ])('%s: %s', (_lang, text, start) => {
    expect(extractEvents(text, { now, published }).events.map((e) => e.start)).toEqual([start]);
  });
});

describe('"respectively": dates and towns of one sentence pair up in order', () => {
  const published = '2023-03-01';
  const cities = (text: string) => extractEvents(text, { now, published }).events.map((e) => [e.start, e.location?.city]);
  it.each([
    ['it', 'I due incontri sull’accoglienza dei migranti si terranno il 9 e il 16 marzo, rispettivamente a Torino e a Milano.', ['Torino', 'Milano']],
    ['it', 'Gli incontri sull’accoglienza dei migranti si terranno a Torino e a Milano, rispettivamente il 9 e il 16 marzo.', ['Torino', 'Milano']],
    ['es', 'Los dos talleres para personas refugiadas serán el 9 y el 16 de marzo, respectivamente en Sevilla y en Cádiz.', ['Sevilla', 'Cádiz']],
    ['fr', 'Les deux ateliers pour les réfugiés auront lieu à Lyon et à Lille, respectivement le 9 et le 16 mars.', ['Lyon', 'Lille']],
    ['en', 'The two workshops for refugees will be held in Leeds and in Bristol on 9 and 16 March respectively.', ['Leeds', 'Bristol']],
    // One town for two dates: nothing to pair, both are there.
    ['fr', 'Les deux ateliers pour les réfugiés de Lyon auront lieu le 9 et le 16 mars, respectivement à la médiathèque et à la mairie.', ['Lyon', 'Lyon']],
  ])('%s: %s', (_lang, text, towns) => {
    expect(cities(text)).toEqual([['2023-03-09', towns[0]], ['2023-03-16', towns[1]]]);
  });
});

describe('a bare weekday on the first day of the week the page announced', () => {
  const published = '2023-03-01';
  it.each([
    ['es', 'La Semana Intercultural se celebrará del 13 al 17 de marzo. El lunes habrá un taller de cocina a las 18 horas en el centro cívico y el miércoles una charla sobre asilo a las 19 horas en la biblioteca.'],
    ['it', 'La Settimana dell’accoglienza si svolgerà dal 13 al 17 marzo. Lunedì alle 18 ci sarà un laboratorio di cucina al centro civico, mentre mercoledì alle 19 è prevista una proiezione in biblioteca.'],
    ['de', 'Die Interkulturelle Woche findet vom 13. bis 17. März statt. Am Montag gibt es um 18 Uhr einen Kochworkshop im Bürgerhaus, am Mittwoch um 19 Uhr einen Vortrag über Asyl in der Bibliothek.'],
    ['fr', 'La Semaine de l’accueil aura lieu du 13 au 17 mars. Lundi, un atelier cuisine se tiendra à 18 h au centre social, et mercredi une conférence sur l’asile à 19 h à la médiathèque.'],
  ])('%s', (_lang, text) => {
    expect(extractEvents(text, { now, published }).events.map((e) => e.start)).toEqual(['2023-03-13', '2023-03-13T18:00', '2023-03-15T19:00']);
  });
});

describe('not events: named days said to fall on a date, registration periods, deadlines', () => {
  const published = '2023-03-01';
  it.each([
    ['es', 'El 18 de diciembre se conmemora el Día Internacional del Migrante.'],
    ['it', 'Il 20 giugno si celebra la Giornata mondiale del rifugiato.'],
    ['de', 'Am 20. Juni ist Weltflüchtlingstag.'],
    ['en', 'On 20 June is World Refugee Day.'],
    ['fr', 'Le 20 juin est la Journée mondiale des réfugiés.'],
    ['es', 'Las inscripciones para el taller de español para personas migrantes estarán abiertas del 1 al 15 de marzo.'],
    ['it', 'Le iscrizioni al corso di italiano per rifugiati sono aperte dal 1 al 15 marzo.'],
    ['fr', 'Les inscriptions à l’atelier pour les réfugiés sont ouvertes du 1er au 15 mars.'],
    ['en', 'Registration for the refugee mentoring workshop is open from 1 to 15 March.'],
    ['es', 'El plazo de presentación de candidaturas al programa de mentoría para refugiados finaliza el 15 de marzo.'],
  ])('%s: %s', (_lang, text) => {
    expect(extractEvents(text, { now, published }).events).toEqual([]);
  });

  it.each([
    ['en', 'Registration for the refugee mentoring workshop is open. The workshop takes place on 15 March at 6pm.', '2023-03-15T18:00'],
    ['es', 'El 18 de diciembre celebramos el Día Internacional del Migrante con una fiesta en la plaza a las 18 horas.', '2022-12-18T18:00'],
  ])('still an event: %s: %s', (_lang, text, start) => {
    expect(extractEvents(text, { now, published }).events.map((e) => e.start)).toEqual([start]);
  });
});

describe('an office closing or reopening is no gathering', () => {
  const published = '2023-03-01';
  it.each([
    ['it', 'Lo sportello per migranti riapre dal 6 marzo con orario dalle 9 alle 12.', []],
    ['es', 'La oficina de atención a migrantes estará cerrada del 3 al 7 de abril por Semana Santa.', []],
    ['en', 'Our advice office for refugees reopens on 6 March, open 9am to 12pm.', []],
    ['fr', 'Le bureau d’accueil des migrants rouvre le 6 mars, de 9 h à 12 h.', []],
    ['de', 'Die Beratungsstelle für Geflüchtete öffnet wieder am 6. März von 9 bis 12 Uhr.', []],
    ['es', 'La oficina de empleo organiza un taller para personas migrantes el 9 de marzo a las 18 horas.', ['2023-03-09T18:00']],
    ['it', 'Lo sportello per migranti organizza un incontro informativo il 9 marzo alle 18.', ['2023-03-09T18:00']],
  ])('%s: %s', (_lang, text, expected) => {
    expect(extractEvents(text, { now, published }).events.map((e) => e.start)).toEqual(expected);
  });
});

describe('a named day with an hour of its own is a gathering on that day', () => {
  const published = '2023-03-01';
  it.each([
    ['it', 'Il 20 giugno, Giornata mondiale del rifugiato, organizziamo una cena solidale alle 20 al centro sociale.', ['2023-06-20T20:00']],
    ['es', 'El 18 de diciembre, Día Internacional del Migrante, a las 18 horas, concentración en la plaza Mayor.', ['2022-12-18T18:00']],
    ['en', 'On 20 June, World Refugee Day, we hold a picnic in the park at 1pm.', ['2023-06-20T13:00']],
    ['fr', 'Le 20 juin, Journée mondiale des réfugiés, pique-nique au parc à 13 h.', ['2023-06-20T13:00']],
    ['de', 'Am 20. Juni, dem Weltflüchtlingstag, laden wir um 13 Uhr zum Picknick in den Park ein.', ['2023-06-20T13:00']],
    ['es', 'El 18 de diciembre, Día Internacional del Migrante, recordamos a quienes murieron en el mar.', []],
  ])('%s: %s', (_lang, text, expected) => {
    expect(extractEvents(text, { now, published }).events.map((e) => e.start)).toEqual(expected);
  });
});

describe('"h. 17.30", the Italian abbreviation of "ore"', () => {
  const published = '2023-03-01';
  it.each([
    ['Il laboratorio per donne migranti si terrà giovedì 16 marzo, h. 17.30, presso la biblioteca.', '2023-03-16T17:30'],
    ['Il laboratorio per donne migranti si terrà giovedì 16 marzo, h 17.30, presso la biblioteca.', '2023-03-16T17:30'],
    ['Il laboratorio per donne migranti si terrà giovedì 16 marzo, h. 17, presso la biblioteca.', '2023-03-16T17:00'],
    ['Il laboratorio per donne migranti si terrà giovedì 16 marzo, h 17, presso la biblioteca.', '2023-03-16T17:00'],
    // (An hour and its minutes, "ore 9 h 15" style, is not "h 15".)
    ['Atelier pour les réfugiés le jeudi 16 mars à 9 h 15 à la médiathèque.', '2023-03-16T09:15'],
  ])('%s', (text, start) => {
    expect(extractEvents(text, { now, published }).events.map((e) => e.start)).toEqual([start]);
  });

  it('"h 21, Teatro Comunale": the place after the hour and its comma', () => {
    const [event] = extractEvents('Giovedì 16 marzo h 21, Teatro Comunale: spettacolo sul viaggio dei migranti.', { now, published }).events;
    expect([event?.start, event?.location?.name]).toEqual(['2023-03-16T21:00', 'Teatro Comunale']);
  });
});

describe('a deadline label, however long, before its date', () => {
  const published = '2023-03-01';
  it.each([
    ['it', 'Scadenza per le iscrizioni al laboratorio per migranti: 6 marzo.', []],
    ['es', 'Fecha límite para inscribirse en el taller para migrantes: 6 de marzo.', []],
    ['fr', 'Date limite d’inscription à l’atelier pour les réfugiés : 6 mars.', []],
    ['en', 'Deadline for applications to the refugee mentoring workshop: 6 March.', []],
    ['de', 'Anmeldeschluss für den Workshop mit Geflüchteten: 6. März.', []],
    ['es', 'Plazo de inscripción abierto. Taller para migrantes: 9 de marzo a las 18 horas.', ['2023-03-09T18:00']],
  ])('%s: %s', (_lang, text, expected) => {
    expect(extractEvents(text, { now, published }).events.map((e) => e.start)).toEqual(expected);
  });
});
