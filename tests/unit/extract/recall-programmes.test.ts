import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../lib/extract/index.ts';

// Session 20 (recall): the ways real pages that list several gatherings write them, in our own
// words, in several languages, each class with a near miss where the rule must not fire.
const now = new Date('2026-11-30T12:00:00Z');
const spans = (text: string, published: string) => extractEvents(text, { now, published }).events.map((e) => [e.start, e.end ?? null]).sort();

describe('an end hour said with "until" on a page of several gatherings', () => {
  it.each([
    ['es', 'Semana intercultural en Getafe\n\nEl lunes 7 de abril, a las 17:00, taller de cocina en el centro cívico.\n\nEl miércoles 9 de abril, a las 18:00, charla sobre asilo en la biblioteca municipal hasta las 20:00 horas.\n'],
    ['es', 'Semana intercultural en Getafe\n\nEl lunes 7 de abril, a las 17:00, taller de cocina en el centro cívico.\n\nEl miércoles 9 de abril, charla sobre asilo en la biblioteca municipal desde las 18 horas hasta las 20 horas.\n'],
    ['it', 'Festa dei popoli a Bergamo\n\nLunedì 7 aprile alle 17 laboratorio di cucina al centro civico.\n\nMercoledì 9 aprile incontro sul diritto d’asilo in biblioteca dalle 18 fino alle 20.\n'],
    ['it', 'Festa dei popoli a Bergamo\n\nLunedì 7 aprile alle 17 laboratorio di cucina al centro civico.\n\nMercoledì 9 aprile incontro sul diritto d’asilo in biblioteca dalle 18 ore fino alle 20.\n'],
    ['fr', 'Semaine de l’accueil à Lyon\n\nLe lundi 7 avril à 17h, atelier cuisine à la MJC.\n\nLe mercredi 9 avril à 18h, débat sur l’asile à la médiathèque, jusqu’à 20h.\n'],
    ['de', 'Interkulturelle Woche in Kassel\n\nAm Montag, 7. April, um 17 Uhr Kochworkshop im Bürgerhaus.\n\nAm Mittwoch, 9. April, Vortrag über Asyl in der Stadtbibliothek von 18 Uhr bis 20 Uhr.\n'],
  ])('%s: %s', (_lang, text) => {
    expect(spans(text, '2025-03-01')).toEqual([['2025-04-07T17:00', null], ['2025-04-09T18:00', '2025-04-09T20:00']]);
  });

  it('near miss: a sign-up open until an hour is no end of the gathering', () => {
    const text = 'Semana intercultural en Getafe\n\nEl lunes 7 de abril, a las 17:00, taller de cocina en el centro cívico.\n\nEl miércoles 9 de abril, a las 18:00, charla sobre asilo en la biblioteca. Inscripciones abiertas hasta las 20:00 horas del martes.\n';
    expect(spans(text, '2025-03-01')).toEqual([['2025-04-07T17:00', null], ['2025-04-09T18:00', null]]);
  });
});

