/**
 * Shapes of real pages that the extractor met first on pages it had not seen (issue 12, round
 * 3), written here as short sentences of our own in the five languages: each row is a general
 * rule, not a page.
 */
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../lib/extract/index.ts';

// Late in the year and late in the day: no year may come from the wall clock.
const now = new Date('2026-12-31T23:40:00Z');
const events = (text: string, options: Parameters<typeof extractEvents>[1] = {}) => extractEvents(text, { now, ...options }).events;

describe('mode of a gathering the page never says is online', () => {
  it.each([
    ['de', 'Begegnungscafé für Geflüchtete\n\nAm 24. Oktober 2014 laden wir von 15 bis 17 Uhr zum Begegnungscafé ein.', 'in-person'],
    ['fr', 'Réunion d\'information sur l\'accueil des réfugiés le mercredi 16 novembre 2016 à 18h.', 'in-person'],
    ['it', 'Serata di confronto sull\'accoglienza dei migranti venerdì 20 novembre 2015 alle ore 21.', 'in-person'],
    ['es', 'Encuentro vecinal por la convivencia con personas migrantes el sábado 19 de noviembre de 2016.', 'in-person'],
    ['en', 'Community gathering for refugees and neighbours on Saturday 20 June 2020 at 2pm.', 'in-person'],
  ])('%s', (_lang, text, mode) => {
    expect(events(text).map((e) => e.mode).at(-1)).toBe(mode);
  });
});

describe('a programme whose days are headings of a weekday and a number', () => {
  it.each([
    ['es', 'Semana intercultural del 16 al 22 de marzo\n\nProgramación:\n\nLunes 16\n\n  • Taller de cocina del mundo con personas migrantes, a las 18.00 horas en el Centro Cívico Norte, con inscripción previa en la web del distrito.\n\nMartes 17\n\n  • Charla sobre los derechos de las personas migrantes a las 19.00 horas.\n\nJueves 19\n\n  • Torneo de fútbol por la diversidad.',
      { published: '2026-03-01' }, ['2026-03-16T18:00', '2026-03-17T19:00', '2026-03-19']],
    ['de', 'Interkulturelle Woche vom 14. bis 20. Oktober\n\nProgramm:\n\nMontag, 14.\n\n  • Lesung mit geflüchteten Autorinnen um 19 Uhr in der Stadtbibliothek.\n\nDienstag, 15.\n\n  • Sprachcafé für Zugewanderte um 16 Uhr.\n\nDonnerstag, 17.\n\n  • Fußballturnier der Vielfalt.',
      { published: '2019-10-01' }, ['2019-10-14T19:00', '2019-10-15T16:00', '2019-10-17']],
  ])('%s', (_lang, text, options, expected) => {
    const found = events(text, options);
    expect(found.map((e) => e.start)).toEqual(expect.arrayContaining(expected));
    // Each day is named by its first item, not by the heading of the day before.
    expect(found.filter((e) => !e.end).map((e) => e.title)).not.toContainEqual(expect.stringMatching(/^(?:lunes|martes|montag|dienstag)/i));
  });

  it('reads a weekday with its day in the month a page is stamped with (it)', () => {
    const text = 'date 2023-03 Un doppio appuntamento per l\'accoglienza dei rifugiati nei piccoli comuni.\n\nSabato 11, alle 9.30, prenderà il via il laboratorio sulla comunicazione.';
    expect(events(text).map((e) => e.start)).toEqual(['2023-03-11T09:30']);
  });
});

describe('a date years after the posting day is a stamp of the copy, not an event', () => {
  it.each([
    ['es', 'Sábado, 11 de enero de 2027\nRadio local al día\n\nTaller de empleo para personas migrantes\n\nActualizado 13/12/2014\n\nEl taller tendrá lugar el 18 de diciembre a las 10.00 horas en el Centro Cívico Sur.', { published: '2014-12-13' }, ['2014-12-18T10:00']],
    ['en', 'Friday, 3 March 2028\n\nWorkshop for refugees on 20 May 2016 at 10:00 in the Town Hall.', { published: '2016-04-02' }, ['2016-05-20T10:00']],
  ])('%s', (_lang, text, options, expected) => {
    expect(events(text, options).map((e) => e.start)).toEqual(expected);
  });
});

