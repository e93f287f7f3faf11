import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../lib/extract/index.ts';

// Session 19: a battery of the common ways an end is written, in our own words, in five
// languages: hour ranges, "until", a close said later, lengths, and spans of days.
const now = new Date('2026-11-30T12:00:00Z');
const spans = (text: string, lang: string) => extractEvents(text, { now, lang }).events.map((e) => [e.start, e.end ?? null]);

describe('an hour range on the day', () => {
  it.each([
    ['en', 'Conversation club for newcomers on 14 March 2025, 10:00–14:00, at the library.'],
    ['en', 'Conversation club for newcomers on 14 March 2025 from 10am to 2pm at the library.'],
    ['en', 'Conversation club for newcomers on 14 March 2025, 10am-2pm, at the library.'],
    ['en', 'Conversation club for newcomers on 14 March 2025 between 10:00 and 14:00 at the library.'],
    ['en', 'Conversation club for newcomers: Friday 14 March 2025, starting at 10:00 and running until 14:00.'],
    ['fr', 'Café des langues pour les nouveaux arrivants le 14 mars 2025 de 10h à 14h à la médiathèque.'],
    ['fr', 'Café des langues pour les nouveaux arrivants le 14 mars 2025, 10h-14h, à la médiathèque.'],
    ['fr', 'Café des langues pour les nouveaux arrivants le 14 mars 2025 entre 10h et 14h à la médiathèque.'],
    ['fr', 'Café des langues pour les nouveaux arrivants le vendredi 14 mars 2025 à partir de 10h et jusqu’à 14h.'],
    ['de', 'Sprachcafé für Neuzugewanderte am 14. März 2025 von 10 bis 14 Uhr in der Stadtbibliothek.'],
    ['de', 'Sprachcafé für Neuzugewanderte am 14. März 2025, 10–14 Uhr, in der Stadtbibliothek.'],
    ['de', 'Sprachcafé für Neuzugewanderte am Freitag, 14.03.2025, von 10:00 Uhr bis 14:00 Uhr.'],
    ['de', 'Sprachcafé für Neuzugewanderte am 14. März 2025 ab 10 Uhr bis 14 Uhr in der Stadtbibliothek.'],
    ['it', 'Caffè linguistico per nuovi arrivati il 14 marzo 2025 dalle 10 alle 14 in biblioteca.'],
    ['it', 'Caffè linguistico per nuovi arrivati il 14 marzo 2025 dalle ore 10.00 alle ore 14.00 in biblioteca.'],
    ['it', 'Caffè linguistico per nuovi arrivati venerdì 14 marzo 2025, ore 10-14, in biblioteca.'],
    ['it', 'Caffè linguistico per nuovi arrivati il 14 marzo 2025 a partire dalle 10 e fino alle 14 in biblioteca.'],
    ['es', 'Café de idiomas para personas recién llegadas el 14 de marzo de 2025 de 10 a 14 h en la biblioteca.'],
    ['es', 'Café de idiomas para personas recién llegadas el 14 de marzo de 2025, de 10:00 a 14:00 horas, en la biblioteca.'],
    ['es', 'Café de idiomas para personas recién llegadas el 14 de marzo de 2025 entre las 10 y las 14 h en la biblioteca.'],
    ['es', 'Café de idiomas para personas recién llegadas el viernes 14 de marzo de 2025, desde las 10:00 y hasta las 14:00.'],
    ['es', 'Café de idiomas para personas recién llegadas el 14 de marzo de 2025, de 10 de la mañana a 2 de la tarde.'],
  ])('%s: %s', (lang, text) => {
    expect(spans(text, lang)).toEqual([['2025-03-14T10:00', '2025-03-14T14:00']]);
  });
});