describe('a weekday with a bare day number under a posting day', () => {
  it.each([
    ['es', 'Cruz Roja organiza una tertulia y una exposición en Talayuela\n\nLa primera será en la tarde del viernes 24 en la casa de la cultura, a las 17 h.\n', '2023-11-23', '2023-11-24T17:00'],
    ['es', 'Noticias de Talayuela\n\nLa asociación celebra una comida intercultural el sábado 25 en el parque municipal.\n', '2023-11-23', '2023-11-25'],
    ['it', 'Notizie da Fano\n\nLa festa dei popoli si terrà domenica 26 nel parco comunale, dalle ore 16.\n', '2023-11-23', '2023-11-26T16:00'],
    ['fr', 'Actualités de Lons\n\nUn atelier d’écriture avec les familles réfugiées aura lieu le samedi 25 à la médiathèque.\n', '2023-11-23', '2023-11-25'],
    ['de', 'Neues aus Kassel\n\nDas Begegnungsfest findet am Samstag, 25., im Bürgerhaus statt.\n', '2023-11-23', '2023-11-25'],
    ['en', 'News from Cork\n\nThe welcome picnic for new families takes place on Saturday 25 in the town park.\n', '2023-11-23', '2023-11-25'],
    // A report: the last such day before the posting day.
    ['es', 'Noticias de Talayuela\n\nLa asociación celebró una comida intercultural el sábado 18 en el parque municipal.\n', '2023-11-23', '2023-11-18'],
  ])('%s: %s', (_lang, text, published, start) => {
    expect(spans(text, published).map(([s]) => s)).toEqual([start]);
  });

  it.each([
    // Opening hours of an office, a habit, and a count are no days.
    ['es', 'Noticias de Talayuela\n\nLa oficina de atención a migrantes abre todos los viernes 24 horas.\n'],
    ['it', 'Notizie da Fano\n\nLo sportello per i migranti è aperto ogni sabato 10-12.\n'],
    // A weekday and number that fits no day near the posting day (no Friday 24 within weeks of 23 November 2023 save the 24th itself: a Tuesday 24 is months away).
    ['en', 'News from Cork\n\nThe welcome picnic for new families takes place on Tuesday 24 in the town park.\n'],
  ])('near miss %s: %s', (_lang, text) => {
    expect(spans(text, '2023-11-23')).toEqual([]);
  });
});

describe('today in a sentence that also shows the posting day', () => {
  it.each([
    ['en', 'date 2023-06-19 The first Refugee Week of the county kicks off today in Kilkenny with a welcome festival for new families.\n'],
    ['es', '19/06/2023 La Semana del Refugiado comienza hoy en Vila-real con una fiesta de bienvenida para las familias.\n'],
  ])('%s: %s', (_lang, text) => {
    expect(spans(text, '2023-06-19').map(([s]) => s)).toEqual(['2023-06-19']);
  });
});

describe('a gathering that starts on a day word and lasts to a later day of the same sentence', () => {
  const days = (text: string, lang: string) => extractEvents(text, { now, published: '2025-04-07', lang }).events.map((e) => [e.start, e.end ?? null]);
  it.each([
    ['es', 'Noticias de Getafe\n\nHoy ha comenzado la Semana Intercultural, que finalizará el domingo con una gran fiesta.\n', '2025-04-13'],
    ['es', 'Noticias de Getafe\n\nLa Semana Intercultural arranca hoy y se prolongará hasta el próximo viernes.\n', '2025-04-11'],
    ['it', 'Notizie da Fano\n\nOggi si apre la Settimana dell’accoglienza, che si chiuderà domenica con una festa in piazza.\n', '2025-04-13'],
    ['de', 'Nachrichten aus Kassel\n\nHeute beginnt die Interkulturelle Woche, die bis Sonntag dauert.\n', '2025-04-13'],
    ['fr', 'Actualités de Lyon\n\nLa Semaine de l’accueil s’ouvre aujourd’hui et se termine dimanche.\n', '2025-04-13'],
    ['en', 'News from Cork\n\nRefugee Week kicks off today in Cork and runs until the 13th of the month.\n', '2025-04-13'],
  ])('%s: %s', (lang, text, end) => {
    expect(days(text, lang)).toEqual([['2025-04-07', end]]);
  });

  it.each([
    // A sign-up open until a day is no gathering's last day.
    ['es', 'Noticias de Getafe\n\nHoy comienza el taller de empleo para migrantes; las inscripciones siguen abiertas hasta el viernes.\n'],
    ['en', 'News from Cork\n\nThe welcome workshop for newcomers starts today; registration stays open until Friday.\n'],
  ])('near miss %s: %s', (lang, text) => {
    expect(days(text, lang)).toEqual([['2025-04-07', null]]);
  });
});