describe('times and places asked as questions, hours with their minutes after the unit', () => {
  it.each([
    ['de', 'Diskussionsabend: Flüchtlinge willkommen\nWann? am Donnerstag, dem 5. März 2015 ab 19 Uhr bis voraussichtlich 21 Uhr 30\nWo? Pfarrheim St. Josef', '2015-03-05T19:00', '2015-03-05T21:30', 'Pfarrheim'],
    ['es', 'Taller para personas migrantes\n¿Cuándo? El sábado 7 de marzo de 2015, de 10 a 13 h.\n¿Dónde? Centro Cívico Delicias', '2015-03-07T10:00', '2015-03-07T13:00', 'Delicias'],
    ['fr', 'Atelier pour les réfugiés\nQuand ? Le jeudi 5 mars 2015 de 9 h 30 à 12 h\nOù ? Maison des Associations', '2015-03-05T09:30', '2015-03-05T12:00', 'Associations'],
    ['it', 'Incontro con i rifugiati\nQuando? Giovedì 5 marzo 2015 dalle 18 alle 20 circa\nDove? Sala Rossa del Comune', '2015-03-05T18:00', '2015-03-05T20:00', 'Rossa'],
    ['en', 'Meeting with refugees\nWhen? Thursday 5 March 2015, from 6pm until approximately 8.30pm\nWhere? Friends Meeting House', '2015-03-05T18:00', '2015-03-05T20:30', 'Friends'],
  ])('%s', (_lang, text, start, end, place) => {
    const [e] = events(text);
    expect([e?.start, e?.end]).toEqual([start, end]);
    expect(JSON.stringify(e?.location ?? {})).toContain(place);
  });

  it('does not read an amount after an hour as its minutes', () => {
    expect(events('Sprachcafé für Geflüchtete am 5. März 2015 um 15 Uhr 30 Minuten lang.').map((e) => e.start)).toEqual(['2015-03-05T15:00']);
  });
});

describe('a day told relative to a named day is still the event\'s day', () => {
  it.each([
    ['en', 'Webinar on inclusive cities for refugees\n\nOn 18 June 2020, two days before World Refugee Day, we heard how cities welcome refugees.', ['2020-06-18']],
    ['fr', 'Rencontre sur l\'accueil des réfugiés\n\nLe 19 juin 2021, la veille de la Journée mondiale des réfugiés, nous avons débattu de l\'accueil des réfugiés.', ['2021-06-19']],
    // A day told relative to the event itself is not the event.
    ['en', 'Webinar on refugee rights on 20 March 2021 at 10:00. The link is sent on 19 March 2021, one day before the webinar.', ['2021-03-20T10:00']],
  ])('%s', (_lang, text, expected) => {
    expect(events(text).map((e) => e.start)).toEqual(expected);
  });
});

describe('a span of hours written "between ... and ..."', () => {
  it.each([
    ['de', 'Begegnungscafé für Geflüchtete am 24. Oktober 2014 in der Zeit zwischen 15 und 17 Uhr im Nachbarschaftshaus.'],
    ['fr', 'Permanence pour les exilés le 24 octobre 2014 entre 15h et 17h à la Maison des Associations.'],
    ['es', 'Encuentro con personas migrantes el 24 de octubre de 2014 entre las 15 y las 17 horas.'],
    ['en', 'Drop-in session for refugees on 24 October 2014 between 3 and 5 pm at the library.'],
    ['it', 'Incontro per migranti il 24 ottobre 2014 tra le 15 e le 17 presso la biblioteca.'],
  ])('%s', (_lang, text) => {
    const [e] = events(text);
    expect([e?.start, e?.end]).toEqual(['2014-10-24T15:00', '2014-10-24T17:00']);
  });
});