describe('the close said in a later sentence', () => {
  it.each([
    ['en', 'Welcome picnic for refugee families on 14 March 2025 at 10:00 in the park. It ends at 14:00.'],
    ['fr', 'Pique-nique d’accueil des familles réfugiées le 14 mars 2025 à 10h au parc. Fin prévue à 14h.'],
    ['de', 'Willkommenspicknick für geflüchtete Familien am 14. März 2025 um 10 Uhr im Park. Ende gegen 14 Uhr.'],
    ['it', 'Picnic di benvenuto per le famiglie rifugiate il 14 marzo 2025 alle 10 al parco. La festa si concluderà alle 14.'],
    ['es', 'Picnic de bienvenida para familias refugiadas el 14 de marzo de 2025 a las 10:00 en el parque. La actividad terminará a las 14:00.'],
  ])('%s: %s', (lang, text) => {
    expect(spans(text, lang)).toEqual([['2025-03-14T10:00', '2025-03-14T14:00']]);
  });

  it.each([
    ['en', 'Welcome picnic for refugee families on 14 March 2025 at 10:00 in the park. Registration closes at 14:00 the day before.'],
    ['es', 'Picnic de bienvenida para familias refugiadas el 14 de marzo de 2025 a las 10:00 en el parque. La inscripción termina a las 14:00 del día anterior.'],
  ])('%s: a sign-up close is no end (near miss): %s', (lang, text) => {
    expect(spans(text, lang)).toEqual([['2025-03-14T10:00', null]]);
  });
});

describe('an end from a length', () => {
  it.each([
    ['en', 'Online info session for asylum seekers on 14 March 2025 at 10:00; it lasts four hours.'],
    ['fr', 'Réunion d’information en ligne pour demandeurs d’asile le 14 mars 2025 à 10h (durée : 4 heures).'],
    ['de', 'Online-Infoabend für Asylsuchende am 14. März 2025 um 10 Uhr, Dauer vier Stunden.'],
    ['it', 'Incontro informativo online per richiedenti asilo il 14 marzo 2025 alle 10, della durata di quattro ore.'],
    ['es', 'Sesión informativa en línea para solicitantes de asilo el 14 de marzo de 2025 a las 10:00, con una duración de cuatro horas.'],
  ])('%s: %s', (lang, text) => {
    expect(spans(text, lang)).toEqual([['2025-03-14T10:00', '2025-03-14T14:00']]);
  });
});