describe('a host receiving or meeting a group is a meeting', () => {
  const days = (text: string, lang: string) => extractEvents(text, { now, published: '2025-04-08', lang }).events.map((e) => e.start);
  it.each([
    ['es', 'Noticias de Soria\n\nEl alcalde recibió ayer a las asociaciones de inmigrantes en el Ayuntamiento para hablar de la acogida.\n'],
    ['fr', 'Actualités de Nogaro\n\nLe maire a reçu hier les associations d’aide aux réfugiés à la mairie pour préparer l’accueil des familles.\n'],
    ['it', 'Notizie da Fano\n\nIl sindaco ha incontrato ieri le associazioni dei migranti in municipio per parlare dell’accoglienza.\n'],
    ['de', 'Nachrichten aus Weimar\n\nDer Bürgermeister empfing gestern Vertreter der Flüchtlingsinitiativen im Rathaus, um über die Aufnahme zu sprechen.\n'],
    ['en', 'News from Ennis\n\nThe mayor met yesterday with refugee associations at the town hall to plan the welcome of the families.\n'],
    ['fr', 'Actualités d’Aubusson\n\nLe lundi 7 avril, le maire et ses adjoints recevaient des associations caritatives pour organiser l’accueil des réfugiés.\n'],
  ])('%s: %s', (lang, text) => {
    expect(days(text, lang)).toEqual(['2025-04-07']);
  });

  it.each([
    // Money, a prize or difficulties received or met are no meeting.
    ['es', 'Noticias de Soria\n\nLa asociación recibió ayer una subvención para las familias refugiadas del municipio.\n'],
    ['it', 'Notizie da Fano\n\nIl sindaco ha incontrato ieri difficoltà nel bilancio del comune per l’accoglienza dei migranti.\n'],
    ['en', 'News from Ennis\n\nThe plan met with criticism yesterday from several refugee associations of the town.\n'],
  ])('near miss %s: %s', (lang, text) => {
    expect(days(text, lang)).toEqual([]);
  });
});

describe('a second gathering of a dated day, in a later clause or sentence', () => {
  const starts = (text: string, lang: string) => extractEvents(text, { now, published: '2025-03-01', lang }).events.map((e) => e.start).sort();
  it.each([
    // Another place at a later hour, after a clause break.
    ['es', 'Jornadas interculturales de Totana\n\nEl sábado 12 de abril tendrá lugar de diez a dos de la tarde el encuentro de culturas en la Plaza Mayor, y por la tarde, de cinco a diez de la noche, se celebrará un concierto intercultural en el Parque Municipal.\n'],
    ['es', 'Jornadas interculturales de Argamasilla\n\nEl sábado 12 de abril, a las 11:00 horas, carrera popular en el Pabellón Polideportivo.\n\nA las 17:00 horas, en el auditorio de verano, los aficionados a la petanca tienen una cita.\n'],
    // A gathering named at an hour after the first one of the day has ended.
    ['it', 'Giornata del rifugiato a Savona\n\nSabato 12 aprile dalle 14.30 alle 16.30 laboratorio di formazione per operatori nella sala civica, mentre alle 17 presentazione del libro.\n'],
    ['fr', 'Semaine de l’accueil à Lyon\n\nLe samedi 12 avril, de 10h à 12h, atelier cuisine à la MJC, puis à 15h concert solidaire.\n'],
    ['de', 'Interkulturelle Woche in Kassel\n\nAm Samstag, 12. April, von 10 bis 12 Uhr Kochworkshop im Bürgerhaus, und um 15 Uhr Konzert in der Stadthalle.\n'],
    ['en', 'Welcome week in Ennis\n\nOn Saturday 12 April, from 10am to 12pm, a cooking workshop at the community centre, and at 3pm a concert for all families.\n'],
  ])('%s: %s', (lang, text) => {
    expect(starts(text, lang)).toHaveLength(2);
  });

  it.each([
    // One place's programme with no end said: its slots are one gathering.
    ['es', 'Jornadas interculturales de Argamasilla\n\nEl sábado 12 de abril a las 17:30 en el Centro Social se inaugurarán las jornadas, a las 18:00 se proyectará una película y a las 19:30 habrá un video-fórum.\n'],
    // A later hour that closes a sign-up is no gathering.
    ['fr', 'Semaine de l’accueil à Lyon\n\nLe samedi 12 avril, de 10h à 12h, atelier cuisine à la MJC; les inscriptions ferment à 15h.\n'],
  ])('near miss %s: %s', (lang, text) => {
    expect(starts(text, lang)).toHaveLength(1);
  });
});