describe('spans of days', () => {
  it.each([
    ['de', 'Interkulturelle Woche 2019\n\nZur Interkulturellen Woche finden vom Sonntag, den 22. September bis Samstag, den 28. September bundesweit Veranstaltungen statt.', '2019-09-22', '2019-09-28'],
    ['fr', 'Semaine de l\'accueil des réfugiés 2019\n\nLa semaine a lieu du dimanche 22 septembre au samedi 28 septembre dans toute la ville.', '2019-09-22', '2019-09-28'],
    ['es', 'Semana intercultural 2019\n\nLa semana se celebra desde el domingo 22 de septiembre hasta el sábado 28 de septiembre en el barrio.', '2019-09-22', '2019-09-28'],
  ])('a range whose ends carry their weekdays (%s)', (_lang, text, start, end) => {
    const e = events(text).find((x) => x.start === start);
    expect(e?.end).toBe(end);
  });

  it('keeps a town\'s fortnight and the nation\'s week inside it apart, with the week\'s dated gatherings', () => {
    const text = 'Interkulturelle Woche 2018\n\nDie Interkulturelle Woche findet vom 23. September bis 29. September bundesweit statt.\n\n'
      + 'Unsere Stadt beteiligt sich vom 21. September bis 4. Oktober mit vielen Veranstaltungen für Geflüchtete an der Interkulturellen Woche.\n\n'
      + 'Theaterabend für Zugewanderte\n27.09. 19:30 Uhr im Bürgerhaus Mitte';
    const got = events(text).map((e) => `${e.start}${e.end ? `/${e.end}` : ''}`);
    expect(got).toEqual(expect.arrayContaining(['2018-09-21/2018-10-04', '2018-09-23/2018-09-29', '2018-09-27T19:30']));
  });

  it('reads a date over its labelled venue as a gathering (en)', () => {
    const text = 'EN - FR - DE\n\n« Public service and the integration of migrants »\n\nVienna, 29-30 September 2011\n\nVenue: Congress Centre Europa\nMariahilfer Straße 12, 1070 Vienna';
    expect(events(text).map((e) => [e.start, e.end])).toEqual([['2011-09-29', '2011-09-30']]);
  });
});

describe('people meeting name a gathering', () => {
  it.each([
    ['de', 'Magdeburg, den 14. September 2018\n\nAuf Einladung des Netzwerks trafen sich am 13. September 2018 Fachleute zur Arbeitsmarktintegration von Geflüchteten.', '2018-09-13'],
    ['fr', 'Le 13 septembre 2018, les partenaires se sont réunis à Lyon pour parler de l\'insertion des réfugiés.', '2018-09-13'],
    ['it', 'Il 13 settembre 2018 i partner si sono riuniti a Torino per parlare dell\'inclusione dei migranti.', '2018-09-13'],
    ['es', 'El 13 de septiembre de 2018 las entidades se reunieron en Bilbao para hablar de la acogida de personas migrantes.', '2018-09-13'],
  ])('%s', (_lang, text, day) => {
    expect(events(text).map((e) => e.start)).toEqual([day]);
  });

  it('gives a day of a festival with its own hour and venue an event of its own', () => {
    const text = 'Festival des migrations\n\nDu 15 novembre au 6 décembre 2025\nMédiathèque Aveline\n\nLe documentaire suit une maraude dans la montagne.\nVendredi 21 novembre 2025 à 20 h\nSalle des fêtes de Bellevue';
    expect(events(text).map((e) => e.start)).toEqual(expect.arrayContaining(['2025-11-21T20:00']));
  });
});

describe('the year of an undated report from the names of its photos', () => {
  it.each([
    ['es', 'Encuentro vecinal por la convivencia\n\nEl pasado sábado 19 de noviembre se dieron cita vecinos y personas migrantes en el centro social.\n\nimg_20161119_131338 img_20161119_113143', '2016-11-19'],
    ['de', 'Begegnungsfest mit Geflüchteten\n\nAm Samstag, 19. November, feierten wir im Stadtteilzentrum.\n\nIMG-20161119-WA0003.jpg', '2016-11-19'],
  ])('%s', (_lang, text, day) => {
    expect(events(text).map((e) => e.start)).toEqual([day]);
  });

  it('does not take an article number for a photo', () => {
    // Saturday 19 November: 2022 is the nearest year back; a long number is no photo name.
    expect(events('Encuentro vecinal con personas migrantes el sábado 19 de noviembre.\n\nRef. 201611190042').map((e) => e.start)).toEqual(['2022-11-19']);
  });
});

describe('the month before the day after a weekday, as translated pages write it', () => {
  it.each([
    ['fr', 'Réunion des partenaires pour l\'inclusion des migrants du lundi Novembre 16 e au mercredi 18 Novembre 2020.', '2020-11-16', '2020-11-18'],
    ['de', 'Workshop für Geflüchtete am Montag, Mai 3, 2021 um 10 Uhr.', '2021-05-03T10:00', undefined],
    ['it', 'Incontro sull\'accoglienza dei rifugiati giovedì Marzo 4, 2021 alle ore 18.', '2021-03-04T18:00', undefined],
  ])('%s', (_lang, text, start, end) => {
    const [e] = events(text);
    expect([e?.start, e?.end]).toEqual([start, end]);
  });

  it('needs the weekday: a month and a number alone are not a date outside English', () => {
    expect(events('Réunion pour les réfugiés : Novembre 16 participants inscrits.').length).toBe(0);
  });
});