describe('a span of days', () => {
  it.each([
    ['en', 'Intercultural festival for migrants and locals from 5 to 7 May 2025 in the town square.'],
    ['en', 'Intercultural festival for migrants and locals, 5–7 May 2025, in the town square.'],
    ['fr', 'Festival interculturel pour migrants et habitants du 5 au 7 mai 2025 sur la place.'],
    ['de', 'Interkulturelles Fest für Zugewanderte und Nachbarn vom 5. bis 7. Mai 2025 auf dem Marktplatz.'],
    ['de', 'Interkulturelles Fest für Zugewanderte und Nachbarn, 05.–07.05.2025, auf dem Marktplatz.'],
    ['it', 'Festival interculturale per migranti e cittadini dal 5 al 7 maggio 2025 in piazza.'],
    ['es', 'Festival intercultural para personas migrantes y vecinos del 5 al 7 de mayo de 2025 en la plaza.'],
  ])('%s: %s', (lang, text) => {
    expect(spans(text, lang)).toEqual([['2025-05-05', '2025-05-07']]);
  });

  it.each([
    ['en', 'Intercultural festival for migrants and locals from 30 April to 2 May 2025 in the town square.'],
    ['fr', 'Festival interculturel pour migrants et habitants du 30 avril au 2 mai 2025 sur la place.'],
    ['de', 'Interkulturelles Fest für Zugewanderte und Nachbarn vom 30. April bis 2. Mai 2025 auf dem Marktplatz.'],
    ['it', 'Festival interculturale per migranti e cittadini dal 30 aprile al 2 maggio 2025 in piazza.'],
    ['es', 'Festival intercultural para personas migrantes y vecinos del 30 de abril al 2 de mayo de 2025 en la plaza.'],
  ])('%s: across a month: %s', (lang, text) => {
    expect(spans(text, lang)).toEqual([['2025-04-30', '2025-05-02']]);
  });

  it.each([
    ['en', 'The intercultural festival for migrants opens on 5 May 2025 in the town square and closes on 7 May.'],
    ['fr', 'Le festival interculturel des migrants s’ouvre le 5 mai 2025 sur la place et se termine le 7 mai.'],
    ['de', 'Das interkulturelle Fest der Zugewanderten beginnt am 5. Mai 2025 auf dem Marktplatz und endet am 7. Mai.'],
    ['it', 'Il festival interculturale dei migranti si apre il 5 maggio 2025 in piazza e si chiude il 7 maggio.'],
    ['es', 'El festival intercultural de las personas migrantes comienza el 5 de mayo de 2025 en la plaza y termina el 7 de mayo.'],
  ])('%s: first and last day in one sentence: %s', (lang, text) => {
    expect(spans(text, lang)).toEqual([['2025-05-05', '2025-05-07']]);
  });

  it.each([
    ['en', 'The intercultural festival for migrants opens on 5 May 2025 in the town square. It will run until 7 May.'],
    ['fr', 'Le festival interculturel des migrants s’ouvre le 5 mai 2025 sur la place. Il durera jusqu’au 7 mai.'],
    ['de', 'Das interkulturelle Fest der Zugewanderten beginnt am 5. Mai 2025 auf dem Marktplatz. Es dauert bis zum 7. Mai.'],
    ['it', 'Il festival interculturale dei migranti si apre il 5 maggio 2025 in piazza. Proseguirà fino al 7 maggio.'],
    ['es', 'El festival intercultural de las personas migrantes comienza el 5 de mayo de 2025 en la plaza. Se prolongará hasta el 7 de mayo.'],
  ])('%s: the last day in the next sentence: %s', (lang, text) => {
    expect(spans(text, lang)).toEqual([['2025-05-05', '2025-05-07']]);
  });

  it.each([
    ['en', 'The intercultural festival for migrants opens on 5 May 2025 in the town square and registration for the stalls closes on 20 May.'],
    ['fr', 'Le festival interculturel des migrants s’ouvre le 5 mai 2025 sur la place; les inscriptions aux ateliers se terminent le 20 mai.'],
    ['es', 'El festival intercultural de las personas migrantes comienza el 5 de mayo de 2025 en la plaza. El plazo de inscripción dura hasta el 20 de mayo.'],
  ])('%s: a sign-up\'s close is no last day (near miss): %s', (lang, text) => {
    expect(spans(text, lang)[0]).toEqual(['2025-05-05', null]);
  });

  it.each([
    ['en', 'Exhibition on refugee journeys from 5 May 2025 at 10:00 to 7 May 2025 at 18:00 in the town hall.', ['2025-05-05T10:00', '2025-05-07T18:00']],
    ['fr', 'Exposition sur les parcours d’exil du 5 mai 2025 à 10h au 7 mai 2025 à 18h à la mairie.', ['2025-05-05T10:00', '2025-05-07T18:00']],
    ['it', 'Mostra sui percorsi dei rifugiati dal 5 maggio 2025 ore 10 al 7 maggio 2025 ore 18 in municipio.', ['2025-05-05T10:00', '2025-05-07T18:00']],
  ])('%s: with hours on the first and last day: %s', (lang, text, expected) => {
    expect(spans(text, lang)).toEqual([expected]);
  });
});

describe('a service\'s opening hours from a day are no gathering', () => {
  it.each([
    ['de', 'Das Beratungszentrum für Geflüchtete zieht um. Öffnungszeiten ab 4. März 2025: Montag bis Donnerstag 9–16 Uhr.', []],
    ['en', 'The advice centre for refugees is moving. Opening hours from 4 March 2025: Monday to Thursday 9am-4pm.', []],
    ['it', 'Lo sportello per rifugiati si trasferisce. Orari di apertura dal 4 marzo 2025: dal lunedì al giovedì 9-16.', []],
    ['de', 'Tag der offenen Tür im Beratungszentrum für Geflüchtete am 4. März 2025, 9–16 Uhr.', [['2025-03-04T09:00', '2025-03-04T16:00']]],
  ])('%s: %s', (lang, text, expected) => {
    expect(spans(text, lang)).toEqual(expected);
  });
});

describe('a gathering that lasts the whole weekend', () => {
  it.each([
    ['es', 'La feria de las culturas abre el sábado 10 de mayo de 2025 en la plaza mayor. La cita se prolonga todo el fin de semana.'],
    ['en', 'The festival of cultures for newcomers opens on Saturday 10 May 2025 in the market square and goes on all weekend.'],
    ['it', 'La festa dei popoli si apre sabato 10 maggio 2025 in piazza e prosegue per tutto il fine settimana.'],
    ['de', 'Das Fest der Kulturen beginnt am Samstag, 10. Mai 2025, auf dem Marktplatz und dauert das ganze Wochenende.'],
  ])('%s: %s', (lang, text) => {
    expect(spans(text, lang)).toEqual([['2025-05-10', '2025-05-11']]);
  });

  it('near miss: a weekday gathering stays one day', () => {
    expect(spans('La feria de las culturas abre el miércoles 7 de mayo de 2025 en la plaza mayor; las casetas se montan todo el fin de semana anterior.', 'es')).toEqual([['2025-05-07', null]]);
  });
});