describe('Spanish ends: hours with commas, "h." and a close said in the next sentence', () => {
  const head: Record<string, string> = {
    es: 'Programa de la Semana Intercultural de Getafe\n\nEl lunes 7 de abril, a las 17:00, taller de cocina en el centro cívico.\n\n',
    it: 'Programma della Settimana dell’accoglienza a Bergamo\n\nLunedì 7 aprile alle 17 laboratorio di cucina al centro civico.\n\n',
    fr: 'Programme de la Semaine de l’accueil à Lyon\n\nLe lundi 7 avril à 17h, atelier cuisine à la MJC.\n\n',
    de: 'Programm der Interkulturellen Woche in Kassel\n\nAm Montag, 7. April, um 17 Uhr Kochworkshop im Bürgerhaus.\n\n',
    en: 'Programme of the Welcome Week in Ennis\n\nOn Monday 7 April at 5 pm, cooking workshop at the community centre.\n\n',
  };
  const second = (lang: string, text: string) => extractEvents(head[lang] + text, { now, published: '2025-03-01', lang }).events
    .filter((e) => e.start.startsWith('2025-04-09')).map((e) => [e.start, e.end ?? null]);
  it.each([
    ['es', 'El miércoles 9 de abril, de 18,00 a 20,00 horas, charla sobre asilo en la biblioteca.'],
    ['es', 'El miércoles 9 de abril, de 18,00 h. a 20,00 h. charla sobre asilo en la biblioteca.'],
    ['es', 'El miércoles 9 de abril, charla sobre asilo en la biblioteca a las 18:00 horas. La actividad finalizará a las 20:00 horas.'],
    ['it', 'Mercoledì 9 aprile alle 18 incontro sul diritto d’asilo in biblioteca. L’incontro si concluderà alle 20.'],
    ['fr', 'Le mercredi 9 avril à 18h, débat sur l’asile à la médiathèque. Fin prévue à 20h.'],
    ['de', 'Am Mittwoch, 9. April, um 18 Uhr Vortrag über Asyl in der Stadtbibliothek. Ende gegen 20 Uhr.'],
    ['en', 'On Wednesday 9 April at 6 pm, talk on asylum at the library. It will finish at 8 pm.'],
  ])('%s: %s', (lang, text) => {
    expect(second(lang, text)).toEqual([['2025-04-09T18:00', '2025-04-09T20:00']]);
  });

  it.each([
    // Prices with commas are no hours; a new sentence in capitals after "h." is not the range's end.
    ['es', 'El miércoles 9 de abril, a las 18 h, charla sobre asilo en la biblioteca; entrada de 1,50 a 2,00.'],
    ['es', 'El miércoles 9 de abril, charla sobre asilo en la biblioteca a las 18 h. A las 20 h habrá un concierto en la plaza.'],
  ])('near miss %s: %s', (lang, text) => {
    expect(second(lang, text)[0]).toEqual(['2025-04-09T18:00', null]);
  });
});