describe('a bare weekday beside a dated day of the same paragraph', () => {
  it.each([
    ['it', 'date 2023-03 Un doppio appuntamento per l\'accoglienza dei migranti nei piccoli comuni.\n\nVenerdì, infatti, presso la sala consiliare, a partire dalle 9 prenderanno il via i lavori dell\'assemblea. Sabato 11, alle 9.30, si terrà il laboratorio sulla comunicazione.', ['2023-03-10T09:00', '2023-03-11T09:30']],
    ['en', 'Refugee Week 2021\n\nOn Saturday 19 June 2021 at 14:00 we hold a picnic with refugees in the park. On Sunday, the closing concert starts at 18:00.', ['2021-06-19T14:00', '2021-06-20T18:00']],
  ])('%s', (_lang, text, expected) => {
    expect(events(text).map((e) => e.start).sort()).toEqual(expected);
  });
});

describe('a programme\'s first slot and its last', () => {
  it('ends the day at the last slot, not at the end of the first one (en)', () => {
    const text = 'Conference on refugee employment\n\nThursday, 10 October 2024\n12:30-13:00 Registration\n13:00-14:30 Panel on skills recognition\n15:00-16:30 Workshops\n17:30-19:00 Reception';
    const [e] = events(text);
    expect([e?.start, e?.end]).toEqual(['2024-10-10T12:30', '2024-10-10T19:00']);
  });
});

describe('when a named day was celebrated is not an event', () => {
  it.each([
    ['it', 'La Giornata mondiale del migrante e del rifugiato, che si è celebrata ieri, domenica 25 settembre 2022, apre la Festa dei popoli di sabato 1 ottobre 2022 alle 15.', ['2022-10-01T15:00']],
    ['en', 'World Refugee Day, which was celebrated on Sunday 20 June 2021, inspired our picnic with refugees on 26 June 2021 at 13:00.', ['2021-06-26T13:00']],
  ])('%s', (_lang, text, expected) => {
    expect(events(text).map((e) => e.start)).toEqual(expected);
  });
});

describe('days of a week named by their weekdays', () => {
  it.each([
    ['es', 'El lunes 30 de marzo y el martes 31 se realizará un taller de mimbre para personas migrantes, de 17.00 a 19.00 horas.', { published: '2014-10-22' }, ['2015-03-30T17:00', '2015-03-31T17:00']],
    ['de', 'Sprachkurs für Geflüchtete am Montag, 4. Mai und Dienstag, 5. von 10 bis 12 Uhr.', { published: '2015-04-01' }, ['2015-05-04T10:00', '2015-05-05T10:00']],
    ['en', 'Workshop for refugees on Monday 4 May and Tuesday 5 at 10:00.', { published: '2015-04-01' }, ['2015-05-04T10:00', '2015-05-05T10:00']],
  ])('a second day after a full date, with its weekday (%s)', (_lang, text, options, expected) => {
    expect(events(text, options).map((e) => e.start)).toEqual(expected);
  });

  it('places a bare weekday inside the week the page announced, not after the posting day (es)', () => {
    const text = 'Semana intercultural para personas migrantes del 30 de marzo al 3 de abril.\n\nLa primera película se proyectará el lunes a las 20:00 y la segunda se proyectará el miércoles a las 20:00 en el cine municipal.';
    expect(events(text, { published: '2014-10-22' }).map((e) => e.start)).toEqual(expect.arrayContaining(['2015-04-01T20:00']));
  });
});

describe('hours in words and Spanish dotted hours', () => {
  it.each([
    ['en', 'Conversation café for refugees on 6 March 2023 in the Meeting House from 10.30 to midday.', '2023-03-06T10:30', '2023-03-06T12:00'],
    ['fr', 'Atelier pour les réfugiés le 6 mars 2023 de 9h à midi.', '2023-03-06T09:00', '2023-03-06T12:00'],
    ['es', 'Feria intercultural el 15 de diciembre de 2018, desde las 10.00 hasta las 23.00 horas.', '2018-12-15T10:00', '2018-12-15T23:00'],
    ['es', 'Taller para migrantes el 15 de diciembre de 2018 a las 10.30 en el centro cívico.', '2018-12-15T10:30', undefined],
    ['it', 'Incontro con i rifugiati il 7 aprile 2017 dalle 10 fino a mezzogiorno.', '2017-04-07T10:00', '2017-04-07T12:00'],
  ])('%s: %s', (_lang, text, start, end) => {
    const [e] = events(text);
    expect([e?.start, e?.end]).toEqual([start, end]);
  });

  it.each([
    ['Incontro con i rifugiati il 7 aprile 2017 dalle ore 1o presso l\'aula magna.', '2017-04-07'],
    ['Rencontre des bénévoles pour les réfugiés le 6 mars 2023, à midi.', '2023-03-06T12:00'],
    ['Treffen der Ehrenamtlichen für Geflüchtete am 6. März 2023, danach gemeinsames Essen zu Mittag.', '2023-03-06'],
  ])('reads no hour from a typo, noon only when it is the time: %s', (text, start) => {
    expect(events(text).map((e) => e.start)).toEqual([start]);
  });
});