describe('a length said with a verb of lasting in a later sentence', () => {
  it.each([
    ['es', 'Agenda del centro cívico\nEl sábado 20 de diciembre de 2025, a las 12.30 horas, obra de teatro para familias recién llegadas.\nLa obra cuenta la historia de un viaje. El espectáculo dura 35 minutos y la entrada es libre.', '2025-12-20T13:05'],
    ['en', 'Centre diary\nOn Saturday 20 December 2025 at 12:30 there is a theatre show for newly arrived families.\nThe play tells the story of a journey. The show lasts 35 minutes and entry is free.', '2025-12-20T13:05'],
    ['it', 'Agenda del centro\nSabato 20 dicembre 2025 alle 12.30 spettacolo per famiglie appena arrivate.\nLo spettacolo racconta la storia di un viaggio e dura 35 minuti; ingresso libero.', '2025-12-20T13:05'],
  ])('%s', (lang, text, end) => {
    expect(spans(text, lang)).toEqual([['2025-12-20T12:30', end]]);
  });

  it('near miss: a length said after another date is that date\'s', () => {
    const text = 'Agenda del centro cívico\nEl sábado 20 de diciembre de 2025, a las 12.30 horas, obra de teatro para familias recién llegadas.\nEl domingo 21 de diciembre de 2025, a las 18.00 horas, un concierto solidario. El concierto dura 90 minutos.';
    expect(spans(text, 'es')).toEqual([['2025-12-20T12:30', null], ['2025-12-21T18:00', '2025-12-21T19:30']]);
  });
});

describe('the hours said in a later sentence with a verb of holding', () => {
  it.each([
    ['es', 'La asociación celebra el sábado 14 de diciembre de 2024 una jornada festiva en el parque, justo antes del 18 de diciembre.\n\nEl evento, que se desarrolla desde las 10.00 hasta las 23.00 horas, incluye música y comida.', ['2024-12-14T10:00', '2024-12-14T23:00']],
    ['it', 'L’associazione organizza sabato 14 dicembre 2024 una giornata di festa nel parco, poco prima del 18 dicembre.\n\nLa festa, che si svolge dalle 10 alle 23, prevede musica e cibo.', ['2024-12-14T10:00', '2024-12-14T23:00']],
  ])('%s', (lang, text, expected) => {
    expect(spans(text, lang)[0]).toEqual(expected);
  });
});

describe('an hour span in words with the part of the day', () => {
  it.each([
    ['es', 'Encuentro de culturas para personas migrantes el domingo 19 de octubre de 2025 de diez a dos de la tarde en la plaza.', ['2025-10-19T10:00', '2025-10-19T14:00']],
    ['es', 'Encuentro de culturas para personas migrantes el domingo 19 de octubre de 2025 de cinco a diez de la noche en la plaza.', ['2025-10-19T17:00', '2025-10-19T22:00']],
    ['it', 'Festa delle culture per i migranti domenica 19 ottobre 2025 dalle dieci alle due del pomeriggio in piazza.', ['2025-10-19T10:00', '2025-10-19T14:00']],
    ['en', 'Culture fair for migrants on Sunday 19 October 2025 from ten to two in the afternoon in the square.', ['2025-10-19T10:00', '2025-10-19T14:00']],
  ])('%s: %s', (lang, text, expected) => {
    expect(spans(text, lang)).toEqual([expected]);
  });

  it('near miss: words for a count are no hours', () => {
    expect(spans('Encuentro de culturas para personas migrantes el domingo 19 de octubre de 2025, de diez a doce participantes por taller.', 'es')).toEqual([['2025-10-19', null]]);
  });
});