describe('day words with a part of the day, as news reports write them', () => {
  const days = (text: string, lang: string, published: string) => extractEvents(text, { now, published, lang }).events.map((e) => e.start);
  it.each([
    ['es', 'Noticias de Getafe\n\nEn la tarde de ayer se celebró en el centro cívico un encuentro intercultural.\n', '2025-04-08', ['2025-04-07']],
    ['es', 'Noticias de Getafe\n\nDurante la jornada de hoy se celebra en el polideportivo un torneo intercultural de fútbol.\n', '2025-04-08', ['2025-04-08']],
    ['es', 'Noticias de Getafe\n\nEn la mañana de este martes se ha celebrado en el Ayuntamiento una jornada de acogida.\n', '2025-04-08', ['2025-04-08']],
    ['es', 'Noticias de Getafe\n\nHoy miércoles se celebra en el centro cívico una jornada intercultural.\n', '2025-04-09', ['2025-04-09']],
    ['it', 'Notizie da Bergamo\n\nNel pomeriggio di oggi si terrà in biblioteca un incontro con le famiglie rifugiate.\n', '2025-04-08', ['2025-04-08']],
    ['fr', 'Actualités de Lyon\n\nDans l’après-midi d’hier, les bénévoles ont organisé un goûter partagé au centre social.\n', '2025-04-09', ['2025-04-08']],
    ['de', 'Nachrichten aus Kassel\n\nAm gestrigen Abend fand im Rathaus eine Bürgerversammlung zur Unterbringung von Geflüchteten statt.\n', '2025-04-09', ['2025-04-08']],
    ['en', 'News from Ennis\n\nYesterday evening more than 100 people attended a welcome dinner for refugee families at the parish hall.\n', '2025-04-09', ['2025-04-08']],
  ])('%s: %s', (lang, text, published, expected) => {
    expect(days(text, lang, published)).toEqual(expected);
  });

  it.each([
    // "of today" as "of our time" is no day.
    ['es', 'Noticias de Getafe\n\nLa charla hablará de los retos de la sociedad de hoy ante la llegada de personas refugiadas.\n'],
    ['it', 'Notizie da Bergamo\n\nIl convegno parlerà delle sfide dell’Italia di oggi di fronte alle migrazioni.\n'],
  ])('near miss %s: %s', (lang, text) => {
    expect(days(text, lang, '2025-04-08')).toEqual([]);
  });
});

describe('a weekday alone that programmes one gathering, against the posting day', () => {
  const days = (text: string, lang: string) => extractEvents(text, { now, published: '2025-04-09', lang }).events.map((e) => e.start);
  it.each([
    ['fr', 'Week-end solidaire à Spy\n\nLe vendredi, une soirée d’échanges sur les politiques migratoires est au programme à la maison de quartier.\n\nLe samedi dès 14h, place au grand banquet solidaire sur la place communale.\n', ['2025-04-11', '2025-04-12T14:00']],
    ['fr', 'Fête des voisins à Lyon\n\nLe samedi, un repas partagé aura lieu dans la cour de l’école.\n', ['2025-04-12']],
    ['es', 'Fin de semana intercultural en Getafe\n\nEl sábado, a partir de las 13 horas, banquete solidario en el parque municipal.\n', ['2025-04-12T13:00']],
    ['it', 'Festa dei popoli a Fano\n\nSabato alle 13 banchetto solidale nel parco comunale.\n', ['2025-04-12T13:00']],
  ])('%s: %s', (lang, text, expected) => {
    expect(days(text, lang)).toEqual(expected);
  });

  it.each([
    // A weekly habit: "le vendredi" with no gathering programmed, and "tous les samedis".
    ['fr', 'Le café des femmes à Lyon\n\nLe vendredi, le café est réservé aux femmes du quartier.\n'],
    ['fr', 'Le café des femmes à Lyon\n\nTous les samedis, un repas partagé est proposé dans la cour de l’école.\n'],
  ])('near miss %s: %s', (lang, text) => {
    expect(days(text, lang)).toEqual([]);
  });
});