describe('a programme whose day headings give the place in brackets and a slot below', () => {
  it.each([
    ['es', 'Encuentro intercultural con personas migrantes: programa\nMARTES 20 DE SEPTIEMBRE (Casa del Mar)\n19:00 h. Vídeo y tertulia de vivencias personales.\nMIÉRCOLES 21 DE SEPTIEMBRE (Casa del Mar)\n19:00 h. Conferencia sobre la ley de extranjería.\nJUEVES 22 DE SEPTIEMBRE (Centro Cultural La Residencia)\nDocumental y conferencia con la asociación.\nExposición fotográfica “África e Infancia” (del 20 al 25 de septiembre)',
      { url: 'https://news.example/articulo/20110919120000.html' }, [['2011-09-20T19:00', 'Casa del Mar'], ['2011-09-21T19:00', 'Casa del Mar'], ['2011-09-22', 'Centro Cultural La Residencia']]],
    ['it', 'Festa dei popoli con le comunità migranti: programma\nVENERDÌ 23 SETTEMBRE 2016 (Piazza Garibaldi)\n17:00 Sfilata dei gruppi e concerto.\nSABATO 24 SETTEMBRE 2016 (Sala Rossa)\n12:00 Pranzo dei popoli e danze.\nMostra fotografica dal 20 al 30 settembre 2016',
      {}, [['2016-09-23T17:00', 'Piazza Garibaldi'], ['2016-09-24T12:00', 'Sala Rossa']]],
  ])('%s', (_lang, text, options, expected) => {
    const found = events(text, options);
    for (const [start, place] of expected) {
      const e = found.find((x) => x.start === start);
      expect(e?.start).toBe(start);
      expect(JSON.stringify(e?.location)).toContain(place);
      // A day with a slot is named by the slot below, not by the heading of the day before.
      if ((start ?? '').length > 10) expect(e?.title).not.toMatch(/^(?:MARTES|MIÉRCOLES|VENERDÌ)/);
    }
  });
});

describe('a news dateline is when the story was filed', () => {
  it.each([
    ['es', 'MADRID, 3 de marzo de 2019.- La asociación organiza una jornada sobre la inclusión de personas migrantes el próximo 14 de marzo a las 10:00 horas en el Centro Cultural Norte.', ['2019-03-14T10:00']],
    ['it', 'ROMA, 3 marzo 2019 – L\'associazione organizza un incontro sull\'accoglienza dei rifugiati giovedì 14 marzo alle 17:30 presso la Sala Civica del quartiere.', ['2019-03-14T17:30']],
    ['fr', 'PARIS, le 3 mars 2019 : l\'association organise un atelier sur l\'insertion professionnelle des réfugiés le jeudi 14 mars à 14h dans ses locaux du centre.', ['2019-03-14T14:00']],
    // An item that names its event after the town and the date is no dateline.
    ['en', 'Bruxelles, 21 June 2024 – Final conference on migrant inclusion', ['2024-06-21']],
  ])('%s', (_lang, text, expected) => {
    expect(events(text).map((e) => e.start)).toEqual(expected);
  });
});

describe('hours told with the part of the day, and a time ending at a bare hour', () => {
  it.each([
    ['es', 'Charla para personas migrantes el 12 de marzo de 2019 a las 7 de la tarde.', '2019-03-12T19:00', undefined],
    ['it', 'Incontro con i migranti il 12 marzo 2019 alle 9 di sera.', '2019-03-12T21:00', undefined],
    ['de', 'Infoabend für Geflüchtete am 12. März 2019 um 7 Uhr abends.', '2019-03-12T19:00', undefined],
    ['fr', 'Rencontre avec les réfugiés le 12 mars 2019 à 7 h du soir.', '2019-03-12T19:00', undefined],
    ['en', 'Drop-in session for refugees on 12 March 2019 at 7 o\'clock in the evening.', '2019-03-12T19:00', undefined],
    ['it', 'Incontro con i migranti il 12 marzo 2019 ore 9.30-13 presso la sala.', '2019-03-12T09:30', '2019-03-12T13:00'],
    ['es', 'Charla para migrantes el 12 de marzo de 2019 a las 10 de la mañana.', '2019-03-12T10:00', undefined],
  ])('%s: %s', (_lang, text, start, end) => {
    const [e] = events(text);
    expect([e?.start, e?.end]).toEqual([start, end]);
  });

  it('does not read a screenshot\'s name as an hour', () => {
    expect(events('Taller de empleo para migrantes el 31 de julio de 2021.\nCaptura de pantalla 2021-07-31 a las 10.32.24').map((e) => e.start)).toEqual(['2021-07-31']);
  });
});

