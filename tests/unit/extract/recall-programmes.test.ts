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