describe('bare weekdays after a short span of days: its days, its eve', () => {
  const days = (text: string, lang: string) => extractEvents(text, { now, published: '2023-05-20', lang }).events.map((e) => e.start).sort();
  it.each([
    ['it', 'Popoli in festa a Fermignano\n\nTorna dal 2 al 4 giugno il festival delle culture.\n\nIl progetto offrirà un’anteprima giovedì, in via Roma, dalle 15 alle 18.\n\nVenerdì spazio agli scrittori nella sala del Consiglio comunale, alle 18.30.\n', ['2023-06-01T15:00', '2023-06-02', '2023-06-02T18:30']],
    ['es', 'Fiesta de las culturas en Getafe\n\nLa fiesta se celebra del 2 al 4 de junio en el parque.\n\nEl viernes, a las 18.30, espacio para los cuentacuentos en la biblioteca.\n', ['2023-06-02', '2023-06-02T18:30']],
  ])('%s: %s', (lang, text, expected) => {
    expect(days(text, lang)).toEqual(expected);
  });

  it('near miss: opening hours after an exhibition of weeks are no days of it', () => {
    const text = 'Exposition à Alençon\n\nL’exposition est visible du 15 novembre au 6 décembre à la médiathèque.\n\nHoraires : mardi, de 13h30 à 18h ; mercredi, de 10h à 18h.\n';
    expect(days(text, 'fr').filter((d) => d !== '2023-11-15')).toEqual([]);
  });
});

describe('a listing that dates one day twice, each line with its own hour', () => {
  const days = (text: string, lang: string) => extractEvents(text, { now, lang }).events.map((e) => e.start).sort();
  const filler = 'La séance est suivie d’un échange avec le public et d’un verre de l’amitié offert par l’association. Entrée libre, tous les publics sont les bienvenus.';
  it.each([
    ['fr', `Les projections du mois\n\nsamedi 15 décembre 2018 - 14h30\n\nProjection débat\n\n« Marche solidaire », documentaire. ${filler}\n\nsamedi 15 décembre 2018 - 20h30\n\nProjection débat\n\n« Libre », documentaire. ${filler}\n`],
    ['de', `Filmreihe im Dezember\n\nSamstag, 15. Dezember 2018 - 14:30 Uhr\n\nFilm und Gespräch\n\n„Solidarischer Marsch“, Dokumentarfilm. Im Anschluss Gespräch mit dem Publikum und ein kleiner Empfang des Vereins, alle sind willkommen.\n\nSamstag, 15. Dezember 2018 - 20:30 Uhr\n\nFilm und Gespräch\n\n„Frei“, Dokumentarfilm. Im Anschluss Gespräch mit dem Publikum und ein kleiner Empfang des Vereins, alle sind willkommen.\n`],
  ])('%s: two screenings', (lang, text) => {
    expect(days(text, lang)).toEqual(['2018-12-15T14:30', '2018-12-15T20:30']);
  });

  it('near miss: the same day and hour written twice is one gathering', () => {
    const text = `Les projections du mois\n\nsamedi 15 décembre 2018 - 14h30\n\nProjection débat\n\n« Marche solidaire », documentaire. ${filler}\n\nRappel : samedi 15 décembre 2018 - 14h30\n`;
    expect(days(text, 'fr')).toEqual(['2018-12-15T14:30']);
  });
});

describe('services and prayers a community holds are gatherings', () => {
  const days = (text: string, lang: string) => extractEvents(text, { now, published: '2022-09-01', lang }).events.map((e) => e.start).sort();
  it.each([
    ['de', 'Welttag des Migranten\n\nAm Sonntag, den 25. September 2022, laden wir zu einer Ökumenischen Andacht um 14:30 Uhr in die Stadtpfarrkirche ein.\n', ['2022-09-25T14:30']],
    ['es', 'Jornada del Migrante\n\nEl domingo 25 de septiembre de 2022, a las 12:00 horas, misa en la concatedral de Santa María.\n', ['2022-09-25T12:00']],
    ['it', 'Giornata del migrante\n\nDomenica 25 settembre 2022 alle 18 preghiera interreligiosa nella chiesa di San Rocco.\n', ['2022-09-25T18:00']],
    ['fr', 'Journée du migrant\n\nLe dimanche 25 septembre 2022 à 15h, prière pour les exilés à la cathédrale.\n', ['2022-09-25T15:00']],
  ])('%s: %s', (lang, text, expected) => {
    expect(days(text, lang)).toEqual(expected);
  });

  it('a report beside its announcement: "last Sunday" counted from that Sunday is that Sunday', () => {
    const text = 'Welttag des Migranten\n\nZum Welttag waren am letzten Sonntag alle zu einer Ökumenischen Andacht in die Stadtpfarrkirche eingeladen.\n\nAm Sonntag, den 25. September 2022, laden wir zu einer Ökumenischen Andacht um 14:30 Uhr in die Stadtpfarrkirche ein.\n';
    expect(extractEvents(text, { now, lang: 'de' }).events.map((e) => e.start)).toEqual(['2022-09-25T14:30']);
  });
});