describe('a weak span of days that opens on an event\'s day gives it its last day', () => {
  it.each([
    ['fr', 'Colloque sur l\'accueil des réfugiés\n25 novembre 2021 - 26 novembre 2021Campus universitaire\n\nProgramme : jeudi 25 novembre, petite salle des colloques\n9h Accueil\n9h30 Ouverture\n12h30 Déjeuner\n14h30 Table ronde'],
    ['de', 'Fachtagung Integration von Geflüchteten\n25.11.2021 - 26.11.2021Universität\n\nProgramm: Donnerstag, 25. November, Hörsaal 1\n9:00 Uhr Anmeldung\n9:30 Uhr Begrüßung\n12:30 Uhr Mittagspause\n14:30 Uhr Podium'],
  ])('%s', (_lang, text) => {
    expect(events(text).map((e) => [e.start, e.end])).toEqual([['2021-11-25T09:00', '2021-11-26']]);
  });
});

describe('open days', () => {
  it.each([
    ['de', '„Tag der offenen Moschee“ am 3. Oktober 2018: Begegnung mit Zugewanderten.', '2018-10-03'],
    ['it', 'Porte aperte al centro di accoglienza per rifugiati il 3 ottobre 2018.', '2018-10-03'],
    ['es', 'Puertas abiertas en el centro de acogida de refugiados el 3 de octubre de 2018.', '2018-10-03'],
  ])('%s', (_lang, text, day) => {
    expect(events(text).map((e) => e.start)).toEqual([day]);
  });
});

describe('German and Spanish event lines', () => {
  it.each([
    ['es', 'Taller de empleo para personas migrantes el jueves 14 de marzo de 2019, de 18 a 20 hs, en la sede de la asociación.', '2019-03-14T18:00', '2019-03-14T20:00'],
    ['de', 'Infoabend für Zugewanderte\nDonnerstag, 14. März 2019 | 18:00 – 20:00 Uhr\nOrt: Rathaus, Ratssaal', '2019-03-14T18:00', '2019-03-14T20:00'],
    ['de', 'Workshop für Geflüchtete am 14.03.2019, Einlass 17.30 Uhr, Beginn 18 Uhr.', '2019-03-14T18:00', undefined],
    ['fr', 'Soirée avec les réfugiés le 14 mars 2019, ouverture des portes à 18h30, début à 19h.', '2019-03-14T19:00', undefined],
  ])('%s: %s', (_lang, text, start, end) => {
    const [e] = events(text);
    expect([e?.start, e?.end]).toEqual([start, end]);
  });

  it('keeps a news stamp with a pipe a stamp', () => {
    expect(events('News | 12.03.2024\n\nSprachcafé für Geflüchtete am 20. März 2024 um 18 Uhr.').map((e) => e.start)).toEqual(['2024-03-20T18:00']);
  });
});

describe('years from a posting stamp or the address, for gatherings named in any language', () => {
  it.each([
    ['fr', 'Publié le 03/03/2019\n\nPique-nique de bienvenue pour les réfugiés le samedi 16 mars à 14h au parc.', {}, '2019-03-16T14:00'],
    ['de', 'Willkommenspicknick für Geflüchtete am Samstag, 16. März, um 14 Uhr im Stadtpark.', { url: 'https://example.org/aktuelles/2019/03/picknick' }, '2019-03-16T14:00'],
    ['en', 'Posted on March 3, 2019 by admin\n\nRefugee welcome picnic on Saturday, March 16th at 2pm in the park.', {}, '2019-03-16T14:00'],
  ])('%s', (_lang, text, options, start) => {
    expect(events(text, options).map((e) => e.start)).toEqual([start]);
  });
});