describe('two days in a row, each with its weekday', () => {
  it.each([
    ['it', 'Martedì 31 gennaio e mercoledì 1 febbraio 2017 si terrà a Roma il convegno sull’accoglienza dei rifugiati.'],
    ['es', 'El martes 31 de enero y el miércoles 1 de febrero de 2017 se celebrará en Madrid el congreso sobre acogida de refugiados.'],
    ['fr', 'Le mardi 31 janvier et le mercredi 1er février 2017 se tiendra à Paris le colloque sur l’accueil des réfugiés.'],
  ])('%s: %s', (lang, text) => {
    expect(spans(text, lang)).toEqual([['2017-01-31', '2017-02-01']]);
  });

  it('near miss: two days a week apart stay two', () => {
    expect(spans('Martedì 24 gennaio e mercoledì 1 febbraio 2017 si terranno a Roma due convegni sull’accoglienza dei rifugiati.', 'it')).toEqual([['2017-01-24', null], ['2017-02-01', null]]);
  });
});

describe('more hour spans, and days listed one by one', () => {
  it.each([
    ['es', 'Taller de empleo para personas migrantes el 14 de marzo de 2025 a partir de las 10:00 y hasta las 14:00 en el centro cívico.'],
    ['es', 'Taller de empleo para personas migrantes el 14 de marzo de 2025 de 10.00 a 14.00 h en el centro cívico.'],
    ['es', 'Taller de empleo para personas migrantes el 14 de marzo de 2025 de 10:00h a 14:00h en el centro cívico.'],
    ['es', 'Taller de empleo para personas migrantes el 14 de marzo de 2025. Horario: de 10 a 14 h.'],
    ['it', 'Laboratorio per migranti il 14 marzo 2025, ore 10.00-14.00, presso il centro civico.'],
    ['it', 'Laboratorio per migranti il 14 marzo 2025 con inizio alle ore 10 e termine alle ore 14 presso il centro civico.'],
    ['fr', 'Atelier pour migrants le 14 mars 2025 de 10h00 à 14h00 au centre social.'],
    ['de', 'Workshop für Zugewanderte am 14. März 2025 in der Zeit von 10 bis 14 Uhr im Bürgerhaus.'],
    ['de', 'Workshop für Zugewanderte am 14. März 2025. Beginn: 10 Uhr, Ende: ca. 14 Uhr.'],
    ['en', 'Workshop for migrants on 14 March 2025, 10 a.m. to 2 p.m., at the community centre.'],
  ])('%s: %s', (lang, text) => {
    expect(spans(text, lang)).toEqual([['2025-03-14T10:00', '2025-03-14T14:00']]);
  });

  it.each([
    ['es', 'Jornadas de acogida para personas refugiadas los días 5, 6 y 7 de mayo de 2025 en el centro cívico.'],
    ['it', 'Giornate di accoglienza per rifugiati il 5, 6 e 7 maggio 2025 presso il centro civico.'],
    ['fr', 'Journées d’accueil des réfugiés les 5, 6 et 7 mai 2025 au centre social.'],
    ['de', 'Aktionstage für Geflüchtete am 5., 6. und 7. Mai 2025 im Bürgerhaus.'],
    ['en', 'Welcome days for refugees on 5, 6 and 7 May 2025 at the community centre.'],
  ])('%s: %s', (lang, text) => {
    expect(spans(text, lang)).toEqual([['2025-05-05', '2025-05-07']]);
  });
});

describe('the hours one signs up in are not the gathering\'s', () => {
  it.each([
    ['it', 'Gara podistica per l’integrazione dei rifugiati domenica 29 ottobre 2017. Ci si potrà iscrivere il giorno stesso dalle 7:30 alle 8:30. La gara parte alle 9:30.', '2017-10-29T09:30'],
    ['en', 'Fun run for refugee integration on Sunday 29 October 2017. You can register on the day from 7:30 to 8:30. The race starts at 9:30.', '2017-10-29T09:30'],
    ['es', 'Carrera solidaria por la integración de refugiados el domingo 29 de octubre de 2017. Se podrá inscribirse el mismo día de 7:30 a 8:30. La carrera sale a las 9:30.', '2017-10-29T09:30'],
  ])('%s', (lang, text, start) => {
    expect(spans(text, lang).map((s) => s[0])).toEqual([start]);
  });

  it('near miss: the hours of a day the sign-up words do not govern stay', () => {
    expect(spans('Corsa podistica per l’integrazione dei rifugiati domenica 29 ottobre 2017 dalle 9:30 alle 12:00. Iscrizioni online.', 'it')).toEqual([['2017-10-29T09:30', '2017-10-29T12:00']]);
  });
});