describe('later gatherings named without a verb, their sentence opening with the hour', () => {
  const starts = (text: string, lang: string) => extractEvents(text, { now, published: '2025-04-01', lang }).events.map((e) => e.start).sort();
  it.each([
    ['it', 'Festa dei popoli a Bergamo\n\nSabato 12 aprile, alle 10, apertura degli stand in piazza Vecchia. Alle 16, al Teatro Donizetti, spettacolo delle scuole. In serata, alle 21, concerto in piazza Dante.\n', ['2025-04-12T10:00', '2025-04-12T16:00', '2025-04-12T21:00']],
    ['es', 'Fiesta de las culturas en Getafe\n\nEl sábado 12 de abril, a las 10:00, apertura de los puestos en la Plaza Mayor. A las 16:00, en el Teatro Federico García Lorca, espectáculo de las escuelas.\n', ['2025-04-12T10:00', '2025-04-12T16:00']],
  ])('%s: %s', (lang, text, expected) => {
    expect(starts(text, lang)).toEqual(expected);
  });

  it('near miss: a later hour at the same place with no gathering named stays the day\'s', () => {
    const text = 'Festa dei popoli a Bergamo\n\nSabato 12 aprile, alle 10, apertura degli stand in piazza Vecchia. Alle 16, in piazza Vecchia, estrazione dei premi della lotteria.\n';
    expect(starts(text, 'it')).toEqual(['2025-04-12T10:00']);
  });
});

describe('a week that starts on a day word and whose next sentence says until when', () => {
  const spansOf = (text: string, lang: string) => extractEvents(text, { now, published: '2017-04-26', lang }).events.map((e) => [e.start, e.end ?? null]);
  it.each([
    ['de', 'Rathauskorrespondenz\n\nHeute, Mittwoch, startet die siebte Wiener Integrationswoche. Bis 10. Mai finden in ganz Wien über 300 Veranstaltungen statt.\n'],
    ['es', 'Noticias de Getafe\n\nHoy, miércoles, arranca la Semana Intercultural de Getafe. Hasta el 10 de mayo se celebrarán más de 30 actividades en los barrios.\n'],
    ['fr', 'Actualités de Lyon\n\nAujourd’hui, mercredi, commence la Semaine de l’accueil. Jusqu’au 10 mai, plus de 30 rendez-vous auront lieu dans les quartiers.\n'],
  ])('%s: %s', (lang, text) => {
    expect(spansOf(text, lang)).toEqual([['2017-04-26', '2017-05-10']]);
  });

  it('near miss: a sign-up open until a day, said in the next sentence, is no end of the week', () => {
    const text = 'Rathauskorrespondenz\n\nHeute, Mittwoch, startet die siebte Wiener Integrationswoche. Anmeldungen für die Workshops sind bis 10. Mai möglich.\n';
    expect(spansOf(text, 'de')).toEqual([['2017-04-26', null]]);
  });
});