describe('a posting day that no gathering of the page falls near is stale', () => {
  it('keeps gatherings years after a stale posting day', () => {
    const text = 'Conference on refugee integration\n\nThe conference on refugee integration will take place on 12 May 2019 at 10:00 in the City Hall of Vienna. A second day follows on 13 May 2019.';
    expect(events(text, { published: '2015-03-01' }).map((e) => e.start)).toEqual(['2019-05-12T10:00', '2019-05-13']);
  });

  it('still drops a site clock alone on the top line, and does not take it for the headline', () => {
    const text = 'Sábado, 11 de enero de 2027\nRadio local al día\n\nLas personas migrantes del barrio presentan su libro de recetas.';
    expect(events(text, { published: '2014-12-13' })).toEqual([]);
    const found = events(`${text}\n\nEl taller de cocina tendrá lugar el 18 de diciembre a las 10.00 horas en el Centro Cívico Sur.`, { published: '2014-12-13' });
    expect(found.map((e) => [e.start, e.title.includes('2027')])).toEqual([['2014-12-18T10:00', false]]);
  });
});

describe('a programme head of days, an hour line and a venue line', () => {
  it('is a series of sessions, with its year from the site name in the address', () => {
    const text = 'Miércoles 2, Jueves 3 y Viernes 4 de marzo\n18:00 horas\nCentro Cultural Río Chico (Avda. de Burgos, 12)\nEntrada libre hasta completar el aforo.\nUn ciclo de cine sobre las personas refugiadas.';
    const found = events(text, { url: 'https://ciclo.example/muestra2016/programa' });
    expect(found.map((e) => e.start)).toEqual(['2016-03-02T18:00', '2016-03-03T18:00', '2016-03-04T18:00']);
    expect(found[0]!.location).toMatchObject({ name: 'Centro Cultural Río Chico', address: 'Avda. de Burgos, 12' });
  });
});

describe('days counted from a posting day known only to its month', () => {
  it('"ad oggi" is up to now, and "ieri" under a month-only address dates nothing', () => {
    const text = 'Festa di fine corso per i rifugiati a Roma, venerdì 5 maggio 2017 dalle ore 16,00.\n\nDa marzo ad oggi gli studenti del corso di italiano hanno partecipato a molti laboratori.\n\nIeri la classe ha visitato il museo.';
    expect(events(text, { url: 'https://scuola.example/2017/04/festa-fine-corso/' }).map((e) => e.start)).toEqual(['2017-05-05T16:00']);
  });
});

describe('exile, reception systems and encounter evenings name the group and the angle', () => {
  it.each([
    ['fr', 'Ciné-débat sur l’hospitalité, lundi 3 octobre 2011 à 20h30 : un film sur l’exil de celles et ceux qui cherchent refuge.'],
    ['it', 'Nell’ambito del progetto SAI, sistema di accoglienza e integrazione, la biblioteca ospita il corso di italiano L2 dal 6 maggio 2024.'],
    ['de', 'Abend der Begegnung am Samstag, 9. Mai 2015, um 18.30 Uhr mit den Bewohnern der Gemeinschaftsunterkunft.'],
  ])('%s', (_lang, text) => {
    expect(extractEvents(text, { now }).relevant).toBe(true);
  });
});

describe('streets and bodies named after a day are not dates', () => {
  it.each([
    ['it', 'Incontro sull’accoglienza dei rifugiati sabato 9 marzo 2019 alle 17 presso la sede in Via 4 Novembre 12.', ['2019-03-09T17:00']],
    ['es', 'Taller para personas migrantes el sábado 9 de marzo de 2019 a las 17:00 en la Calle 2 de Mayo, 14.', ['2019-03-09T17:00']],
    ['fr', 'Atelier pour les réfugiés le samedi 9 mars 2019 à 17h, 12 rue du 8 Mai 1945 à Lyon.', ['2019-03-09T17:00']],
    ['it', 'Il Comitato 3 Ottobre ricorda i migranti morti in mare con una veglia sabato 10 ottobre 2015 alle 18.', ['2015-10-10T18:00']],
  ])('%s: %s', (_lang, text, expected) => {
    expect(events(text).map((e) => e.start)).toEqual(expected);
  });
});

describe('ranges written as a pair or as days in a row', () => {
  it.each([
    ['it', 'Tra il 30 settembre e il 4 ottobre 2019 i partner del progetto sull’integrazione dei migranti si sono incontrati a Braga.', [['2019-09-30', '2019-10-04']]],
    ['es', 'Entre el 30 de septiembre y el 4 de octubre de 2019 se celebraron en Braga las jornadas sobre personas migrantes.', [['2019-09-30', '2019-10-04']]],
    ['fr', 'La Cimade organise ses journées nationales 2023 à Bugeat, les 22, 23 et 24 septembre, sur l’accueil des personnes exilées.', [['2023-09-22', '2023-09-24']]],
  ])('%s', (_lang, text, expected) => {
    expect(events(text).map((e) => [e.start, e.end])).toEqual(expected);
  });
});