describe('near miss: a call to register for a dated gathering keeps its hours', () => {
  it.each([
    ['en', 'Register now for our webinar on refugee employment on 12 March 2025 from 14:00 to 15:30.'],
    ['es', 'Inscribirse en el taller de empleo para personas refugiadas del 12 de marzo de 2025 de 14:00 a 15:30.'],
  ])('%s', (lang, text) => {
    expect(spans(text, lang)).toEqual([['2025-03-12T14:00', '2025-03-12T15:30']]);
  });
});

describe('an hour range with the unit only once, "until", or an approximate end (session 23)', () => {
  it.each([
    ['fr', 'Café des langues pour les nouveaux arrivants le samedi 15 mars 2025 de 10 à 14 heures à la médiathèque.'],
    ['de', 'Sprachcafé für Neuangekommene am Samstag, 15. März 2025, von 10 bis ca. 14 Uhr in der Stadtbücherei.'],
    ['de', 'Sprachcafé für Neuangekommene am Samstag, 15. März 2025, 10 bis etwa 14 Uhr in der Stadtbücherei.'],
    ['en', 'Language café for newcomers on Saturday 15 March 2025 from 10 till 2pm at the library.'],
    ['en', 'Language café for newcomers on Saturday 15 March 2025 from 10 to around 2pm at the library.'],
  ])('%s: %s', (lang, text) => {
    expect(spans(text, lang)).toEqual([['2025-03-15T10:00', '2025-03-15T14:00']]);
  });

  it.each([
    ['fr', 'Café des langues le samedi 15 mars 2025 à 10h à la médiathèque : de 2 à 3 heures de conversation par semaine.'],
    ['en', 'Language café on Saturday 15 March 2025 at 10am at the library: from 2 to 3 hours of practice a week.'],
  ])('%s: near miss: a count of hours is no range: %s', (lang, text) => {
    expect(spans(text, lang)).toEqual([['2025-03-15T10:00', null]]);
  });
});

describe('two spans of a day with the unit once, and a first day said with "from" (session 23)', () => {
  it.each([
    ['es', 'Mercadillo solidario el sábado 15 de marzo de 2025 en la Plaza Mayor de Burgos, de 10 a 14 y de 17 a 20 horas.'],
    ['fr', 'Marché solidaire le samedi 15 mars 2025 place Bellecour à Lyon, de 10 à 14 et de 17 à 20 heures.'],
    ['de', 'Solidaritätsmarkt am Samstag, 15. März 2025, auf dem Heumarkt in Köln, von 10 bis 14 und von 17 bis 20 Uhr.'],
  ])('%s: the day runs to the second span\'s end: %s', (lang, text) => {
    expect(spans(text, lang)).toEqual([['2025-03-15T10:00', '2025-03-15T20:00']]);
  });

  it('near miss: two age bands are no hours', () => {
    expect(spans('Taller de cocina intercultural el sábado 15 de marzo de 2025 a las 11:00 en el Centro Cívico de Burgos, para jóvenes de 10 a 14 y de 15 a 18 años.', 'es')).toEqual([['2025-03-15T11:00', null]]);
  });

  it.each([
    ['es', 'Burgos acoge las Jornadas Interculturales a partir del 12 de marzo de 2025 y hasta el 14 de marzo en el Centro Cívico.'],
    ['es', 'Burgos acoge las Jornadas Interculturales desde el 12 de marzo de 2025 y hasta el día 14 en el Centro Cívico.'],
    ['fr', 'Lyon accueille les Journées interculturelles à partir du 12 mars 2025 et jusqu’au 14 mars à la Maison des associations.'],
    ['it', 'Bologna ospita le Giornate interculturali a partire dal 12 marzo 2025 e fino al 14 marzo presso la Sala Borsa.'],
  ])('%s: "from" a day "and until" another is one span: %s', (lang, text) => {
    expect(spans(text, lang)).toEqual([['2025-03-12', '2025-03-14']]);
  });

  it('near miss: a sign-up\'s "until" after a "from" day is no last day', () => {
    expect(spans('El taller de cocina intercultural empieza a partir del 12 de marzo de 2025 en el Centro Cívico. Inscripciones hasta el 14 de marzo.', 'es')).toEqual([['2025-03-12', null]]);
  });
});