describe('a day word against an address whose folders name the day without leading zeros', () => {
  it.each([
    ['it', 'Diocesi di Bari\n\nIl primo appuntamento, in programma oggi alle ore 20 nella parrocchia del Redentore, è la rassegna di danze.\n', 'https://news.example.org/quotidiano/2017/1/13/diocesi-bari-spettacoli', ['2017-01-13T20:00']],
    ['es', 'Noticias de Getafe\n\nHoy, a las 20 horas, la parroquia acoge un encuentro intercultural con las familias migrantes.\n', 'https://news.example.org/noticias/2017/1/13/encuentro', ['2017-01-13T20:00']],
    // (A month alone, "/2017/1/", names no day: "oggi" stays unknown.)
    ['it', 'Diocesi di Bari\n\nIl primo appuntamento, in programma oggi alle ore 20 nella parrocchia del Redentore, è la rassegna di danze.\n', 'https://news.example.org/quotidiano/2017/1/diocesi-bari-spettacoli', []],
  ])('%s: %s %s', (lang, text, url, expected) => {
    expect(extractEvents(text, { now, url, lang }).events.map((e) => e.start)).toEqual(expected);
  });
});

describe('a report of "this Thursday" posted on a Thursday, dated by a compact address', () => {
  it.each([
    ['fr', 'Actualités de Liège\n\nEntre 100 et 150 demandeurs d’emploi ont participé ce jeudi matin au Jobday organisé par le Forem à Grâce-Hollogne.\n', 'https://news.example.org/cnt/dmf20191017_01394881/jobday', ['2019-10-17']],
    ['es', 'Noticias de Getafe\n\nMás de cien personas participaron este jueves en la jornada de empleo organizada en el centro cívico.\n', 'https://news.example.org/art/np20191017_0012/jornada', ['2019-10-17']],
  ])('%s: %s', (lang, text, url, expected) => {
    expect(extractEvents(text, { now, url, lang }).events.map((e) => e.start)).toEqual(expected);
  });

  it('near miss: a product code with an impossible date names no day', () => {
    expect(extractEvents('Actualités de Liège\n\nEntre 100 et 150 demandeurs d’emploi ont participé ce jeudi matin au Jobday organisé par le Forem.\n', { now, url: 'https://news.example.org/p/abc20191317/jobday', lang: 'fr' }).events).toEqual([]);
  });
});

describe('Spanish agendas with comma hours and a close told in the past', () => {
  const spansOf = (text: string, lang: string) => extractEvents(text, { now, lang }).events.map((e) => [e.start, e.end ?? null]);
  it.each([
    ['es', 'Jornada diocesana de las migraciones\n\nEl domingo 17 de enero de 2016 se celebra la jornada en Cáceres.\n\nPROGRAMA\n10,00: Llegada de los autobuses.\n12,00: Eucaristía en la concatedral.\n17,30: Finalización de las jornadas.\n', ['2016-01-17T10:00', '2016-01-17T17:30']],
    ['es', 'Jornada diocesana de las migraciones\n\nEl domingo 19 de enero de 2014, a las 12:30 h, tuvo lugar en la parroquia una jornada de convivencia con las familias migrantes. El acto concluyó a las 18:00 h.\n', ['2014-01-19T12:30', '2014-01-19T18:00']],
    ['it', 'Giornata del migrante\n\nDomenica 19 gennaio 2014, alle 12.30, si è tenuta in parrocchia una giornata di festa con le famiglie migranti. L’incontro si è concluso alle 18.\n', ['2014-01-19T12:30', '2014-01-19T18:00']],
    ['en', 'Migrants day\n\nOn Sunday 19 January 2014 at 12:30 the parish held a day of celebration with migrant families. The gathering ended at 6 pm.\n', ['2014-01-19T12:30', '2014-01-19T18:00']],
  ])('%s: %s', (lang, text, expected) => {
    expect(spansOf(text, lang)).toEqual([expected]);
  });

  it('near miss: a price at the start of a line is no slot', () => {
    const text = 'Jornada diocesana de las migraciones\n\nEl domingo 17 de enero de 2016, a las 10:00, se celebra la jornada en Cáceres.\n\n10,50 €: comida de hermandad (opcional).\n';
    expect(spansOf(text, 'es')).toEqual([['2016-01-17T10:00', null]]);
  });
});