describe('a project that ended on a day is a period, and years before "since" are not the page\'s', () => {
  it('drops "si è concluso il 14 ottobre"', () => {
    const text = 'Il progetto sull’integrazione dei migranti si è concluso il 14 ottobre 2019, dopo l’incontro finale a Varese del 12 ottobre 2019.';
    expect(events(text).map((e) => e.start)).toEqual(['2019-10-12']);
  });

  it('a weekday-bearing undated day does not move to the year the network was founded', () => {
    const text = 'La red trabaja desde 2012 por los derechos de las mujeres migrantes.\n\nEncuentro de mujeres migrantes: viernes 19 de octubre a las 9:00 en el Centro Cívico del Barrio.';
    expect(events(text, { now: new Date('2026-11-30T12:00:00Z') }).map((e) => e.start)).toEqual(['2018-10-19T09:00']);
  });

  it('a month in a teaser sentence at the top is not the page\'s stamp', () => {
    const text = 'Prix de la solidarité en Guyane !\nEn novembre 2024, quarante ans après, un bilan.\nLa Cimade organise ses journées nationales 2023 à Bugeat, le vendredi 22 septembre, sur l’accueil des exilés.';
    expect(events(text, { now: new Date('2026-11-30T12:00:00Z') }).map((e) => e.start)).toEqual(['2023-09-22']);
  });
});

describe('more shapes of reports and announcements', () => {
  it('a "Begegnungskaffee" with neighbours from the asylum home is a gathering, its year from the archive address', () => {
    const text = 'Kurznachrichten\n\n19. November: Für den Nachmittag haben wir unsere Nachbarn aus dem Asylbewerberheim zu einem Begegnungskaffee eingeladen.';
    expect(events(text, { url: 'https://pfarrei.example/aktuell/archiv-2014/19-november-2014.html' }).map((e) => e.start)).toEqual(['2014-11-19']);
  });

  it('a project end "al momento prevista al 30 giugno" is a period, not a gathering', () => {
    const text = 'Il primo meeting del progetto sull’inclusione dei migranti si terrà il 4 luglio 2024 a Maia; la conclusione del progetto è al momento prevista al 30 giugno 2025.';
    expect(events(text).map((e) => e.start)).toEqual(['2024-07-04']);
  });

});

describe('a programme of lines opening with a day and month, then the hour', () => {
  it('reads each line as a gathering', () => {
    const text = 'Rassegna Festa dei Popoli 2019\n\n12/10 ore 18 – Incontro con l\'autore presso la Biblioteca civica\n19/10 ore 21 – Concerto al Teatro Verdi\n26/10 ore 17 – Laboratorio per bambini presso il Centro Giovani';
    const out = extractEvents(text, { now });
    expect(out.events.map((e) => e.start)).toEqual(['2019-10-12T18:00', '2019-10-19T21:00', '2019-10-26T17:00']);
    expect(out.relevant).toBe(true);
  });

  it('a score or a fraction opening a line stays out', () => {
    expect(events('Risultati del torneo\n\n3/2 per la squadra di casa, poi la cena.')).toEqual([]);
  });
});

describe('more date shapes', () => {
  it.each([
    ['en', 'The partnership on refugee inclusion will hold a workshop in Rotterdam on 27/28 November 2017.', [['2017-11-27', '2017-11-28']]],
    ['it', 'Genova multietnica: due giornate di festa con le comunità straniere\nGenova Tcgnews.- Sabato 19 e Domenica 20 di Dicembre 2015.', [['2015-12-19', '2015-12-20']]],
    ['it', 'Comunità straniere a confronto sull\'intercultura. Appuntamento a palazzo della Cultura venerdì 18 novembre 2022.', [['2022-11-18', undefined]]],
  ])('%s: %s', (_lang, text, expected) => {
    expect(events(text).map((e) => [e.start, e.end])).toEqual(expected);
  });

  it('a named day reported in the past ("Ce 20 juin, c\'était la Journée mondiale des réfugiés") is not a gathering', () => {
    expect(events('Ce 20 juin 2019, c\'était la Journée mondiale des réfugiés. À Louvain-la-Neuve, un café solidaire accueille les réfugiés.')).toEqual([]);
  });
});
